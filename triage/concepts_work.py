"""Employment vocabulary (Annex III 4): recruiting, work decisions, handing out work, denials.

Annex III 4(b) is about decisions on *individual* workers. A decision word such as "dismissal"
already implies a worker, so it needs no separate subject; monitoring needs a per-person cue
("per agent", "jedes Mitarbeiters"), which lives with rankings and scores of staff in
`triage.concepts_work_rating`, to separate it from aggregate figures. An explicit denial ("it
doesn't assess anyone") keeps admin helpers in recruiting out of 4(a). Handing out work (shifts,
cases, customers) counts when it follows a trait or a personal metric of the worker ("whose
personality test says", "mit hoher Fehlerquote"), not when it follows the topic of a ticket.
"""

from __future__ import annotations

from triage.patterns import concept

# "je nachdem, wie pünktlich und sorgfältig jede*r arbeitet": work or a decision follows how well each one works.
_HOW_WELL_DE = (
    r"(?:danach|je nachdem|abhängig davon|basierend darauf|gemessen daran),?(?: \S+){0,3} (?:wie|wer) (?:\S+ ){0,4}"
    r"(?:schnell|gut|oft|fehlerfrei|zuverlässig|sorgfältig|genau|viel|wenig|freundlich|höflich|kompetent|pünktlich|"
    r"produktiv|erfolgreich|motiviert|flexibel|belastbar)"
)
EMPLOY_STRONG = concept(
    r"\b(?:who (?:should|will|gets?|to) (?:be )?(?:promoted|fired|dismissed|let go|laid off)|"
    r"promotions? (?:decisions?|candidates?|rounds?)|(?:people|staff|employees|positions|jobs|headcount) to cut|"
    r"cut (?:\w+ ){0,2}(?:jobs|positions|staff|people|headcount)|dismissals?|terminations? of|layoffs?|"
    r"redundancies|made redundant|disciplinary|redundancy (?:lists?|selection|candidates|pool)|"
    r"(?:people|staff|employees|workers|ones|colleagues|names|who|whom) (?:\S+ ){0,2}(?:we(?:'d| would| will|'ll| "
    r"should| could| can)?|to) (?:\S+ )?(?:let go|lay off|dismiss|fire|make redundant|terminate)|"
    r"who (?:\S+ ){0,3}(?:goes|go|leaves?|is let go|are let go) first|"
    r"who (?:\S+ ){0,3}(?:goes|go|is put|are put|is sent|are sent) (?:on|into) short[- ]time|warning letters?|"
    r"written warnings?|formal warnings?|disciplinary (?:letters?|notices?|measures?))\b",
    r"beförderungsentscheid|beförderungsrunde|"
    r"beförderung\w* (?:\w+ ){0,2}(?:auf|zu[mr]?|in) (?:\w+ ){0,2}(?:posten|position|stelle|"
    r"teamleit|führung)|abmahnung|stellenabbau|personalabbau|betriebsbedingt|"
    r"wer (?:\w+ ){0,2}(?:befördert|entlassen|gekündigt)|(?:befördert|entlassen) werden|sozialauswahl|"
    r"stellen (?:\S+ ){0,3}abbau|wer (?:\w+ ){0,2}gehen muss|wer (?:\S+ ){0,3}(?:in (?:die )?kurzarbeit|zuerst geh|"
    r"freigestellt)|(?:welche|wen) (?:\S+ ){0,4}(?:in (?:die )?kurzarbeit|freistell|kündig)|(?:fest|unbefristet) "
    r"übernehm|festanstellung|(?:wen|wer|welche\w*) (?:\S+ ){0,6}(?:fest|unbefristet) übernomm",
)
_WORK_ITEMS_EN = (
    r"(?:shifts|tasks|jobs|cases|claims|routes|tours|stations|wards|customers|accounts|clients|leads|calls|orders|"
    r"assignments|projects|territories|areas|gigs|deliveries|campaigns|tickets|duties|rotas?|overtime|sites|beats|"
    r"patrols|districts|objects|classes|courses|slots|hours|sessions|appointments|rooms|rounds|runs|visits|work)"
)
_WORK_ITEMS_DE = (
    r"\w*(?:schichten|dienste|aufgaben|fälle|vorgänge|akten|touren|stationen|(?<!se)kunden|mandate|reviere|gebiete|"
    r"bezirke|einsätze|aufträge|projekte|anrufe|kampagnen|tickets|überstunden|objekte|baustellen|einsatzorte|kurse|"
    r"slots|stunden|termine|zimmer|rundgänge|kontrollgänge|routen|arbeit)\b"
)
ALLOCATE_WORK = concept(
    r"\b(?:allocat\w*|assign\w*|distribut\w*|rout(?:e|es|ed|ing)|hand\w* out|giv\w*|dish\w* out) (?:\S+ ){0,4}"
    + _WORK_ITEMS_EN
    + r"\b",
    r"\bgets? (?:the )?(?:\S+ ){0,4}" + _WORK_ITEMS_EN + r"\b",
    _WORK_ITEMS_EN + r" (?:\S+ ){0,3}(?:go|goes|are given|are assigned|are allocated|are routed|get routed|"
    r"get assigned)(?: \w+ly)? to\b",
    r"(?:verteil|zuteil|zuweis|einteil|vergib|vergeb|vergab)\w* (?:\S+ ){0,4}" + _WORK_ITEMS_DE,
    r"teilt (?:\S+ ){0,4}" + _WORK_ITEMS_DE + r" (?:\S+ ){0,6}zu\b",
    _WORK_ITEMS_DE + r" (?:\S+ ){0,4}(?:bekomm|erhalt|zugeteilt|zugewiesen|verteil|zuteil|zuweis|einteil)",
    # verb-final German: "die Rundgänge an die Wachleute mit den wenigsten Beschwerden verteilen"
    _WORK_ITEMS_DE + r" (?:an|auf) (?:\S+ ){1,7}(?:verteil|zuteil|zuweis|vergeb|vergib)\w*",
    r"(?:bekomm|erhält|erhalten|kriegt|kriegen)\w* (?:\S+ ){0,5}" + _WORK_ITEMS_DE,
    # "den Langsamen weniger Zimmer und Schichten geben", "gibt den Besten die Primetime-Slots"
    r"\b(?:gib|gibt|geben) (?:\S+ ){0,5}" + _WORK_ITEMS_DE,
    _WORK_ITEMS_DE + r" (?:\S+ ){0,2}(?:geben|gegeben|gibt)\b",
)
# Work withheld as a sanction ("bekommt keine Zusatzschichten", "gets no more tours"): a negation that is the
# decision itself, so it is matched before masking.
WITHHOLD_WORK = concept(
    r"\b(?:gets?|receives?|will get) no (?:more |further |new )?(?:\S+ )?" + _WORK_ITEMS_EN + r"\b",
    r"(?:bekomm|erhält|erhalten|kriegt|kriegen)\w* (?:\S+ ){0,2}keine? (?:\S+ )?" + _WORK_ITEMS_DE,
    raw=True,
)
INDIVIDUAL_BASIS = concept(
    r"\b(?:personality (?:tests?|profiles?|types?|traits?)|personal (?:traits|characteristics)|character traits|"
    r"whose (?:\S+ ){0,3}(?:rates?|times|scores|numbers|figures|results|test|profile|ratings?)|"
    r"with (?:a |the )?(?:high|low|higher|lower|highest|lowest|poor|bad|good|best|worst|top|fastest|slowest) "
    r"(?:\S+ )?(?:ratings?|(?:error|resolution|completion|acceptance|success|sales|on-time|clos(?:e|ing)|conversion|"
    r"satisfaction|performance|productivity|pick|handling|quality|solve|fix|reaction|response)[- ](?:rates?|times?|"
    r"scores|numbers|ratings?|figures))|"
    r"(?:below|above)[- ]average (?:\S+ )?(?:rates?|times|"
    r"scores|numbers|results|performance|output)|(?:their|his|her|(?:each|every) \S+?'s) (?:\S+ )?(?:performance|"
    r"productivity|error rates?|sales figures|ratings?|speed|track records?)|"
    # "their rework rates", "his revision counts", "each fitter's callback numbers"
    r"(?:their|his|her|(?:each|every) \S+?'s) (?:\S+ ){0,2}(?:rates|counts|numbers|figures|stats|statistics|metrics|"
    r"kpis)|"
    r"(?:individual|personal) (?:\S+ )?(?:performance|productivity|output|sales|kpis?|metrics|track records?|results|"
    r"(?:clos\w*|conversion|sales|error|success|resolution|completion|acceptance|handling|absence|sickness|"
    r"attendance|solve|fix|reaction|response)[- ](?:rates?|times?|figures|numbers|scores|records?|ratios?|quotas?))|"
    # how long each one takes: "who takes longest per room", "whoever needs the most time per ticket"
    r"(?:who(?:ever)?|which \S+) (?:\S+ ){0,3}(?:takes?|took|needs?|needed) (?:the )?(?:longest|shortest|most time|"
    r"least time|longer|less time)|"
    r"sick days|sick leave|days off sick|absenteeism|absence (?:records?|rates?)|attendance records?|"
    r"(?:whoever|whichever \S+|those who|the (?:\S+ )?(?:agents?|workers?|drivers?|staff|reps?|employees?|"
    r"couriers?|pickers?|cleaners?) who) (?:\S+ ){0,3}(?:faster|better|fastest|best|quickest|more reliabl\w*|"
    r"more accurate\w*|more productive|slower|worse|more often|less often|less reliabl\w*|the most|the fewest|"
    r"most often)\b|"
    r"(?:based on|according to|depending on|by) (?:their|each (?:\S+?)'s|individual|personal) (?:\S+ ){0,2}(?:figures|"
    r"numbers|stats|statistics|metrics|kpis?|scores|output|results|(?:close|conversion|error|success) rates?))\b",
    r"persönlichkeit|charaktereigenschaft|(?:mit|deren|dessen) (?:\S+ )?\w*(?:fehlerquote|fehlerrate|erledigungsquote|"
    r"abschlussquote|leistung|produktivität|bewertung)|(?:ihre[rnms]?|seine[rnms]?) (?:\S+ )?\w*(?:leistung|"
    r"produktivität|"
    r"fehlerquote|bewertungen|geschwindigkeit|zahlen|quoten?|kennzahl\w*|ergebnisse|statistik)|(?:unter|"
    r"über)durchschnittlich\w* (?:\S+ )?(?:leistung|zeiten|"
    r"quoten|werte|ergebnis)|"
    r"(?:individuell|persönlich)\w* (?:\S+ )?(?:leistung|kennzahl|ergebnis|bearbeitungs(?:zeit|dauer)|"
    r"gesprächsdauer|reaktionszeit|(?:verkaufs|umsatz|abschluss|absatz)zahl|fehltag|fehlzeit|krankheitstag|"
    r"\w*(?:quote|rate)\b)|"
    r"(?:abschluss|erfolgs|fehler|erledigungs|verkaufs|umsatz|storno|beschwerde|reklamations|krankheits|"
    r"anwesenheits|pünktlichkeits|conversion)(?:quote|rate)|fehltag|fehlzeit|krankheitstag|krankentag|krankmeldung|"
    r"wer (?:\S+ ){0,4}(?:am längsten|am kürzesten|länger|die meiste zeit) (?:\S+ ){0,2}(?:braucht|benötigt|"
    r"dauert)\b|wer (?:\S+ ){0,3}(?:bessere[nr]?|schlechtere[nr]?) (?:\S+ )?\S*(?:bewertung|zahlen|quoten?|werte|"
    r"noten|ergebnisse|scores?|feedback|kennzahl)|"
    r"wer (?:\S+ ){0,3}(?:schneller|besser|zuverlässiger|pünktlicher|fehlerfreier|produktiver|am schnellsten|"
    r"am besten|langsamer|schlechter|öfter|häufiger|seltener|unzuverlässiger|unpünktlicher|die meisten|die wenigsten|"
    r"am meisten|am wenigsten|am häufigsten|am seltensten|die schlechtesten|die besten|oft krank|häufig krank|"
    r"zuletzt krank)\b|mit (?:den |der |"
    r"dem )?(?:besten|schlechtesten|höchsten|niedrigsten|meisten|wenigsten|geringsten|"
    r"schnellsten|langsamsten) \S*(?:quote|zahl|wert|zeit|rate|bewertung|reklamation|beschwerde|fehler|fehlzeit|"
    r"krankheitstag|leistung|umsatz|punkt|score|ergebnis|note)|nach [\"'„“]?(?:der |dem |ihrer |seiner |ihrem |"
    r"seinem )?"
    r"(?:zuverlässigkeit|pünktlichkeit|tempo|schnelligkeit|arbeitsgeschwindigkeit|leistung|produktivität|"
    r"arbeitsqualität|bewertung|beurteilung|kundenzufriedenheit|kundenbewertung\w*|reklamation\w*|beschwerde\w*)\b|"
    + _HOW_WELL_DE,
    r"\b(?:individual|personal) (?:\S+ ){0,3}(?:conversion|sales|csat|nps|satisfaction|resolution|error|success|"
    r"clos(?:e|ing)|handling|upsell|performance|attendance) (?:history|histories|track records?|records?|stats|"
    r"statistics)\b",
    r"\b(?:(?:low|top|high|best|worst|poor|weak|strong|star)[- ]?performers?|underperformers?|"
    r"(?:low|under|poor|top|best|high)[- ]?performing (?:\S+ )?(?:agents?|staff|employees|workers|reps|drivers|"
    r"colleagues|team members))\b",
    r"leistungsträger|leistungsschwach|leistungsstark|top-?performer|low-?performer",
    r"\bwith (?:the )?(?:fewest|most|least|highest|lowest|best|worst) (?:\S+ )?(?:complaints|errors|mistakes|"
    r"sick days|absences|returns|scores?|points|ratings?|reviews|stars|sales|figures|numbers|quotas?|output|picks|"
    r"deliveries)\b",
)
NO_EVALUATION = concept(
    r"\b(?:doesn't|does not|won't|will not|never|no one is|nobody is) (?:\w+ )?(?:assess|evaluat|rank|scor|"
    r"rat(?:e|es)\b|filter|select|screen|judg)",
    r"\b(?:without (?:any )?|no )(?:assessment|evaluation|ranking|scoring|selection)\b",
    r"\b(?:nothing|no one|nobody|none of them) (?:is|gets|will be) (?:\w+ )?(?:assessed|evaluated|rated|ranked|"
    r"scored|judged|filtered|selected)\b",
    r"keine (?:bewertung|auswahl|vorauswahl|beurteilung|einstufung)|(?:bewertet|beurteilt) (?:\w+ ){0,2}(?:nicht|"
    r"niemand\w*)|"
    r"ohne (?:bewertung|auswahl|beurteilung)|(?:bewertet|beurteilt|gerankt|aussortiert|ausgewählt|eingestuft) "
    r"(?:wird|werden) (?:\w+ )?(?:nix|nichts|niemand|keine[rn]?)",
    raw=True,
)
REPLY_DRAFT = concept(
    r"\b(?:suggest\w*|draft\w*|propos\w*|writ\w*) (?:\w+ ){0,3}(?:replies|answers|responses|emails|messages|"
    r"letters)\b",
    r"schlägt (?:\w+ ){0,2}antworten|antworten (?:\w+ ){0,4}vor\b|antwortvorschl|(?:entwirft|formuliert) "
    r"(?:\w+ ){0,2}(?:antworten|e-?mails|nachrichten|anschreiben)",
)
SELECTION_ACTIVE = concept(
    r"\b(?:rank(?:s|ing)?|scor(?:e|es|ing)|filter(?:s|ing)?|screen(?:s|ing)|reject(?:s|ing)?|sort(?:s|ing)?|"
    r"pre-?select\w*|select(?:s|ing)?|shortlist(?:s|ing)?|evaluat(?:e|es|ing)|assess(?:es|ing)?|rat(?:e|es|ing)|"
    r"invit(?:e|es|ing) (?:only |the )?(?:best|top|\d+|shortlisted|suitable|selected|strongest)|"
    r"match(?:es|ing)?(?! (?:\S+ )?(?:images?|pictures?|photos?|visuals?|graphics?|illustrations?|icons?|colou?rs?|"
    r"fonts?|layouts?|designs?|styles?|headers?|banners?|logos?|headlines?|titles?|emojis?|hashtags?))|predict\w*|"
    r"targeted|targeting|micro-?target\w*)\b",
    r"bewert|beurteil|sortier|filter|rank|vorauswahl|auswähl|wählt|lehnt|einlad|punktzahl|\bscor|ausspiel|"
    r"ausgespielt|zielgrupp|targeting",
)
NO_DECISION = concept(
    r"\b(?:doesn't|does not|won't|will not|never|can't|cannot) (?:\w+ )?(?:decide|make (?:any |the )?decisions?|"
    r"admit|reject|accept)\b(?! (?:alone|on its own|by itself|autonomously|finally))",
    r"entscheidet (?:\S+ ){0,2}nicht\b(?! (?:allein|alleine|selbst|eigenständig|endgültig))|"
    r"trifft (?:\S+ ){0,2}keine (?:\S+ )?entscheidung|keine (?:zulassungs|auswahl)?entscheidung",
    raw=True,
)
AD_WORDING = concept(
    r"\b(?:wording|gendered|inclusive language|spelling|grammar|tone of (?:the )?(?:ads?|postings?)|jargon|"
    r"style guides?|readability|clich\w*)\b",
    r"formulierung|wortwahl|gendergerecht|rechtschreib|grammatik",
)
# Writing a job ad for others to post (text, header image) assesses no one; "placing targeted job
# advertisements" (Annex III 4(a)) is a selection act and kept by SELECTION_ACTIVE ("targeted", "ausgespielt").
_AD_EN = (
    r"(?:job (?:ads?|adverts?|advertisements?|postings?|descriptions?|offers?)|vacancy (?:texts?|ads?|notices?|"
    r"postings?)|(?:ad|advert|posting) (?:texts?|copy))"
)
_AD_DE = r"(?:stellenanzeige|stellenausschreibung|jobanzeige|stellenbeschreibung|anzeigentext|stellentext|jobinserat)"
AD_CREATION = concept(
    r"\b(?:generat|writ|wrote|draft|creat|compos|produc|formulat|design)\w* (?:\S+ ){0,4}" + _AD_EN + r"\b",
    r"\b" + _AD_EN + r" (?:\S+ ){0,3}(?:is |are |gets? )?(?:generated|written|drafted|created|composed)\b",
    r"(?:erstell|schreib|generier|formulier|entw[iu]rf|textet|verfass|gestalt)\w* (?:\S+ ){0,4}\w*" + _AD_DE,
    r"\w*" + _AD_DE + r"\w* (?:\S+ ){0,4}(?:erstell|schreib|generier|formulier|entw[iu]rf|textet|verfass|gestalt)",
)
RECRUIT_ADMIN = concept(
    r"\b(?:schedul\w*|book\w* (?:\w+ ){0,2}(?:rooms?|slots?|appointments?)|calendar|logistics|"
    r"travel (?:expenses|arrangements)|onboarding paperwork|"
    r"(?:convert|transfer|copy|pars|extract)\w* (?:\S+ ){0,6}(?:formats?|templates?|forms?|fields|profiles?|ats)|"
    r"(?:standard|uniform|common|single) (?:format|template|layout)|"
    r"(?:remov|strip|redact|black)\w* (?:\S+ ){0,3}(?:photos?|names?|dates? of birth|birth ?dates?|ages?|addresses))\b",
    r"termin(?:e|vereinbar|koordinat|planung|abstimm)|raumbuchung|kalender|reisekosten|anreise|"
    r"(?:übertr|überführ|konvertier|umwandel|extrahier)\w* (?:\S+ ){0,6}(?:format|formular|vorlage|maske|profil)|"
    r"einheitlich\w* (?:\S+ )?(?:format|formular|vorlage|profil|layout)|"
    r"(?:entfern|schwärz|streich)\w* (?:\S+ ){0,3}(?:foto|geburtsdatum|namen|alter|adresse)|"
    r"(?:foto|geburtsdatum|namen|alter)\w* (?:\S+ ){0,4}(?:entfern|schwärz|streich)",
)

