"""Concepts for the Art. 5 practices other than biometrics and for Annex III areas 2 and 3.

Infrastructure and education live here; employment is in `triage.concepts_work`, services, law
enforcement, migration and justice in `triage.concepts_services`, products in `triage.concepts_annex1`.

Each concept names *what* a text must talk about (an area, an activity, a consequence); the
rules in `triage.rules_high` require combinations, because a single word ("credit", "border",
"performance") is never enough to put an idea into a regulated area.
"""

from __future__ import annotations

from triage.patterns import concept

# --- Art. 5(1)(a)-(d) -----------------------------------------------------------------------
MANIPULATION = concept(
    r"subliminal|dark patterns?|manipulat\w* (?:\w+ ){0,2}(?:people|customers|users|voters|them|kids|"
    r"children|"
    r"viewers|players|patients|employees)|psychological (?:tricks?|pressure|weakness\w*)|"
    r"trick\w* (?:people|customers|users|them|kids|players) into|hidden (?:messages|cues|signals)",
    r"unterschwellig|manipulier\w* (?:\w+ ){0,2}(?:kund|nutzer|menschen|spieler|mitarbeit|wähler|kinder)|"
    r"psychologisch\w* (?:druck|trick|schwäche)|versteckt\w* (?:botschaft|signal|reiz)",
)
VULNERABLE = concept(
    r"\b(?:chasing (?:their )?losses|children|kids|minors|teen\w*|elderly|seniors|older (?:people|customers|"
    r"adults?|users?|clients?|customers?)|pensioners|single (?:parents?|mothers?|mums?)|strapped for cash|"
    r"dementia|"
    r"disabled|disabilit\w*|addict\w*|losing streaks?|los(?:e|es|ing) (?:a lot|heavily|big)|heavy losses|"
    r"gambling problems?|problem gamblers|in debt|indebted|financial "
    r"(?:distress|difficult\w*|hardship)|low[- ]income|lonely|loneliness|vulnerab\w*)\b",
    r"kinder|minderjährig|jugendlich|senior|ältere|rentner|demenz|behinder|süchtig|spielsucht|verschuldet|"
    r"überschuldet|geldnot|finanzielle not|einkommensschwach|einsam|viel verlier|verlustserie|verluste (?:\w+ )?jag|"
    r"alleinerziehend|knapp bei kasse|pleite",
)
EXPLOIT = concept(
    r"\b(?:exploit\w*|take advantage|prey on|lure\w*|upsell\w*|push\w* (?:them|\w+) (?:to|into)|pressure\w* "
    r"(?:them|\w+) into|keep (?:them )?(?:playing|betting|spending|gambling)|high[- ]interest|expensive|"
    r"give in|cave in|use (?:that|this|the|their) (?:moment|weakness|confusion|state)|"
    r"when they are (?:most )?(?:vulnerable|"
    r"confused|weak))\b",
    r"ausnutz|ausnütz|verleit|drängen|drängt|überred|\block|weiterspiel|teure|hochverzinst|"
    r"(?:diesen|den|ihre\w*) (?:moment|schwäche|verwirrung) (?:\w+ )?nutz",
)
VULN_STATE = concept(
    r"\b(?:chasing (?:their )?losses|lonely|loneliness|addict\w*|gambling problems?|in debt|indebted|"
    r"financial (?:distress|hardship)|"
    r"sad|"
    r"depress\w*|grieving|desperate)\b",
    r"einsam|süchtig|spielsucht|verschuldet|überschuldet|geldnot|traurig|depressiv|verzweifelt|trauer",
)
MONETISE = concept(
    r"\b(?:keep (?:them |\w+ )?(?:playing|betting|spending|gambling)|bonus offers?|"
    r"push\w* (?:\w+ ){0,2}(?:paid|premium|purchases?|offers?|subscriptions?|loans?|bets?)|"
    r"paid (?:features|"
    r"content|upgrades)|in-app purchases?|upsell\w*|sell\w* (?:them )?\w+|loans?|bets?|gambl\w*)\b",
    r"in-app-käuf|kostenpflichtig|premium|verkauf|kredit|wett|glücksspiel|\babo",
)
SCORE = concept(
    r"\b(?:scor\w*|ratings?|rank\w*|points|reliability|trustworth\w*)\b",
    r"bewert|punkte|einstuf|ranking|zuverlässigkeit|vertrauenswürdig",
)
PRIVATE_LIFE = concept(
    r"\b(?:facebook|instagram|tiktok|(?:their|his|her) (?:\w+ )?friends|circle of friends|social media|"
    r"social networks?|"
    r"off[- ]duty|off work|private li(?:fe|ves)|"
    r"free time|leisure|personal li(?:fe|ves)|"
    r"after hours|outside (?:of )?work|lifestyle|private (?:instagram|facebook|tiktok|profiles?|"
    r"accounts?))\b",
    r"facebook|instagram|tiktok|freundeskreis|soziale[nrm]? (?:medien|netzwerk)|social[- ]media|freizeit|privatleben|"
    r"außerhalb der arbeit|feierabend|lebensstil|"
    r"privat\b|private[sn]? (?:instagram|facebook|tiktok|profil|konto|account)",
)
DETRIMENT = concept(
    r"\b(?:fewer|less|lower|lose|loses|worse|penali[sz]\w*|downgrad\w*|blacklist\w*)\b",
    r"weniger|schlechter|verlier|herabgestuft|benachteilig|sperr",
)
CONSEQUENCE = concept(
    r"\b(?:decid\w*|determin\w*|who gets|access|eligib\w*|perks|privileges|priority|preferred|allocat\w*|"
    r"den(?:y|ied)|"
    r"exclud\w*|fines?|sanction\w*|refus\w*|reject\w*|waiting lists?|move (?:\w+ ){0,2}down|back of the (?:pile|"
    r"queue|line))\b",
    r"entscheid|vergeb|bekomm|erhält|erhalten|zugang|bevorzug|vorrang|ausschließ|verweiger|vergünstig|"
    r"privileg|"
    r"sanktion|warteliste",
)
SOCIAL_SCORE_TERM = concept(
    r"\b(?:social scor\w*|citizen scor\w*|social credit)\b", r"sozialpunkt|sozialkredit|bürger-?score"
)
# --- Annex III areas --------------------------------------------------------------------------
INFRA = concept(
    r"\b(?:power plants?|grid stability|power grids?|electricity (?:grid|network|supply)|substations?|"
    r"water (?:supply|treatment|network|"
    r"works)|"
    r"drinking water|waste ?water|sewage|gas (?:network|pipelines?|supply|grid)|district heating|"
    r"heating network|"
    r"road traffic|traffic (?:lights|control|management|signals)|motorways?|highways?|tunnels?|"
    r"level crossings?|"
    r"railway signal\w*|critical (?:digital )?infrastructure|transformer stations?|grid operators?|"
    r"water utilit\w*|pumping stations?|gas (?:suppl|utilit)\w*|"
    r"distribution (?:grid|network)s?|load shedding|compressor stations?|hard shoulder|water mains|gas mains|"
    r"(?:water|gas|heat(?:ing)?) pipe(?:lines?| networks?)|traffic (?:management |control )?cent(?:re|er)s?|"
    r"smart motorways?|variable (?:speed limits?|message signs?)|(?:power|energy|electric(?:ity)?|gas|water) "
    r"(?:utilit\w*|compan(?:y|ies)|suppl(?:y|iers?)|distribution)|power (?:lines?|networks?)|overhead lines?|"
    r"(?:medium|high|low)[- ]voltage|signal (?:timings?|phases?|plans?)|junctions?|intersections?|crossroads|"
    r"(?:gas|water) (?:pressure|distribution|transmission)|(?:pressure|gas) (?:regulating|reducing|metering|control) "
    r"(?:stations?|plants?|units?)|municipal (?:grid|network|gas|water|power|electricity|heating)\w*)\b",
    r"kraftwerk|netzstabilit|stromnetz|verteilnetz|umspannwerk|stromversorgung|wasserversorgung|trinkwasser|"
    r"wasserwerk|kläranlage|pumpwerk|pumpstation|"
    r"abwasser|gasnetz|gasversorgung|fernwärme|wärmenetz|straßenverkehr|verkehrssteuerung|ampel|lichtsignal|"
    r"autobahn|tunnel|bahnübergang|kritische infrastruktur|\bkritis\b|netzbetreiber|trafostation|netzleitstelle|"
    r"lastabwurf|hochbehälter|verdichterstation|verkehrs(?:leit)?zentrale|verkehrsbeeinflussung|"
    r"streckenbeeinflussung|wasserversorger|wasserverband|rohrnetz|wassernetz|gasleitung|gasdruck|heizwerk|"
    r"hochspannung|mittelspannung|(?:gas|strom|energie|wasser|wärme)versorg|netzgesellschaft|freileitung|"
    r"kreuzung|knotenpunkt|signalanlage|druckregel(?:anlage|station)|gas-?druckregel|(?:gas|wasser)verteil|ortsnetz",
)
DIGITAL_INFRA = concept(
    r"\b(?:data ?cent(?:re|er)s?|server (?:halls?|rooms?|farms?)|colocation|cloud (?:computing )?(?:platforms?|"
    r"infrastructure|regions?)|internet exchange\w*|telecom(?:munications?)? networks?|mobile networks?|"
    r"cell towers?|base stations?)\b",
    r"rechenzentr|serverr[aä]um|serverhalle|serverfarm|cloud-?(?:plattform|infrastruktur)|internetknoten|"
    r"telekommunikationsnetz|mobilfunknetz|mobilfunkmast|sendemast",
)
PHYSICAL_PROTECTION = concept(
    r"\b(?:fire|smoke|sprinklers?|extinguish\w*|(?:gas|fire) suppression|power (?:supply|feeds?|cuts?|shut-?offs?)|"
    r"cut\w* (?:\S+ ){0,2}power|leaks?|flood\w*|overheat\w*|cooling failures?|water pressure|emergency power)\b",
    r"brand|feuer|rauch|sprinkler|lösch|stromzufuhr|strom (?:\S+ ){0,2}(?:ab|kapp|trenn)|notabschalt|leckage|"
    r"\blecks?\b|wassermelder|rauchmelder|brandmelder|"
    r"wassereinbruch|überhitz|kühlungsausfall|wasserdruck|notstrom",
)
CONTROL_ACTION = concept(
    r"\b(?:automatic\w* (?:\w+ ){0,4}(?:clos|shut|switch|open|control|regulat|adjust|reroute|turn)\w*|closes|"
    r"disconnect\w*|autonomous(?:ly)?|trips?|shuts? (?:down|off)|switch\w* (?:off|on|the)|controls?|"
    r"controlling|regulat\w*|safety|valves?|"
    r"load balancing|emergency (?:stop|shutdown)|isolat\w* (?:\w+ ){0,2}(?:sections?|segments?|lines?|parts?)|"
    r"(?:lower|rais|clos|open)\w* (?:\w+ ){0,2}(?:barriers?|gates?|hard shoulder|lanes?)|"
    r"sets? (?:\w+ ){0,3}(?:speed )?limits|dos(?:e|es|ing) (?:\S+ ){0,2}(?:chlorine|chemicals|flocculants?|ozone)|"
    r"(?:chlorine|chemicals?|flocculants?|ozone) dos\w*|adjust\w* (?:\S+ ){0,3}(?:dosing|pressures?|flows?|valves?|"
    r"pumps?|setpoints?|loads?)|"
    r"trigger\w* (?!(?:\S+ ){0,2}(?:alerts?|alarms?|notifications?|warnings?|e-?mails?|messages?|tickets?|reports?|"
    r"maintenance|work orders?|inspections?|reviews?|calls?))|"
    r"cut\w* (?:\S+ ){0,2}(?:power|electricity|supply|gas|water)|"
    r"(?:clos|open|shut)\w* (?:\S+ ){0,3}(?:valves?|gates?|sluices?|dampers?|lanes?|sections?|roads?|ramps?|"
    r"hatch\w*|breakers?|feeders?)|(?:ramp|power|spin|throttl)\w* (?:\S+ ){0,3}(?:down|up)|throttl\w*|"
    r"(?:set|adjust|chang|lower|rais|switch)\w* (?:\S+ ){0,3}speed limits?|(?:open|releas|free)\w* (?:\S+ ){0,2}"
    r"(?:hard shoulder|lanes?)|(?:rerout|divert)\w* (?:\S+ ){0,3}(?:traffic|power|load|flows?|water|gas|vehicles)|"
    r"activat\w* (?:\S+ ){0,3}(?:pumps?|valves?|barriers?|floodgates?|signs?)|tak\w* (?:\S+ ){0,3}offline)\b",
    r"trennt|trennen|steuer|schaltet|schließt|abschalt|sperrt|regel|ventil|auslös|dosier|"
    r"automatisch\w* (?:\w+ ){0,4}(?:schließ|schalt|"
    r"sperr|"
    r"öffn|steuer|regel)|sicherheit|notabschalt|vom netz (?:nehm|genommen|trenn)|schranke|lastabwurf|"
    r"kappt|unterbricht|schalte[nt]?\b|\bsperr(?:en|t)\b|zuschalt|drossel|autonom|"
    r"(?:schließ|öffn)\w* (?:\S+ ){0,4}(?:schieber|ventil|klapp|schleus|\w*tor\b|schranke|absperr|leitung|abschnitt|"
    r"spur|fahrstreifen|rampe|tunnel)|(?:schieber|klappen|absperrorgan)\w* (?:\S+ ){0,4}(?:schließ|öffn|fahr)|"
    r"(?:herunter|runter|hoch)(?:fahr|gefahr)|fährt (?:\S+ ){0,4}(?:herunter|runter|hoch)\b|"
    r"(?:seitenstreifen|standstreifen|fahrstreifen|spur|strecke|abschnitt|leitung|zufahrt|tunnel)\w* (?:\S+ ){0,3}"
    r"freigeb|gibt (?:\S+ ){0,3}(?:seitenstreifen|standstreifen|fahrstreifen|spur|strecke|abschnitt|leitung|zufahrt|"
    r"tunnel)\w* (?:\S+ ){0,2}frei\b|(?:verkehr|strom|wasser|gas|last)\w* (?:\S+ ){0,3}umleit|leitet (?:\S+ ){0,3}"
    r"(?:verkehr|strom|last|wasser|gas)\w* (?:\S+ ){0,3}um\b",
)
# What the system itself does to the plant or the traffic, said with a verb (a chatbot about "water safety" or a
# report on "pressure regulating stations" names the domain, not an act).
CONTROL_VERB = concept(
    r"\b(?:clos(?:es|ing)|shut(?:s|ting)? (?:\S+ ){0,2}(?:off|down)|switch(?:es|ing)? (?:\S+ ){0,2}(?:off|on|over)|"
    r"disconnect\w*|isolat(?:es|ing)|rerout\w*|divert(?:s|ing)|throttl\w*|trips|dos(?:es|ing)|"
    r"opens? (?:the )?(?:\S+ )?(?:valves?|gates?|sluices?|lanes?|hard shoulder)|cuts? (?:off )?(?:\S+ )?(?:power|"
    r"supply|gas|water)|(?:adjust|control|regulat)(?:s|ing) (?:the |all |our )?(?:\S+ )?(?:dosing|pressures?|flows?|"
    r"valves?|pumps?|setpoints?|loads?|traffic|signals?|lights?|barriers?|network|grid|plant|feeders?)|"
    r"automatic(?:ally)? (?:\w+ ){0,3}(?:clos|shut|switch|open|control|regulat|adjust|reroute|turn)\w*)\b",
    r"schließt|schaltet|trennt|sperrt|regelt|steuert|dosiert|drosselt|öffnet (?:\S+ ){0,3}(?:schieber|ventil|klapp|"
    r"schleus|\w*tor\b|schranke|spur|fahrstreifen)|kappt|unterbricht|abschalt|umleit|leitet (?:\S+ ){0,3}um\b|"
    r"fährt (?:\S+ ){0,4}(?:herunter|runter|hoch)\b",
)
# "an der Steuerung des Netzes ändert sich nichts": a forecast or report that leaves the operation of the plant alone.
CONTROL_UNCHANGED = concept(
    r"\b(?:(?:plant |process |network |grid )?(?:control(?: systems?)?|controls|scada|operations?|automation|"
    r"switching|valves?|shut-?offs?|pumps?|safety \S+)(?: and (?:\S+ ){1,2})? (?:\S+ ){0,2}(?:stays?|stay|remains?|"
    r"remain|is left|are left|untouched|unchanged|as (?:it is|is|they are|before))|"
    r"(?:does not|doesn't|won't|never|will not) (?:\S+ ){0,2}(?:touch|change|control|operate|switch|act on|intervene "
    r"in) (?:\S+ ){0,3}(?:plant|network|grid|controls?|scada|valves?|pumps?|operations?))",
    r"(?:\w*steuerung|leittechnik|\w*regelung|anlagenbetrieb|netzbetrieb|\bscada) (?:\S+ ){0,3}(?:bleib\w*|unverändert|"
    r"unberührt|wie bisher)|greift (?:\S+ ){0,2}nicht in (?:\S+ ){0,3}(?:steuerung|anlage|netz|betrieb|regelung)",
    raw=True,
)
EDU_INSTITUTION = concept(
    r"\b(?:kindergartens?|schools?|pupils?|students?|universit\w*|college|campus|classes|classroom|"
    r"(?<!medical )exams?|"
    r"teachers?|"
    r"lectures?|(?<!of )courses?|report cards?|grade \d+|\d+(?:st|nd|rd|th) grade|"
    r"year \d+ (?:pupils|students|class)|(?:part-time|online|bachelor\'?s?|master\'?s?) degrees?|semesters?|"
    r"academ(?:y|ies)|cadets?|flight schools?|driving schools?|training (?:cent(?:re|er)s?|programmes?|"
    r"programs?|modules?|academ(?:y|ies))|curricul(?:um|a)|apprenticeships?|first graders?)\b",
    r"schul(?!d)|oberstufe|kindergarten|kita\b|schüler|studier|studenten|hochschul|\buni\b|universität|"
    r"\bkurs|(?:sprach|deutsch|englisch|integrations|weiterbildungs|online|abend|vorbereitungs|förder|intensiv)kurs|"
    r"klasse|klausur|\bprüfung|(?:abschluss|zwischen|aufnahme|eingangs|modul|abitur|gesellen|meister|sprach|"
    r"führerschein|fahr|theorie|praxis|staats|semester|end|einstufungs|lehrabschluss|ihk-?)prüfung|lehrer|"
    r"akademie|flugschule|fahrschule|kadett|ausbildungs(?:gang|jahr|modul|zentrum)|lehrgang|"
    r"dozent|"
    r"sprachenzentrum|lernend|(?<!arbeits)zeugnis|jahrgangsstufe|\d+\. klasse|studiengang|studienfach|fernstudium",
)
ADMISSION = concept(
    r"\b(?:assign\w* (?:\w+ ){0,3}to (?:\w+ ){0,2}schools?|school places?|ready for school|school readiness|"
    r"admission\w*|admit\w*|enrol\w*|acceptance|study places?|"
    r"applicants?|(?:nursery|daycare|kindergarten|school|university|college) places?|catchment areas?|"
    r"(?:allocat|assign|distribut)\w* (?:\S+ ){0,2}(?:children|pupils|kids|students|first[- ]graders|applicants|"
    r"learners) (?:\S+ ){0,4}(?:to|among|between) (?:\S+ ){0,2}(?:schools|kindergartens|nurseries|daycare "
    r"cent(?:re|er)s))\b",
    r"schulplatz|schulplätze|schulzuweisung|schulreif|einschulung|zulassung|studienpl[aä]tz|"
    r"aufnahmeverfahren|aufnahmeprüfung|immatrikul|(?<!wett)(?<!mit)bewerb|betreuungspl[aä]tz|kitapl[aä]tz|"
    r"kita-pl[aä]tz|"
    r"platzvergabe|(?:schul|kita|kindergarten)anmeld|aufnahmebescheid|aufnahmeentscheid|schulbezirk|schulsprengel|"
    r"(?:teilt|weist|verteilt) (?:\S+ ){0,2}\w*(?:kinder|klässler|schüler|bewerber)\w* (?:\S+ ){0,8}"
    r"(?:\w*schulen?|kitas?|gymnasi\w*|kindergärten|kindergarten)\b|(?:kinder|klässler|schüler|bewerber)\w* "
    r"(?:\S+ ){0,6}(?:\w*schulen|kitas|gymnasien|kindergärten) (?:\S+ )?(?:zuteil|zuweis|zugeteilt|zugewiesen|verteil)",
)
LEVEL = concept(
    r"\b(?:placement|levels?|streaming|tracks?|remedial|gifted|which (?:class|group|set)|"
    r"assign\w* (?:\w+ ){0,3}(?:level|class|course|group)s?|which (?:ensemble|band|orchestra|stream|track)|"
    r"mov\w* (?:up|down) (?:a |to |into )|(?:advanced|higher|lower|top|bottom|foundation) (?:\S+ )?(?:sets?|"
    r"streams?|groups?|classes|tracks?)|repeat (?:a|the) (?:year|grade)|held back|skip (?:a|the) (?:year|grade)|"
    r"plac(?:e|es|ing) (?:them|learners|students|pupils|kids|children|participants|people|applicants) (?:in|into) "
    r"(?:the )?(?:\S+ ){0,4}(?:course|class|group|level)s?|cefr)\b",
    r"einstuf|stuft (?:\S+ ){0,8}ein\b|niveau|zuordn|zuteil|teilt (?:\w+ ){0,6}zu|förderklasse|fördergruppe|förderkurs|"
    r"sprachförderung|förderbedarf|"
    r"leistungsgruppe|versetz|sitzenbleib|wiederhol\w* (?:\S+ ){0,2}(?:klasse|jahrgang|schuljahr)|"
    r"leistungskurs|schulform|gymnasialempfehlung|übertrittsempfehlung|in die (?:\w+ )?klasse|"
    r"(?:in|welche|passende|nächste)\w* (?:\w+ )?\w*stufen?\b",
)
# Counting learners is planning, not deciding about one: "predict enrolment per module to book rooms",
# "wie viele Erstklässler kommen". The forecast verb inside such a phrase is no evaluation of a person.
HEADCOUNT = concept(
    r"\b(?:(?:predict|forecast|estimat|project|anticipat)\w* (?:the |our )?(?:\w+ ){0,2}(?:enrol\w*|intake|"
    r"headcounts?|numbers? of (?:\w+ )?(?:students|pupils|learners|applicants|children)|how many)|"
    r"enrol\w* (?:numbers|figures|forecasts?|trends?|statistics))\b",
    r"(?:anmelde|einschreibe|schüler|studierenden|studenten|bewerber|kinder)zahlen|"
    r"wie viele (?:\w+ )?(?:schüler\w*|studierende|studenten|erstklässler|kinder|bewerber\w*|anmeldungen)",
)
LEARN_EVAL = concept(
    r"\b(?:grad(?:e|es|ing)|marks?|mark (?:the )?(?:exams|essays|homework|tests)|"
    r"(?:scor|assess|evaluat|correct|judg)\w* (?:\S+ ){0,4}(?:learning|essays?|exams?|examinations?|homework|"
    r"assignments?|tests?|theses|students?|pupils?|learners?|trainees?|cadets?|apprentices?|checkrides?|"
    r"(?:practical|oral|final|skills?|driving|flight|simulator) (?:\S+ )?(?:tests?|exams?|sessions?|runs?))|"
    r"learning outcomes?|pass ?(?:/|or|-) ?fail|who (?:passes|fails)|(?:decid|determin)\w* (?:\S+ ){0,2}who "
    r"(?:\S+ ){0,2}(?:gets|receives|is awarded|earns) (?:the |a |their )?(?:\S+ )?(?:licen[cs]es?|certificat\w*|"
    r"diplomas?|degrees?|qualifications?|badges?|titles?)|(?:decid|determin)\w* (?:\S+ ){0,3}whether "
    r"(?:\S+ ){0,3}(?:pass(?:es|ed)?|fail(?:s|ed)?))\b",
    r"(?:klausur|aufsatz|aufsätz|hausaufgab|prüfung|hausarbeit)\w* (?:\S+ ){0,3}(?:bewert|korrigier|benot)|"
    r"(?:korrigier|benot)\w* (?:\w+ ){0,5}\w*(?:klausur|prüfung|aufsätze|aufsatz|hausarbeit)|"
    r"(?:legt|bestimmt|entscheidet)\w*(?: \w+)?,? (?:\S+ ){0,2}wer (?:\S+ ){0,4}(?:\w*lizenz|\w*zertifikat|"
    r"\w*abschluss|"
    r"\w*zeugnis|\w*schein|diplom|befähigung|qualifikation|\w*titel) (?:\S+ )?(?:bekommt|erhält|verliehen)|"
    r"prüfungsleistung|notenvergabe|notengebung|vergibt (?:\w+ ){0,2}(?:noten|punkte)|"
    r"prüfung von (?:\S+ ){0,2}\w*(?:aufsätz|aufsatz|"
    r"klausur|arbeit)|benot|\bnoten?\b|(?:bewert|korrigier)\w* (?:\w+ ){0,3}(?:\w*(?:klausur|aufsatz|"
    r"aufsätze|hausaufgab|prüfung)|arbeit|schüler|studier|azubi|auszubildend|kadett|prüfling|lernend|"
    r"teilnehm)|lernerfolg|lernfortschritt|leistungsstand|bestanden ?(?:/|oder) ?nicht|"
    r"(?:entscheid|bewert|beurteil|feststell|festleg|bestimm|stellt fest)\w*,? (?:\S+ ){0,5}(?:bestanden|bestehen|"
    r"durchgefallen|durchfallen)|(?:bestanden|bestehen|durchgefallen|durchfallen) (?:\S+ ){0,5}(?:entscheid|bewert|"
    r"beurteil|"
    r"feststell|festleg|bestimm)|"
    r"(?:prüfungsarbeit|klausur|aufs[aä]tz|abitur|test|prüfung)\w* (?:\S+ ){0,6}punkt|"
    r"prüft (?:\w+ ){0,2}(?:prüfungsarbeit|klausur|aufs[aä]tz|hausarbeit|abiturarbeit)",
)
# Watching for what test takers must not do: looking away or at a phone, whispering, other tabs.
PROCTOR = concept(
    r"\b(?:proctor\w*|cheat\w*|invigilat\w*|monitor\w* (?:\w+ ){0,3}(?:exams?|tests?)|look\w* away|"
    r"whisper\w*|look\w* at (?:their|a|the) (?:phones?|notes)|open\w* (?:other|new|extra) (?:tabs?|windows?))\b",
    r"schummel|täuschungsversuch|prüfungsaufsicht|spick|beaufsichtig|wegschau|wegguck|flüster|"
    r"(?:aufs|auf das|ins) handy (?:schau|guck)|(?:andere|weitere|neue) tabs?\b",
)
EVALUATE = concept(
    r"\b(?:assign\w*|review\w*|suggest\w*|shortlist\w*|screen\w*|rank\w*|scor\w*|filter\w*|select\w*|"
    r"evaluat\w*|"
    r"assess\w*|sort\w*|rat(?:e|"
    r"es|ing)|"
    r"match\w*|"
    r"reject(?!ion)\w*|decid\w*|invit\w*|predict\w*|analy[sz]\w*|target\w*|propos\w*|recommend\w*|flag\w*|"
    r"monitor\w*|track\w*|measur\w*|compar\w*|identif\w*|allocat\w*|estimat\w*|likelihood|lower(?:s|ing)?|"
    r"reduc\w*|block\w*|deactivat\w*|picks?|pick out|sort out|make (?:\w+ ){0,2}list|league tables?|"
    r"(?:who|whoever|that) (?:\S+ ){0,2}(?:miss|exceed|fall short of|fail to (?:meet|hit|reach))\w* (?:their |the |"
    r"his |her )?(?:\S+ )?(?:targets?|quotas?|goals|kpis?)|(?:go(?:es|ing)?|sift\w*|comb\w*|trawl\w*) through|(?:draw|"
    r"draft|put|compil|creat|build|generat)\w* (?:up )?"
    r"(?:the |a )?(?:\S+ )?(?:list|shortlist|ranking)s? of (?:\S+ ){0,3}(?:people|staff|employees|workers|candidates|"
    r"applicants|names)|"
    r"plac(?:e|es|ing) (?:them|learners|students|pupils|kids|children|participants|people|applicants)|"
    r"(?:meets?|fulfil\w*|fulfill\w*|satisf(?:y|ies)|miss(?:es)?|lacks?) (?:\S+ ){0,4}(?:requirements?|criteria|"
    r"must-haves?|qualifications?|job profile)|(?:requirements?|criteria|must-haves?) (?:\S+ ){0,5}"
    r"(?:meets?|fulfils?|fulfills?|misses|lacks?)|gap analys\w*|traffic[- ]light (?:ratings?|system|scores?)|"
    r"fits? (?:\S+ ){0,3}(?:profile|role|job|position|team)|good fit|cultur(?:e|al) fit|"
    r"(?:issu|send)\w* (?:\S+ ){0,2}(?:decisions?|decision letters|notices of (?:decision|admission|rejection))|"
    r"(?:check|measur|test|screen)\w* (?:\S+ ){0,4}against "
    r"(?:\S+ ){0,3}(?:criteria|requirements?|must-haves?|job (?:descriptions?|profiles?|postings?|ads?)|profiles?))\b",
    r"(?:erfüllt|erfüllen|verfehlt|fehlen) (?:\S+ ){0,4}(?:anforderung|kriteri|voraussetzung|muss-kriteri|"
    r"qualifikation|stellenprofil)|(?:anforderung|kriteri|voraussetzung|muss-kriteri)\w* (?:\S+ ){0,5}"
    r"(?:erfüllt|erfüllen|fehlen|fehlt)|eignung|\bampel(?:bewertung|system|logik)?\b|"
    r"(?:passt|passen) (?:\S+ ){0,4}(?:profil|stelle|anforderung|job|team|rolle)|"
    r"(?:gleich|prüf)\w* (?:\S+ ){0,6}(?:mit|gegen) (?:\S+ ){0,3}"
    r"(?:anforderung|kriteri|stellenprofil|stellenbeschreibung|anforderungsprofil)|"
    r"(?:legt|wertet|schlägt|teilt|stuft|wählt|sortiert|sieht) (?:\S+ ){0,8}(?:fest|aus|vor|zu|ein)\b|"
    r"(?:teilt|weist|ordnet) (?:\S+ ){0,12}zu\b|bescheide? (?:\S+ ){0,3}(?:erstell|verschick|erlass|raus\b|hinaus)|"
    r"erkenn|berücksichtig|berechn|shortlist|vorzuschlag|ableit|feststell|festgestellt|wertet|schätz|bewert|"
    r"sortier|filter|auswähl|auswahl|einlad|"
    r"punkt|rank|beurteil|"
    r"prüf|entscheid|einstuf|eingestuft|eingeteilt|zugeteilt|zugewiesen|ausgewählt|aussortiert|gerankt|"
    r"analys|"
    r"überwach|mess|erfass|vorschlag|schlägt|identifizier|vergleich|zuteil|zuweis|verteil|einteil|auswert|gezielt|"
    r"empfehl|"
    r"spuckt",
)
