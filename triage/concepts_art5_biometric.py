"""Art. 5(1)(e)-(h) vocabulary: face databases, whose emotions are read, sensitive traits, face matching.

Split from `triage.concepts_art5` so each module stays small; these concepts describe the biometric
practices (a face database grown from the web, emotion recognition of workers or learners, inferring
sensitive traits from photos, real-time identification) rather than manipulation, exploitation or scoring.
"""

from __future__ import annotations

from triage import concepts as c
from triage.patterns import concept

# Art. 5(1)(e): building a face database from images collected without a target, from the web or CCTV footage.
FACE_DB = concept(
    r"\b(?:face (?:search|database|db|index|library|gallery|collection|catalogue|catalog|templates?)|facial "
    r"(?:database|recognition database|templates?|gallery)|database (?:of|with) (?:\S+ )?faces|face ?print database|"
    r"(?:reference|enrol(?:l?ment)?) (?:photos|images|pictures|faces) (?:of|for) (?:every|all|each))\b",
    r"gesichtsdatenbank|gesichter-?datenbank|gesichtersuche|datenbank (?:\w+ ){0,2}gesichter|gesichts-?(?:galerie|"
    r"sammlung|vorlagen|templates|profile|bibliothek)|gesichter-?(?:galerie|sammlung|bibliothek|katalog)",
)
ONLINE_SOURCE = concept(
    r"\b(?:instagram|facebook|linkedin|xing|tiktok|social media|public (?:profiles?|accounts?)|the (?:web|internet)|"
    r"dating (?:sites?|apps?)|websites?|online|forums?)\b",
    r"instagram|facebook|linkedin|xing|tiktok|soziale[nrm]? medien|öffentliche[nr]? (?:profil|account|konto)|"
    r"internet|\bnetz\b|dating-?(?:seite|app|portal)|webseite|online|foren\b",
)
BULK = concept(
    r"\b(?:en masse|in bulk|bulk|mass(?:ive(?:ly)?)?|all (?:the )?(?:photos|pictures|images)|thousands|millions)\b",
    r"massenhaft|massenweise|tausende|millionen|alle (?:\w+ )?(?:fotos|bilder)|(?:herunter|runter)lad",
)
# Faces taken out of recordings or pages without a target: every face, all faces, each passer-by's face.
# Comparing faces with a list is matching (`FACE_MATCH`), not collecting, so the verbs here only take faces out.
_TAKE = r"(?:pull|extract|harvest|collect|gather|grab|crop|cut|clip|sav|stor|copy|copie|export|dump|rip|scrap|lift|"
_TAKE += r"sweep|hoover|build|fill|populat|seed)"
_ALL = r"(?:every|all|each|any|all the|all of the)"
FACE_HARVEST = concept(
    rf"\b{_TAKE}\w* (?:\S+ ){{0,3}}{_ALL} (?:\S+ ){{0,2}}faces?\b",
    rf"\b{_ALL} (?:\S+ ){{0,2}}faces? (?:\S+ ){{0,2}}(?:out of|(?:pulled|extracted|harvested|collected|cropped|cut|"
    r"saved|stored|copied|exported|scraped|taken) from)\b",
    r"\b(?:alle|jedes|sämtliche|jeden)\w* (?:\S+ ){0,2}gesicht\w* (?:\S+ ){0,8}(?:extrahier|ausschneid|"
    r"herausschneid|rausschneid|herausziehen|rausziehen|herausholen|rausholen|sammeln|speichern|abspeichern|"
    r"abgreif|übernehm|einspeis|einpfleg|kopier|export)",
    r"(?:extrahier|schneid|zieh|hol|sammel|speicher|greif|kopier|exportier)\w* (?:\S+ ){0,4}(?:alle|jedes|"
    r"sämtliche)\w* (?:\S+ ){0,2}gesicht",
)
# Where untargeted faces come from besides the web (Art. 5(1)(e) "internet or CCTV footage").
FOOTAGE_MORE = concept(
    r"\b(?:cctv|security (?:cameras?|footage|video|recordings?)|camera (?:archives?|recordings?|footage)|"
    r"video (?:archives?|recordings?|footage)|(?:recorded|archived|stored) (?:\S+ )?(?:video|footage|recordings?))\b",
    r"videoarchiv|kameraarchiv|überwachungs(?:video|kamera|aufnahm|material)|kameraaufnahm|videoaufnahm|"
    r"videoaufzeichn|aufzeichnungen (?:der|aller|unserer) (?:\S+ )?kameras",
)

