"""Art. 5(1)(c) and (d) vocabulary: civic behaviour and what a social score costs people, conduct towards one
service passed on to landlords or employers, crime-risk traits and the people these rules are about.

Split from `triage.concepts_art5` (manipulation and exploitation, Art. 5(1)(a)-(b)) so each module stays small.
The crime, victim, lie-detection, evidence and profiling concepts are shared with the Annex III 6 and 7 rules.
"""

from __future__ import annotations

from triage.patterns import concept

# Art. 5(1)(c): everyday social behaviour of citizens (outside the context being decided).
CIVIC_BEHAVIOUR = concept(
    r"\b(?:volunteer\w*|parking tickets?|traffic fines?|library (?:books|fines)|littering|jaywalking|"
    r"recycling behaviou?r|social behaviou?r|good behaviou?r|neighbou?rhood behaviou?r|church attendance|"
    r"(?:bin|recycling|waste) (?:sorting )?rules|noise complaints?|good neighbou?r)\b",
    r"ehrenamt|knöllchen|strafzettel|bußgeld|mülltrennung|sozialverhalten|wohlverhalten|ruhestörung|"
    r"verhalten (?:in der|im) (?:nachbarschaft|alltag|verein)",
)

# --- Art. 5(1)(c): more civic conduct, and more ways of saying the score costs people something --
CIVIC_MORE = concept(
    r"\b(?:parking (?:violations?|offen[cs]es?)|illegal(?:ly)? park\w*|noise (?:complaints?|nuisance)|"
    r"(?:what|whatever) (?:\w+ ){0,2}(?:post|share)\w* (?:online|about themselves)|"
    r"(?:their|his|her) (?:online )?posts|leisure activit\w*|hobbies|"
    # conduct towards the municipality and its services: unpaid local dues, fare dodging, truancy, public order
    r"fare[- ]dodg\w*|fare evasion|dog (?:tax|licen[cs]es?)|"
    r"unpaid (?:\w+ )?(?:council tax|dog tax|local tax\w*|fees|fines|tickets|charges|dues)|"
    r"(?:council|local) tax arrears|"
    r"truan\w*|skipp\w* school|anti-?social behaviou?r|public order offen[cs]es|"
    r"(?:complaints?|reports?) (?:from|by) (?:the )?neighbou?rs|neighbou?r(?:hood)? (?:disputes?|complaints?|"
    r"quarrels?)|(?:breach\w*|violat\w*|break\w*) (?:of )?(?:the )?house rules|"
    r"house[- ]rule (?:breaches|violations)|"
    # religious practice and what neighbours pass on about a family: private life, not the service decided
    r"church[- ]?going|(?:church|mass|mosque|synagogue|worship) attendance|(?:attend\w*|go\w*|turn\w* up) "
    r"(?:to )?(?:church|mass|sunday services?|the mosque|(?:the )?synagogue|friday prayers?)|"
    r"(?:tips?|tip-offs?|hints?|gossip|observations?|information|word) (?:from|by) (?:the )?neighbou?r(?:s|hood)|"
    r"what (?:the )?neighbou?rs (?:say|report|tell))\b",
    r"falschpark|parkverst[oö]ß|parksünd|lärmbeschwerd|lärmbeläst|online über sich|"
    r"(?:ihre[nm]?|seine[nm]?|deren) (?:\w+ )?posts|freizeitaktivit|hobbys|"
    r"schwarzfahr|hundesteuer|"
    r"(?:offene|unbezahlte|ausstehende|rückständige)[nr]? (?:\S+ )?(?:gebühr|steuer|bußgeld|strafzettel|knöllchen|"
    r"abgabe|forderungen der stadt)|schulschwänz|schwänzen|ordnungswidrigkeit|"
    r"(?:beschwerden|anzeigen|meldungen) (?:von|der|aus der) (?:\S+ )?nachbar|nachbarschaftsstreit|"
    r"verst[oö]ß\w* gegen die hausordnung|hausordnungsverst[oö]ß|"
    r"gottesdienst|kirchgang|kirchgäng|kirchenbesuch|messbesuch|moscheebesuch|synagogenbesuch|freitagsgebet|"
    r"(?:hinweise|tipps|beobachtungen|angaben|aussagen|gerede|klatsch|berichte)\w* (?:von|der|aus der) (?:\S+ )?"
    r"nachbar|was (?:die )?nachbarn (?:sagen|berichten|erzählen|melden)",
)
TREATMENT = concept(
    r"\b(?:(?:slip|slid|drop|mov|fall|fell|push)\w* (?:\S+ ){0,4}(?:down|back|to the (?:back|bottom|end))|"
    # a worse place in a queue or list, however people get there: "go to the back of the repair queue"
    r"(?:to|at|in|into) the (?:very )?(?:back|bottom|end|tail) of (?:the |every |each |any |a )?(?:\S+ )?(?:queues?|"
    r"lines?|lists?|waiting lists?|piles?|rota|rankings?)|last in (?:the )?(?:\S+ )?(?:line|queue)|"
    r"no longer (?:\w+ ){0,2}(?:book|rent|buy|order|use|access|fly|travel|enter|open|get|receive|borrow|join)|"
    r"can(?:no|')t (?:\w+ ){0,2}(?:book|rent|buy|order|access|fly|enter|join|borrow)\w* "
    r"(?:\S+ ){0,4}any ?(?:more|longer)|"
    r"lower priority|deprioriti[sz]\w*|higher (?:fees|prices|deposits)|"
    r"(?:social|council|public) housing|(?:daycare|nursery|kindergarten|school) places?|(?:lease|contract) renewals?|"
    r"(?:gets?|receives?|will get|are offered|is offered) no|(?:they|he|she|who|people|tenants?|customers?|users?|"
    r"applicants?|citizens?|residents?|guests?) (?:won't|don't|doesn't|do not|does not|will not) get)\b",
    r"(?:rutsch|komm|kommt|rück|wander|fall|fäll|setz|stuf|reih|landet)\w* (?:\S+ ){0,5}(?:nach (?:hinten|unten)|"
    r"ans ende)|nach (?:hinten|unten) (?:gestuft|gereiht|gesetzt|rutsch)|"
    r"(?:bekomm|bekommt|erhält|erhalt)\w* (?:\S+ )?kein|vertragsverlängerung|mietverlängerung|"
    r"(?:kein\w*|nicht|nirgends|nirgendwo) (?:\S+ ){0,3}mehr (?:\S+ )?(?:buchen|mieten|kaufen|bestellen|nutzen|"
    r"teilnehmen|einkaufen|reisen|einchecken|betreten|eröffnen|bekommen|erhalten|leihen|abschließen)|"
    r"(?:am|ans) (?:ende|schluss) der (?:\S+ )?(?:warteschlange|schlange|liste|warteliste|reihe)|"
    r"hinten in der (?:\S+ )?(?:warteschlange|schlange|liste|warteliste|reihe)|"
    r"(?:zuletzt|als letzte\w*) (?:\S+ )?(?:dran|bedient|bearbeitet|berücksichtigt)|"
    r"nachrangig|zurückgestellt|zurückgestuft|hinten anstellen|höhere (?:gebühren|preise|kaution)|"
    r"sozialwohnung|wohnberechtigung|kita-?pl[aä]tz|betreuungspl[aä]tz|schulpl[aä]tz|"
    r"(?:städtisch|kommunal|gemeindeeigen)\w* (?:wohnung|leistung|zuschüss|zuschuss|förder|angebot|dienst|termin)|"
    r"gemeindewohnung|sozialleistung|wohngeld|genehmigung\w* (?:\S+ ){0,2}(?:schneller|langsamer|später|bevorzugt)|"
    r"(?:municipal|council|city|public) (?:flats|homes|apartments|services|benefits|grants|subsid\w*|permits|"
    r"appointments)|housing benefits?|(?:benefit|permit|grant) (?:applications|decisions|approvals)",
    raw=True,
)
LOW_SCORE = concept(
    r"\b(?:low (?:scores?|ratings?|points)|(?:few|too few) points|scores? (?:too |very )?(?:low|badly|poorly)|"
    r"bad scores?|poor(?:ly)? (?:scor|rat)\w*)\b",
    r"schlecht abschneid|wenig(?:e|en)? punkte|niedrige[nmr]? (?:score|punkt|wert)|schlechte[nmr]? (?:score|wert)",
)

