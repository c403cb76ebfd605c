"""Extra Art. 5 vocabulary: deception, pressure on children to buy, face databases, civic behaviour.

Each concept names a *technique* or *source* the prohibited practices are built from, so rules can
combine them (deception + a harmful decision; pressure + a child + a purchase) instead of
matching one alarming word.
"""

from __future__ import annotations

from triage.patterns import concept

# Art. 5(1)(a): deceptive techniques that push people into decisions they would not take.
DECEPTION = concept(
    r"\b(?:pretend\w* to be|impersonat\w*|pos(?:e|es|ing) as|"
    r"(?:fake|false|invent\w*|fabricat\w*|artificial) (?:\S+ ){0,3}(?:deadlines?|urgency|scarcity|pressure|"
    r"countdowns?|threats?)|scare tactics|fear[- ]?mongering)\b",
    r"(?:gibt|geben) sich (?:\w+ ){0,3}als|ausgeben als|vortäusch|"
    r"(?:künstlich|falsch|erfunden|fingiert)\w* (?:\w+ ){0,2}(?:zeitdruck|verknappung|dringlichkeit|countdown|"
    r"frist|drohung)|angstmacherei",
)
HARMFUL_DECISION = concept(
    r"\b(?:sign\w*|contracts?|invest\w*|buy\w*|purchas\w*|pay\w*|transfer\w* (?:\w+ ){0,2}money|"
    r"subscri\w*|loans?|savings|premium|bundles?|add-ons?|upgrades?)\b",
    r"unterschreib|vertr[aä]g|investier|kauf|käuf|zahl|überweis|abschließ|abo\b|kredit|erspartes",
    raw=True,
)

# Art. 5(1)(b): emotional pressure on children or other vulnerable people to pay.
EMOTIONAL_PRESSURE = concept(
    r"\b(?:guilt\w*|emotional(?:ly)? (?:pressure|blackmail\w*)|cries|crying|starts? to cry|gets? sad|"
    r"sad face|begs?|begging|nag\w*|shame\w*|boosts? conversion)\b",
    r"schuldgefühl|emotional\w* (?:druck|erpress)|weint|traurig wird|bettelt|quengel|beschäm",
)
PURCHASE = concept(
    r"\b(?:buy\w*|purchas\w*|gems?|coins?|loot ?box\w*|in-app|upgrades?|subscri\w*|premium|gem packs?|"
    r"pay(?:s|ing)? for)\b",
    r"kauf|käuf|abo\b|premium|münzen|edelsteine|bezahl",
    raw=True,
)

# Art. 5(1)(e): building a face database from images collected without a target.
FACE_DB = concept(
    r"\b(?:face (?:search|database|db|index|library)|facial (?:database|recognition database)|"
    r"database of faces|face ?print database)\b",
    r"gesichtsdatenbank|gesichter-?datenbank|gesichtersuche|datenbank (?:\w+ ){0,2}gesichter",
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

# Art. 5(1)(c): everyday social behaviour of citizens (outside the context being decided).
CIVIC_BEHAVIOUR = concept(
    r"\b(?:volunteer\w*|parking tickets?|traffic fines?|library (?:books|fines)|littering|jaywalking|"
    r"recycling behaviou?r|social behaviou?r|good behaviou?r|neighbou?rhood behaviou?r|church attendance|"
    r"(?:bin|recycling|waste) (?:sorting )?rules|noise complaints?|good neighbou?r)\b",
    r"ehrenamt|knöllchen|strafzettel|bußgeld|mülltrennung|sozialverhalten|wohlverhalten|ruhestörung|"
    r"verhalten (?:in der|im) (?:nachbarschaft|alltag|verein)",
)

# Art. 5(1)(d) and Annex III 6: crime risk, personality, victims, polygraphs, evidence, profiling.
CRIME = concept(
    r"\b(?:commit\w* (?:a )?crimes?|criminal\w*|offen[dc]\w*|re-?offend\w*|recidiv\w*|shoplift\w*|steal\w*|"
    r"theft|burglar\w*|violent|terroris\w*|crimes?|drug[- ]deal\w*|end up (?:dealing|in (?:jail|prison|gangs?))|"
    r"gang members?)\b",
    r"straftat|kriminell|rückfall|ladendieb|diebstahl|einbruch|gewalttät|delikt|straffällig|drogenhandel|dealen",
)
PREDICT = concept(
    r"\b(?:predict\w*|forecast\w*|estimat\w*|assess\w*|scor\w*|flag\w*|identif\w*|calculat\w*|risk|"
    r"(?:says?|tells?) (?:us )?(?:which|who)|will (?:probably|likely))\b",
    r"vorhersag|prognos|einschätz|bewert|erkenn|berechn|risiko",
)
PERSONALITY = concept(
    r"\b(?:personality|traits?|profil\w*|appearance|looks|ethnic\w*|background|neighbou?rhood|demographic\w*|"
    r"origin|nationality|how (?:they|he|she|people|someone) looks?|cloth\w*|outfits?)\b",
    r"persönlichkeit|merkmal|aussehen|herkunft|wohngegend|nationalität|charakter|kleidung",
)
VICTIM = concept(r"\bvictims?\b", r"opfer")
LIE = concept(r"\b(?:polygraph|lie detect\w*|deception|lying|fibbing|tell\w* the truth)\b",
    r"lügen|\blügt|lügendetekt|täuschungserkenn|flunker|schwindel|die wahrheit sag",
)
EVIDENCE = concept(r"\bevidence\b", r"beweis")
INVESTIGATE = concept(
    r"\b(?:profil\w*|investigat\w*|suspicious|flag\w* (?:\w+ ){0,3}(?:people|persons|individuals|passengers|"
    r"travell?ers|visitors|suspects))\b",
    r"profil|ermittlung|verdächtig|auffällig",
)