# --- Art. 5(1)(f): learners named by their role in a course or training --------------------------
PARTICIPANT = concept(r"\b(?:participants?|attendees?)\b", r"teilnehm")
TRAINING_CONTEXT = concept(
    r"\b(?:courses?|classes|lessons?|training (?:sessions?|courses?|programmes?|programs?)|seminars?|"
    r"tutorials?|bootcamps?|e-learning|online learning|further education|retraining|apprenticeships?)\b",
    r"kurs|unterricht|schulung|seminar|weiterbild|fortbild|umschul|ausbildung|lehrgang|e-learning|lernplattform",
)
# People who are learners (or teach them) whatever the setting: an apprentice is both worker and learner.
LEARNER_ROLE = concept(
    r"\b(?:trainees?|apprentices?|interns?|tutors?|lecturers?|course participants)\b",
    r"dozierend|lehrend|auszubildend|umschüler|praktikant|kursteilnehm|seminarteilnehm|schulungsteilnehm",
)

# --- Art. 5(1)(f): affective states beyond `concepts.EMOTION`, and whose emotions are read ----------
# Moods and states read off a face or voice; "friendly" or "positive" only as how someone comes across
# ("wie freundlich die Pflegekräfte wirken"), never as a product feature ("a friendly voice assistant").
EMOTION_MORE = concept(
    r"\b(?:relaxed|tense|tensed up|cheerful|gloomy|moody|irritable|bad[- ]tempered|good[- ]humou?red|"
    r"(?:good|bad|foul|great|low) mood|joyful|distress(?:ed)?|desperate|despair\w*|frightened|panick\w*|"
    r"tearful|(?:close to|on the verge of) tears|"
    r"(?:looks?|looking|seems?|seeming|appears?|appearing|sounds?|sounding|comes? across|coming across) (?:\w+ ){0,2}"
    r"(?:friendly|unfriendly|warm|cold|positive|negative|upbeat|down)|"
    r"how (?:\w+ )?(?:friendly|unfriendly|warm|positive|upbeat|enthusiastic) (?:\w+ ){0,4}(?:looks?|seems?|appears?|"
    r"sounds?|comes? across|are|is))\b",
    r"entspannt|gelassenheit|verkrampft|gut gelaunt|schlecht gelaunt|(?:gute|schlechte)[nr]? laune|"
    r"(?:gut|schlecht) drauf|fröhlich|heiter|missmutig|mürrisch|griesgrämig|lustlos|niedergeschlagen|bedrückt|"
    r"verängstigt|\bpanisch|verzweifel|den tränen nahe|beschämt|gekränkt|freudig|euphorisch|"
    r"(?:freundlich|unfreundlich|herzlich|positiv|negativ)\w* (?:\S+ ){0,6}(?:wirk|erschein|aussehen|aussieht|"
    r"rüberkomm|klingt|klingen)|"
    r"(?:wirk|erschein|klingt|klingen)\w* (?:\S+ ){0,2}(?:freundlich|unfreundlich|herzlich|positiv|negativ)|"
    r"wie (?:\S+ ){0,2}(?:freundlich|unfreundlich|herzlich)",
)
# People served by the organisation, not its staff: their emotions are Annex III 1(c), never Art. 5(1)(f).
CUSTOMER_MORE = concept(
    r"\b(?:donors?|consumers?|buyers?|diners?|borrowers?|policy ?holders?|claimants?|complainants?|residents?|"
    r"tourists?|pedestrians?|passers-?by|the public|fans|spectators?|audiences?|listeners?|"
    r"account holders?|subscribers?|debtors?|borrowers?)\b",
    r"anrufend|kundschaft|spender|verbraucher|(?<!ver)käufer|bewohner|klient|mandant|versicherte[nmr]?\b|"
    r"versicherungsnehm|reisend|\bfans\b|zuhörer|abonnent|leistungsbezieh|antragstell|schuldner",
)
# Whose signal it is, said outright: "their own voice", "ihrer eigenen Stimme" points back to the people
# named just before, who are then the people read even if they also receive the result.
OWN_SIGNAL = concept(
    r"\b(?:their|his|her) own (?:\w+ ){0,2}(?:voices?|faces?|facial|expressions?|webcams?|cameras?|heart|pulse|"
    r"speech|tone|body|recordings?|calls?|video)",
    r"\b(?:ihre|seine)[nmrs]? eigene[nmrs]? (?:\S+ )?(?:stimme|gesicht|mimik|aufnahme|kamera|webcam|puls|sprache|"
    r"telefonat|gespräch|video|körper)",
)
# Signals `concepts.BIOMETRIC_MODALITY` misses: filming people, eye tracking, micro-expressions, sweat.
MODALITY_MORE = concept(
    r"\b(?:filmed|filming|eye[- ]?tracking|gaze|pupil (?:dilation|size)|blink(?:ing)? rate|"
    r"micro-?expressions?|heartbeat|sweat(?:ing|y)?|perspiration|brain ?waves?|neuro-?headsets?|galvanic)\b",
    r"gefilmt|abfilm|\bfilm(?:t|en) (?:die|den|unsere\w*|alle\w*|jede\w*)\b|blickverfolg|eye-?tracking|"
    r"pupillengröße|pupillenerweiter|lidschlag|mikroexpression|herzschlag|schwitz|schweißausbr|"
    r"gehirnstr[oö]m|hirnstr[oö]m",
)
# "Sounds irritated", "verärgert klingen": an emotion heard in someone's voice, with no word for the voice.
_FEELING_WORDS = f"(?:{c.EMOTION.pattern.pattern}|{EMOTION_MORE.pattern.pattern})"
VOICE_TONE = concept(
    rf"\b(?:sounds?|sounding|klingt|klingen|klang|klingend) (?:\S+ ){{0,3}}{_FEELING_WORDS}",
    rf"{_FEELING_WORDS}\w* (?:\S+ ){{0,2}}(?:klingt|klingen|klang|klingend)\b",
)
# The writer's own feeling about the idea, not one the system infers: "Sceptical, but: ...", "I'm a bit
# frustrated with ...", "ehrlich gesagt bin ich skeptisch", "das nervt uns". Blanked before asking whose
# emotions are read, so an idea about watching behaviour (looking away, whispering) infers no emotion.
_FIRST_PERSON_EN = r"\b(?:i|we)(?:'m|'re| am| are| was| were| feel| felt| remain| stay| have been|'ve been)"
_FIRST_PERSON_DE = r"\b(?:ich bin|wir sind|bin ich|sind wir|ich war|wir waren|ich fühle mich|wir fühlen uns)"
_HEDGE = r"(?:(?:a bit|a little|slightly|somewhat|rather|quite|very|honestly|admittedly|still|kinda|ehrlich gesagt|"
_HEDGE += r"etwas|ein bisschen|ein wenig|leicht|ziemlich|eher|noch|zugegeben(?:ermaßen)?|bin|ich bin)[\s,]+)*"
_OWN_FEELING = r"(?:frustration|scepticism|skepticism|annoyance|irritation|disappointment|impatience|enthusiasm|"
_OWN_FEELING += r"skepsis|frust|begeisterung|ärger|enttäuschung|ungeduld)"
AUTHOR_FEELING = concept(
    rf"(?:^|[.!?:;(]\s*|\s-\s)(?:{_HEDGE}){_FEELING_WORDS}\w*\s*[,:;-]*\s*(?:but|though|however|yet|aber|doch|"
    r"jedoch|trotzdem)\b",
    rf"{_FIRST_PERSON_EN} (?:[^\s.,;:!?]+ ){{0,2}}{_FEELING_WORDS}\w*",
    rf"\b(?:makes?|making|made|leaves?|keeps?) (?:me|us) (?:[^\s.,;:!?]+ ){{0,2}}{_FEELING_WORDS}\w*",
    rf"\b(?:(?:much )?to (?:my|our)|my|our|meine|unsere[nmr]?|zu (?:meiner|unserer)) (?:own |eigene[nr]? )?"
    rf"{_OWN_FEELING}\b",
    rf"{_FIRST_PERSON_DE} (?:[^\s.,;:!?]+ ){{0,2}}{_FEELING_WORDS}\w*",
    r"\b(?:ärgert|frustriert|nervt|stresst|enttäuscht|verunsichert) (?:\S+ )?(?:mich|uns)\b",
    r"\b(?:mich|uns) (?:\S+ ){0,2}(?:ärgert|frustriert|nervt|stresst|enttäuscht|verunsichert)\b",
)
# Reading people, as opposed to generating footage of them ("archive video of happy workers").
READ_PEOPLE = concept(
    r"\b(?:analy[sz]\w*|measur\w*|monitor\w*|track\w*|detect\w*|recogni[sz]\w*|read\w*|scor\w*|rat(?:e|es|ed|ing)|"
    r"check\w*|flag\w*|listen\w*|evaluat\w*|assess\w*|infer\w*|predict\w*|estimat\w*|spot\w*|identif\w*|"
    r"classif\w*|gauge\w*|sens(?:e|es|ed|ing)|notic\w*|pick\w* up|tell\w*|see\w*|judg\w*|watch\w*|observ\w*|"
    r"captur\w*|log\w*|record\w*|determin\w*|work\w* out|find\w* out|figur\w* out|categori[sz]\w*|"
    r"interpret\w*|scan\w*|review\w*|alert\w*|report\w*|dashboards?|heat ?maps?|traffic lights?|"
    # showing who is in which state is reading them: "shows the trainer which apprentices look tense"
    r"(?:show|display|highlight|list)\w* (?:\S+ ){0,4}(?:who|which \w+|whoever)\b)\b",
    # separable verbs: "werten die Gesichter aus", "zeigt dem Ausbilder an, wer ..."
    r"\bwerte[nt]? (?:\S+ ){0,8}aus\b|"
    r"\b(?:zeig|anzeig|markier|hervorheb|listet)\w* (?:\S+ ){0,6}(?:wer|welche[rnms]?)\b|"
    r"analys|auswert|wertet|\bmess|misst|gemessen|überwach|erfass|erkenn|erkann|bewert|prüf|markier|\bhör|"
    r"schätz|beobacht|\bles|liest|ermittel|registrier|aufzeichn|aufgezeichn|zeichnet|\bsieht|\bsehen|merkt|"
    r"feststell|einstuf|ableit|leitet|klassifizier|interpretier|track|scann|beurteil|ampel|dashboard|meld|"
    r"warn|score|punkt|\bwert\b|monatswert|auffällig",
)
# Written text, where "sounds angry" is read from words, not from a voice (not biometric, Art. 3(39)).
WRITTEN = concept(
    r"\b(?:messages?|e-?mails?|mails?|chats?|reviews?|tickets?|posts?|comments?|texts?|letters?|surveys?|"
    r"forms?|transcripts?|slack|feedback forms?|tweets|free[- ]text|newsletters?|forum)\b",
    r"nachricht|e-?mail|\bmails?\b|\bchat|bewertung|rezension|ticket|kommentar|\bbrief|umfrage|formular|"
    r"\btexte?n?\b|transkript|freitext|\bposts?\b|newsletter|forum|zuschrift|schreiben\b",
)
# Front-line staff `concepts.WORK_SUBJECT` does not name: service, care, sales and security roles.
STAFF_MORE = concept(
    r"\b(?:waiters?|waitress\w*|waiting staff|sales ?(?:staff|assistants?|associates?|people)|shop assistants?|"
    r"baristas?|bartenders?|carers?|care ?givers?|care workers?|security guards?|guards?|stewards?|crew|"
    r"call handlers?|receptionists?|housekeepers?|hospitality staff|front-?line staff|tellers?)\b",
    r"servicekr|fachkr[aä]ft|hilfskr[aä]ft|kellner|\bverkäufer|servicepersonal|kassenpersonal|"
    r"pflegepersonal|erzieher|betreuer|sicherheitsdienst|wachleute|wachpersonal|empfangspersonal|"
    r"rezeptionist|zimmermädchen|schalterpersonal",
)
# Staff (or teachers) who only *receive* the output: "routes the call to the most experienced agents",
# "so our staff can pull them aside", "die Mitarbeiter bekommen eine Push-Nachricht". Blanked out when
# deciding whose emotions are read, so an alert to staff does not make customers' emotions 5(1)(f).
_STAFF = rf"(?:{c.WORK_SUBJECT.pattern.pattern}|{STAFF_MORE.pattern.pattern}|teachers?|lehrkr\w*|lehrer\w*)\w*"
_DET_EN = r"(?:(?:the|an?|our|their|its|one|of|on-duty|duty|available|responsible|human|senior|experienced|next|"
_DET_EN += r"right|relevant|most|more|best|free|\w+est) )*"
_DET_DE = r"(?:(?:der|die|das|den|dem|des|eine?[nmr]?|unsere?[nmr]?|ihre?[nmr]?|zuständige\w*|erfahren\w*|"
_DET_DE += r"nächste\w*|freie\w*|diensthabende\w*|verfügbare\w*) )*"
STAFF_RECIPIENT = concept(
    rf"\b(?:alert|notif(?:y|ies|ied|ying)|ping|warn|inform|tell)\w* {_DET_EN}{_STAFF}",
    rf"\b(?:rout|send|sent|pass|forward|escalat|hand|transfer|go|goes|went|put|push|report|show|display|surfac|flag|"
    rf"alert|notification|warning|hint|message|heads-up|dashboard|summar)\w*(?: (?!to\b|for\b)\S+){{0,6}} "
    rf"(?:to|for) {_DET_EN}{_STAFF}",
    rf"{_STAFF} (?:\w+ ){{0,2}}(?:gets?|getting|receives?|receiving|sees?|see|(?:are|is|gets?|get) (?:\w+ )?"
    r"(?:alerted|notified|warned|informed|pinged|flagged)|can (?:then |now )?(?:step in|intervene|react|respond|"
    r"de-?escalate|take over|call|reach out|pull|talk|approach|help|prioriti[sz]e|follow up))\b",
    rf"\b(?:an|zu|zum|zur|für) {_DET_DE}{_STAFF}",
    rf"{_STAFF} (?:\S+ ){{0,2}}(?:bekomm|bekommt|bekäm|erhalt|erhält|sieht|sehen|(?:wird|werden) (?:\S+ )?"
    r"(?:benachrichtigt|informiert|gewarnt|alarmiert|hingewiesen)|(?:kann|können) (?:\S+ )?(?:eingreifen|reagieren|"
    r"deeskalieren|übernehmen|nachfassen|zurückrufen|ansprechen|helfen))",
)
# Staff (or teachers) left out of the analysis: "staff are blurred out", "except our own employees",
# "Mitarbeitende werden verpixelt / nicht erfasst". Matched before negation masking ("staff are not analysed")
# and blanked when customers are read too: only the people actually read decide Art. 5(1)(f).
_LEFT_OUT_EN = r"(?:masked|blurred|pixel+ated|excluded|exempt(?:ed)?|ignored|skipped|anonymi[sz]ed|"
_LEFT_OUT_EN += r"(?:masked|blacked|greyed|grayed|cropped|cut|filtered|left|kept|taken|blanked|edited) out|"
_LEFT_OUT_EN += r"not (?:\w+ )?(?:analy[sz]ed|captured|recorded|filmed|included|tracked|read|processed|in scope))"
_LEFT_OUT_DE = r"(?:ausgeblendet|ausgeschlossen|ausgenommen|ausgespart|verpixelt|geschwärzt|unkenntlich|"
_LEFT_OUT_DE += r"(?:heraus|raus)gefiltert|(?:heraus|raus)geschnitten|ignoriert|anonymisiert|nicht (?:\S+ )?"
_LEFT_OUT_DE += r"(?:erfasst|analysiert|ausgewertet|gefilmt|aufgenommen|betroffen|berücksichtigt))"
_SAME_CLAUSE = r"(?:[^\s.,;:!?]+ ){0,4}"
STAFF_EXCLUDED = concept(
    rf"{_STAFF}(?:'s?)? {_SAME_CLAUSE}{_LEFT_OUT_EN}\b",
    rf"\b(?:mask|blur|pixel+at|black|grey|gray|crop|filter|exclud|exempt|ignor|skip|anonymi[sz])\w*"
    rf"(?: out)? {_DET_EN}(?:\w+ )?{_STAFF}",
    rf"\b(?:except(?: for)?|excluding|apart from|other than|but not|not|never|no) (?!only|just){_DET_EN}(?:\w+ )?"
    rf"{_STAFF}",
    rf"{_STAFF} {_SAME_CLAUSE}{_LEFT_OUT_DE}",
    rf"\b(?:außer|ausgenommen|bis auf|nicht aber|ohne|nicht|keine?[nr]?) (?!nur|bloß){_DET_DE}(?:\w+ )?{_STAFF}",
    raw=True,
)

