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
    r"distribution (?:grid|network)s?|load shedding|compressor stations?|hard shoulder)\b",
    r"kraftwerk|netzstabilit|stromnetz|verteilnetz|umspannwerk|stromversorgung|wasserversorgung|trinkwasser|"
    r"wasserwerk|kläranlage|pumpwerk|pumpstation|"
    r"abwasser|gasnetz|gasversorgung|fernwärme|wärmenetz|straßenverkehr|verkehrssteuerung|ampel|lichtsignal|"
    r"autobahn|tunnel|bahnübergang|kritische infrastruktur|\bkritis|netzbetreiber|trafostation|netzleitstelle|"
    r"lastabwurf|hochbehälter|verdichterstation",
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
    r"trigger\w* (?!(?:\S+ ){0,2}(?:alerts?|alarms?|notifications?|warnings?|e-?mails?|messages?|tickets?|reports?|"
    r"maintenance|work orders?|inspections?|reviews?|calls?))|"
    r"cut\w* (?:\S+ ){0,2}(?:power|electricity|supply|gas|water))\b",
    r"trennt|trennen|steuer|schaltet|schließt|abschalt|sperrt|regel|ventil|auslös|dosier|"
    r"automatisch\w* (?:\w+ ){0,4}(?:schließ|schalt|"
    r"sperr|"
    r"öffn|steuer|regel)|sicherheit|notabschalt|vom netz (?:nehm|genommen|trenn)|schranke|lastabwurf|"
    r"kappt|unterbricht",
)
EDU_INSTITUTION = concept(
    r"\b(?:kindergartens?|schools?|pupils?|students?|universit\w*|college|campus|classes|classroom|"
    r"(?<!medical )exams?|"
    r"teachers?|"
    r"lectures?|(?<!of )courses?|report cards?|grade \d+|\d+(?:st|nd|rd|th) grade|"
    r"year \d+ (?:pupils|students|class)|(?:part-time|online|bachelor\'?s?|master\'?s?) degrees?|semesters?)\b",
    r"schul(?!d)|oberstufe|kindergarten|kita\b|schüler|studier|studenten|hochschul|\buni\b|universität|"
    r"\bkurs|(?:sprach|deutsch|englisch|integrations|weiterbildungs|online|abend|vorbereitungs|förder|intensiv)kurs|"
    r"klasse|klausur|prüfung|lehrer|"
    r"dozent|"
    r"sprachenzentrum|lernend|(?<!arbeits)zeugnis|jahrgangsstufe|\d+\. klasse|studiengang|studienfach|fernstudium",
)
ADMISSION = concept(
    r"\b(?:assign\w* (?:\w+ ){0,3}to (?:\w+ ){0,2}schools?|school places?|ready for school|school readiness|"
    r"admission\w*|admit\w*|enrol\w*|acceptance|study places?|"
    r"applicants?|(?:nursery|daycare|kindergarten|school|university|college) places?)\b",
    r"schulplatz|schulplätze|schulzuweisung|schulreif|einschulung|zulassung|studienpl[aä]tz|"
    r"aufnahmeverfahren|aufnahmeprüfung|immatrikul|(?<!wett)(?<!mit)bewerb|betreuungsplatz|kitaplatz|kita-platz|platzvergabe",
)
LEVEL = concept(
    r"\b(?:placement|levels?|streaming|tracks?|remedial|gifted|which (?:class|group|set)|"
    r"assign\w* (?:\w+ ){0,3}(?:level|class|course|group)s?|which (?:ensemble|band|orchestra|stream|track)|"
    r"plac(?:e|es|ing) (?:them|learners|students|pupils|kids|children|participants|people|applicants) (?:in|into) "
    r"(?:the )?(?:\S+ ){0,4}(?:course|class|group|level)s?|cefr)\b",
    r"einstuf|stuft (?:\S+ ){0,8}ein\b|niveau|zuordn|zuteil|teilt (?:\w+ ){0,6}zu|förderklasse|fördergruppe|förderkurs|"
    r"sprachförderung|förderbedarf|"
    r"leistungsgruppe|"
    r"leistungskurs|schulform|gymnasialempfehlung|übertrittsempfehlung|in die (?:\w+ )?klasse|"
    r"(?:in|welche|passende|nächste)\w* (?:\w+ )?\w*stufen?\b",
)
LEARN_EVAL = concept(
    r"\b(?:grad(?:e|es|ing)|marks?|mark (?:the )?(?:exams|essays|homework|tests)|"
    r"(?:scor|assess|evaluat|correct)\w* (?:\w+ ){0,3}(?:learning|essays?|exams?|homework|assignments?|"
    r"tests?|theses|students?)|learning outcomes?)\b",
    r"(?:klausur|aufsatz|aufsätz|hausaufgab|prüfung|hausarbeit)\w* (?:\S+ ){0,3}(?:bewert|korrigier|benot)|"
    r"prüfungsleistung|notenvergabe|notengebung|vergibt (?:\w+ ){0,2}(?:noten|punkte)|"
    r"prüfung von (?:\S+ ){0,2}\w*(?:aufsätz|aufsatz|"
    r"klausur|arbeit)|benot|\bnoten?\b|(?:bewert|korrigier)\w* (?:\w+ ){0,3}(?:\w*(?:klausur|aufsatz|"
    r"aufsätze|hausaufgab|prüfung)|arbeit|schüler|studier)|lernerfolg|lernfortschritt|leistungsstand|"
    r"(?:prüfungsarbeit|klausur|aufs[aä]tz|abitur|test|prüfung)\w* (?:\S+ ){0,6}punkt|"
    r"prüft (?:\w+ ){0,2}(?:prüfungsarbeit|klausur|aufs[aä]tz|hausarbeit|abiturarbeit)",
)
PROCTOR = concept(
    r"\b(?:proctor\w*|cheat\w*|invigilat\w*|monitor\w* (?:\w+ ){0,3}(?:exams?|tests?))\b",
    r"schummel|täuschungsversuch|prüfungsaufsicht|spick|beaufsichtig",
)
RECRUIT = concept(
    r"\b(?:job ?seekers?|trainee\w*|apprentic\w*|internships?|graduate programmes?|applicants?|"
    r"job applications?|"
    r"candidates?|cvs?|résumés?|resumes?|recruit\w*|hiring|hire|"
    r"talent acquisition|shortlist\w*|job ads?|job postings?|vacanc\w*|assessment cent(?:er|re)|headhunt\w*|"
    r"talent (?:sourcing|scouting)|sourc\w* (?:candidates|talent|developers|engineers))\b",
    r"arbeitssuchend|arbeitslose|stellensuchend|praktikant|werkstudent|ausbildungspl|(?<!wett)(?<!mit)bewerb|lebensl|"
    r"kandidat|stellenanzeig|stellenausschreib|"
    r"neueinstellung|einstellungs(?:test|verfahren|"
    r"gespräch)|vorstellungsgespräch|personalauswahl|recruit",
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
    r"plac(?:e|es|ing) (?:them|learners|students|pupils|kids|children|participants|people|applicants)|"
    r"(?:meets?|fulfil\w*|fulfill\w*|satisf(?:y|ies)|miss(?:es)?|lacks?) (?:\S+ ){0,4}(?:requirements?|criteria|"
    r"must-haves?|qualifications?|job profile)|(?:requirements?|criteria|must-haves?) (?:\S+ ){0,5}"
    r"(?:meets?|fulfils?|fulfills?|misses|lacks?)|gap analys\w*|traffic[- ]light (?:ratings?|system|scores?)|"
    r"fits? (?:\S+ ){0,3}(?:profile|role|job|position|team)|good fit|cultur(?:e|al) fit|"
    r"(?:check|measur|test|screen)\w* (?:\S+ ){0,4}against "
    r"(?:\S+ ){0,3}(?:criteria|requirements?|must-haves?|job (?:descriptions?|profiles?|postings?|ads?)|profiles?))\b",
    r"(?:erfüllt|erfüllen|verfehlt|fehlen) (?:\S+ ){0,4}(?:anforderung|kriteri|voraussetzung|muss-kriteri|"
    r"qualifikation|stellenprofil)|(?:anforderung|kriteri|voraussetzung|muss-kriteri)\w* (?:\S+ ){0,5}"
    r"(?:erfüllt|erfüllen|fehlen|fehlt)|eignung|\bampel(?:bewertung|system|logik)?\b|"
    r"(?:passt|passen) (?:\S+ ){0,4}(?:profil|stelle|anforderung|job|team|rolle)|"
    r"(?:gleich|prüf)\w* (?:\S+ ){0,6}(?:mit|gegen) (?:\S+ ){0,3}"
    r"(?:anforderung|kriteri|stellenprofil|stellenbeschreibung|anforderungsprofil)|"
    r"(?:legt|wertet|schlägt|teilt|stuft|wählt|sortiert|sieht) (?:\S+ ){0,8}(?:fest|aus|vor|zu|ein)\b|"
    r"erkenn|berücksichtig|berechn|shortlist|vorzuschlag|ableit|feststell|festgestellt|wertet|schätz|bewert|"
    r"sortier|filter|auswähl|auswahl|einlad|"
    r"punkt|rank|beurteil|"
    r"prüf|entscheid|einstuf|"
    r"analys|"
    r"überwach|mess|erfass|vorschlag|schlägt|identifizier|vergleich|zuteil|zuweis|verteil|einteil|auswert|gezielt|"
    r"empfehl|"
    r"spuckt",
)
EMPLOY_DECISION = concept(
    r"\b(?:drop\w* (?:those|workers|drivers|them)|deactivat\w* (?:\w+ ){0,2}(?:workers|drivers|couriers|riders|"
    r"freelancers)|ratings?|let go|laid off|flight risk|attrition risk|"
    r"likely to (?:quit|resign|leave)|will (?:quit|resign)|"
    r"promot\w*|terminat\w*|dismiss\w*|fir(?:e|ed|ing)|layoffs?|lay off|redundanc\w*|bonus\w*|salar\w*|"
    r"pay rises?|compensation|contract (?:extensions?|renewals?)|permanent contracts?|whose (?:\S+ ){0,2}contracts?|"
    r"(?:which|whose) (?:\S+ ){0,4}(?:contracts? |staff |employees |workers |temps )?(?:are |is |get |gets )?"
    r"(?:renewed|extended|made permanent)|"
    r"performance|productivity|kpis?|keystrokes?|"
    r"idle time|"
    r"screen time|peer feedback|pick rates?|(?:picks|units|calls|tickets|parcels|items|scans|lines|orders|deliveries|"
    r"stops) (?:per|an|/) ?hour|bottom (?:\d+ ?%|\d+|performers|quartile|decile|ten|five)|"
    r"(?:get|gets|receive|receives|issue\w*|send\w*) (?:them |a |an )?(?:formal |written |automatic )?warnings?|"
    r"(?:their|his|her|individual) (?:\w+ )?behaviou?r|loyalty|disloyal\w*|"
    r"(?:people|staff|employees|positions|jobs|headcount) to cut|cut (?:\w+ ){0,2}(?:jobs|positions|staff|people|"
    r"headcount)|restructur\w*|below (?:\w+ ){0,2}(?:target|quota)|quotas?|"
    r"based on how (?:\S+ )?(?:fast|quickly|well|often|friendly|polite|reliabl\w*|punctual|productive|"
    r"successful|accurate\w*|careful\w*)|"
    r"(?:ask|invite|bring)\w* (?:\w+ ){0,2}back (?:next|for|in)|re-?hir\w*|keep on (?:the|our) books|pay reviews?|"
    r"raises?|league tables?|(?:which|who) (?:\S+ ){0,5}(?:we |to )keep\b|(?:couriers?|drivers?|workers?|staff|"
    r"agents?|pickers?|temps?|freelancers?) (?:\w+ ){0,2}we keep|low performers?|underperformers?|"
    r"underperforming (?:staff|employees|workers|agents|drivers|reps|colleagues|team members)|"
    r"(?:considered|shortlisted|nominated|suitable|ready|in line) for (?:the |a )?(?:\S+ ){0,2}(?:role|position|"
    r"promotion|lead\w*|management)|succession (?:planning|candidates)|high[- ]potentials?|"
    r"(?:acceptance|completion|cancellation|on-time) rates?|(?:workers|drivers|couriers|riders|freelancers|"
    r"agents|contractors) (?:\S+ ){0,6}(?:are|get|gets|is|will be) (?:\S+ )?(?:deactivated|blocked|suspended|"
    r"offboarded|dropped|removed)|"
    r"who (?:\S+ ){0,3}(?:is|are|falls?|lies|sits?) below (?:the )?(?:team |group )?average|"
    r"(?:their|his|her|individual|personal) (?:error rates?|track records?)|past (?:performance|output)|"
    r"how (?:fast|quickly|accurately|reliably|carefully) (?:\S+ ){0,3}(?:work\w*|handl\w*|clos\w*|resolv\w*))\b",
    r"(?:seine|ihre|individuell)\w* (?:\w+ )?(?:verhalten|tempo)|"
    r"(?:verlängert|übernommen|entfristet) (?:wird|werden)|wessen (?:\S+ ){0,2}vertrag|"
    r"welche\w* (?:\S+ ){0,2}(?:verträge|vertrag) (?:\S+ ){0,3}(?:verlänger|entfrist)|"
    r"loyalität|illoyal|"
    r"kündigungsabsicht|kündigungsrisiko|"
    r"wechselbereitschaft|"
    r"beförder|kündig|entlass|abmahn|bonus|gehalt|"
    r"vergütung|vertragsverlänger|leistung|produktivität|festvertrag|fest angestellt|entfrist|"
    r"tastaturanschläg|bildschirmzeit|überwach|pickrate|stellenabbau|personalabbau|"
    r"vom soll\b|sollerfüllung|zielvorgabe|probezeit|gehaltserhöh|verwarn|"
    r"(?:picks|pakete|anrufe|tickets|positionen|teile|stück|scans|sendungen) (?:pro|je) stunde|"
    r"(?:die )?schlechtesten (?:\d+|zehn|fünf)|(?:wen|wer) (?:\w+ ){0,3}übernehm|"
    r"(?:danach|je nachdem|abhängig davon|basierend darauf|gemessen daran),?(?: \S+){0,3} (?:wie|wer) (?:\S+ ){0,4}"
    r"(?:schnell|gut|oft|fehlerfrei|zuverlässig|sorgfältig|genau|viel|wenig|freundlich|höflich|kompetent|pünktlich|produktiv|"
    r"erfolgreich|motiviert|flexibel|belastbar)|"
    r"(?:fehlerquote|fehlerrate|erledigungsquote|bearbeitungs(?:zeit|dauer|geschwindigkeit))\w* (?:\S+ ){0,2}"
    r"(?:pro|je|der einzelnen|jede|jedes|ihrer|seiner)|(?:ihre|seine|persönlich|individuell)\w* (?:fehlerquote|"
    r"fehlerrate|erledigungsquote)|wer (?:\S+ ){0,4}unter (?:dem )?(?:durch)?schnitt|"
    r"leistungsschwach\w* (?:mitarbeit|kolleg|beschäftigt|fahrer|sachbearbeit)|nachfolgeplanung|high-?potential|"
    r"für (?:die |eine )?(?:\S+ ){0,2}(?:führungsrolle|führungsposition|teamleitung|beförderung) (?:in frage|geeignet|"
    r"vorgeschlagen|vorsehen)|persönlichkeitsprofil|persönlichkeitstest",
)
RECRUIT_STRONG = concept(
    r"\b(?:job applic\w*|cvs?|résumés?|resumes?|recruit\w*|hiring|vacanc\w*|job ads?|talent acquisition|headhunt\w*)\b",
    r"lebensl|stellenanzeig|stellenausschreib|vorstellungsgespräch|personalauswahl|recruit|azubi|headhunt|abwerb",
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
