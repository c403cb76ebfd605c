"""Concepts for Annex III areas 5-8 (services, law enforcement, migration, justice) and Annex I.

Kept apart from the employment/education vocabulary so each file stays readable; see
`triage.concepts_areas` for why concepts are combined rather than used alone.
"""

from __future__ import annotations

from triage.patterns import concept

PUBLIC_BENEFIT = concept(
    r"\b(?:healthcare (?:services|benefits)|rehab\w*|social (?:benefits?|assistance|welfare|security)|"
    r"welfare|public (?:benefits?|assistance)|"
    r"(?:unemployment|housing|child|disability) (?:benefits?|allowance)|benefits? (?:claims?|applications?|"
    r"eligibility)|pension entitlements?|disability pensions?|council (?:flats?|housing)|social housing|"
    r"student grants?|"
    r"tuition grants?)\b",
    r"krankenkasse|reha\w*|pflegeleistung|hilfsmittel|kostenübernahme|sozialleistung|bürgergeld|wohngeld|"
    r"sozialhilfe|arbeitslosengeld|kindergeld|elterngeld|grundsicherung|"
    r"leistungsantr|jobcenter|sozialamt|pflegegrad|eingliederungshilfe|sozialversicherung|bafög|ausbildungsförder|"
    r"erwerbsminderungsrente|unterhaltsvorschuss|kinderzuschlag|sozialwohnung|"
    r"(?:zuschuss|zuschüsse|beihilfe)\w* (?:\w+ ){0,3}(?:familien|haushalte|bürger|kinder|eltern|schüler|rentner)|"
    r"(?:familien|haushalte|bürger|eltern|rentner) (?:\w+ ){0,4}(?:zuschuss|zuschüsse|beihilfe)",
)
GRANT_DECISION = concept(
    r"\b(?:eligib\w*|entitle\w*|grant\w*|approv\w*|reject\w*|den(?:y|ies|ied)|revok\w*|reduc\w*|reclaim\w*|"
    r"assess\w*|check\w*|decid\w*|prioriti[sz]\w*|flag\w*|scor\w*|cut\w*|withdraw\w*|suspend\w*|stop\w*|"
    r"predict\w*|rank\w*)\b",
    r"anspruch|berechtig|bewillig|ablehn|prüf|entscheid|kürz|einschätz|bewert|zurückforder|priorisier|streich|"
    r"entzieh|gewähr|vorhersag|prognos|setzt (?:\S+ ){0,4}fest|festsetz|festleg",
)
CREDIT_STRONG = concept(
    r"\b(?:likelihood to pay|pay (?:\w+ ){0,2}rent|credit ?scor\w*|credit[- ]?worth\w*|credit ratings?|"
    r"ability to (?:re)?pay|loan (?:decisions?|"
    r"approvals?)|(?:can|could) afford (?:the )?(?:repayments?|instal\w*|loan|rent))\b",
    r"mietzahlung|(?:miete|raten) (?:\w+ ){0,2}zahl|"
    r"(?:raten|kredit|darlehen|miete) (?:\w+ ){0,3}(?:stemmen|tragen|leisten|bedienen|zurückzahlen)|"
    r"kreditwürdig|bonität|schufa|kreditentscheid|"
    r"zahlungsfähig",
)
CREDIT = concept(
    r"\b(?:credit card limits?|credit (?:checks?|decisions?|limits?|risk|applications?)|loans?|mortgages?|"
    r"lending|borrowers?|"
    r"buy[- ]now,?[- ]pay[- ]later|bnpl|overdrafts?|instal?ments?|financing|default risk|pay (?:their|"
    r"the) bills|car financ\w*|auto loans?|repay\w*|payment history|credit history)\b",
    r"kreditkarten(?:limit|rahmen)|kredit(?:vergabe|antrag|anträg|entscheid|limit|rahmen|risiko|prüfung)|"
    r"\bkredite?\b|zahlungshistorie|zahlungsverhalten|"
    r"darlehen|baufinanzierung|"
    r"ratenkauf|finanzierung|\braten\b|leasing|autokredit|ratenkredit|"
    r"ratenzahlung|\bdispo|zahlungsausfall|ausfallrisiko|ausfallwahrscheinlich|zahlungsmoral",
)
CREDIT_DECISION = concept(
    r"\b(?:assess\w*|estimat\w*|scor\w*|predict\w*|decid\w*|approv\w*|reject\w*|limits?|determin\w*|"
    r"evaluat\w*|who (?:has|gets|must)|security deposits?|deposits?|likelihood|probabilit\w*|good for the money|"
    r"check\w* (?:whether|if) (?:the |a )?(?:customer|buyer|applicant|client|shopper|person))\b",
    r"(?:legt|wertet|schlägt|teilt|stuft|wählt|sortiert|sieht) (?:\S+ ){0,8}(?:fest|aus|vor|zu|ein)\b|"
    r"automatisch|prüf|bewert|einschätz|entscheid|genehmig|ablehn|vorhersag|berechn|festleg|kaution|\bwer\b|"
    r"schätz|"
    r"wahrscheinlich",
)
FRAUD = concept(
    r"\b(?:fraud\w*|money laundering|aml|suspicious transactions?|chargebacks?)\b",
    r"betrug|geldwäsche|verdächtige (?:transaktion|zahlung)",
)
LIFE_HEALTH_INSURANCE = concept(
    r"\b(?:life insur\w*|health insur\w*|term life|disability insurance|income protection|"
    r"long[- ]term care insurance|life (?:and|or) health insurance|dental (?:insurance|plans?|cover)|"
    r"supplementary (?:health )?(?:plans?|insurance|cover)|private medical insurance|funeral (?:insurance|cover|"
    r"plans?)|"
    r"health (?:plans?|cover(?:age)?))\b",
    r"lebensversicher|risikoleben|krankenversicher|krankenzusatz|berufsunfähig|pflegeversicher|"
    r"\bpkv\b|krankenkasse|zahnzusatz|zahnversicher|pflegezusatz|krankentagegeld|sterbegeld",
)
INSURANCE_PRICING = concept(
    r"\b(?:risks?|pric\w*|premiums?|underwrit\w*|surcharges?|loadings?|accept\w*|declin\w*|reject\w*|"
    r"tariffs?)\b",
    r"zuschl|prämie|beitr|tarif|risik|annahme|ablehn|einstuf|gesundheitsfragen|stuft (?:\S+ ){0,8}ein\b",
)
EMERGENCY = concept(
    r"\b(?:emergency (?:calls?|numbers?|services|room|department|dispatch)|112|911|999|ambulances?|"
    r"paramedics?|"
    r"fire brigade|a&e|er triage)\b",
    r"notruf|leitstelle|rettungsdienst|rettungswagen|notarzt|krankenwagen|feuerwehr|notaufnahme|einsatzleit|"
    r"\brtw\b|\bktw\b|\bnef\b",
)
TRIAGE_ACT = concept(
    r"\b(?:triag\w*|prioriti[sz]\w*|rank\w*|classif\w*|dispatch\w*|assign\w*|decid\w*|urgency|send\w*|"
    r"life[- ]threatening|severity|critical|urgent|(?:answered|seen|treated|served|dispatched|handled) first|"
    r"place in (?:the )?(?:queue|line)|queue positions?|order of treatment)\b",
    r"priorisier|dringlich|einstuf|disponier|alarmier|zuweis|entscheid|schick|ersteinschätz|sichtung|triage|"
    r"lebensbedroh|schweregrad|zuerst|vorrangig|stuft (?:\S+ ){0,8}ein|ausrück|rausfahr|reihenfolge",
)
STATISTICS_ONLY = concept(
    r"\b(?:annual reports?|statistics|how many \w+ (?:\w+ ){0,2}(?:were|was|last (?:year|month)))\b",
    r"jahresstatistik|statistik|jahresbericht|wie viele \w+ (?:\w+ ){0,3}(?:letztes|im vergangenen) jahr",
)
MIGRATION = concept(
    r"\b(?:border (?:agency|control|guards?|police|crossings?|security|force)|at the border|asylum|refugees?|"
    r"visas?|residence permits?|immigra\w*|irregular[- ]migration|migrants?|migration|passport control|"
    r"entering the country)\b",
    r"grenzkontroll|grenzschutz|grenzpolizei|grenzübertritt|an der grenze|asyl|flüchtling|geflüchtet|visum|"
    r"aufenthaltstitel|aufenthaltserlaubnis|einwander|migrant|migration|einreise|passkontrolle|"
    r"ausländerbehörde|\bbamf\b|frontex",
)
MIGRATION_ASSESS = concept(
    r"\b(?:assess\w*|scor\w*|risks?|evaluat\w*|examin\w*|verif\w*|check\w*|detect\w*|identif\w*|decid\w*|"
    r"screen\w*|predict\w*)\b",
    r"prüf|bewert|risik|einschätz|entscheid|identifiz|erkenn|scor",
)
APPLICATION = concept(
    r"\b(?:applications?|claims?|requests?|seekers?|applicants?|granted|protection status|case files?|"
    r"family files?|dossiers?)\b",
    r"antr|gesuch|bewerber|anerkennung|schutzstatus|anhörung|fallakte",
)
IDENTIFY = concept(r"\b(?:identif\w*|recogni[sz]\w*|detect\w*)\b", r"identifiz|erkenn")
JUSTICE = concept(
    r"\b(?:courts?|judges|the judge|judicial|tribunals?|arbitrat\w*|dispute resolution|mediation|adr|"
    r"ombuds\w*)\b",
    r"\bgericht(?:e|en|s)?\b|\w+gericht(?:e|en|s)?\b|richter|schlichtung|streitbeilegung|schiedsstelle|"
    r"schiedsverfahren|ombudsstelle",
)
LEGAL_MEDIA = concept(
    r"\b(?:newsletters?|blog\w*|articles?|marketing|law firm|legal department|in-house lawyers?)\b",
    r"newsletter|blog|artikel|rechtsabteilung|kanzlei|marketing",
)
REDACTION = concept(r"\b(?:anonymi[sz]\w*|pseudonymi[sz]\w*|redact\w*)\b", r"anonymisier|pseudonymisier|schwärz")
RULING = concept(
    r"\b(?:decisions?|decid\w*|rulings?|verdicts?|judg(?:e)?ments?|sentenc\w*|appl\w* (?:\w+ ){0,3}law|"
    r"interpret\w*|research\w* (?:\w+ ){0,2}facts|propos\w*|recommend\w*)\b",
    r"entscheid|urteil|schiedsspruch|rechtsanwend|wendet (?:\w+ ){0,4}recht|auslegen|strafmaß|vorschlag|"
    r"schlägt",
)
ELECTION = concept(
    r"\b(?:elections?|voters?|voting|referendums?|ballots?|political campaigns?)\b",
    r"wahlkampf|wähler|wahlverhalten|bundestagswahl|landtagswahl|kommunalwahl|europawahl|volksabstimmung|"
    r"stimmabgabe",
)
INFLUENCE = concept(
    r"\b(?:influenc\w*|persuad\w*|sway\w*|micro-?target\w*|target\w*|convinc\w*|mobili[sz]\w*|swing|"
    r"(?:individually |personally )?tailored|undecided|personas?)\b",
    r"beeinfluss|überzeug|umstimm|mobilisier|gezielt|ansprech|zugeschnitten|unentschlossen",
)

