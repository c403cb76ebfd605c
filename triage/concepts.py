"""The vocabulary of the risk rules: one concept per idea, with English words and German stems.

German compounds ("Leistungsbeurteilung", "Azubi-Bewerber") are caught by stems without a
word boundary at the end; short English words get boundaries so "class" does not match
"classify". Concepts are combined into rules in `triage.risk_rules`.
"""

from __future__ import annotations

from triage.patterns import concept

# --- who the system acts on ---------------------------------------------------------------
# English "personal data/loans/assistant" is not the German noun "Personal" (staff).
_EN_PERSONAL = (
    r"(?:data|details|information|loans?|assistants?|financ\w*|care|use|trainers?|injur\w*|best|accounts?|"
    r"computers?|hygiene|protective|development|belongings|space|life|reasons?|preferences?|profiles?|stylists?|"
    r"shoppers?|banking|insurance|items?|messages?|opinions?|experiences?|property|recommendations?|goals?|touch|"
    r"needs|situations?|circumstances|health|budgets?|savings|identif\w*|contacts?|e-?mails?|phones?|growth|"
    r"records?|files?|advice|advis[eo]rs?|coach\w*|tutor\w*|questions?|interests?|traits?|characteristics|"
    r"qualities|devices?|calls?|matters?|issues?|attention|help|support|service|guidance|feedback|plans?|"
    r"productivity|performance|trackers?|dashboards?|scores?|bests?|time|schedules?|calendars?|notes?|reminders?)\b"
)
WORK_SUBJECT = concept(
    r"\b(?:hr|human resources|absenteeism|sick days|timesheets?|employees?|staff|workers?|workforce|"
    r"pickers?|drivers?|(?:delivery |bike |food )?riders?|agents?|colleagues?|team (?:members?|"
    r"leads?)|reps?\b|team ?leads?|"
    r"nurses?|cashiers?|operators?|technicians?|couriers?|personnel|workplace|at work|office|shift leads?|"
    r"everyone in the (?:department|team|company)|factory floor|shop floor|assembly (?:line|hall)|production line|"
    r"forem[ae]n|supervisors?|temp workers?|temporary workers?|contractors?|freelancers?|engineers?|developers?|"
    r"instructors?|cleaners?|clerks?|seasonal (?:staff|hands|workers)|subcontract\w*|new (?:hires?|joiners?|"
    r"starters?)|(?:claims? |case ?)handlers?|case ?workers?|caseworkers?|adjusters?|underwriters?|dispatchers?|"
    r"back[- ]office|gig workers?|crowd ?workers?|stringers?|editorial (?:staff|team)|newsroom)",
    r"personalabteilung|zeiterfassung|fehlzeit|krankenstand|mitarbeit|beschäftigt|belegschaft|kolleg|"
    r"arbeitnehm|fahrer|azubi|angestellt|kassierer|pflegekr|"
    r"kommissionier|monteur|\brider|crowdworker|clickworker|arbeitspl[aä]tz|schichtleit|teamleit|montagehalle|werkshalle|"
    r"produktionshalle|fertigungs|"
    r"vorarbeit|\bmeister\b|leiharbeit|zeitarbeit|sachbearbeit|jahresgespräch|mitarbeitergespräch|"
    rf"\bpersonal\b(?! {_EN_PERSONAL})|"
    r"\bbüro|"
    r"reinigungskr|außendienst|saisonkr|aushilf|subunternehm|zusteller|kurierfahrer|neuzug|neueinsteig|"
    r"jede[nr]? neuen\b|freiberufl|honorarkr|pauschalist|freie[nr]? (?:mitarbeit|journalist|autor|fotograf|"
    r"redakteur|kräfte|kamera|cutter|sprecher|dozent|trainer)|(?:den|die|unsere[nr]?|alle[nr]?) freien\b"
    r"(?= (?:in|im|bei|der|des|aus|und|oder|für)\b|[,.:;])|redakteur|volontär",
)
EDU_SUBJECT = concept(
    r"\b(?:students?|pupils?|learners?|class(?:es|room)?|lectures?|schools?|teachers?|exams?|universit\w*|"
    r"college|trainees?|course participants|tutors?|e-learning|online courses?|bootcamps?|further education|"
    r"vocational (?:training|school)|retraining)\b",
    r"schüler|lehrkr|lehrer|dozent|dozierend|studier|studenten|klasse|unterricht|vorlesung|hörsaal|schule|prüfling|"
    r"lernend|hochschul|kursteilnehm|lehrgang|weiterbildung|fortbildung|umschul|bildungsträger|volkshochschul|"
    r"\bvhs\b|\buni\b",
)
CUSTOMER_SUBJECT = concept(
    r"\b(?:customers?|callers?|clients?|guests?|shoppers?|visitors?|passengers?|patients?|users?|players?|"
    r"viewers?|audience|members?|citizens?|tenants?|travell?ers?)\b",
    r"kund|anrufer|gäst|\bgast\b|besucher|fahrgäst|patient|nutzer|zuschauer|publikum|passant|mitglied|"
    r"bürger|mieter",
)
PERSON = concept(
    r"\b(?:voters?|residents?|persons?|people|individuals?|someone|suspects?|victims?|offenders?|"
    r"citizens?|travell?ers?|"
    r"applicants?|candidates?|accused|defendants?|"
    r"migrants?|refugees?|natural persons?|attendees?|participants?|protesters?|demonstrators?|spectators?|"
    r"passers-by|pedestrians?|households?|subscribers?|shoplifters?|witness\w*|those involved)\b",
    r"wähler|einwohner|anwohner|bewohner|\bperson|menschen|\bjemand|verdächtig|opfer|täter|bürger|reisend|"
    r"antragsteller|geflüchtet|(?<!mit)bewerber|kandidat|beschuldigt|angeklagt|teilnehm|demonstrant|passant|"
    r"ladendieb|beteiligte[nr]?\b|\bzeug(?:e|en|in|innen)\b",
)
PRIVATE_PERSON = concept(
    r"\b(?:private|individual|household|consumers?|natural persons?|retail customers?|people without|thin[- ]file)\b",
    r"privatkund|verbraucher|haushalt|einzelperson|privatperson|(?:leute|menschen) ohne",
)
ANIMAL = concept(
    r"\b(?:animals?|pets?|livestock|cattle|cows?|calves|heifers?|bulls?|pigs?|sows?|piglets?|sheep|lambs?|goats?|"
    r"horses?|ponies|poultry|chickens?|hens?|broilers?|dogs?|puppies|cats?|kittens?|herds?|flocks?|"
    r"veterinar\w*|vets?|zoo|wildlife)\b",
    r"\btiere\b|\btieren\b|tierarzt|tierärzt|tierhalt|tierwohl|tiergesundheit|tierversicher|haustier|nutztier|"
    r"\bkühe|\bkuh\b|rinder|kälber|schweine|ferkel|\bsauen\b|schafe|ziegen|pferde?\b|geflügel|hühner|\bhunde?\b|"
    r"hundes|\bkatzen?\b|welpen|\bvieh|milchvieh|herde|wildtier",
)
BUSINESS_ONLY = concept(
    r"\b(?:corporate clients?|business customers?|companies|smes?|suppliers?|b2b|merchants?)\b",
    r"firmenkund|geschäftskund|unternehmenskund|lieferanten|\bb2b\b|händler",
)

