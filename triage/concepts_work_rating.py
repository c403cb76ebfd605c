"""Per-person evaluation of workers (Annex III 4(b)): worker nouns, per-person cues, rankings and scores.

Annex III 4(b) covers monitoring and evaluating the performance and behaviour of *individual* workers.
Managers describe it as a ranking or scorecard of named staff ("Fahrer-Ranking", "leaderboard of our
sales reps"), a figure per person ("pro Kommissionierer", "each support agent"), a figure *of* the workers
("Pünktlichkeit der Monteure tracken") or a verdict on who does worst ("welche Kassiererin wie schnell
scannt", "which employees come in late most often"). Team averages, figures only the worker sees, reviews
of the employer and scores of motorists are the near misses, named here so the rules can exclude them.
"""

from __future__ import annotations

from triage.patterns import concept

# Who is a worker when a ranking, score or figure is tied to them; "key drivers", "printer drivers",
# "AI agents", "grid operators" and motorists are not.
_WORKER_EN = (
    r"(?:employees?|staff(?: members?)?|workers?|(?<!ai )(?<!llm )(?<!software )agents?|(?:sales ?)?reps?|"
    r"salespeople|(?<!key )(?<!main )(?<!cost )(?<!growth )(?<!value )(?<!printer )(?<!device )(?<!risk )drivers?|"
    r"pickers?|packers?|couriers?|riders?|nurses?|carers?|care workers?|cashiers?|tellers?|technicians?|engineers?|"
    r"developers?|programmers?|cleaners?|temps?|freelancers?|team members?|crew members?|colleagues?|clerks?|"
    r"case ?workers?|(?:claims?|call) handlers?|adjusters?|waiters?|waitress\w*|mechanics?|fitters?|installers?|"
    r"electricians?|welders?|painters?|bricklayers?|carpenters?|plumbers?|gardeners?|bakers?|butchers?|"
    r"hairdressers?|chefs?|cooks?|craftsm[ae]n|tradespeople|apprentices?|trainees?|interns?|dispatchers?|"
    r"(?<!grid )(?<!network )(?<!mobile )(?<!tour )(?<!telecom )(?<!system )(?<!platform )(?<!cable )operators?|"
    r"(?:account|store|shift|branch|project|key account|regional|area) managers?|warehouse staff|shop assistants?|"
    r"field (?:staff|engineers?|technicians?|reps?)|(?:room|flight|cabin|shop|sales|pool|parking|petrol station|"
    r"gas station|care) attendants?|housekeepers?|housekeeping staff|seafarers?|deckhands?|(?:fitness |course |"
    r"gym )?(?:instructors?|trainers?)(?! shoes)|receptionists?|porters?|security guards?|stewards?|"
    r"stewardess(?:es)?|baristas?|bartenders?|temporary (?:workers?|staff)|agency (?:workers?|staff)|"
    r"contract (?:workers?|staff)|designers|(?:cad|graphic|ux|ui|web|product|interior|game|junior|senior|lead) "
    r"designer|draughts(?:m[ae]n|people|persons?)|drafts(?:m[ae]n|people|persons?)|drafters?|copywriters?|"
    r"illustrators?|(?<!machine )(?<!ai )translators?|accountants?|bookkeepers?)(?!\w)"
)
_DE_END = r"(?:[*:_/]?innen|[*:_/]?in|ern|en|er|n|e|s)?(?![\w-])"
_WORKER_DE = (
    r"(?:\w+-)?(?:mitarbeit(?:er|ende)|beschäftigte|kolleg|angestellte|arbeitnehmer|\w*arbeiter|teammitglied|"
    r"(?<!auto)(?<!rad)(?<!mit)(?<!bei)(?<!ski)fahrer|kommissionierer|monteur|\w*techniker|(?:pflege|reinigungs|"
    r"service|fach|hilfs|aushilfs|saison|leih|zeitarbeits|sicherheits|empfangs|verkaufs|küchen)kr(?:aft|äfte)|"
    r"(?<!ki-)(?<!modell-)trainer|zimmermädchen|hausdame|rezeptionist|flugbegleiter|steward|seeleute|seem[aä]nn|"
    r"seefahrer|matros|wachleute|wachm[aä]nn|barista|barkeeper|kassierer|verkäufer|außendienstler|vertriebler|"
    r"(?<!ki-)(?<!ki )agent|sachbearbeiter|zusteller|kurier|aushilfe|azubi|auszubildende|entwickler|programmierer|"
    r"handwerker|kellner|lagerist|packer|maschinenführer|\w*bediener|disponent|elektriker|mechaniker|schlosser|"
    r"schweißer|lackierer|maler|maurer|tischler|schreiner|dachdecker|installateur|gärtner|bäcker|friseur|koch|köch|"
    r"pfleger|freiberufler|grafiker|[a-zäöüß]+designer|designerinnen|konstrukteur|(?<![a-zäöüß])(?:bau|cad-)?zeichner|"
    r"(?<!ki-)übersetzer|texter|buchhalter)" + _DE_END
)
# Workers, also when only named by their team or their rota ("wer im Team", "Überstunden", "shift schedule").
WORKER = concept(
    rf"\b{_WORKER_EN}|\bwho(?:ever)? (?:\S+ )?(?:in|on) (?:the|our|my) team\b|\b(?:overtime|rotas?|shift (?:plans?|"
    r"schedules?|patterns?))\b",
    _WORKER_DE + r"|\bwer (?:\S+ )?(?:im|in unserem|aus dem) team\b|überstunden|(?:zusatz|sonder|wochenend|nacht|"
    r"früh|spät)schicht|dienstplan|schichtplan",
)
# One figure per named worker: "per driver", "each support agent", "pro Kommissionierer", "jede*r Einzelne".
PER_PERSON = concept(
    r"\b(?:(?:output|productivity|performance|calls|tickets|cases|sales|revenue|errors|mistakes|picks|deliveries|"
    r"parcels|units|hours) per (?:person|team member|staff member)|per (?:team member|staff member)|per-employee|"
    r"by name|named (?:list|ranking)s?|(?:on|at) (?:an |the )?individual (?:level|basis)|individually|"
    r"(?:broken down|split) by (?:employee|person|agent|driver|worker|name)|(?:per|each|every|individual|single) "
    r"(?:\w+ )?" + _WORKER_EN + r"|(?:each|every one|all) of (?:our|the|its|their) (?:\w+ )?" + _WORKER_EN + r")",
    r"(?:leistung|produktivität|umsatz|fehler|anrufe|tickets|fälle|vorgänge|picks|pakete|stück|stunden)\w* (?:pro|je) "
    r"person\b|(?:pro|je) (?:\S+ )?" + _WORKER_DE + "|(?:jede[rnms]?|jede[*:_/][rnms]) (?:einzelne[nr]? |"
    r"jeweilige[nr]? )?"
    r"(?:\S+ )?" + _WORKER_DE + r"|jede[*:_/]r einzeln|jede (?:und|oder|/) jeder\b|einzeln\w* " + _WORKER_DE + "|"
    r"namentlich|personengenau|mitarbeitergenau|personenbezogen|auf (?:individual|personen|mitarbeiter)ebene|"
    r"individuell (?:ausgewertet|erfasst|gemessen|bewertet)",
)
# A figure *of* the workers: "Pünktlichkeit der Monteure", "the drivers' idle time", "Aktivzeiten aller Beschäftigten".
_METRIC_EN = (
    r"(?:punctuality|reliability|performance|productivity|output|error rates?|accuracy|speed|pace|attendance|"
    r"absences|sick days|breaks?|break times?|idle time|active time|screen time|keystrokes|mouse (?:movements?|"
    r"activity)|login times?|activity (?:data|levels?|logs?)|sales (?:figures|numbers)|target achievement)"
)
_METRIC_DE = (
    r"(?:pünktlichkeit|zuverlässigkeit|leistung|produktivität|fehlerquote|arbeitsqualität|arbeitsgeschwindigkeit|"
    r"tempo|pausen\w*|fehlzeiten|krankheitstage|anwesenheit\w*|verkaufszahlen|umsätze|abschlussquote\w*|"
    r"zielerreichung|aktivzeiten|inaktivzeiten|mausbewegungen|tastaturanschläge|bildschirmzeiten|login-?zeiten|"
    r"online-?zeiten|leerlaufzeiten)"
)
PERSONAL_METRIC = concept(
    rf"\b{_METRIC_EN} of (?:(?:each|every|all|our|the|individual) )*(?:\w+ )?{_WORKER_EN}",
    rf"\b(?:our|the|each|every|all) (?:\w+ )?{_WORKER_EN}['\u2019]s? (?:\S+ )?{_METRIC_EN}\b",
    rf"\b{_METRIC_DE} (?:der|aller|unserer|von|jede[srnm]?|des|einzelner) (?:(?:einzelnen|jeweiligen) )?(?:\S+ )?"
    rf"{_WORKER_DE}",
)
WORK_MONITOR = concept(
    r"\b(?:monitor\w*|measur\w*|scor\w*|rank\w*|"
    r"(?<!monthly )(?<!interest )(?<!exchange )(?<!flat )(?<!tax )(?<!discount )(?<!hourly )(?<!daily )"
    r"(?<!the )(?<!a )rat(?:e|es|ing)|evaluat\w*|assess\w*|"
    r"compliance (?:score|rate)s?|reports? (?:\w+ ){0,3}to (?:their|the) (?:team ?lead|manager|supervisor|boss)|"
    r"analy[sz]\w*|track\w*|compar\w*|dashboards?|leaderboards?|league tables?|scorecards?|heat ?maps?|"
    r"grad(?:e|es|ed|ing)|benchmark\w*|apprais\w*|"
    r"(?:performance|productivity|reliability) (?:index|summar\w*|reports?|profiles?|overviews?))\b",
    r"überwach|auswert|ausgewertet|wertet (?:\S+ ){0,10}aus\b|erfass|mess|bewert|beurteil|ranking|rangliste|"
    r"bestenliste|kontrollier|analysier|vergleicht|protokollier|\btrack|dashboard|ampel|scorecard|heatmap|"
    r"leistungs(?:übersicht|profil|bericht|kurve|index)|zielerreichung",
)
_RATING_EN = (
    r"(?:(?<!satisfaction )(?<!engagement )(?<!survey )(?:rank(?:ing|ings)?|league tables?|leaderboards?|scorecards?|"
    r"scores?|ratings?|grades?)|(?:performance|productivity|reliability|punctuality|behaviou?r) (?:summar(?:y|ies)|"
    r"reports?|reviews?|profiles?|overviews?|scores?|ratings?|index|dashboards?|rankings?)|appraisals?|"
    r"(?<!risk )(?<!safety )(?<!needs )(?<!ergonomic )(?:evaluations?|assessments?)|(?:top|bottom|shame|hit) ?lists?|"
    r"top[- ]?(?:and |& |/ ?)?flop['\"]? ?(?:lists?|rankings?)?|"
    r"lists? (?:of|with) (?:the )?(?:\d+ )?(?:\w+est|least \w+|most \w+|weakest|(?:low|poor|under)[- ]?perform\w*))"
)
_RATING_DE = (
    r"(?:\w*ranking|\w*rangliste|bestenliste|leistungs(?:übersicht|profil|bewertung|beurteilung|bericht|vergleich|"
    r"daten|kurve|index|score)|scorecard|score|bewertung(?:en)?|beurteilung(?:en)?|benotung|noten?|punktzahl|ampel|"
    r"einstufung|top-?\s?(?:/|und|&)?\s?-?flop-?(?:liste|ranking)?)"
)
_VERB_EN = r"(?:rank|rate|score|grade|benchmark|evaluate|assess|appraise)(?:s|es|d|ed|ing)?"
_MODIFIER_EN = r"(?:(?!(?:so|that|and|or|to|for|by|with|of|in|on|at|as|when|if|because|which|who|than)\b)\w+ )?"
# What "which drivers ..." or "welche Agents ..." go on to say when it is about how well each one works;
# "which technician is fastest on site" or "wer am besten passt" is dispatch or skills matching, not a verdict.
_VERDICT_EN = (
    r"(?:worst|slowest|most (?:productive|reliable|efficient|accurate)|least (?:productive|reliable|efficient|"
    r"accurate)|weakest|laziest|sloppiest|most often|least often|too (?:slow\w*|often|many|long|late)|"
    r"(?:come|comes|arrive|arrives|clock\w* in) late|underperform\w*|pull\w* (?:their|his|her) weight|slack\w*|"
    r"fall\w* behind|lag\w* behind|miss\w* (?:their |the )?(?:targets?|quotas?|deadlines?)|(?:make|makes|made) "
    r"(?:the )?(?:most|more|too many|fewest) (?:\S+ )?(?:mistakes|errors|voids|complaints|returns)|(?:take|takes|took) "
    r"(?:the )?(?:most|longest|too many|too long) (?:\S+ )?(?:breaks?|sick days|time|pauses)|(?:get|gets|receive|"
    r"receives) (?:the )?(?:most|worst|fewest|lowest) (?:\S+ )?(?:complaints|ratings?|reviews|stars|scores?))"
)
_VERDICT_DE = (
    r"(?:wie (?:schnell|gut|oft|viel|zuverlässig|genau|lange|pünktlich|produktiv|"
    r"sorgfältig)(?! (?:\S+ ){0,3}(?:vor ort|"
    r"dort|ankomm|erreich|verfügbar))|am (?:langsamsten|häufigsten|seltensten|schlechtesten|zuverlässigsten|"
    r"unzuverlässigsten|produktivsten|fleißigsten|faulsten|pünktlichsten|unpünktlichsten)|zu (?:viele|oft|lange|spät|"
    r"langsam|wenig)|die schlechtesten|die (?:meisten|wenigsten) (?:\S+ )?(?:fehler|reklamation|beschwerde|storn|"
    r"pausen|krankheitstage|fehltage|abschlüsse|tickets|verkäufe|punkte)|unter dem (?:durch)?schnitt|(?:ihre|seine) "
    r"(?:ziele|vorgaben|quote) verfehl|bummel|trödel|schwächel)"
)
_SUPERLATIVE_EN = (
    r"(?:laziest|slowest|worst|weakest|sloppiest|least (?:productive|reliable|efficient)|most (?:productive|reliable|"
    r"efficient|unreliable)|(?:top|under|low|poor|poorest|best|worst)[- ]?performing)"
)
_SUPERLATIVE_DE = (
    r"(?:faulsten|langsamsten|schlechtesten|schwächsten|unzuverlässigsten|zuverlässigsten|produktivsten|"
    r"leistungsstärksten|leistungsschwächsten)"
)
# A ranking, score or verdict tied to named workers: "ranking of all field engineers", "Fahrer-Ranking",
# "rank our nurses by", "spot the laziest pickers", "welche Kassiererin wie schnell scannt".
WORKER_RATING = concept(
    rf"\b{_RATING_EN} (?:of|per|among|across|covering|for (?=each|every|all|individual))(?: (?:each|every|all|our|"
    rf"the|its|their|individual|single|\d+))* (?:\w+ )?{_WORKER_EN}",
    rf"\b{_WORKER_EN}[- ]?(?:performance |productivity )?(?:rankings?|league tables?|leaderboards?|scorecards?|"
    r"scores?|ratings?|appraisals?|evaluations?|assessments?|grades?)\b",
    rf"\b{_VERB_EN} (?:(?:each|every|all|our|the|its|their|individual|\d+) )*{_MODIFIER_EN}{_WORKER_EN}(?!['\u2019])",
    rf"\b{_WORKER_EN} (?:\S+ ){{0,3}}(?:are|is|get|gets|will be|would be) (?:\S+ )?(?:ranked|rated|scored|graded|"
    r"evaluated|assessed|benchmarked|appraised)\b",
    rf"\b(?:which|who among|which of) (?:(?:our|the|its|their|your) )?(?:\w+ )?{_WORKER_EN} (?:\S+ ){{0,3}}"
    rf"(?:the )?{_VERDICT_EN}\b",
    rf"\bthe {_SUPERLATIVE_EN} (?:\w+ )?{_WORKER_EN}",
    rf"\b(?:bossware|(?:employee|staff|worker|workplace) (?:monitoring|surveillance|tracking)|(?:productivity|"
    rf"activity) (?:monitoring|tracking|surveillance) (?:of|for|on) (?:\S+ ){{0,2}}{_WORKER_EN}|(?:monitor|track|"
    rf"surveil)\w* (?:\S+ ){{0,2}}(?:home-?office|remote) {_WORKER_EN})",
    rf"{_RATING_DE} (?:der|aller|unserer|von|pro|je|zu|über|für (?=jede|alle|die einzelnen))(?: (?:alle|die|den|"
    rf"unsere[nr]?|jede[nrms]?|jede[*:_/][rnms]|einzelnen|jeweiligen|\d+))* (?:\S+ )?{_WORKER_DE}",
    r"(?:mitarbeiter|beschäftigten|fahrer|agenten|kollegen|monteur|techniker|kommissionierer|kassierer|entwickler|"
    r"zusteller|kurier|pflegekräfte|handwerker|azubi|außendienstler)(?:innen|en|n|s|e)?-?(?:ranking|rangliste|"
    r"bewertung|beurteilung|scorecard|score|ampel|benotung|vergleich|leistung)|(?:mitarbeiter|beschäftigten|"
    r"homeoffice)-?(?:überwachung|kontrolle)|verhaltenskontroll|leistungs- und verhaltens",
    rf"liste (?:der|mit den) (?:\d+ )?\w+sten (?:\S+ )?{_WORKER_DE}",
    rf"(?:die|den|der) {_SUPERLATIVE_DE} (?:\S+ )?{_WORKER_DE}",
    rf"(?:rankt|bewertet|benotet|beurteilt|vergleicht|stuft) (?:(?:die|alle|unsere|jede[nrs]?|einzelne[nr]?) )*"
    rf"(?:\S+ )?{_WORKER_DE}",
    rf"{_WORKER_DE} (?:nach|anhand|hinsichtlich|gemessen an) (?:\S+ ){{0,4}}(?:ranken|bewerten|benoten|beurteilen|"
    r"einstufen|sortieren|vergleichen|gerankt|bewertet|beurteilt|eingestuft|sortiert|verglichen)\b",
    rf"{_WORKER_DE} (?:\S+ ){{0,4}}(?:werden|wird) (?:\S+ ){{0,3}}(?:gerankt|bewertet|benotet|beurteilt|eingestuft)\b",
    rf"welche[rsnm]? (?:\S+ )?{_WORKER_DE} (?:\S+ ){{0,3}}{_VERDICT_DE}\b",
)
# A group of workers named by how well they work, who then get more or less work: "the slow agents get only
# the simple tickets", "die langsameren Kommissionierer", "den Langsamen weniger Schichten geben".
_PACE_EN = (
    r"(?:slow|slower|slowest|weak|weaker|weakest|lazy|lazier|laziest|sloppy|sloppier|sloppiest|unreliable|"
    r"less reliable|least reliable|poorer|poorest|less productive|least productive|more productive|most productive)"
)
_PACE_DE = (
    r"(?:langsam|schwach|schwäch|faul|unzuverlässig|unpünktlich|schlampig|produktiv|unproduktiv|fleißig)"
    r"(?:er|st)?e[nr]?"
)
PERFORMANCE_GROUP = concept(
    rf"\b(?:the )?{_PACE_EN} (?:\S+ )?{_WORKER_EN}",
    rf"\b{_PACE_DE} (?:\S+ )?{_WORKER_DE}",
    rf"\b(?:die|den) {_PACE_DE} (?:(?:\S+ )?(?:automatisch|dann|nur|bitte|einfach|künftig|eher) )?(?:weniger|mehr|"
    r"bekommen|kriegen|erhalten|nur|keine|sollen|werden)\b",
)


