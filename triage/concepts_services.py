"""Concepts for Annex III areas 5-8 (services, law enforcement, migration, justice).

Kept apart from the employment/education vocabulary so each file stays readable; see
`triage.concepts_areas` for why concepts are combined rather than used alone.
"""

from __future__ import annotations

from triage.patterns import concept

PUBLIC_BENEFIT = concept(
    r"\b(?:healthcare (?:services|benefits)|rehab\w*|social[- ](?:benefits?|assistance|welfare|security)|"
    r"welfare|public[- ](?:benefits?|assistance)|"
    r"(?:unemployment|housing|child|disability|carer'?s?|jobseeker'?s?|attendance|heating|rent(?:al)?|childcare|"
    r"maternity|parental|bereavement)[- ](?:benefits?|allowances?|subsid\w*|assistance)|"
    r"(?:housing|rent(?:al)?|income|childcare)[- ](?:support|grants?)|universal credit|pension credit|"
    r"tax credits?|food stamps|snap benefits|medicaid|personal independence payments?|"
    r"(?:benefits?|allowances?)[- ](?:claims?|applications?|eligibility)|"
    r"pension entitlements?|disability pensions?|council (?:flats?|housing)|social housing|"
    r"student grants?|tuition grants?|hardship (?:funds?|grants?|payments?|schemes?|allowances?)|"
    r"(?:emergency|crisis) (?:relief|aid|support) (?:funds?|payments?|grants?)|means[- ]tested|fuel poverty|"
    r"energy (?:debt|bill|cost)s? (?:relief|support|assistance|grants?)|winter fuel payments?|"
    r"council tax (?:reduction|support)|free school meals)\b",
    r"krankenkasse|reha\w*|pflegeleistung|hilfsmittel|kostenübernahme|sozialleistung|bürgergeld|wohngeld|"
    r"sozialhilfe|arbeitslosengeld|kindergeld|elterngeld|grundsicherung|"
    r"leistungsantr|jobcenter|sozialamt|pflegegrad|eingliederungshilfe|sozialversicherung|bafög|ausbildungsförder|"
    r"erwerbsminderungsrente|unterhaltsvorschuss|kinderzuschlag|sozialwohnung|härtefall|notlagenfonds|"
    r"sozialfonds|nothilfefonds|bedürftigkeit|heizkosten(?:zuschuss|hilfe)|energiekosten(?:zuschuss|hilfe)|"
    r"sozialticket|sozialpass|wohnberechtigungsschein|bildungs- und teilhabe|"
    r"(?:zuschuss|zuschüsse|beihilfe)\w* (?:\w+ ){0,3}(?:familien|haushalte|bürger|kinder|eltern|schüler|rentner)|"
    r"(?:familien|haushalte|bürger|eltern|rentner) (?:\w+ ){0,4}(?:zuschuss|zuschüsse|beihilfe)",
)
GRANT_DECISION = concept(
    r"\b(?:eligib\w*|entitle\w*|grant\w*|approv\w*|reject\w*|den(?:y|ies|ied)|revok\w*|reduc\w*|reclaim\w*|"
    r"assess\w*|check\w*|decid\w*|prioriti[sz]\w*|flag\w*|scor\w*|cut\w*|withdraw\w*|suspend\w*|stop\w*|"
    r"predict\w*|rank\w*|sanction\w*|calculat\w*|urgency|priority (?:scores?|points|lists?)|waiting lists?|"
    r"recommend\w*|propos\w*|suggest\w*)\b",
    r"anspruch|berechtig|bewillig|ablehn|prüf|entscheid|kürz|einschätz|bewert|zurückforder|priorisier|streich|"
    r"entzieh|gewähr|vorhersag|prognos|setzt (?:\S+ ){0,4}fest|festsetz|festleg|schätzt (?:\S+ ){0,6}ein\b|"
    r"sanktion|berechn|dringlichkeit|punktwert|rangfolge|warteliste|schlägt (?:\S+ ){0,6}vor\b|vorschlag|empfiehl|"
    r"empfehl|einstuf|stuft",
)
CREDIT_STRONG = concept(
    r"\b(?:likelihood to pay|pay (?:\w+ ){0,2}rent|credit ?scor\w*|credit[- ]?worth\w*|credit ratings?|"
    r"ability to (?:re)?pay|credit (?:bureau|reference|agenc\w*)|credit files?|loan (?:decisions?|"
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
    r"\bkredite?\b|kreditkarte|zahlungshistorie|zahlungsverhalten|"
    r"darlehen|baufinanzierung|"
    r"ratenkauf|finanzierung|\braten\b|leasing|autokredit|ratenkredit|"
    r"ratenzahlung|dispo-?(?:kredit|limit|rahmen|zins\w*)|\b(?:den|im|ins|seinen|ihren|dem|vom) dispo\b|"
    r"zahlungsausfall|"
    r"ausfallrisiko|ausfallwahrscheinlich|"
    r"zahlungsmoral",
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
# The system itself judges a borrower (a verb, not the noun "Bonitätsprüfung" of a check someone else does).
CREDIT_ACT = concept(
    r"\b(?:decides?|approves?|pre-?approv\w*|rejects?|declines?|assesses|"
    r"(?:scores?|rates?|ranks?|predicts?|estimates?) (?:the |each |every |whether |if |how likely )?(?:them|"
    r"customers?|applicants?|borrowers?|buyers?|clients?|persons?|people|users?)|"
    r"checks? (?:whether|if|the (?:\S+ )?(?:credit|creditworthiness|solvency|affordability))|"
    r"sets? (?:\S+ ){0,2}(?:limits?|interest rates?|deposits?)|(?:instant|automatic|immediate) (?:credit |loan )?"
    r"(?:decisions?|approvals?)|gives? (?:\S+ ){0,2}(?:credit |loan )?(?:decisions?|approvals?|limits?))\b",
    r"entscheidet|genehmigt|lehnt (?:\S+ ){0,4}ab\b|bewertet|stuft (?:\S+ ){0,6}ein\b|prüft|schätzt|berechnet "
    r"(?:\S+ ){0,3}(?:bonität|score|limit|risiko|ausfall)|legt (?:\S+ ){0,4}(?:limit|zins|kaution)\w* fest|"
    r"setzt (?:\S+ ){0,4}(?:limit|rahmen|zins)\w* (?:\S+ ){0,3}(?:neu|fest)\b|"
    r"(?:passt|pass) (?:\S+ ){0,4}(?:limit|rahmen|zins)\w* (?:\S+ ){0,2}an\b|(?:limits?|rahmen) (?:\S+ ){0,2}anpass|"
    r"sagt (?:\S+ ){0,4}voraus|sofort(?:zusage|entscheid)|(?:gibt|erteilt|trifft) (?:\S+ ){0,3}(?:\w*zusage|"
    r"\w*entscheidung)",
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
    r"health (?:(?:top-up|private|supplementary|extra|cash|dental) )?(?:plans?|cover(?:age)?)|critical illness|"
    r"medical (?:cover|expenses insurance)|"
    r"hospital cash|whole[- ]of[- ]life|funeral plans?)\b",
    r"lebensversicher|risikoleben|krankenversicher|krankenzusatz|berufsunfähig|pflegeversicher|"
    r"\bpkv\b|krankenkasse|zahnzusatz|zahnversicher|pflegezusatz|krankentagegeld|sterbegeld|krankenhauszusatz|"
    r"krankenhaustagegeld|pflegetagegeld|krankheitskosten|erwerbsunfähig|dread disease|gesundheitstarif",
)
INSURANCE_PRICING = concept(
    r"\b(?:risks?|pric\w*|premiums?|underwrit\w*|surcharges?|loadings?|accept\w*|declin\w*|reject\w*|"
    r"tariffs?)\b",
    r"zuschl|prämie|beitr|tarif|risik|annahme|ablehn|einstuf|gesundheitsfragen|stuft (?:\S+ ){0,8}ein\b",
)
ANSWERS_QUESTIONS = concept(
    r"\b(?:answer\w* (?:\S+ ){0,4}questions|questions (?:\S+ ){0,3}answered|faqs?|explain\w* (?:\S+ ){0,3}"
    r"(?:options|tariffs|terms|conditions|coverage))\b",
    r"beantwort\w* (?:\S+ ){0,4}fragen|fragen (?:\S+ ){0,9}beantwort|\bfaq|erklärt (?:\S+ ){0,3}(?:tarif|option|"
    r"bedingung|leistung|unterschied|finanzierung|konditionen)",
)
PRICING_ACT = concept(
    r"\b(?:pric(?:e|es|ed|ing) (?:\S+ ){0,3}(?:each|every|individual\w*|applicants?|customers?|policyholders?|"
    r"people|persons?|them)|calculat\w*|sets?|setting|determin\w*|adjust\w*|decid\w*|accept(?:s|ing)?|"
    r"declin(?:e|es|ing)|reject\w*|underwrit\w*|scor\w*|assess\w*|individual (?:premiums?|prices?|rates?))\b",
    r"berechn|kalkulier|festleg|legt (?:\S+ ){0,6}fest|setzt (?:\S+ ){0,6}fest|bestimm|entscheid|ablehn|einstuf|"
    r"stuft (?:\S+ ){0,8}ein\b|bewert|individuell\w* (?:prämie|beitr|tarif|zuschl)",
)
EMERGENCY = concept(
    r"\b(?:emergency (?:calls?|numbers?|services|room|department|dispatch)|112|911|999|ambulances?|"
    r"paramedics?|"
    r"fire brigade|a&e|er triage|(?:the|our|hospital|hospital's) er|emergency (?:wards?|units?)|casualty "
    r"(?:departments?|wards?)|patient triage|triag\w* (?:\S+ ){0,4}patients|patients? (?:\S+ ){0,4}triag\w*)\b",
    r"notruf|leitstelle|rettungsdienst|rettungswagen|notarzt|krankenwagen|feuerwehr|notaufnahme|einsatzleit|"
    r"\brtw\b|\bktw\b|\bnef\b|manchester[- ]triage|patient\w* (?:\S+ ){0,4}(?:triage|ersteinschätzung)|"
    r"(?:triage|ersteinschätzung) (?:\S+ ){0,4}patient",
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
    r"screen\w*|predict\w*|credib\w*|consisten\w*|inconsisten\w*|contradict\w*|plausib\w*|flag\w*|"
    r"cross-?check\w*|rank\w*|prioriti[sz]\w*)\b",
    r"prüf|bewert|risik|einschätz|entscheid|identifiz|erkenn|scor|glaubhaft|glaubwürdig|widersprüch|plausib|"
    r"gleicht (?:\S+ ){0,8}ab\b|abgleich|markier|kennzeichn|einstuf|bescheid",
)
APPLICATION = concept(
    r"\b(?:applications?|claims?|requests?|seekers?|applicants?|granted|protection status|case files?|"
    r"family files?|dossiers?)\b",
    r"antr|gesuch|bewerber|anerkennung|schutzstatus|anhörung|fallakte",
)
IDENTIFY = concept(r"\b(?:identif\w*|recogni[sz]\w*|detect\w*)\b", r"identifiz|erkenn")
# Courts and out-of-court bodies; "Gericht" and "court" alone are also a dish and a food court (`COURT_STRONG`).
_JUSTICE_EN = r"judges|the judge|judicial|tribunals?|arbitrat\w*|dispute resolution|mediation|adr|ombuds\w*"
_JUSTICE_DE = r"richter|schlichtung|streitbeilegung|schiedsstelle|schiedsverfahren|ombudsstelle"
JUSTICE = concept(
    rf"\b(?:courts?|{_JUSTICE_EN})\b",
    r"\bgericht(?:e|en|s)?\b|\w+gericht(?:e|en|s)?\b|" + _JUSTICE_DE,
)
LEGAL_MEDIA = concept(
    r"\b(?:newsletters?|blog\w*|articles?|marketing|law firm|legal department|in-house lawyers?)\b",
    r"newsletter|blog|artikel|rechtsabteilung|kanzlei|marketing",
)
# Taking out who the parties are before publication ("blacks out names", "macht Namen unkenntlich") is a
# preparatory task (Art. 6(3)(d)): nobody researches, interprets or applies the law by it.
REDACTION = concept(
    r"\b(?:anonymi[sz]\w*|pseudonymi[sz]\w*|redact\w*|de-?identif\w*|(?:black|blank|white|grey|gray)\w* out|"
    r"(?:remov|strip|mask|hid|replac|delet|obscur)\w* (?:\S+ ){0,3}(?:names|personal (?:data|details)|identifying|"
    r"identities))\b",
    r"anonymisier|pseudonymisier|schwärz|unkenntlich|(?:entfern|ersetz|tilg|lösch|maskier)\w* (?:\S+ ){0,4}"
    r"(?:namen|personenbezogen|identifizierend)|(?:namen|personenbezogene daten) (?:\S+ ){0,4}(?:entfern|ersetz|"
    r"getilgt|gelöscht|maskier|ausgeblendet)",
)
# "Gericht" is also a dish: in a canteen or kitchen only a court-specific cue makes it a court.
FOOD_CONTEXT = concept(
    r"\b(?:canteens?|cafeterias?|menus?|dish(?:es)?|recipes?|kitchens?|restaurants?|catering|portions?|meals?|"
    r"cooking|chefs?|ingredients?|food courts?|lunch(?:es)?|dinners?)\b",
    r"kantine|mensa|speiseplan|speisekarte|\bmenü|küche|portion|rezept|restaurant|catering|mahlzeit|mittagessen|"
    r"abendessen|zutat|gastronom|imbiss|\bkoch|\bköch|(?:haupt|tages|lieblings|leib|national|fleisch|fisch|nudel|"
    r"reis|gemüse|eintopf|fertig|mittags|wochen|aktions|vegetarisch\w*|vegan\w*) ?gericht",
)
COURT_STRONG = concept(
    rf"\b(?:(?<!food )(?<!tennis )(?<!basketball )(?<!squash )courts?|{_JUSTICE_EN}|lawsuits?|litigation|"
    r"plaintiffs?|defendants?|case law|proceedings)\b",
    r"(?:amts|land|oberlandes|verwaltungs|arbeits|sozial|finanz|familien|straf|zivil|bundes|verfassungs|schöffen|"
    r"jugend|insolvenz|nachlass|betreuungs|register|schieds|patent)gericht|gerichtsverfahren|gerichtsakte|"
    r"gerichtsverhandlung|urteil|\bklage|kläger|beklagte|justiz|rechtsstreit|rechtsprechung|" + _JUSTICE_DE,
)
RULING = concept(
    r"\b(?:decisions?|decid\w*|rulings?|verdicts?|judg(?:e)?ments?|sentenc\w*|"
    r"appl\w* (?:\S+ ){0,6}(?:law|laws|statutes?|legal (?:rules|provisions)|case law)|(?:arbitral )?awards?|"
    r"interpret\w*|research\w* (?:\w+ ){0,2}facts|propos\w*|recommend\w*|weigh\w* (?:\S+ ){0,3}evidence|"
    r"(?:who|which party) (?:is right|wins|prevails)|outcomes? of (?:the )?(?:case|dispute|proceedings))\b",
    r"entscheid|urteil|schiedsspruch|rechtsanwend|wendet (?:\S+ ){0,6}(?:recht|gesetz)|auslegen|strafmaß|"
    r"vorschlag|schlägt|beweiswürdig|würdigt (?:\S+ ){0,3}beweis|(?:wer|welche partei) (?:\S+ ){0,2}recht hat|"
    r"verfahrensausgang|ausgang des verfahrens|vergleichsvorschl",
)
ELECTION = concept(
    r"\b(?:elections?|electoral|voters?|voting|referend(?:um|ums|a)|ballots?|political campaigns?|plebiscites?|"
    r"polling (?:day|stations?)|(?:local|citizens') (?:vote|initiative))\b",
    r"wahlkampf|wähler|wahlverhalten|bundestagswahl|landtagswahl|kommunalwahl|europawahl|volksabstimmung|"
    r"stimmabgabe|bürgerentscheid|bürgerbegehren|volksentscheid|volksbegehren|abstimmungskampf|wahlbeteilig|"
    r"bürgermeisterwahl|stichwahl|\bwahlen\b",
)
INFLUENCE = concept(
    r"\b(?:influenc\w*|persuad\w*|sway\w*|micro-?target\w*|target\w*|convinc\w*|mobili[sz]\w*|swing|"
    r"(?:individually |personally )?tailored|undecided|personas?|voter profil\w*|"
    r"personali[sz]\w* (?:\S+ ){0,2}(?:messages?|ads?|adverts?|advertising|content|campaign\w*|appeals?|posts?|"
    r"outreach|texts?|e-?mails?|letters?|videos?)|"
    r"get (?:\S+ ){0,2}to (?:vote|turn out|the polls)|vote (?:yes|no|for|against)|"
    r"(?:push|boost|driv|increas|maximi[sz]|rais|lift)\w* (?:\S+ ){0,2}turnout|(?:for|to get|towards) a (?:yes|no)\b|"
    r"(?:yes|no)[- ](?:vote|campaign|side|camp)|which (?:\S+ ){0,3}(?:gets?|receives?|sees?) which (?:\S+ )?"
    r"(?:messages?|ads?|adverts?|flyers?|letters?|content|arguments?|posts?|mailings?|texts?)|win (?:\S+ )?over|"
    r"segment\w* (?:the )?(?:voters|residents|electorate|households)|voter segments?|(?:each|every) (?:segment|group|"
    r"voter|household|resident)s? (?:\S+ ){0,2}(?:the |a |its |their )?(?:own |tailored |matching )?(?:message|ad|"
    r"flyer|letter|mailing))\b",
    r"beeinfluss|überzeug|umstimm|mobilisier|gezielt|ansprech|zugeschnitten|unentschlossen|"
    r"wählerprofil|personalisiert\w* (?:\S+ ){0,2}(?:botschaft|nachricht|werbung|anzeige|ansprache|inhalt|"
    r"schreiben|post|brief|mail|video)|(?:mit )?(?:ja|nein) (?:zu )?stimmen|(?:dafür|dagegen) (?:zu )?stimmen|"
    r"zur (?:wahl|urne|abstimmung) (?:zu )?(?:bringen|gehen|bewegen)|wer (?:\S+ ){0,3}welche (?:\S+ )?(?:botschaft|"
    r"nachricht|werbung|anzeige|ansprache|argument|flyer|post|brief)|(?:wahl|abstimmungs)beteiligung (?:\S+ ){0,3}"
    r"(?:steiger|erhöh|push|ankurbel)|für ein (?:ja|nein)\b|(?:ja|nein)-(?:stimmen|lager|kampagne)|"
    r"welche\w* (?:\S+ ){0,2}welche\w* (?:botschaft|nachricht|werbung|anzeige|ansprache|argument|flyer|post|brief)|"
    r"wähler\w* (?:\S+ ){0,3}segmentier|segmentier\w* (?:\S+ ){0,3}wähler",
)

VICTIM_RISK = concept(
    r"\b(?:(?:likely|at risk|risk) (?:\S+ ){0,2}(?:be(?:ing)?|get(?:ting)?) (?:targeted|scammed|defrauded|"
    r"attacked|robbed|abused|trafficked|victimi[sz]ed|harmed|groomed|exploited|abducted|kidnapped|"
    r"radicali[sz]ed|stalked|\w+ed (?:by|online))|targeted by (?:\S+ ){0,3}(?:scam\w*|fraud\w*|"
    r"criminals|offenders|gangs|attack\w*|burglars)|fall (?:victim|prey) to|vulnerable to (?:\S+ ){0,2}"
    r"(?:scams?|fraud|crime|attacks?|abuse|trafficking)|likely (?:\S+ ){0,6}(?:is|are) to be (?:attacked|assaulted|"
    r"abused|harmed|hurt|beaten|stalked|threatened|targeted|killed)|(?:attacked|assaulted|abused|harmed|hurt|beaten|"
    r"stalked|threatened|targeted|victimi[sz]ed) again|re-?victimi[sz]\w*|repeat(?:ed)? victimi[sz]\w*|"
    r"(?:risk|danger|threat|likelihood) of (?:further|renewed|repeat(?:ed)?|more) (?:violence|abuse|attacks?|"
    r"assaults?|harm|stalking)|victims? again|high[- ]risk victims?|danger assessments?|lethality (?:risk|"
    r"assessments?))\b",
    r"gefährdet\w* (?:\S+ ){0,4}(?:betrug|betrüger|enkeltrick|schockanruf|überfall|einbruch|gewalt|missbrauch|"
    r"menschenhandel)|(?:ins visier|zur zielscheibe) (?:\S+ ){0,4}(?:betrüger|täter|krimineller|banden)|"
    r"(?:betrogen|überfallen|ausgeraubt|angegriffen|missbraucht|ausgebeutet|entführt|verschleppt) (?:zu )?werden|"
    r"(?:gefährdet|gefahr|risiko)\w*,? (?:\S+ ){0,5}\w+ zu werden|(?:erneut|wieder) (?:\S+ ){0,2}(?:angegriffen|"
    r"geschlagen|misshandelt|bedroht|verletzt|opfer)|opfer (?:\S+ ){0,3}(?:erneut|wieder)|hochrisikofäll|"
    r"gefährdungs(?:einschätzung|analyse|bewertung) (?:\S+ ){0,3}(?:opfer|betroffene|geschädigte|gefährdete)",
)

# Annex III 6(c): how far a statement or a piece of evidence can be relied upon.
STATEMENT = concept(
    r"\b(?:witness\w*|statements?|testimon\w*|alibis?|confessions?|interrogation records?|forensic (?:findings|"
    r"reports|traces))\b",
    r"zeugenaussage|aussage|alibi|geständnis|vernehmung|spurenlage|gutachten",
)
RELIABILITY = concept(
    r"\b(?:reliab\w*|credib\w*|trustworth\w*|truthful\w*|believab\w*|how (?:solid|strong))\b",
    r"verlässlich|glaubwürdig|glaubhaft|belastbar|zuverlässig|stichhaltig|widersprüch|wahrheitsgehalt",
)