# --- biometrics and emotions ---------------------------------------------------------------
BIOMETRIC_MODALITY = concept(
    r"\b(?:faces?|facial|cameras?|cctv|videos?|webcams?|bodycams?|voices?|vocal|tone of voice|speech|audio|"
    r"(?:call|voice) recordings|heart rate|pulse|eeg|wearables?|biometric\w*|gait|posture|body language|"
    r"facial expressions?|selfies?|smart ?bands?|smartwatch\w*|wristbands?|fitness trackers?|skin conductance|"
    r"heart rate variability|hrv)\b",
    r"gesicht|mimik|kamera|video|\bstimme\b|\bstimmen\b|stimmaufn|stimmlage|stimmanalys|stimmprofil|"
    r"stimmerkenn|"
    r"stimmbiometr|tonfall|sprachaufn|audio|anrufaufzeichn|gesprächsaufzeichn|herzfrequenz|\bpuls|"
    r"körpersprache|"
    r"biometr|körperhaltung|smartwatch|fitnessarmband|fitness-tracker|hautleitwert",
)
# "Tonfall" and "tone of voice" also name the style of written words ("Mails nach Tonfall sortieren", "the tone of
# voice of our newsletters"); they point to a voice only when calls or recordings are what is analysed.
WRITING_TONE = concept(r"\btone of voice\b", r"tonfall|tonlage")
SPOKEN_SOURCE = concept(
    r"\b(?:calls?|call ?cent(?:er|re)s?|callcent(?:er|re)s?|phone|telephone|hotline|voicemails?|voice messages?|"
    r"recordings?|recorded|audio|spoken|speech|conversations?|meetings?|videos?)\b",
    r"anruf|telefon|hotline|callcenter|call-center|gespräch|sprachnachricht|sprachmemo|mailbox|aufnahm|aufzeichn|"
    r"aufgezeichn|gesprochen|\bstimme|audio|video",
)
EMOTION = concept(
    r"satisf\w*|dissatisf\w*|\bmotivated\b|\bfocused\b|concentrat\w*|emotion|\bmoods?\b|\bfeelings?\b|"
    r"frustrat|\bangry\b|\banger\b|"
    r"annoyed|\bstress(?:ed)?\b|\bhappy\b|"
    r"unhapp|"
    r"\bsad(?:ness)?\b|\bfear|anxi|attitude|\bbored(?:om)?\b|\bengaged\b|attentive|inattentive|\bupset\b|"
    r"\bnervous|\bcalm\b|\bmotivat\w* level|\bsatisfied\b|\bconfused\b|\bconfusion\b|disengag\w*|"
    r"\birritat(?:ed|ion)\b|\brage\b|\bsceptic\w*|\bskeptic\w*|\bagitat(?:ed|ion)\b|\brestless\w*|"
    r"impatien\w*|annoyance|fed up|grumpy|disappointed\b|\bdisgust\w*|\bhostil\w*|\bhappiness\b|\bcontempt\b",
    r"zufrieden\w*|aufmerksam|motiviert|konzentriert|glücklich|\bärger|zorn|aufgeregt|angespannt|gefühl|"
    r"stimmung|\blaune|"
    r"wütend|\bwut\b|verärger|gestresst|frust|"
    r"traurig|\bangst|gelangweilt|langeweile|"
    r"genervt|aufmerksamkeit|unaufmerksam|nervös|gereizt|emotional|begeister|skepsis|skeptisch|verwirrt|"
    r"unruhig|irritiert|desinteress|überfordert|demotiviert|unmotiviert|ungeduld|\bsauer\b|verstimm|enttäuscht|"
    r"\bekel|feindselig|ärgerlich|entnervt|verunsichert|ängstlich|misstrau",
)
MEDICAL_SAFETY = concept(
    r"\b(?:medical|clinical|therap\w*|drows\w*|fatigue|falling asleep|microsleep|health reasons|"
    r"safety reasons|prevent\w* (?:\w+ ){0,2}accidents?|accident prevention|road safety)\b",
    r"medizin|therapeut|klinisch|müdigkeit|sekundenschlaf|übermüd|arbeitsschutz|gesundheitlich|sicherheitsgr|"
    r"unfäll\w* (?:zu )?(?:vermeid|verhinder|verhüt)|unfallverhüt",
)
SENSITIVE_TRAIT = concept(
    r"\b(?:race|racial|ethnic\w*|political|politics|trade union|union membership|religio\w*|faith|"
    r"sexual orientation|sex life|gay|homosexual|lesbian|skin colou?r|muslims?|jewish|jews|christians?|hindus?|"
    r"catholics?|islamic|queer|transgender|(?:left|right)[- ](?:leaning|wing)|party (?:affiliation|preference)s?)\b",
    r"gewerkschaft|politisch|religi|glaube|ethni|hautfarbe|\brasse|sexuell|orientierung|parteizugehörig|muslim|"
    r"jüdisch|juden|christlich|katholisch|islamisch|queer|(?:links|rechts)(?:gerichtet|orientiert|extrem)|"
    r"parteipräferenz",
)
PROTECTED_TRAIT = concept(r"\b(?:age|gender|sex)\b", r"\balter\b|geschlecht")
INFER = concept(
    r"\b(?:infer\w*|predict\w*|deriv\w*|determin\w*|detect\w*|guess\w*|classif\w*|categori[sz]\w*|estimat\w*|"
    r"work out|recogni[sz]\w*|tell|figur\w* out|find\w* out)\b",
    r"ableit|erkenn|bestimm|schließ|einschätz|klassifizier|kategorisier|ermittel|vorhersag|schätz|herausfind",
)
FACE_IDENT = concept(
    r"\b(?:(?:match|compar)\w* (?:[\w']+ ){0,3}faces?|faces? (?:\S+ ){0,5}against|face recognition|"
    r"facial recognition|"
    r"face matching|(?:faces?|mugshots?|(?:suspects?|people|persons?|visitors?|customers?)'?s? (?:photos?|"
    r"images?|pictures?)) (?:\w+ ){0,3}against|recogni[sz]e (?:people|faces|persons|suspects|"
    r"visitors|customers)|identif\w* (?:\w+ ){0,2}(?:people|persons|passers-by|suspects|individuals|faces|"
    r"visitors|customers)|voice identification|speaker identification|"
    r"(?:recogni[sz]|identif|spot|pick\w* out|flag)\w* (?:\S+ ){0,4}by (?:their |the )?(?:faces?|voices?))\b",
    r"gesichtserkennung|gesichtsabgleich|personen (?:\w+ ){0,2}identifizier|"
    r"identifizier\w* (?:\w+ ){0,2}personen|"
    r"(?:erkenn|identifizier)\w* (?:\S+ ){0,6}gesichter|gesichter (?:\S+ ){0,4}(?:erkenn|identifizier)|"
    r"gesichter (?:\S+ ){0,8}(?:abgleich|abgeglichen|vergleich)|"
    r"(?:gesicht\w*|fotos? (?:von|der) (?:verdächtig|person)\w*) (?:\w+ ){0,4}(?:mit|gegen) (?:\S+ ){0,3}"
    r"(?:\w*datenbank|fahndungsliste|fahndungsfotos?|lichtbildkartei|\w*liste|\w*fotos|\w*bildern)|lichtbildkartei|"
    r"stimmerkennung|sprecheridentifik|wiedererkenn|(?:am|anhand (?:des|ihres|"
    r"seines)|(?:über|per|mittels) (?:ihr|sein|das|ihre)?\w*) gesicht\w* (?:\w+ ){0,2}"
    r"(?:erkenn|erkann|identifizier)",
)
# Post remote identification: recorded footage searched for people on a list (Annex III 1(a)).
WATCHLIST = concept(
    r"\b(?:watch ?lists?|photo lists?|custody (?:photos?|images?|pictures?)|mug ?shots?|"
    r"known (?:shoplifters|offenders|suspects|criminals|troublemakers|thieves|hooligans|fraudsters|trespassers)|"
    r"banned (?:customers|visitors|guests|fans|persons|people|individuals)|(?:wanted|missing) (?:suspects?|"
    r"persons?|people|criminals|children|fugitives?)|blacklist(?:ed)? (?:\S+ )?(?:people|persons|customers|visitors)|"
    r"(?:suspect|offender|perpetrator|fugitive)(?:'s|s')? (?:face|photos?|pictures?|images?)|"
    r"(?:list|database|register) of (?:\S+ ){0,2}(?:banned|barred|blacklisted|excluded|known|wanted) (?:people|"
    r"persons|individuals|offenders|suspects|shoplifters|thieves|fraudsters|troublemakers|gamblers|players|customers|"
    r"visitors|guests|members|fans|criminals)|"
    r"(?:banned|barred|blacklisted|self-excluded) (?:gamblers|players|patrons|shoppers|members|spectators)|"
    r"(?:person|man|woman|suspect|individual) (?:in|on|from) (?:this|the|that|a) (?:photo|picture|image|still)|"
    r"(?:photo|picture|image) of (?:the|a|this) (?:person|suspect|man|woman|thief|offender))\b",
    r"fahndungs(?:foto|bild|liste)|täterfoto|phantombild|hausverbot|beobachtungsliste|watchlist|sperrliste|"
    r"bekannte[nr]? (?:ladendieb|täter|störer|diebe|hooligan|betrüger)|gesuchte[nr]? (?:person|täter|verdächtig)|"
    r"vermisste[nr]? (?:person|kind)|(?:person|mann|frau|täter\w*) (?:auf|in) (?:dem|diesem) (?:foto|bild)|"
    r"(?:foto|bild) (?:des|der|vom|von dem) (?:gesuchten|verdächtig\w*|täter\w*|mann|frau|person)|"
    r"fotos? (?:\S+ ){0,2}(?:verdächtig|täter|gesucht)|fotoliste|lichtbildkartei",
)
PERSON_SEARCH = concept(
    r"\b(?:against|match\w*|compar\w*|find\w*|search\w*|spot\w*|recogni[sz]\w*|identif\w*|look\w* for|"
    r"locat\w*|trac(?:k|e)\w*)\b",
    r"abgleich|gleich\w* (?:\S+ ){0,14}ab\b|abgeglichen|vergleich|such|find|erkenn|identifizier|wiederfind|aufspür",
)
FOOTAGE = concept(
    r"\b(?:footage|cctv|(?:video|camera|surveillance) (?:recordings?|archives?|feeds?|streams?)|"
    r"recorded (?:\S+ )?(?:videos?|cctv|camera)|bodycam\w*|dashcam\w*|surveillance cameras?|"
    r"recordings (?:from|of) (?:the |our |all )?(?:\S+ ){0,2}(?:floors?|stores?|shops?|entrances?|cameras?|branch\w*|"
    r"stations?|halls?|lobby|premises|gates?|car parks?))\b",
    r"videoaufzeichn|videoaufnahm|kameraaufnahm|kameraaufzeichn|videomaterial|bildmaterial|überwachungsvideo|"
    r"videoarchiv|überwachungskamera|videoüberwach|bodycam|dashcam",
)
# 1:1 verification: a face is compared with the person's own document, badge or enrolled template only.
VERIFY_ONLY = concept(
    r"\b(?:unlock\w*|log ?in|sign in|verify (?:their|the user's|his|her) (?:own )?identity|1:1|one-to-one|1-to-1|"
    r"identity verification|passwordless|self-boarding|confirm\w* (?:\S+ ){0,3}identity|"
    r"(?:is|are) who (?:they|he|she) (?:say|says|claim|claims)|"
    r"(?:the|their|his|her|its|a) (?:own )?(?:\S+ )?(?:passport|id card|identity (?:card|document)|id document|"
    r"driving licen[cs]e|badge|chip|document|boarding pass|e-?passport|season ticket)(?:'s)? (?:photo|picture|"
    r"image|portrait)\b|(?:photo|picture|image|portrait) (?:on|in|from|stored (?:on|in)) (?:the |their |his |her )?"
    r"(?:own )?(?:passport|id|id card|chip|badge|document|season ticket)\b)\b",
    r"entsperr|(?<![a-zäöüß])anmeld|einlogg|login|identität (?:\S+ ){0,3}(?:bestätig|nachweis)|verifizier|"
    r"ausweisabgleich|eins-zu-eins|1-zu-1|(?:dem|seinem|ihrem|deren|dessen) (?:\S+ )?(?:pass|ausweis|chip|"
    r"dokumenten|dauerkarten)(?:foto|bild)\b|(?:foto|bild|lichtbild) (?:im|auf dem|aus dem|vom|auf der) (?:\S+ )?"
    r"(?:pass|reisepass|ausweis|chip|dokument|mitarbeiterausweis|dauerkarte)|ist,? wer (?:er|sie) (?:vorgibt|"
    r"angibt|behauptet)",
)
REALTIME = concept(r"\b(?:real[- ]?time|live|instantly|as they walk)\b", r"echtzeit|\blive\b|sofort")
PUBLIC_SPACE = concept(
    r"\b(?:public|streets?|squares?|stations?|stadiums?|crowds?|malls?|city cent(?:re|er)|pedestrian|demos?|"
    r"demonstrations?|protests?|rall(?:y|ies)|marches|parades?|festivals?)\b",
    r"öffentlich|straße|\bplatz|bahnhof|stadion|menschenmenge|innenstadt|fußgängerzone|\bdemo\b|demonstration|"
    r"kundgebung|versammlung|volksfest",
)
LAW_ENFORCEMENT = concept(
    r"\b(?:prisons?|parole|inmates?|correctional|police|law enforcement|prosecut\w*|investigators?|"
    r"crime unit|probation|europol|interpol|"
    r"wanted persons?)\b",
    r"haftanstalt|gefängnis|häftling|bewährung|polizei|staatsanwalt|strafverfolg|ermittlungsbeh|"
    r"kriminalpolizei|\blka\b|\bbka\b|justizvollzug|"
    r"bewährungshilfe|fahndung",
)
SCRAPE = concept(
    r"\b(?:scrap\w*|crawl\w*|harvest\w*|(?:collect|download|grab|pull)\w* (?:\w+ ){0,4}from (?:the )?"
    r"(?:internet|web|social media|online|instagram|facebook|linkedin))\b",
    r"abgreif|crawl|scrap|aus dem internet|aus sozialen|von social media|im netz (?:\w+ ){0,2}sammeln|"
    r"(?:ziehen|saugen|holen) uns (?:\S+ ){0,4}aus (?:\S+ ){0,2}(?:foren|webseiten|websites|netz|portalen)",
)
PHOTO = concept(r"\b(?:photos?|pictures?|images?|videos?)\b", r"fotos?\b|bilder?\b|aufnahmen")
FACE_IMAGE = concept(
    r"\b(?:faces?|facial|portraits?|selfies?|profile (?:photos?|pictures?|pics?)|headshots?)\b",
    r"gesicht|porträt|portrait|profilbild|selfie",
)