# Art. 5(1)(c)(i): how people behaved towards one service (ratings *of* them, no-shows, disputes, complaints), and
# that record passed to others who decide about them in an unrelated area (a flat, a job, insurance, a loan).
# raw: "riders who don't show up", "Kunden, die nicht erscheinen" are themselves negations.
SERVICE_CONDUCT = concept(
    r"\b(?:no[- ]shows?|(?:don't|do not|didn't|did not|never|fail\w* to) (?:show|turn) up|(?:late |last-minute )?"
    r"cancell?ations?|cancel\w* late|(?:payment|billing|fare) disputes?|(?:argu|disput)\w* (?:about |over )?(?:\w+ )?"
    r"(?:fees|fares|bills|charges|prices)|damag\w* (?:\S+ )?(?:cars?|bikes?|scooters?|vehicles?|rooms?|flats?|"
    r"apartments?|property)|complaints? (?:about|against) (?:\S+ ){0,2}"
    r"(?:passengers|riders|guests|customers|members|users|tenants|neighbou?rs)|"
    r"(?:ratings?|reviews?|feedback) (?:of|about|on) (?:\S+ ){0,2}(?:passengers|riders|guests|customers|members|users|"
    r"buyers|shoppers|diners|patients|visitors)|behaviou?r(?:al)? (?:data|scores?|history|records?|profiles?))\b",
    r"no-?shows?|nicht ?erschein|stornier|reklamier|reklamation|zahlungsstreit|beschädig|"
    r"verhaltensdaten|verhaltensscore|bewertung\w*,? (?:\S+ ){0,4}(?:über|von|für) (?:\S+ )?(?:gäste|fahrgäste|kund|"
    r"mitglieder|nutzer|käufer|mitfahrer|besucher)",
    raw=True,
)
_DECIDERS = (
    r"(?:landlords?|letting agents?|property (?:managers?|companies)|housing (?:companies|associations)|employers?|"
    r"recruiters?|hr (?:departments?|teams?)|hiring managers?|insurers?|insurance (?:companies|firms)|banks?|lenders?|"
    r"authorit(?:y|ies)|other (?:companies|businesses|platforms)|third parties|vermieter|hausverwalt|makler|"
    r"wohnungs(?:gesellschaft|unternehmen|baugesellschaft)\w*|arbeitgeber|personalabteilung|personaler|versicherer|"
    r"versicherung(?:en)?\b|banken|kreditgeber|behörden|andere[nm]? (?:unternehmen|firmen|plattformen)|dritte\b)"
)
OUTSIDE_USE = concept(
    r"\b(?:sell|sold|licen[cs]|shar|pass|offer|provid|giv|hand|market|suppl|feed|send|open|mak\w* (?:\S+ ){0,3}"
    rf"available)\w*(?: \S+){{0,8}} (?:to|with) (?:\S+ ){{0,3}}{_DECIDERS}",
    rf"\b{_DECIDERS}(?: \S+){{0,5}} (?:can |could |may |will |to )?(?:query|look up|check|access|buy|pull|consult|"
    r"screen|vet)\w*",
    rf"\ban (?:\S+ ){{0,2}}{_DECIDERS}(?: \S+){{0,4}} (?:verkauf|weitergeb|weiterzugeb|lizenzier|liefer|übermittel|"
    r"geben|vermarkt|anbiet|anzubiet)",
    rf"{_DECIDERS}(?: \S+){{0,5}} (?:abfrag|einseh|kauf|zugreif|abruf|prüf)",
    # screening people of another context: tenants, job candidates
    r"\b(?:screen|vet|filter|reject|turn down|weed out)\w* (?:\S+ ){0,3}(?:tenants|renters|job (?:candidates|"
    r"applicants|seekers)|applicants|candidates)\b|(?:mieter|bewerber|kandidat|mietinteressent)\w*(?: \S+){0,3} "
    r"(?:auszuwählen|auswählen|aussieben|zu prüfen|screenen|abzulehnen|ablehnen|filtern)",
)
# A score named by a compound ("Vertrauensscore", "Kunden-Score", "trust-score", "Bürgerwert") or built per person
# ("pro Person einen Wert bilden", "one number per resident").
SCORE_COMPOUND = concept(
    r"\w-?(?:scores?|ratings?)\b|\b(?:demerit|merit|penalty|behaviou?r|conduct|trust|reputation) points\b|"
    r"\bpoints? (?:system|account|balance|tally)\b|"
    r"\b(?:a|one|single) (?:\w+ )?(?:score|number|value|figure|grade|index|rating|rank) (?:per|for each|for every|"
    r"on each|on every) (?:person|citizen|resident|household|tenant|family|individual|inhabitant)\b|"
    r"\bper-(?:person|citizen|resident|household) (?:scores?|ratings?|values?|grades?)\b",
    r"\w-?score\b|(?:bürger|einwohner|bewohner|personen|sozial|vertrauens|verhaltens|zuverlässigkeits|mieter|"
    r"anwohner)-?(?:wert|punkte?|punktzahl|punktestand|index|note|kennzahl|rang|rating|ranking)\b|punktekonto|"
    r"punktesystem|punktestand|minuspunkt|pluspunkt|strafpunkt|maluspunkt|bonuspunkt|"
    r"(?:pro|je|für jede[nrs]?) (?:person|bürger\w*|einwohner\w*|kopf|haushalt|mieter\w*|bewohner\w*|familie) "
    r"(?:\S+ ){0,3}(?:\w*wert|\w*score|\w*punkt\w*|\w*index|\w*note|kennzahl)\b",
)
# A score of citizens as such names social scoring by itself, like "social score": "Bürgerwert", "resident score".
CIVIC_SCORE_TERM = concept(
    r"\b(?:citizen (?:points|grades?|rankings?|values?|index)|resident scores?|good[- ]citizen (?:scores?|points|"
    r"ratings?|index)|citizenship scores?)\b",
    r"bürger-?(?:wert|punkte|punktzahl|punktestand|index|note|ranking|rating)\b|einwohner-?(?:score|wert|punkte|"
    r"punktzahl|index|note|ranking|rating)\b|sozialscore|sozial-score",
)

