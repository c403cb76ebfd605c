"""Concepts for the Art. 5 practices other than biometrics, the Annex III areas and Annex I.

Each concept names *what* a text must talk about (an area, an activity, a consequence); the
rules in `triage.risk_rules` require combinations, because a single word ("credit", "border",
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
    r"psychologisch\w* (?:druck|trick|schwäche)|versteckte (?:botschaft|signal|reize)",
)
VULNERABLE = concept(
    r"\b(?:children|kids|minors|teen\w*|elderly|seniors|older (?:people|customers|adults)|pensioners|"
    r"dementia|"
    r"disabled|disabilit\w*|addict\w*|gambling problems?|problem gamblers|in debt|indebted|financial "
    r"(?:distress|difficult\w*|hardship)|low[- ]income|lonely|loneliness|vulnerab\w*)\b",
    r"kinder|minderjährig|jugendlich|senior|ältere|rentner|demenz|behinder|süchtig|spielsucht|verschuldet|"
    r"überschuldet|geldnot|finanzielle not|einkommensschwach|einsam",
)
EXPLOIT = concept(
    r"\b(?:exploit\w*|take advantage|prey on|lure\w*|upsell\w*|push\w* (?:them|\w+) (?:to|into)|pressure\w* "
    r"(?:them|\w+) into|keep (?:them )?(?:playing|betting|spending|gambling)|high[- ]interest|expensive)\b",
    r"ausnutz|ausnütz|verleit|drängen|drängt|überred|\block|weiterspiel|teure|hochverzinst",
)
SCORE = concept(
    r"\b(?:scor\w*|ratings?|rank\w*|points|reliability|trustworth\w*)\b",
    r"bewert|punkte|einstuf|ranking|zuverlässigkeit|vertrauenswürdig",
)
PRIVATE_LIFE = concept(
    r"\b(?:social media|off[- ]duty|off work|private li(?:fe|ves)|free time|leisure|personal li(?:fe|ves)|"
    r"after hours|outside (?:of )?work|lifestyle)\b",
    r"soziale[nrm]? medien|social[- ]media|freizeit|privatleben|außerhalb der arbeit|feierabend|lebensstil|"
    r"privat\b",
)
CONSEQUENCE = concept(
    r"\b(?:decid\w*|determin\w*|who gets|access|eligib\w*|perks|privileges|priority|preferred|allocat\w*|"
    r"den(?:y|ied)|"
    r"exclud\w*|fines?|sanction\w*|refus\w*|reject\w*)\b",
    r"entscheid|vergeb|bekommt|erhält|zugang|bevorzug|vorrang|ausschließ|verweiger|vergünstig|privileg|"
    r"sanktion",
)
SOCIAL_SCORE_TERM = concept(
    r"\b(?:social scor\w*|citizen scor\w*|social credit)\b", r"sozialpunkt|sozialkredit|bürger-?score"
)
CRIME = concept(
    r"\b(?:commit\w* (?:a )?crimes?|criminal\w*|offen[dc]\w*|re-?offend\w*|recidiv\w*|shoplift\w*|steal\w*|"
    r"theft|burglar\w*|violent|terroris\w*|crimes?)\b",
    r"straftat|kriminell|rückfall|ladendieb|diebstahl|einbruch|gewalttät|delikt|straffällig",
)
PREDICT = concept(
    r"\b(?:predict\w*|forecast\w*|estimat\w*|assess\w*|scor\w*|flag\w*|identif\w*|calculat\w*|risk)\b",
    r"vorhersag|prognos|einschätz|bewert|erkenn|berechn|risiko",
)
PERSONALITY = concept(
    r"\b(?:personality|traits?|profil\w*|appearance|looks|ethnic\w*|background|neighbou?rhood|demographic\w*|"
    r"origin|nationality)\b",
    r"persönlichkeit|merkmal|aussehen|herkunft|wohngegend|nationalität|charakter",
)
VICTIM = concept(r"\bvictims?\b", r"opfer")
LIE = concept(r"\b(?:polygraph|lie detect\w*|deception|lying)\b", r"lügen|lügendetekt|täuschungserkenn")
EVIDENCE = concept(r"\bevidence\b", r"beweis")
INVESTIGATE = concept(r"\b(?:profil\w*|investigat\w*)\b", r"profil|ermittlung")

# --- Annex III areas --------------------------------------------------------------------------
INFRA = concept(
    r"\b(?:power grids?|electricity (?:grid|network|supply)|substations?|water (?:supply|treatment|network|"
    r"works)|"
    r"drinking water|waste ?water|sewage|gas (?:network|pipelines?|supply|grid)|district heating|"
    r"heating network|"
    r"road traffic|traffic (?:lights|control|management|signals)|motorways?|highways?|tunnels?|"
    r"level crossings?|"
    r"railway signal\w*|critical (?:digital )?infrastructure)\b",
    r"stromnetz|verteilnetz|umspannwerk|stromversorgung|wasserversorgung|trinkwasser|wasserwerk|kläranlage|"
    r"abwasser|gasnetz|gasversorgung|fernwärme|wärmenetz|straßenverkehr|verkehrssteuerung|ampel|lichtsignal|"
    r"autobahn|tunnel|bahnübergang|kritische infrastruktur|\bkritis",
)
CONTROL_ACTION = concept(
    r"\b(?:automatic\w* (?:\w+ ){0,4}(?:clos|shut|switch|open|control|regulat|adjust|reroute|turn)\w*|closes|"
    r"shuts? (?:down|off)|switch\w* (?:off|on|the)|controls?|controlling|regulat\w*|safety|valves?|"
    r"load balancing|emergency (?:stop|shutdown))\b",
    r"steuer|schaltet|schließt|abschalt|sperrt|regel|ventil|automatisch\w* (?:\w+ ){0,4}(?:schließ|schalt|"
    r"sperr|"
    r"öffn|steuer|regel)|sicherheit|notabschalt",
)
EDU_INSTITUTION = concept(
    r"\b(?:schools?|pupils?|students?|universit\w*|college|campus|classes|classroom|(?<!medical )exams?|"
    r"teachers?|"
    r"lectures?|(?<!of )courses?)\b",
    r"schule|schüler|studier|studenten|hochschul|\buni\b|universität|\bkurs|klasse|klausur|prüfung|lehrer|"
    r"dozent|"
    r"sprachenzentrum|lernend",
)
ADMISSION = concept(
    r"\b(?:admission\w*|admit\w*|enrol\w*|acceptance|study places?|applicants?)\b",
    r"zulassung|studienpl[aä]tz|aufnahmeverfahren|aufnahmeprüfung|immatrikul|bewerb",
)
LEVEL = concept(
    r"\b(?:placement|levels?|streaming|tracks?|remedial|gifted|which (?:class|group|set)|"
    r"assign\w* (?:\w+ ){0,3}(?:level|class|course|group)s?)\b",
    r"einstuf|niveau|zuordn|zuteil|teilt (?:\w+ ){0,6}zu|förderklasse|fördergruppe|förderkurs|"
    r"leistungsgruppe|"
    r"leistungskurs|schulform|gymnasialempfehlung|übertrittsempfehlung|in die (?:\w+ )?klasse",
)
LEARN_EVAL = concept(
    r"\b(?:grad(?:e|es|ing)|marks?|mark (?:the )?(?:exams|essays|homework|tests)|"
    r"(?:scor|assess|evaluat|correct)\w* (?:\w+ ){0,3}(?:learning|essays?|exams?|homework|assignments?|"
    r"tests?|theses|students?)|learning outcomes?)\b",
    r"benot|\bnoten?\b|(?:bewert|korrigier)\w* (?:\w+ ){0,3}(?:klausur|aufsatz|aufsätze|hausaufgab|prüfung|"
    r"arbeit|schüler|studier)|lernerfolg|lernfortschritt|leistungsstand",
)
PROCTOR = concept(
    r"\b(?:proctor\w*|cheat\w*|invigilat\w*|monitor\w* (?:\w+ ){0,3}(?:exams?|tests?))\b",
    r"schummel|täuschungsversuch|prüfungsaufsicht|spick|beaufsichtig",
)
RECRUIT = concept(
    r"\b(?:applicants?|job applications?|candidates?|cvs?|résumés?|resumes?|recruit\w*|hiring|hire|"
    r"talent acquisition|shortlist\w*|job ads?|job postings?|vacanc\w*|assessment cent(?:er|re))\b",
    r"bewerb|lebensl|kandidat|stellenanzeig|stellenausschreib|neueinstellung|einstellungs(?:test|verfahren|"
    r"gespräch)|vorstellungsgespräch|personalauswahl|recruit",
)
EVALUATE = concept(
    r"\b(?:screen\w*|rank\w*|scor\w*|filter\w*|select\w*|evaluat\w*|assess\w*|sort\w*|rat(?:e|es|ing)|"
    r"match\w*|"
    r"reject\w*|decid\w*|invit\w*|predict\w*|analy[sz]\w*|target\w*|propos\w*|recommend\w*|flag\w*|"
    r"monitor\w*|track\w*|measur\w*|compar\w*|identif\w*|allocat\w*|estimat\w*|likelihood)\b",
    r"schätz|bewert|sortier|filter|auswähl|auswahl|einlad|punkt|rank|beurteil|prüf|absag|entscheid|einstuf|"
    r"analys|"
    r"überwach|mess|erfass|vorschlag|schlägt|identifizier|vergleich|zuteil|zuweis|verteil|auswert|gezielt",
)
EMPLOY_DECISION = concept(
    r"\b(?:promot\w*|terminat\w*|dismiss\w*|fir(?:e|ed|ing)|layoffs?|lay off|redundanc\w*|bonus\w*|salar\w*|"
    r"pay rises?|compensation|contract extensions?|performance|productivity|kpis?|keystrokes?|idle time|"
    r"screen time|(?:allocat|assign)\w* (?:tasks|shifts|work|routes)|peer feedback|pick rates?|"
    r"(?:their|his|her|individual) (?:\w+ )?behaviou?r)\b",
    r"(?:seine|ihre|individuell)\w* (?:\w+ )?(?:verhalten|tempo)|beförder|kündig|entlass|abmahn|bonus|gehalt|"
    r"vergütung|vertragsverlänger|leistung|produktivität|"
    r"tastaturanschläg|bildschirmzeit|aufgabenverteil|arbeitsverteil|überwach|pickrate|"
    r"(?:verteil|zuteil|zuweis)\w* (?:\w+ ){0,2}(?:aufgaben|schichten|dienste|touren|arbeit)|"
    r"(?:aufgaben|schichten|dienste|touren) (?:\w+ ){0,4}(?:verteil|zuteil|zuweis)",
)
RECRUIT_STRONG = concept(
    r"\b(?:job applic\w*|cvs?|résumés?|resumes?|recruit\w*|hiring|vacanc\w*|job ads?|talent acquisition)\b",
    r"lebensl|stellenanzeig|stellenausschreib|vorstellungsgespräch|personalauswahl|recruit|azubi",
)
NON_JOB_APPLICATION = concept(
    r"\b(?:rent\w*|tenants?|loans?|credit|mortgages?|visas?|asylum|study places?|universit\w*|admission)\b",
    r"miet|wohnung|kredit|darlehen|studienplatz|visum|asyl|zulassung|hochschul",
)
AGGREGATE_ONLY = concept(
    r"\b(?:aggregated?|anonymi[sz]ed|nothing per person|no individual|not per person|team level only)\b",
    r"aggregiert|anonymisiert|keine einzel|nicht personenbezogen|nur auf teamebene",
    raw=True,
)
