"""Extra employment vocabulary (Annex III 4): strong work decisions, per-person monitoring, denials.

Annex III 4(b) is about decisions on *individual* workers. A decision word such as "dismissal"
already implies a worker, so it needs no separate subject; monitoring needs a per-person cue
("per agent", "jedes Mitarbeiters") to separate it from aggregate workload figures. An explicit
denial ("it doesn't assess anyone") keeps admin helpers in recruiting out of 4(a).
"""

from __future__ import annotations

from triage.patterns import concept

EMPLOY_STRONG = concept(
    r"\b(?:who (?:should|will|gets?|to) (?:be )?(?:promoted|fired|dismissed|let go|laid off)|"
    r"promotions? (?:decisions?|candidates?|rounds?)|(?:people|staff|employees|positions|jobs|headcount) to cut|"
    r"cut (?:\w+ ){0,2}(?:jobs|positions|staff|people|headcount)|dismissals?|terminations? of|layoffs?|"
    r"redundancies|made redundant|disciplinary)\b",
    r"beförderungsentscheid|beförderungsrunde|"
    r"beförderung\w* (?:\w+ ){0,2}(?:auf|zu[mr]?|in) (?:\w+ ){0,2}(?:posten|position|stelle|"
    r"teamleit|führung)|abmahnung|stellenabbau|personalabbau|betriebsbedingt|"
    r"wer (?:\w+ ){0,2}(?:befördert|entlassen|gekündigt)|(?:befördert|entlassen) werden|sozialauswahl|"
    r"stellen (?:\S+ ){0,3}abbau|wer (?:\w+ ){0,2}gehen muss",
)
PER_PERSON = concept(
    r"\b(?:per (?:agent|employee|worker|person|rep|driver|nurse|picker|courier|head|team member)|"
    r"(?:each|every|individual) (?:agent|employee|worker|rep|driver|nurse|picker|courier|team member|"
    r"staff member|colleague)s?'?|by name)\b",
    r"(?:pro|je) (?:mitarbeiter|person|agent|fahrer|kopf|beschäftigt)|jede[sr]? (?:einzelnen )?(?:mitarbeiter|"
    r"beschäftigt|fahrer|agent|kolleg|pflegekr)|einzeln\w* (?:mitarbeiter|beschäftigt)|namentlich",
)
WORK_MONITOR = concept(
    r"\b(?:monitor\w*|measur\w*|scor\w*|rank\w*|rat(?:e|es|ing)|evaluat\w*|assess\w*|"
    r"compliance (?:score|rate)s?|reports? (?:\w+ ){0,3}to (?:their|the) (?:team ?lead|manager|supervisor|boss))\b",
    r"überwach|auswert|erfass|mess|bewert|beurteil|ranking|rangliste|kontrollier",
)
NO_EVALUATION = concept(
    r"\b(?:doesn't|does not|won't|will not|never|no one is|nobody is) (?:\w+ )?(?:assess|evaluat|rank|scor|"
    r"rat(?:e|es)\b|filter|select|screen|judg)",
    r"\b(?:without (?:any )?|no )(?:assessment|evaluation|ranking|scoring|selection)\b",
    r"keine (?:bewertung|auswahl|vorauswahl|beurteilung|einstufung)|(?:bewertet|beurteilt) (?:\w+ ){0,2}(?:nicht|"
    r"niemand\w*)|"
    r"ohne (?:bewertung|auswahl|beurteilung)",
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
    r"match(?:es|ing)?|predict\w*)\b",
    r"bewert|beurteil|sortier|filter|rank|vorauswahl|auswähl|wählt|lehnt|einlad|punktzahl|\bscor",
)
AD_WORDING = concept(
    r"\b(?:wording|gendered|inclusive language|spelling|grammar|tone of (?:the )?(?:ads?|postings?))\b",
    r"formulierung|wortwahl|gendergerecht|rechtschreib|grammatik",
)
RECRUIT_ADMIN = concept(
    r"\b(?:schedul\w*|book\w* (?:\w+ ){0,2}(?:rooms?|slots?|appointments?)|calendar|logistics|"
    r"travel (?:expenses|arrangements)|onboarding paperwork)\b",
    r"termin(?:e|vereinbar|koordinat|planung|abstimm)|raumbuchung|kalender|reisekosten|anreise",
)