# --- people the Art. 5(1)(c)/(d) rules are about, beyond the shared subject concepts -------------
PEOPLE_MORE = concept(
    r"\b(?:youths?|young (?:people|men|women|adults)|teenagers?|minors|juveniles?|folks|households?|"
    r"locals|neighbou?rs|attendees?|fans|tourists|whoever|(?:anyone|everyone|those) (?:who|with)|families|parents|"
    # people on board or crewing a ship, plane or train (seafarers, cabin crew): a crime-risk score per crew member
    r"seafarers?|seam[ae]n|sailors?|mariners?|deckhands?|crew ?members?|(?:ship's|cabin|flight|train) crews?|"
    r"crews|stewardess\w*|flight attendants?|dock ?workers?|"
    r"longshorem[ae]n|stevedores?|labou?rers?|builders|construction crews?|farmhands?|day labou?rers?)\b",
    r"jugendlich|heranwachsend|teenager|\bleute\b|haushalt|nachbar|\bfans\b|touristen|minderjährig|\bwer\b|"
    r"\bfamilien\b|\beltern\b|"
    r"seeleute|seemann|seefahrer|seefahrende|matros|besatzung|\bcrew|schiffsmannschaft|bordpersonal|flugbegleit|"
    r"hafenarbeit|schauerleute|"
    # manual and site workers: "Bauarbeiter", "Leiharbeiterinnen", "Arbeitskräfte", "Erntehelfer", "labourers"
    r"arbeiter(?:in|innen|n|s)?\b|arbeitskr[aä]ft|handwerker|tagelöhner|erntehelfer|saisonkr[aä]ft|"
    r"saisonarbeit|hilfsarbeit",
)