# --- who is recruited and what is decided about workers (Annex III 4(a), 4(b)) -------------------
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

# "machine performance", "server productivity" are no worker's performance.
_NOT_OF_MACHINES = (
    r"(?! (?:\S+ ){0,2}(?:of|for) (?:our |the |all |its )?(?:\S+ )?(?:clusters?|servers?|systems?|networks?|apps?|"
    r"applications?|websites?|databases?|infrastructure|machines?|plants?|services?|apis?|campaigns?|models?|"
    r"pipelines?|funds?|portfolios?|engines?|pumps?|vehicles?|fleet|stores?|branches|products?)\b)"
)
_NOT_MACHINE_EN = (
    r"(?<!machine )(?<!server )(?<!system )(?<!network )(?<!website )(?<!engine )(?<!battery )(?<!campaign )"
    r"(?<!portfolio )(?<!fund )(?<!app )(?<!model )(?<!plant )(?<!line )(?<!pump )(?<!equipment )(?<!asset )"
    r"(?<!financial )(?<!product )(?<!query )(?<!database )(?<!energy )"
)
EMPLOY_DECISION = concept(
    r"\b(?:drop\w* (?:those|workers|drivers|them)|deactivat\w* (?:\w+ ){0,2}(?:workers|drivers|couriers|riders|"
    r"freelancers)|ratings?|let go|laid off|flight risk|attrition risk|"
    r"likely to (?:quit|resign|leave)|will (?:quit|resign)|"
    r"promot\w*|terminat\w*|dismiss\w*|fir(?:e|ed|ing)|layoffs?|lay off|redundanc\w*|bonus\w*|salar\w*|"
    r"pay rises?|compensation|contract (?:extensions?|renewals?)|permanent contracts?|non-?renewals?|"
    # "renew their fixed-term contracts", "whose rolling contracts run out": the end of a temporary work relationship
    r"(?:renew|extend|prolong)\w* (?:\S+ ){0,3}(?:their|his|her|(?:fixed|short)[- ]term|temporary|rolling|seasonal|"
    r"employment|work) contracts?|(?:fixed|short)[- ]term contracts? (?:\S+ ){0,3}(?:renew|extend|prolong|end|expir|"
    r"run out|runs out|terminat|lapse)\w*|"
    r"whose (?:\S+ ){0,2}(?:contracts?|agreements?|retainers?)|(?:renew|extend|terminat|cancel|end)\w* (?:\S+ ){0,3}"
    r"(?:contracts?|agreements?|retainers?|engagements?) (?:with|of) (?:\S+ )?(?:freelancers?|contractors?|"
    r"workers?|staff|temps?|drivers?|couriers?|writers?|translators?|trainers?)|"
    r"(?:whose|which) (?:\S+ ){0,4}(?:contracts?|agreements?|retainers?) (?:\S+ ){0,3}(?:renew|extend|terminat|end)\w*|"
    r"(?:which|whose) (?:\S+ ){0,4}(?:contracts? |staff |employees |workers |temps )?(?:are |is |get |gets )?"
    r"(?:renewed|extended|made permanent)|" + _NOT_MACHINE_EN + r"(?:performance|productivity)" + _NOT_OF_MACHINES
    + r"|kpis?|keystrokes?|"
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
    r"(?:verlängert|übernommen|entfristet) (?:wird|werden)|wessen (?:\S+ ){0,2}\w*vertrag|"
    r"(?:rahmen|honorar|werk|dienst|arbeits)vertr\w* (?:\S+ ){0,4}(?:verlänger|beend|kündig|auslaufen)|"
    r"welche\w* (?:\S+ ){0,2}\w*(?:verträge|vertrag) (?:\S+ ){0,3}(?:verlänger|entfrist)|"
    r"loyalität|illoyal|"
    r"kündigungsabsicht|kündigungsrisiko|"
    r"wechselbereitschaft|"
    r"beförder|kündig|entlass(?!brief|management|bericht|termin|planung|medikation|ung(?:sbrief|sbericht|smanagement|"
    r"stermin|splanung))|abmahn|bonus|gehalt|"
    r"vergütung|vertragsverlänger|(?<![a-zäöüß])(?:leistung|produktivität)|(?:mitarbeiter|arbeits|einzel|verkaufs|"
    r"vertriebs|team)(?:leistung|produktivität)|festvertrag|fest angestellt|entfrist|"
    r"tastaturanschläg|bildschirmzeit|überwach|pickrate|stellenabbau|personalabbau|"
    r"vom soll\b|sollerfüllung|zielvorgabe|probezeit|gehaltserhöh|verwarn|"
    r"(?:picks|pakete|anrufe|tickets|positionen|teile|stück|scans|sendungen) (?:pro|je) stunde|"
    r"(?:die )?schlechtesten (?:\d+|zehn|fünf)|(?:wen|wer) (?:\w+ ){0,3}übernehm|"
    r"welche\w* (?:\S+ ){0,3}(?:übernehm|behalt|weiterbeschäftig|entfrist)|" + _HOW_WELL_DE + "|"
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
# Patients are discharged from hospital too ("welche Patienten entlassen werden", "Entlassbriefe").
PATIENT_DISCHARGE = concept(
    r"\b(?:discharg\w* (?:\S+ ){0,3}patients?|patients? (?:\S+ ){0,4}discharg\w*|discharge (?:letters?|summar\w*))\b",
    r"patient\w* (?:\S+ ){0,5}entlass|entlass\w* (?:\S+ ){0,3}patient|entlassbrief|entlassmanagement|"
    r"entlassungs(?:brief|bericht|management)",
)

# --- job openings, job adverts shown to chosen people, and shortlists of whom to call (Annex III 4(a)) -------
# Places someone wants filled: "the trainee driver places", "unfilled posts", "für die Saisonaushilfen". Matched
# before masking: "we never fill the apprentice places" still names the places to recruit for.
JOB_OPENINGS = concept(
    r"\b(?:(?:trainee(?:ship)?|apprentice(?:ship)?|internship|graduate|job|entry-level) (?:\S+ )?(?:places|positions|"
    r"posts|vacancies|openings|slots|roles)|(?:unfilled|vacant|open) (?:\S+ )?(?:positions|posts|vacancies|roles|"
    r"jobs)|fill\w* (?:\S+ ){0,3}(?:vacancies|positions|posts|roles|jobs)|for (?:the |our |a |an )?(?:\S+ )?"
    r"(?:seasonal|christmas|holiday|summer|temp|temporary|part-time|weekend|saturday|till|checkout|harvest) (?:\S+ )?"
    r"(?:jobs|positions|posts|roles|vacancies|help|staff|workers|hires|temps))\b",
    r"ausbildungspl|lehrstell|praktikumspl|(?:offene|freie|unbesetzte)[nr]? (?:\S+ )?(?:stellen|ausbildungs|lehr)|"
    r"stellen (?:\S+ ){0,3}(?:nach)?besetz|(?:für|als) (?:die |eine[nr]? |unsere )?(?:\S+ )?\w*(?:aushilf|saisonkr|"
    r"saisonjob|ferienjob|minijob|nebenjob|studentenjob|erntehelfer|praktik|ausbildung)",
    # an opening said by what it draws in: "every backend role gets us 300 people", "jede Stelle bringt 200 Leute"
    r"\b(?:roles?|positions?|openings?|vacanc\w*|jobs?) (?:we \w+ )?(?:gets?|draws?|attracts?|brings?|pulls? in) "
    r"(?:us |in )?(?:\S+ ){0,3}(?:people|folks|applicants|candidates|cvs|résumés|resumes)\b",
    r"\b(?:stelle|position|job)\w* (?:\S+ ){0,2}(?:bringt|bringen|zieht|ziehen|lockt|locken) (?:\S+ ){0,3}"
    r"(?:leute|personen|bewerb\w*|kandidat\w*|zuschriften)\b",
    raw=True,
)
# People asking for work, said without "applicant": "people wanting to work the harvest with us", "Leute, die bei der
# Ernte mitmachen wollen", "fragen nach Arbeit". A request to be taken on is a job application (Annex III 4(a)).
_WORK_ACTIVITY_DE = r"\w*(?:ernte|lese|pflanz|aufforst|saison|schicht|baustelle|montage|lager|produktion)\w*"
WORK_SEEKERS = concept(
    r"\b(?:want\w*|keen|hoping|looking|asking|eager) to (?:work|help out|start|sign on) (?:for us|here|with us|"
    r"(?:on|at|in) (?:the|our) (?:\S+ )?(?:harvest|season|farm|site|crew|warehouse|plant|kitchen|team))\b",
    r"\b(?:looking|asking|ask\w*) (?:us )?(?:for|about) (?:a |an |any )?(?:\S+ )?(?:work|jobs?|shifts|employment)\b",
    r"\b(?:bei|für) uns (?:\S+ ){0,2}(?:arbeiten|anfangen|jobben|aushelfen|anheuern|mitarbeiten) (?:wollen|möchten|"
    r"würden|wollten)",
    r"\b(?:bei|beim|in|im|auf) (?:der |dem |den |unsere[mr]? |unseren )?(?:\S+ )?" + _WORK_ACTIVITY_DE
    + r" (?:\S+ )?(?:mitmachen|mithelfen|aushelfen|mitarbeiten|anpacken|arbeiten|jobben|anfangen) (?:wollen|möchten|"
    r"würden|wollten)",
    r"\b(?:nach|um) (?:einem |einen )?(?:\S+ )?(?:arbeit|job|jobs|arbeitsplatz|stelle) (?:\S+ )?(?:fragen|suchen|"
    r"anfragen)|(?:arbeit|einen job) suchen",
)
# Where job adverts run: "Facebook and Insta adverts", "Stellenanzeige auf TikTok".
AD_CHANNEL = concept(
    r"\b(?:ads?|adverts?|advertisements?|advertising|postings?|campaigns?|facebook|instagram|insta|tiktok|linkedin|"
    r"snapchat|youtube|social media|socials)\b",
    r"\w*anzeige\b|stellenanzeig|jobanzeig|werbeanzeig|inserat|werbung|kampagne|facebook|instagram|\binsta\b|"
    r"tiktok|linkedin|snapchat|youtube|social[- ]media|soziale[nr]? (?:medien|netzwerk)",
)
# "Placing targeted job advertisements": the system picks who gets to see the advert ("only shows them to people
# it reckons will stay", "nur an Leute ausspielen, die ...", "wer die Anzeige überhaupt sieht").
_AUDIENCE_EN = r"(?:people|users|profiles|persons|individuals|those|whoever|anyone|candidates|audiences?|groups?)"
_AUDIENCE_DE = r"(?:leute|personen|menschen|nutzer\w*|user|profile|zielgrupp\w*|kandidat\w*|jugendliche\w*|diejenigen)"
_SHOW_DE = r"(?:ausspiel|ausgespielt|anzeig|angezeigt|zeig|gezeigt|einblend|eingeblendet|ausliefer|ausgeliefert)\w*"
AD_AUDIENCE = concept(
    r"\b(?:show|serve|display|deliver|push|aim|steer|direct|target|put)\w* (?:\S+ ){0,4}(?:only )?(?:to|at|in front "
    rf"of) (?:\S+ ){{0,3}}{_AUDIENCE_EN}\b",
    r"\b(?:who|which (?:\S+ )?(?:people|users|profiles)) (?:\S+ ){0,3}(?:sees?|gets? to see|is shown|are shown) "
    r"(?:\S+ ){0,2}(?:ads?|adverts?|advertisements?|postings?|campaigns?|offers?)\b",
    r"\b(?:(?:micro-?)?targeted|personali[sz]ed) (?:\S+ )?(?:ads?|adverts?|advertising|advertisements?|campaigns?)|"
    r"lookalike audiences?|audience (?:selection|targeting|segments?)|ad targeting\b",
    rf"{_SHOW_DE} (?:\S+ ){{0,5}}(?:nur )?(?:an|für|bei) (?:\S+ ){{0,3}}{_AUDIENCE_DE}\b",
    rf"(?:nur )?(?:an|bei|für) (?:\S+ ){{0,3}}{_AUDIENCE_DE} (?:\S+ ){{0,6}}{_SHOW_DE}",
    r"wer (?:\S+ ){0,3}(?:die |unsere )?(?:anzeige|werbung|inserat|\w*anzeige|posts?)\w* (?:\S+ ){0,2}(?:sieht|sehen|"
    r"bekommt|angezeigt|zu sehen)|zielgerichtet\w* (?:\S+ )?(?:anzeige|werbung|kampagne)|gezielt\w* (?:\S+ )?"
    r"(?:ausspiel|anzeig|werb|schalt)|lookalike",
)
# Incoming forms or submissions from people who want the job: "300 online forms", "krieg ich 200 Zuschriften".
APPLICATION_INTAKE = concept(
    r"\b(?:get|gets|got|getting|receiv\w*|have|had|collect\w*|pil\w* up|com\w* in|flood\w* in|pour\w* in)\b "
    r"(?:\S+ ){0,5}\S*(?:forms|submissions|applications|sign-?ups|enquiries|responses|replies|cvs|messages|e-?mails|"
    r"dms)\b",
    r"\b(?:flood|stream|pile|wave|deluge|influx|hundreds|dozens|tons?|loads) of (?:\S+ )?(?:people|folks|profiles|"
    r"candidates|applicants|cvs|résumés|resumes)\b",
    r"\b\S*(?:forms|submissions|sign-?ups|enquiries|responses) (?:\S+ ){0,3}(?:come|came|coming|pour|flood|pile|"
    r"arrive)\w*",
    r"(?:krieg|bekomm|erhalt|erhält|eingeh|eingang|trudel|flatter|sammel|hab)\w* (?:\S+ ){0,6}\S*(?:formular|"
    r"zuschrift|anfrage|einsendung|rückmeldung|unterlag|mappe|anmeldung|nachricht|e-?mails?\b|mails\b)",
    r"(?:schreib|meld)\w* (?:sich )?(?:bei )?(?:uns|mir) (?:\S+ ){0,4}(?:leute|personen|menschen|interessent\w*)\b",
)
# The filtering act said as a shortlist of whom to call or invite: "only the 30 people I should ring",
# "die ich überhaupt anrufen soll", "wen wir zum Gespräch einladen".
_CONTACT_EN = r"(?:call|ring|phon|invit|interview|contact|meet)\w*"
SHORTLIST_CONTACT = concept(
    rf"\b(?:who|whom|which (?:\S+ )?(?:ones|people|of them|applicants|candidates|names)) (?:\S+ ){{0,3}}(?:to|should|"
    rf"worth) (?:\S+ )?{_CONTACT_EN}\b",
    r"\bonly (?:the )?(?:\d+|top \d+|best \d+|few|handful) (?:\S+ ){0,3}(?:people|names|ones|forms|applications|"
    rf"applicants|candidates|profiles) (?:\S+ ){{0,5}}{_CONTACT_EN}\b",
    r"\b(?:people|ones|names|candidates|applicants) (?:\S+ ){0,2}(?:worth|to) (?:calling|ringing|phoning|inviting|"
    r"interviewing|call|ring|phone|invite|interview)\b",
    rf"\b(?:the )?(?:top|best) \d+ (?:\S+ ){{0,3}}(?:to|worth|i should|we should) (?:\S+ )?{_CONTACT_EN}\b",
    r"\b(?:die|den|denen|wen|welche\w*) (?:\d+\+? )?(?:ich|wir) (?:\S+ ){0,3}(?:anrufen|zurückrufen|zurückrufe|"
    r"einladen|kontaktieren|"
    r"anschreiben|zum (?:vorstellungs)?gespräch)",
    r"nur (?:noch )?(?:die )?(?:\d+|besten|paar|wenigen|top[- ]?\d+) (?:\S+ ){0,3}(?:leute|personen|kandidat\w*|"
    r"namen|bewerb\w*|formulare|profile)\b",
)