# --- Art. 5(1)(g): sensitive traits beyond `concepts.SENSITIVE_TRAIT`, and inferring them -----------
SENSITIVE_MORE = concept(
    r"\b(?:heterosexual\w*|bisexual\w*|sexuality|(?:gay|lesbian|bi) or straight|straight or (?:gay|lesbian|not)|"
    r"trans(?:gender)? people|philosophical beliefs|(?:political|religious|world) ?views?|atheis\w*|"
    r"union members?(?:hip)?|(?:which|what) party (?:\w+ ){0,3}(?:votes?|supports?)|migration background|"
    r"voting intentions?|(?:who|which party) (?:they|he|she|someone|people) (?:would )?votes? for|"
    r"(?:conservative|liberal|progressive) or (?:conservative|liberal|progressive|left|right))\b",
    r"schwul|lesbisch|hetero(?:sexu\w*)?\b|bisexu|homosexu|sexualität|sexualleben|weltanschau|atheis|"
    r"gewerkschaftsmitglied|(?:welche|welcher) partei|parteinah|parteinäh|migrationshintergrund|gesinnung|"
    r"wahlabsicht|wahlverhalten|\blinks oder rechts\b|(?:konservativ|liberal|progressiv) oder (?:konservativ|liberal|"
    r"progressiv|links)",
)
# German separable verbs ("leitet aus den Fotos ab", "schätzt die Herkunft ein") and other ways of saying
# "infer" that `concepts.INFER` misses; "ob jemand ... ist" asks the system to decide a trait.
INFER_MORE = concept(
    r"\b(?:deduc\w*|label\w*|tag(?:s|ged|ging)? (?:\S+ ){0,5}(?:with|by|as)\b|sort\w* (?:\S+ ){0,4}by|"
    r"group\w* (?:\S+ ){0,4}by|read\w* (?:\S+ ){0,3}(?:from|off)|judg\w*|(?:whether|if) (?:\S+ ){0,6}(?:is|are)\b|"
    # putting people into groups: "assigns every guest to a political camp", "sorts the crowd into left and right"
    r"(?:assign|allocat|map)\w* (?:\S+ ){0,8}(?:to|onto)\b|(?:sort|split|divid|bucket|segment|separat|put|plac)\w* "
    r"(?:\S+ ){0,6}into\b)",
    r"\bleite[nt]? (?:\S+ ){0,8}ab\b|\bschätz\w* (?:\S+ ){0,8}ein\b|\blies\w* (?:\S+ ){0,8}ab\b|"
    r"\bfind\w* (?:\S+ ){0,8}heraus|\bordne\w* (?:\S+ ){0,12}zu\b|\bteil\w* (?:\S+ ){0,12}ein\b|"
    r"\bsortier\w* (?:\S+ ){0,4}(?:nach|in)\b|\bob (?:\S+ ){0,6}(?:ist|sind)\b|"
    r"zuordn|zugeordnet|einordn|eingeordnet|einteil|eingeteilt|zuteil|zugeteilt|unterteil|aufteil|aufgeteilt",
)
# The trait word names the setting, not what is inferred about a person: "political talk show", "religiöser
# Gottesdienst". Blanked before asking whether a sensitive trait is what the system infers.
SENSITIVE_SETTING = concept(
    r"\b(?:political|religious|church|union|party|faith)[- ](?:talk[- ]?shows?|shows?|programm?es?|debates?|news|"
    r"reporting|coverage|events?|services?|meetings?|rall(?:y|ies)|conferences?|podcasts?|content|discussions?|"
    r"education|holidays?|festivals?|broadcasts?|journalism|satire|magazines?|desks?|editors?|advertising|ads)\b",
    r"(?:politisch|religiös|kirchlich|gewerkschaftlich)\w* (?:talkshow|sendung|debatte|diskussion|berichterstatt|"
    r"veranstaltung|gottesdienst|feier|nachrichten|magazin|bildung|satire|kampagne|werbung|redaktion|programm|"
    r"podcast|beitr[aä]g|inhalt|unterricht)\w*",
)