# Art. 5(1)(d) and Annex III 6: crime risk, personality, victims, polygraphs, evidence, profiling.
CRIME = concept(
    r"\b(?:commit\w* (?:a )?crimes?|criminal\w*|offen[dc]\w*|re-?offend\w*|recidiv\w*|shoplift\w*|steal\w*|"
    r"theft|burglar\w*|violent|terroris\w*|crimes?|drug[- ]deal\w*|end up (?:dealing|in (?:jail|prison|gangs?))|"
    r"gang members?|vandal\w*|pickpocket\w*|robber\w*|mugg(?:ing|ers?)|assault\w*|arson\w*|fare[- ]dodg\w*|"
    r"fare evasion|thie(?:f|ves|very|ving)|pilfer\w*|embezzl\w*|smuggl\w*|"
    # everyday words for stealing: "walk out without paying", "five-finger discount", "sticky fingers"
    # ("without" is kept by negation masking, the words after it are not)
    r"(?:walk|walks|walked|walking|sneak\w*|slip\w*) out (?:of (?:the |a )?\w+ )?without\b|"
    r"(?:leave|leaves|left|leaving) the (?:shop|store|supermarket|premises|till|checkout) without\b|"
    r"five[- ]finger discounts?|light[- ]fingered|sticky[- ]fingered|sticky fingers|"
    r"(?:nick|pinch|swip|pocket)(?:s|es|ed|ing|e)? (?:stuff|things|items|goods|products|merchandise|tools|"
    r"materials))\b",
    # "Ladendiebstahl", "etwas mitgehen lassen", "lange Finger machen", "stibitzen", "entwenden"
    r"diebstahl|ladendieb|mitgehen (?:zu )?(?:lass|läss|ließ|gelassen)|lange finger|stibitz|entwend|"
    r"(?:den laden|das geschäft|den markt|die filiale|den supermarkt) (?:\S+ )?verlass\w*,? ohne\b|"
    r"straftat|kriminell|rückfall|\bdieb|\bklau(?:en|t|te|ten|er|erei\w*)\b|geklaut|einbruch|gewalttät|delikt|"
    r"straffällig|drogenhandel|dealen|"
    r"vandalismus|randalier|\braub|überfall|körperverletz|brandstift|sachbeschädig|schwarzfahr|taschendieb|"
    r"stiehlt|stehlen|unterschlag|veruntreu|schmuggel",
)
PREDICT = concept(
    r"\b(?:predict\w*|forecast\w*|estimat\w*|assess\w*|scor\w*|flag\w*|identif\w*|calculat\w*|risk|"
    r"(?:says?|tells?) (?:us )?(?:which|who)|will (?:probably|likely)|likelihood|probabilit\w*|prone to|"
    r"(?:who|which \w+|whether) (?:\S+ ){0,4}(?:is|are) (?:\w+ )?(?:most |more )?likely to)\b",
    r"vorhersag|prognos|schätz|bewert|erkenn|berechn|risiko|wahrscheinlichkeit|"
    r"(?:wer|welche\w*|ob) (?:\S+ ){0,4}(?:wahrscheinlich|eher|vermutlich)|neig\w* zu",
)
PERSONALITY = concept(
    r"\b(?:personality|traits?|profil\w*|appearance|looks|ethnic\w*|background|neighbou?rhood|demographic\w*|"
    r"origin|nationality|how (?:they|he|she|people|someone) looks?|cloth\w*|outfits?|citizenship|"
    r"migration background|post ?codes?|zip codes?|districts?|where (?:they|people|someone|he|she) lives?|"
    # age as one item in a list of personal inputs: "from age, postcode and ...", "gender and age"
    r"ages?(?=,| (?:and|or|plus|&) )|(?<=, )ages?|(?<=and )ages?|(?<=or )ages?)\b",
    r"persönlichkeit|merkmal|aussehen|herkunft|wohngegend|nationalität|charakter|kleidung|staatsangehörig|"
    r"staatsbürgerschaft|migrationshintergrund|wohnviertel|stadtviertel|stadtteil|postleitzahl|wohnort|\bplz\b|"
    r"\balter\b(?=,| (?:und|oder|sowie|plus|&) )|(?<=, )alter\b|(?<=und )alter\b|(?<=oder )alter\b",
)
# Personal circumstances a crime-risk profile is built from (Art. 5(1)(d) "profiling"), not facts of an offence.
CIRCUMSTANCES = concept(
    r"\b(?:debts?|indebted\w*|(?:wage )?garnish\w*|(?:family|marital|financial|personal|housing|living) "
    r"(?:situation|status|circumstances|background|problems|troubles|difficulties)|credit (?:history|scores?|ratings?)|"
    r"personality tests?|psychometric\w*|temperament|character traits?|lifestyle|social circle|"
    r"who (?:they|he|she) (?:hangs? out|spends? time) with)\b",
    r"schulden|verschuldung|lohnpfändung|pfändung|familienstand|familiensituation|famili\w* (?:situation|"
    r"verhältnisse|umstände|hintergrund)|finanziell\w* (?:situation|lage|verhältnisse|probleme|sorgen)|"
    r"privatinsolvenz|lebensumstände|lebensverhältnisse|persönlich\w* (?:umstände|verhältnisse|situation)|"
    r"freundeskreis|bonität|schufa|persönlichkeitstest|charakterzüg|temperament|lebensstil",
)
VICTIM = concept(
    r"\b(?:victims?|(?:be|being|get|getting) (?:\w+ )?targeted by|fall(?:ing)? prey|at risk of being (?:\w+ )?"
    r"(?:robbed|scammed|attacked|defrauded|abused))\b",
    r"opfer|geschädigt werden|zielscheibe",
)
LIE = concept(
    r"\b(?:polygraph|lie detect\w*|deception|lying|fibbing|tell\w* the truth)\b",
    r"lügen|\blügt|lügendetekt|täuschungserkenn|flunker|schwindel|die wahrheit sag",
)
EVIDENCE = concept(r"\bevidence\b", r"beweis")
INVESTIGATE = concept(
    r"\b(?:profil\w*|investigat\w*|suspicious|flag\w* (?:\w+ ){0,3}(?:people|persons|individuals|passengers|"
    r"travell?ers|visitors|suspects))\b",
    r"profil|ermittlung|verdächtig|auffällig",
)