# Figures only the worker sees ("only the employee sees; managers have no access") evaluate no one for the employer.
_SELF_DE = r"(?:" + _WORKER_DE + r"|nutzer\w*|person|er|sie)"
SELF_ONLY = concept(
    r"\bonly (?:the |each )?(?:employee|worker|driver|agent|rep|person|user|staff member|team member|individual|they|"
    r"he|she|he or she)s? "
    r"(?:themsel(?:f|ves) |himself |herself )?(?:can )?(?:sees?|see|view|has access|have access)\b",
    r"\b(?:only|solely) (?:visible|available|accessible|shown) to (?:the |each )?(?:employee|worker|driver|agent|"
    r"individual|user|them|themselves)",
    r"\b(?:managers?|supervisors?|team ?leads?|hr|the employer|management) (?:\w+ )?(?:ha(?:ve|s)|gets?|will have) "
    r"no access|\bnot (?:shared|passed on|visible|reported|sent|shown) (?:\w+ )?(?:with|to) (?:the )?(?:managers?|"
    r"management|supervisors?|team ?leads?|hr|the employer|employer)|(?:data|results|figures|scores?|feedback) "
    r"stays? (?:only )?(?:private|with the (?:employee|worker|driver|agent|user|individual))",
    rf"(?:sieht|sehen) nur (?:der |die |das )?(?:jeweilige[nr]? )?{_SELF_DE}(?: selbst)?\b|nur (?:der |die )?"
    rf"(?:jeweilige[nr]? )?{_SELF_DE} selbst (?:sieht|sehen|einsehen)|(?:vorgesetzte|führungskr\w*|teamleit\w*|chef\w*|"
    r"personalabteilung|hr) (?:\S+ ){0,2}(?:haben|hat|bekommen|bekommt|erhalten|erhält) keinen? (?:zugriff|einblick|"
    r"einsicht)|(?:wird|werden) nicht an (?:\S+ ){0,2}(?:vorgesetzte|führungskr|teamleit|personalabteilung|hr|"
    r"arbeitgeber)\w* (?:weitergegeben|gemeldet|übermittelt|geschickt)|bleib\w* (?:\S+ ){0,2}bei (?:der|dem|den) "
    r"(?:\S+ )?(?:mitarbeit|fahrer|beschäftigt|nutzer|person)",
    raw=True,
)
# Reviews *of the employer* (kununu, Glassdoor) and scores of motorists or policyholders are not staff ratings.
NOT_STAFF_RATING = concept(
    r"\b(?:glassdoor|employer (?:reviews?|ratings?|branding)|as an employer|(?:car|motor|vehicle|auto) insurance|"
    r"pay[- ](?:as|how)[- ]you[- ]drive|telematics (?:tariffs?|polic(?:y|ies)|insurance)|policyholders?|"
    r"learner drivers|young drivers|(?:car ?sharing|rental car) customers?)\b",
    r"kununu|arbeitgeberbewertung|als arbeitgeber|kfz-?versicher|autoversicher|telematik-?tarif|"
    r"versicherungsnehmer|fahrschüler|fahranfänger|(?:carsharing|mietwagen)-?kunden",
)