# --- Art. 6(1) with Annex I ---------------------------------------------------------------------
MEDICAL_DEVICE = concept(
    r"\b(?:medical devices?|mdr|class ii[ab]?|samd|software as a medical device|notified body|"
    r"insulin pumps?|infusion pumps?|ventilators?|pacemakers?|defibrillators?)\b",
    r"medizinprodukt|benannte stelle|klasse ii[ab]?|insulinpumpe|infusionspumpe|herzschrittmacher|"
    r"beatmungsger|"
    r"defibrillator",
)
DIAGNOSE = concept(
    r"\b(?:detect\w*|diagnos\w*|screen\w*|spot\w*|predict\w*|monitor\w*|flag\w*|suspect\w*|analy[sz]\w*|"
    r"measur\w*|segment\w*|quantif\w*|warn\w*|alert\w*|early warning)\b",
    r"erkenn|diagnos|befund|vorhersag|überwach|vermess|misst|segmentier|warnt|frühwarn",
)
DISEASE = concept(
    r"\b(?:atrial fibrillation|arrhythmi\w*|cancer\w*|tumou?rs?|melanoma\w*|lesions?|strokes?|sepsis|"
    r"diabet\w*|"
    r"retinopath\w*|fractures?|pneumonia|heart (?:attacks?|failure|disease)|epilep\w*|seizures?|alzheimer\w*|"
    r"parkinson\w*|infections?|diseases?|hypoglyc\w*|insulin dos\w*|bleed\w*|ha?emorrhag\w*|aneurysms?|embolism|"
    r"leuka?emia|lymphoma\w*|carcinoma\w*|metasta\w*|an(?:a)?emia|hepatitis|tuberculosis|rash\w*|eczema|psoriasis|"
    r"dermatitis|skin (?:conditions?|diseases?)|mammogra\w*)\b",
    r"vorhofflimmern|herzrhythmus|krebs|tumor|schlaganfall|sepsis|fraktur|knochenbruch|lungenentzündung|"
    r"herzinfarkt|herzinsuffizienz|epilep|krampfanfall|infektion|erkrankung|unterzucker|insulindos|blutung|"
    r"aneurysma|embolie|leukämie|lymphom|karzinom|metastase|anämie|hepatitis|tuberkulose|ausschlag|ekzem|"
    r"schuppenflechte|hauterkrank|mammograph",
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
MACHINE = concept(
    r"\b(?:machines?|machinery|robots?|cobots?|press(?:es)?|forklifts?|cranes?)\b",
    r"maschine|roboter|presse|stapler|\bkran|fahrerlose",
)
MACHINE_SAFETY = concept(
    r"\b(?:safety (?:functions?|components?|stops?|zones?)|emergency stops?|protective stops?|collisions?|"
    r"stop\w* (?:\w+ ){0,4}(?:when|if) (?:a )?(?:person|worker|human|hand)\w*|pedestrians?|"
    r"automatic\w* brak\w*|brak\w* (?:\w+ ){0,2}automatic\w*|person detection)\b",
    r"not-?halt|not-?aus|schutzfunktion|sicherheitsfunktion|sicherheitsbauteil|kollision|"
    r"stoppt (?:\w+ ){0,5}(?:person|mensch|hand)|fußgänger|personenerkennung|notbrems|"
    r"bremst (?:\w+ ){0,3}automatisch",
)
LIFT_SAFETY = concept(
    r"\b(?:safety|brak\w*|doors?|emergenc\w*|trapped|stuck|overspeed)\b",
    r"sicherheit|bremse|tür|notruf|fangvorrichtung|eingeschlossen",
)
VEHICLE_SAFETY = concept(
    r"\b(?:autonomous (?:shuttles?|bus(?:es)?|vehicles?|cars?|trucks?)|steering and braking|"
    r"autonomous driving|self-driving|driver assistance|adas|emergency braking|lane keeping|autopilot|"
    r"flight control|collision avoidance)\b",
    r"lenkt und bremst|autonome[rns]? (?:shuttle|bus|fahrzeug)|autonomes fahren|fahrerassistenz|"
    r"notbremsassistent|spurhalte|autopilot|flugsteuerung|kollisionsvermeid",
)
