"""Concepts for Art. 6(1) with Annex I: products whose safety component or whole function is AI.

Medical and in-vitro diagnostic devices, machinery, lifts, cableways and vehicles. A product word
alone never suffices: it must come with a safety function the AI performs (stopping, braking,
detecting people in a danger zone, letting the machine start only once no one is in reach) or a
clinical purpose (diagnosing or monitoring a disease).
Paperwork *about* such a product (technical documentation, manuals, submissions) is not the product.
"""

from __future__ import annotations

from triage.patterns import concept

MEDICAL_DEVICE = concept(
    r"\b(?:medical devices?|mdr|class ii[ab]?|samd|software as a medical device|notified body|"
    r"insulin pumps?|infusion pumps?|ventilators?|pacemakers?|defibrillators?)\b",
    r"medizinprodukt|benannte stelle|klasse ii[ab]?|insulinpumpe|infusionspumpe|herzschrittmacher|"
    r"beatmungsger|"
    r"defibrillator",
)
# Work *about* or *around* a regulated product (documentation, labels, sales, purchasing, handling complaints
# and vigilance cases about it), not its function.
BACK_OFFICE = concept(
    r"\b(?:technical (?:documentation|files?)|tech files?|regulatory (?:affairs|submissions?|documents?|"
    r"documentation|dossiers?|filings?|writing)|declarations? of conformity|clinical evaluation reports?|"
    r"(?:post-market surveillance|psur|pms|periodic safety update) reports?|instructions for use|ifus?|"
    r"(?:user|operating|service) manuals?|operating instructions|labell?ing (?:texts?|requirements|review)|"
    r"design history files?|"
    r"risk management files?|quality manuals?|sops?|audit (?:prep\w*|reports?|findings)|"
    r"(?:draft|writ|prepar|translat|summari[sz]|compil|format|proofread)\w* (?:\S+ ){0,5}(?:documentation|"
    r"documents?|reports?|dossiers?|submissions?|sections?|chapters?|manuals?|labels?|leaflets?|brochures?)|"
    r"marketing|sales (?:teams?|reps?|pitch\w*|calls?|leads?|e-?mails?)|trade fairs?|newsletters?|procurement|"
    r"purchasing|supply chain|(?:component|parts|spare parts?) (?:demand|orders?|stock)|"
    r"demand forecast\w*|forecast\w* (?:\S+ ){0,2}demand|invoices?|accounting|payroll|"
    r"(?:customer|product|user|field|incoming) complaints|complaints? (?:handling|management|intake|tickets?|"
    r"reports?|files?|database|records?)|complaints (?:about|on|regarding) (?:our|the|its|their)|"
    r"vigilance (?:reports?|reporting|assessments?|cases?|evaluations?|teams?|process\w*|obligations?)|"
    r"(?:pharmaco|materio)vigilance|capas?|field safety (?:notices?|corrective actions?)|"
    r"quality (?:management|assurance) (?:teams?|departments?|systems?|staff))\b",
    r"technische\w* (?:dokumentation|akte)|zulassungs(?:unterlagen|dossier|antr)|konformitätserklärung|"
    r"klinische\w* bewertung|gebrauchsanweisung|bedienungsanleitung|betriebsanleitung|packungsbeilage|"
    r"regulatory affairs|qm-?handbuch|qualitätsmanagement-?(?:handbuch|dokument)|verfahrensanweisung|"
    r"auditvorbereitung|(?:entw[iu]rf|schreib|schrieb|erstell|formulier|übersetz|zusammenfass|fasst)\w* "
    r"(?:\S+ ){0,5}(?:dokumentation|unterlagen|bericht|abschnitt|kapitel|handbu|anleitung|broschüre)|"
    r"marketing|vertrieb|messestand|messeauftritt|newsletter|einkauf|beschaffung|lieferkette|"
    r"bedarfsprognose|(?:bauteil|teile|ersatzteil)\w*bedarf|(?<!be)rechnung|buchhaltung|lohnabrechnung|"
    r"reklamation|kundenbeschwerde|beschwerdemanagement|vigilanz|vorkommnismeldung|\bcapa\b|"
    r"qualitätsmanagement|qualitätssicherung|\bqm\b|qm-?(?:abteilung|team|system)",
)
# What a device does to a patient: dosing, stimulating, delivering a drug (the product's own function).
THERAPY_ACT = concept(
    r"\b(?:dos(?:e|es|ing|age)|adjust\w* (?:\S+ ){0,3}(?:pressure|rate|settings|stimulation|delivery)|"
    r"(?:deliver|administer|trigger)\w* (?:\S+ ){0,3}(?:insulin|shocks?|stimulation|medication|drugs?))\b",
    r"dosier|dosis|medikation|verabreich|stimulation|(?:passt|regelt|steuert) (?:\S+ ){0,4}(?:druck|rate|"
    r"abgabe|stimulation)",
)
DIAGNOSE = concept(
    r"\b(?:detect\w*|diagnos\w*|screen\w*|spot\w*|predict\w*|monitor\w*|flag\w*|suspect\w*|analy[sz]\w*|"
    r"measur\w*|segment\w*|quantif\w*|warn\w*|alert\w*|early warning|classif\w*|"
    r"(?:says?|tells?|indicates?|estimates?|assess\w*|evaluat\w*|determin\w*) (?:\S+ ){0,3}(?:whether|if|"
    r"how likely))\b",
    r"erkenn|diagnos|befund|vorhersag|überwach|vermess|misst|segmentier|warnt|frühwarn|markier|klassifizier|"
    r"(?:sagt|schätzt|beurteilt|bewertet)\w*,? (?:\S+ ){0,3}(?:ob|wie wahrscheinlich)|verdacht auf",
)
DISEASE = concept(
    r"\b(?:atrial fibrillation|arrhythmi\w*|cancer\w*|tumou?rs?|melanoma\w*|lesions?|strokes?|sepsis|"
    r"diabet\w*|"
    r"retinopath\w*|fractures?|pneumonia|heart (?:attacks?|failure|disease)|epilep\w*|seizures?|alzheimer\w*|"
    r"parkinson\w*|infections?|diseases?|hypoglyc\w*|insulin dos\w*|bleed\w*|ha?emorrhag\w*|aneurysms?|embolism|"
    r"leuka?emia|lymphoma\w*|carcinoma\w*|metasta\w*|an(?:a)?emia|hepatitis|tuberculosis|rash\w*|eczema|psoriasis|"
    r"dermatitis|skin (?:conditions?|diseases?)|mammogra\w*|nodules?|polyps?|"
    r"(?:anomal\w*|abnormalit\w*|suspicious (?:areas?|regions?|spots?|findings?)) (?:\S+ ){0,3}(?:in|on) (?:\S+ ){0,2}"
    r"(?:x-rays?|ct|mri|ecgs?|ekgs?|ultrasound|mammogra\w*|(?:tissue|histolog\w*) (?:slides?|samples?)))\b",
    r"vorhofflimmern|herzrhythmus|krebs|tumor|schlaganfall|sepsis|fraktur|knochenbruch|lungenentzündung|"
    r"herzinfarkt|herzinsuffizienz|epilep|krampfanfall|infektion|erkrankung|unterzucker|insulindos|blutung|"
    r"aneurysma|embolie|leukämie|lymphom|karzinom|metastase|anämie|hepatitis|tuberkulose|ausschlag|ekzem|"
    r"schuppenflechte|hauterkrank|mammograph|diabet|rundherd|läsion|polyp|lungenknoten|tumorverdacht|"
    r"(?:auffälligkeit|anomalie|verdächtige\w* (?:\S+ )?(?:stelle|areal|bereich|befund))\w* (?:\S+ ){0,3}"
    r"(?:in|auf|im) (?:\S+ ){0,2}(?:röntgen|\bct|mrt|ekg|ultraschall|schnittbild|gewebeprobe|präparat)",
)
CLINICAL = concept(
    r"\b(?:patients?|ecg|ekg|x-rays?|mri|ct scans?|scans?|radiolog\w*|clinics?|hospitals?|doctors?|"
    r"physicians?|"
    r"cardiolog\w*|dermatolog\w*|moles?|skin lesions?|symptoms?|medical apps?|health apps?|oncolog\w*|"
    r"ct images?|ultrasound|mammogra\w*|patholog\w*|wearables?|"
    r"patch|icu|intensive care|vital signs)\b",
    r"muttermal|hautveränder|symptom|gesundheits-?app|medizinische app|onkolog|ultraschall|mammograph|"
    r"patholog|patient|röntgen|\bmrt\b|\bct\b|klinik|krankenhaus|\barzt|ärzt|praxis|"
    r"kardiolog|dermatolog|wearable|intensivstation|vitaldaten|vitalwerte",
)
IVD = concept(
    r"\b(?:in[- ]vitro|ivd|blood (?:tests?|samples?)|lab(?:oratory)? (?:tests?|results?)|pcr|assays?|swabs?)\b",
    r"blutprobe|blutbild|laborbefund|laborwert|in-vitro|\bpcr|abstrich|urinprobe",
)
TEST_RESULT = concept(
    r"\b(?:positive\s*(?:/|or)\s*negative|test results?|interpret\w* (?:\w+ ){0,2}(?:curves?|results?|assays?))\b",
    r"positiv\s*(?:/|oder)\s*negativ|testergebnis|interpretier\w* (?:\w+ ){0,2}(?:kurven|ergebnis)",
)
LIFT = concept(r"\b(?:lifts?|elevators?)\b", r"aufzug|aufzüge|fahrstuhl")
CABLEWAY = concept(
    r"\b(?:cable ?cars?|cableways?|gondolas?|gondola lifts?|chair ?lifts?|ski ?lifts?|drag lifts?|t-bars?|"
    r"funiculars?|ropeways?|aerial tramways?)\b",
    r"seilbahn|sessellift|sesselbahn|gondelbahn|kabinenbahn|skilift|schlepplift|bergbahn|standseilbahn|"
    r"zahnradbahn|materialseilbahn",
)
MACHINE = concept(
    r"\b(?:(?<!virtual )machines?(?! learning| translation|[- ]readable)|machinery|robots?|cobots?|press(?:es)?|"
    r"forklifts?|cranes?|agvs?|automated guided vehicles?|"
    r"conveyors?|harvesters?|tractors?|(?:lawn ?|robotic )?mowers?|lathes?|milling|cnc|excavators?|diggers?|"
    r"hoists?|palleti[sz]ers?|shredders?|wood ?chippers?|bending brakes?|punch(?:ing)? press\w*|"
    r"(?:haul|dump|mining|tipper) trucks?|dumpers?|(?:wheel|front|skid[- ]steer) loaders?|bulldozers?|dozers?|"
    r"telehandlers?|reach stackers?|straddle carriers?|earth-?moving|(?:construction|mining|agricultural|"
    r"heavy) (?:machines?|vehicles?|equipment)|(?:band|circular|table|panel|mitre|miter|chain) ?saws?|saw ?blades?|"
    r"sawmills?|(?:meat |food )?slicers?|mincers?|meat grinders?|dough mixers?|extruders?|injection mou?ld\w*|"
    r"balers?|compactors?|scissor lifts?|aerial work platforms?|looms?|escalators?|moving walkways?|travelators?|"
    r"automatic (?:doors?|gates?)|roller shutters?|car ?wash(?:es)?|wash (?:bays?|tunnels?)|garage doors?|"
    r"(?:sliding|rolling|sectional|industrial) (?:doors?|gates?)|stacker cranes?|storage and retrieval|"
    r"automated (?:parking|car parks?|garages?|warehouses?|storage)|treadmills?|stair ?lifts?)\b",
    r"maschine|roboter|presse|stapler|\bkran|fahrerlose|bagger|mähdrescher|traktor|erntemaschine|landmaschine|"
    r"förderband|förderanlage|fräse|säge|drehbank|hebebühne|mäher|häcksler|schredder|stanz|abkantbank|"
    r"muldenkipper|dumper|\w*lader\b|planierraupe|teleskoplader|baumaschine|bergbaumaschine|"
    r"(?:bergbau|baustellen|schwerlast)\w*fahrzeug|aufschnittmaschine|fleischwolf|knetmaschine|extruder|"
    r"spritzgie(?:ß|ss)|ballenpresse|müllpresse|hubarbeitsbühne|arbeitsbühne|flurförderzeug|webmaschine|"
    r"rolltreppe|fahrtreppe|fahrsteig|rollsteig|automatik-?t(?:ür|or)|rolltor|schiebetor|waschanlage|waschstraße|"
    r"garagentor|sektionaltor|industrietor|regalbedien|hochregallager|automatikparkhaus|parkroboter|laufb[aä]nd|"
    r"treppenlift",
)
# Who must not get hurt and what the machine then does, for "detects X ... stops" cues in both orders.
_BODY_EN = (
    r"(?:people|persons?|humans?|workers?|operators?|someone|anyone|child|children|kids?|pets?|animals?|hands?|"
    r"fingers?|"
    r"arms?|bodies|body parts)"
)
_HALT_EN = r"(?:stop|halt|brake|shut|freez|block|lock|disabl|retract|slow)"
_BODY_DE = (
    r"(?:menschen|mensch|personen|person|jemand|hände|händ|hand|finger|kinder|kind|mitarbeit\w*|arbeiter\w*|"
    r"körperteil\w*|fußgänger\w*|haustier\w*|tiere)"
)
_HALT_DE = r"(?:stopp|anhalt|brems|abschalt|schaltet|sperr|blockier|stillsetz|unterbrech|zurückzieh|\bhält)"
MACHINE_SAFETY = concept(
    r"\b(?:safety (?:functions?|components?|stops?|zones?)|emergency stops?|protective stops?|collisions?|"
    r"pedestrians?|automatic\w* brak\w*|brak\w* (?:\w+ ){0,2}automatic\w*|person detection|light curtains?|"
    r"safeguard\w*|protective (?:devices?|equipment|guards?|fences?|hoods?|covers?)|(?:blade|machine) guards?|"
    r"safety (?:devices?|guards?|sensors?|laser scanners?|systems?|interlocks?)|"
    rf"{_BODY_EN} (?:\S+ ){{0,3}}(?:in|into|inside|enters?|entering|reach\w* into) (?:the )?(?:danger|hazard|"
    r"blind|exclusion|cutting|pinch|swing) (?:zones?|areas?|spots?|radius)|"
    rf"(?:detect|spot|see|sens|recogni[sz]|notic)\S* (?:\S+ ){{0,4}}(?:{_BODY_EN}|obstacles?) (?:\S+ ){{0,8}}"
    rf"{_HALT_EN}\w*|(?:detect|spot|see|sens|recogni[sz]|notic)\S* (?:\S+ ){{0,4}}(?:users?|runners?|passengers?|"
    rf"riders?|guests?|visitors?|falls?|falling|stumbl\w*|collaps\w*) (?:\S+ ){{0,8}}{_HALT_EN}\w*|"
    rf"{_HALT_EN}\w* (?:\S+ ){{0,6}}(?:when|if|as soon as|before|once) (?:\S+ ){{0,3}}{_BODY_EN})\b",
    r"not-?halt|not-?aus|schutzfunktion|sicherheitsfunktion|sicherheitsbauteil|kollision|"
    r"stoppt (?:\w+ ){0,5}(?:person|mensch|hand)|fußgänger|personenerkennung|notbrems|"
    r"bremst (?:\w+ ){0,3}automatisch|schutzeinrichtung|schutzvorrichtung|sicherheitseinrichtung|lichtvorhang|"
    r"lichtgitter|lichtschranke|sicherheitslaserscanner|schutzzaun|verriegelung|schutzhaube|schutzgitter|"
    r"schutzabdeckung|zweihandschaltung|"
    rf"{_BODY_DE}\w* (?:\S+ ){{0,3}}(?:im|in den|in die|am) (?:gefahr(?:en)?(?:bereich|zone)|toten winkel|"
    r"schnittbereich|quetschbereich|schwenkbereich|sperrbereich|schutzbereich|gefahrenraum)|"
    rf"{_BODY_DE}\w* (?:\S+ ){{0,6}}(?:erkenn|erfass|sieht|bemerk)\S* (?:\S+ ){{0,8}}{_HALT_DE}|"
    rf"(?:erkenn|erfass|sieht|bemerk)\S* (?:\S+ ){{0,6}}(?:{_BODY_DE}|hindernis\w*) (?:\S+ ){{0,10}}{_HALT_DE}|"
    rf"{_HALT_DE}\S* (?:\S+ ){{0,6}}(?:wenn|sobald|falls|bevor) (?:\S+ ){{0,4}}{_BODY_DE}|"
    rf"(?:erkenn|erfass|sieht|bemerk)\S* (?:\S+ ){{0,6}}(?:nutzer\w*|läufer\w*|fahrgäst\w*|gäst\w*|st[uü]rz\w*|"
    rf"stolper\w*|zusammenbr\w*) (?:\S+ ){{0,10}}{_HALT_DE}",
)
# A start interlock: the AI looks for people (or pets) in the machine's reach and only then lets it move.
BODY_CHECK = concept(
    rf"\b(?:(?:check|scan|monitor|verif|confirm|make sure|ensur|look|search|inspect)\w* (?:\S+ ){{0,5}}(?:for|that|"
    rf"whether|if) (?:(?:an?|the|any|there (?:is|are) (?:an? |any )?) )?(?:{_BODY_EN}|nobody\b|no(?:-?one)?\b|"
    rf"anybody\b)|"
    rf"{_BODY_EN} (?:\S+ ){{0,3}}(?:left behind|still (?:inside|in|on|under))|"
    r"(?:clear|empty|free) of (?:people|persons|humans|children|anyone))\b",
    rf"(?:prüf|kontrollier|scann|überwach|schaut|checkt|sucht)\w* (?:\S+ ){{0,6}}(?:ob|nach|auf) (?:\S+ ){{0,4}}"
    rf"{_BODY_DE}|(?:ob|dass|wenn|bis|solange) sich (?:\S+ ){{0,3}}(?:{_BODY_DE}|niemand|keine?\b)|"
    r"(?:wenn|bis|solange|sobald) (?:\S+ ){0,2}(?:niemand|keine?r?)\b (?:\S+ ){0,4}(?:in|im|unter|auf|vor|zwischen)\b|"
    rf"{_BODY_DE} (?:\S+ ){{0,3}}(?:zurückgeblieben|"
    r"zurückgelassen|(?:noch )?(?:in der|im) (?:\w*(?:box|zelle|kabine|grube|zone|bereich|raum))\b)",
)
START_RELEASE = concept(
    r"\b(?:start(?:s|ing)? (?:moving|up|the (?:cycle|lift|machine|press|robot|motor|engine))|"
    r"only (?:then |after that )?(?:starts?|moves?|runs?|lifts?|lowers?|closes?|operates?|begins?|departs?)|"
    r"(?:releases?|enables?|unlocks?) (?:the )?(?:start|machine|lift|robot|press|cycle|movement|motion|departure)|"
    r"(?:gives?|giving) (?:the )?(?:all[- ]clear|go-ahead|green light|start signal)|all[- ]clear|"
    r"says ['\"]?(?:clear|free|ok)|(?:before|until) (?:\S+ ){0,4}(?:start|mov|lift|lower|clos|run|begin|depart|"
    r"rotat|swing|travel|hoist)\w*|before (?:each|every|the|any|a) (?:\S+ )?(?:strokes?|cycles?|runs?|movements?)|"
    r"(?:start|mov|lift|lower|clos|run|open|depart)\w* (?:\S+ ){0,4}only (?:when|once|if|after))\b",
    r"gibt (?:\S+ ){0,4}frei\b|freigabe|setzt sich (?:\S+ ){0,2}in bewegung|(?:erst|nur) (?:dann|wenn|nachdem|bei) "
    r"(?:\S+ ){0,6}(?:start|fährt|läuft|bewegt|hebt|senkt|schließt|anfahr|los)|bevor (?:\S+ ){0,6}(?:start|"
    r"gestartet|an(?:fähr|läuft|gehoben|gefahren)|los|bewegt|hebt|senkt|abgesenkt|schließt|geschlossen|einfährt|"
    r"zufährt|dreht|schwenkt)|(?:startet|fährt|läuft|bewegt|hebt|senkt|schließt|öffnet|schwenkt|dreht)\w* "
    r"(?:\S+ ){0,4}(?:erst|nur),? (?:dann|wenn|nachdem|sobald)|vor (?:jedem|jeder|dem) (?:\S+ )?(?:hub|takt|zyklus|"
    r"start|anlauf|anheben|absenken|schließen|losfahren)|anlaufsperre|wiederanlauf",
)
_STOP_VERB_EN = (
    r"(?<!-)\b(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|brak(?:es|ing) (?:the|it|automatically)|"
    r"shut\w* (?:\S+ )?(?:off|down)|switch\w* (?:\S+ )?off|cut\w* (?:off|out)|trip(?:s|ping)? the|"
    r"takes? (?:\S+ ){0,3}out of (?:service|operation)|"
    r"slow\w* (?:\S+ ){0,2}down|(?:trigger|initiat|activat)\w* (?:an |the )?(?:emergency )?(?:brak|stop)\w*|"
    r"appl\w* the brakes)\b"
)
_STOP_VERB_DE = (
    r"stoppt|stoppen|anhalt|hält (?:\S+ ){0,4}an\b|abbrems|bremst|abschalt|schaltet (?:\S+ ){0,4}ab\b|stillsetz|"
    r"drosselt|(?:not)?bremsung (?:\S+ ){0,2}(?:einleit|auslös)|(?:leitet|löst) (?:\S+ ){0,3}(?:not)?bremsung"
)
# The AI itself stops the product; a paperwork idea must say so with a verb, not only name the e-stop chapter.
STOP_VERB = concept(_STOP_VERB_EN, _STOP_VERB_DE)
STOP_ACT = concept(
    _STOP_VERB_EN,
    r"\bemergency (?:stop|brak\w*|shut-?down)\b",
    _STOP_VERB_DE,
    r"stopp|not-?(?:halt|aus|stopp|abschalt)|notbrems|außer betrieb",
)
MAINTENANCE = concept(
    r"\b(?:(?:predictive|preventive|condition-based) maintenance|maintenance (?:planning|schedul\w*|needs?|"
    r"visits?|windows?|intervals?)|service (?:visits?|intervals?|calls?|schedul\w*)|wear and tear|"
    r"(?:need|needs|due) (?:\S+ ){0,2}(?:servic\w*|maintenance|repairs?|inspections?|replac\w*|chang\w*|"
    r"clean\w*)|spare parts?)\b",
    r"vorausschauende wartung|predictive maintenance|wartungs(?:bedarf|planung|einsatz|einsätze|termin|intervall|"
    r"fenster)|servicetermin|serviceeinsatz|serviceeinsätze|servicebesuch|verschleiß|ersatzteil|"
    r"(?:gewartet|repariert|inspiziert) werden (?:muss|müssen|sollte)",
)
_SAFETY_GEAR_EN = (
    r"(?:guarding|guards?|fire (?:protection|suppression|alarm)\w*(?: systems?)?|"
    r"safety (?:gear|functions?|systems?|components?|devices?|equipment|circuits?|chain|controls?|plcs?)|"
    r"light curtains?|interlocks?|e-stops?|emergency stops?|protective devices?|brakes?)"
)
_SAFETY_GEAR_DE = (
    r"(?:sicherheits(?:technik|einrichtung|funktion|kette|bauteil|steuerung|sps)|schutzeinrichtung|schutzzaun|"
    r"lichtvorh[aä]ng|lichtgitter|verriegelung|not-?halt|not-?aus|bremse|fangvorrichtung)"
)
SAFETY_UNCHANGED = concept(
    _SAFETY_GEAR_EN + r"\w* (?:\S+ ){0,3}(?:stays?|remains?|is left|are left|untouched|unchanged|"
    r"as (?:it is|is|they are|before)|separate|certified separately)",
    r"\b(?:has|have) nothing to do with (?:\S+ ){0,2}(?:safety|" + _SAFETY_GEAR_EN + r")",
    r"\b(?:does not|doesn't|won't|never|will not) (?:\S+ ){0,2}(?:touch|change|replace|control|override|act on) "
    r"(?:\S+ ){0,3}(?:safety|brakes?|controls?|guarding)",
    _SAFETY_GEAR_DE + r"\w* (?:\S+ ){0,3}(?:bleib|unverändert|unberührt|wie bisher|separat)",
    r"(?:hat|haben) (?:\S+ ){0,2}mit (?:\S+ ){0,2}(?:sicherheit|schutz|" + _SAFETY_GEAR_DE + r")\w* nichts zu tun|"
    r"greift (?:\S+ ){0,2}nicht in (?:\S+ ){0,3}"
    r"(?:steuerung|sicherheit|bremse|schutz)",
    raw=True,
)
LIFT_SAFETY = concept(
    r"\b(?:safety|brak\w*|emergenc\w*|trapped|stuck|overspeed|"
    r"doors? (?:\S+ ){0,3}(?:clos\w*|reopen\w*|obstruct\w*|sensors?|safety|trap\w*|pinch\w*)|"
    r"(?:clos|reopen|open)\w* (?:the |its )?doors?)\b",
    r"sicherheit|bremse|notruf|fangvorrichtung|eingeschlossen|eingeklemmt|"
    r"tür\w* (?:\S+ ){0,5}(?:schließ|öffn|einklemm|lichtschranke|sensor)|(?:schließt|öffnet) (?:\S+ ){0,2}tür",
)
# Rail vehicles, road vehicles, tractors, ships and aircraft (Annex I section B) as well as their machinery cousins.
VEHICLE = concept(
    r"\b(?:trains?|locomotives?|shunting|trams?|trolleys?|metro|subway|buses|bus|coaches|trucks?|lorr(?:y|ies)|"
    r"cars?|vans?|vehicles?|tractors?|ships?|vessels?|ferr(?:y|ies)|boats?|aircraft|planes?|helicopters?|drones?|"
    r"railways?|rail vehicles?|rolling stock)\b",
    r"\bzug\b|\bzüge|lok\b|lokomotive|\bbahn\b|eisenbahn|s-bahn|schienenfahrzeug|"
    r"rangier|triebwagen|straßenbahn|\btram|u-bahn|\bbus\b|\bbusse|reisebus|"
    r"\blkw|lastwagen|\bpkw|fahrzeug|transporter|traktor|schlepper|schiff|fähre|\bboot|flugzeug|hubschrauber|drohne",
)
VEHICLE_SAFETY = concept(
    r"\b(?:autonomous (?:shuttles?|bus(?:es)?|vehicles?|cars?|trucks?)|steering and braking|"
    r"autonomous driving|self-driving|driver assistance|adas|emergency braking|lane keeping|autopilot|"
    r"flight control|collision avoidance)\b",
    r"lenkt und bremst|autonome[rns]? (?:shuttle|bus|fahrzeug)|autonomes fahren|fahrerassistenz|"
    r"notbremsassistent|spurhalte|autopilot|flugsteuerung|kollisionsvermeid",
)
# Driver drowsiness and distraction warning (Regulation (EU) 2019/2144, Annex I B): the state is tied to the
# driver ("der Fahrer wird müde", "drowsiness of the driver") or named by a term used only for drivers, so metal
# fatigue, tired office staff or drivers "tired of" paperwork are no cue. Fatigue is a physical state, not an emotion.
_DROWSY_EN = (
    r"(?:drows\w*|fatigu\w*|tired\w*(?! of\b)|sleepy|sleepiness|asleep|dozing|doz(?:e|es) off|nodd\w* off|"
    r"microsleep\w*|"
    r"distract\w*|inattent\w*|(?:lack of|losing|loses|lost) (?:\S+ )?(?:attention|concentration|alertness)|"
    r"eyes off the road)"
)
_DROWSY_DE = (
    r"(?:müde(?! (?:von|vom|davon)\b)|müdigkeit|ermüd\w*|übermüd\w*|schläfrig\w*|sekundenschlaf|"
    r"nickt (?:\S+ )?ein|einnick\w*|"
    r"einschläft|einzuschlafen|einschlafen|abgelenkt|ablenkung|unaufmerksam\w*|unkonzentriert)"
)
_DRIVER_EN = r"(?:(?:train |truck |lorry |bus |tram )?drivers?|motorists?)"
_DRIVER_DE = r"(?:(?:lkw-?|bus|lok|zug|tram|kraft|berufs)?fahrer|lokführer|lenker)\w*"
DRIVER_ALERTNESS = concept(
    rf"\b{_DRIVER_EN}['\u2019]? (?:\S+ ){{0,4}}{_DROWSY_EN}",
    rf"\b{_DROWSY_EN} (?:\S+ ){{0,2}}(?:of|in) (?:the |our |its |their )?(?:\S+ )?{_DRIVER_EN}\b",
    r"\b(?:driver (?:drowsiness|fatigue|distraction|attention|alertness|monitoring (?:systems?|cameras?))|"
    r"drowsiness (?:detection|warning|alerts?|monitoring)|(?:asleep|dozing|nodding off) at the wheel|"
    r"microsleep\w*|ddaw|addw)\b",
    rf"{_DRIVER_DE} (?:\S+ ){{0,4}}{_DROWSY_DE}",
    rf"{_DROWSY_DE} (?:des|der|von|beim|bei) (?:\S+ )?{_DRIVER_DE}",
    r"fahrermüdigkeit|fahrerüberwachung|müdigkeitswarn|müdigkeitserkenn|aufmerksamkeitsassist|aufmerksamkeitswarn|"
    r"ablenkungswarn|sekundenschlaf|am steuer (?:\S+ ){0,2}einschl",
)
# How the vehicle notices and reacts (camera, eyelids, steering, a warning), unlike a roster that predicts tiredness.
DROWSY_SIGNAL = concept(
    r"\b(?:warn\w*|alert\w*|alarm\w*|beep\w*|vibrat\w*|cameras?|detect\w*|spot\w*|eyes?|eyelids?|blink\w*|"
    r"head (?:pose|position|movements?|posture)|steering (?:behaviou?r|movements?|input)|in-cab|interior)\b",
    r"warn|alarm|piep|vibrier|kamera|erkenn|augen|lidschlag|blinzel|kopfhaltung|kopfbewegung|lenkbewegung|"
    r"lenkverhalten|innenraum",
)
# The system goes into new vehicles that need EU type approval (Art. 6(1)(b) with Annex I B), supplied to the
# vehicle maker; a camera a fleet operator retrofits ("Nachrüst-Kamera") undergoes no such approval.
TYPE_APPROVAL = concept(
    r"\b(?:type[- ]approv\w*|homologat\w*|oems?|carmakers?|car makers?|automakers?|(?:car|truck|lorry|bus|vehicle) "
    r"(?:makers?|manufacturers?)|tier[- ]?1 suppliers?|series production|production vehicles?|new (?:cars|vehicles|"
    r"models|trucks)|factory[- ](?:fitted|installed)|general safety regulation|2019/2144)\b",
    r"typgenehmigung|typzulassung|homologation|\boems?\b|autohersteller|fahrzeughersteller|automobilhersteller|"
    r"(?:lkw|bus)-?hersteller|tier-?1|serienfahrzeug|serienproduktion|serienfertigung|in (?:die )?serie\b|ab werk|"
    r"neufahrzeug|neuwagen|2019/2144",
)