# --- Art. 5(1)(g): the people a categorisation is run on ------------------------------------------
CROWD = concept(
    r"\b(?:attendees?|participants?|spectators?|fans?|protesters?|demonstrators?|passers-?by|passersby|crowds?|"
    r"members of the public|delegates|supporters|bystanders?|onlookers?|(?:people|everyone|anyone) "
    r"(?:walking|passing|going|strolling) (?:by|past)|walk-?ins?|foot traffic)\b",
    r"teilnehm|demonstrant|passant|zuschauer|publikum|\bfans\b|anwesend|unterstützer|"
    # nominalised participles: "die Vorbeigehenden", "jeder Vorbeilaufende", "Schaulustige"
    r"vorbei(?:gehend|laufend|kommend|flanierend|fahrend|schlendernd|spazierend|eilend)|schaulustig|"
    r"menschenmenge|laufkundschaft",
)
# Photos taken from identity documents or staff badges: each one shows a natural person's face.
ID_PHOTO = concept(
    r"\b(?:(?:id|identity|badge|passport|visa|staff|employee|company|access|security) (?:card |document )?"
    r"(?:photos?|pictures?|pics?|images?|portraits?)|mugshots?|id cards?|identity (?:cards?|documents?)|"
    r"(?:staff|employee|company|security|access|work) (?:badges?|passes|id)|passports?|"
    r"driv(?:er'?s?|ing) licen[cs]es?)\b",
    r"ausweis(?!ung)|passbild|passfoto|lichtbild|bewerbungsfoto|mitarbeiterfoto|reisepass|führerschein|"
    r"dienstkarte|werkskarte|firmenkarte",
)

# --- Art. 5(1)(h): matching faces against a list ----------------------------------------------------
# Also the hyphenated or closed verb ("face-match the feed", "face-scan everyone", "Gesichts-Abgleich") and a feed
# compared with photos of people ("against photos of everyone wanted", "mit den Fahndungsfotos ... abgleichen").
_PORTRAITS_EN = r"(?:photos?|pictures?|images?|mugshots?|portraits?|headshots?)"
_PORTRAITS_DE = r"(?:fotos|bildern|lichtbildern|fahndungsfotos|fahndungsbildern|porträts|passbildern|portr[aä]tfotos)"
FACE_MATCH = concept(
    r"\b(?:faces? (?:\S+ ){0,10}(?:against|with) (?:\S+ ){0,3}(?:watch ?lists?|wanted lists?|databases?|mugshots?)|"
    r"(?:compar|match|check|scan)\w* (?:\S+ ){0,4}faces?|faces? (?:\S+ ){0,3}(?:compar|match|check)\w*|"
    r"face-?(?:match|check|compar|scan|search|look-?up|recogni[sz])\w*|facial[- ](?:match|compar|scan|check)\w*|"
    rf"(?:compar|match|check|scan)\w* (?:\S+ ){{0,10}}against (?:the )?(?:\S+ )?{_PORTRAITS_EN} of (?:everyone|"
    r"everybody|anyone|all|people|persons|suspects|wanted|those|individuals))\b",
    r"gesicht\w* (?:\S+ ){0,12}(?:abgleich|abgeglichen|vergleich|match)|"
    r"(?:abgleich|abgeglichen|vergleich)\w* (?:\S+ ){0,6}gesicht|gesichts-?(?:abgleich|vergleich|scan|suche|match)|"
    rf"\b(?:mit|gegen) (?:den |allen |sämtlichen )?{_PORTRAITS_DE} (?:\S+ ){{0,8}}(?:ab\b|abgleich|abgeglichen|"
    r"abzugleichen|vergleich|gematcht)",
)
# Publicly accessible places `concepts.PUBLIC_SPACE` misses: markets, fairs, festivals, concerts, beaches, car parks.
PUBLIC_MORE = concept(
    r"\b(?:market squares?|town squares?|high streets?|shopping (?:centres?|centers?|streets?|malls?|arcades?)|"
    r"parks?|(?:train|bus|tram|subway|metro) (?:platforms?|stops?|stations?)|platforms?|airports?|public transport|"
    r"underground|subway|metro|pedestrian zones?|concourses?|(?:christmas|xmas|farmers'?|flea|street|weekly|night|"
    r"food|open-air|village|town|city) (?:markets?|fairs?|festivals?|parties)|marketplaces?|fun ?fairs?|"
    r"fairgrounds?|carnivals?|concerts?|open-air|beach(?:es)?|promenades?|fan (?:zones?|miles?|fests?)|arenas?|"
    r"car parks?|parking (?:lots?|garages?)|ferry terminals?|(?:sports|event|concert) venues?|plazas?|piazzas?)\b",
    r"marktplatz|einkaufsstraße|einkaufszentrum|einkaufspassage|bahnsteig|haltestelle|u-bahn|s-bahn|flughafen|"
    r"fußgänger|\bpark\b|parkanlage|innenstadt|\bnahverkehr|bahnhofsvorplatz|bahnhofshalle|busbahnhof|"
    r"(?:weihnachts|wochen|floh|jahr|bauern|nacht|christkindl)markt|kirmes|rummel|stadtfest|straßenfest|dorffest|"
    r"volksfest|schützenfest|konzert|freibad|strandbad|\bstrand|promenade|fanmeile|fanzone|\barena|parkhaus|"
    r"open-air|fußgängerzone",
)
# The Art. 5(1)(h)(i)-(iii) exceptions, stated as the only purpose: high risk (Annex III 1(a)), not prohibited.
H_EXCEPTION = concept(
    r"\b(?:only|solely|exclusively|strictly|just|limited to) (?:\S+ ){0,6}(?:abduct\w*|kidnap\w*|missing (?:child|"
    r"children|persons?|people)|trafficking|terror\w*|imminent (?:threat|danger|attack))\b",
    r"(?:nur|ausschließlich|lediglich|allein|beschränkt auf) (?:\S+ ){0,6}(?:entführ|vermisst|menschenhandel|"
    r"terror|unmittelbar\w* (?:gefahr|bedrohung|anschlag))",
)
