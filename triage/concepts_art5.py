"""Extra Art. 5(1)(a)-(d) vocabulary: deception, subliminal stimuli, pressure at weak moments, exploiting
vulnerable people, civic behaviour and what a social score costs people, conduct towards a service passed on to
landlords or employers, crime-risk traits.
The biometric practices (e)-(h) have their vocabulary in `triage.concepts_art5_biometric`.

Each concept names a *technique*, *source* or *consequence* the prohibited practices are built from,
so rules can combine them (a stimulus too brief to notice + played to people + steering a purchase;
pressure + a child + a purchase) instead of matching one alarming word.
"""

from __future__ import annotations

from triage.patterns import concept

# Art. 5(1)(a): deceptive techniques that push people into decisions they would not take.
DECEPTION = concept(
    r"\b(?:pretend\w* to be|impersonat\w*|pos(?:e|es|ing) as|"
    r"(?:fake|false|invent\w*|fabricat\w*|artificial) (?:\S+ ){0,3}(?:deadlines?|urgency|scarcity|pressure|"
    r"countdowns?|threats?)|scare tactics|fear[- ]?mongering|"
    r"(?:fake|bogus|made-up|phony|phoney|fictitious|sham) (?:\S+ ){0,5}(?:offers?|deals?|discounts?|rates?|timers?|"
    r"ends? in|expir\w*|limited|last chance|stock|(?:only )?\d+ left|sold out|sales?))\b",
    r"(?:gibt|geben) sich (?:\w+ ){0,3}als|ausgeben als|vortäusch|"
    r"(?:künstlich|falsch|erfunden|fingiert)\w* (?:\w+ ){0,2}(?:zeitdruck|verknappung|dringlichkeit|countdown|"
    r"frist|drohung)|angstmacherei|"
    r"(?:gefälscht|fingiert|vorgetäuscht|erfunden|fake)\w* (?:\S+ ){0,4}(?:countdown|timer|frist|angebot|rabatt|"
    r"knappheit|verknappung|restbestand|zeitdruck|dringlichkeit|ablauf)",
)
HARMFUL_DECISION = concept(
    r"\b(?:sign\w*|contracts?|invest\w*|buy\w*|purchas\w*|pay\w*|transfer\w* (?:\w+ ){0,2}money|"
    r"subscri\w*|loans?|savings|premium|bundles?|add-ons?|upgrades?|instal?lment\w*|credit cards?|donat\w*|"
    r"direct debits?|standing orders?|pledg\w*|(?:raise|increase|up|double)\w* (?:their|the|his|her) (?:\w+ ){0,2}"
    r"(?:debit|donation|gift|contribution|amount|limit|instal?lment|rate))\b",
    r"unterschreib|vertr[aä]g|investier|kauf|käuf|zahl|überweis|abschließ|abo\b|kredit|erspartes|spende|"
    r"lastschrift|dauerauftrag|beitr[aä]g\w* (?:\S+ ){0,2}erhöh|erhöh\w* (?:\S+ ){0,3}(?:beitrag|betrag|spende|rate|"
    r"limit|lastschrift)",
    raw=True,
)
# Art. 5(1)(b): a harder sales approach aimed at the people found to be vulnerable.
HARD_SELL = concept(
    r"\b(?:push(?:y|ier|iest)|hard[- ]sell\w*|high[- ]pressure|(?:more |most |increasingly )?(?:aggressive|insistent|"
    r"forceful)(?:ly)? (?:\w+ ){0,3}(?:to (?:close|sell|convert|get)|scripts?|pitch\w*|sales|selling|tone|offers?|"
    r"upsell\w*|approach|tactics|closing)|(?:scripts?|pitch|tone|approach|agents?|bots?) (?:\w+ ){0,2}(?:turns?|gets?|"
    r"becomes?|switch\w* to) (?:\w+ )?(?:more )?(?:aggressive|insistent|forceful|pushy)|(?:more|extra|added) "
    r"(?:sales )?pressure|pressur\w* (?:them|him|her)|keep (?:on )?(?:pushing|pressing|nagging)|intimidat\w*|"
    r"threatening (?:messages|letters|calls|tone|language)|"
    r"(?:get|gets|getting|make|makes|making|persuad\w*|convinc\w*|coax\w*|talk\w*) (?:them|him|her) (?:to|into) "
    r"(?:\S+ ){0,3}(?:rais|increas|buy|pay|upgrad|donat|tak\w* out|order|subscrib|spend|borrow|invest)\w*)\b",
    r"aufdringlich|einschüchter|(?:aggressiver|offensiver|härter)\w* (?:\S+ ){0,2}(?:skript|script|verkauf|"
    r"gesprächsführung|ansprache|angebot|\bton\b|masche|taktik|gesprächsleitfaden)|"
    r"(?:mehr|stärker\w*|zusätzlich\w*) druck\b|"
    r"\bdruck (?:\S+ ){0,2}(?:mach|ausüb|erhöh)|übt (?:\S+ ){0,2}druck\b|unter druck setz|"
    r"(?:bringt|bringen|bewegt|bewegen|kriegt|kriegen) (?:sie|ihn|die \w+|diese \w+) (?:\S+ ){0,3}dazu,? (?:\S+ ){0,5}"
    r"(?:kauf|zahl|spend|erhöh|abzuschließ|abschließ|unterschreib|bestell|buch|investier|aufzustock|aufstock)",
)

# Art. 5(1)(b): seizing the vulnerable moment, or pressing until people give in.
EXPLOIT_MORE = concept(
    r"\b(?:us(?:e|es|ed|ing) (?:that|this|the|their|such|these) (?:\w+ )?(?:moments?|weakness|confusion|state|window|"
    r"vulnerabilit\w*)|seiz\w* (?:the|that|this) moment|strike while|"
    r"until (?:they|he|she|the \w+) (?:\w+ ){0,3}(?:agree|sign|buy|pay|say yes|give in|upgrade|renew|donate|transfer|"
    r"take out|accept))\b",
    r"(?:diesen|den|jenen|solche[nm]?) (?:\S+ )?(?:moment|zustand|augenblick) (?:\S+ ){0,3}(?:aus)?nutz|hartnäckig|"
    r"bis (?:sie|er|die \w+|der \w+) (?:\S+ ){0,4}(?:unterschreib|zustimm|kauf|abschließ|abschl[uü]ss|verlänger|erhöh|"
    r"zahl|bestell|spend|überweis|nachgeb|einwillig|ja sag)",
)

# A price word alone ("expensive", "teure Weiterbildungen") is no exploitation unless something is sold.
PRICE_ONLY = concept(r"\b(?:expensive|high[- ]interest)\b", r"\bteure\w*|hochverzinst\w*")
OFFER = concept(
    r"\b(?:offers?|deals?|plans?|products?|packages?|bundles?|tariffs?|contracts?|policies|policy)\b",
    r"(?<!stellen)(?<!hilfs)(?<!beratungs)(?<!bildungs)(?<!freizeit)(?<!unterstützungs)angebot|tarif|paket|produkt|"
    r"vertr[aä]g|police",
)

# Art. 5(1)(b): emotional pressure on children or other vulnerable people to pay.
_SUFFER = r"(?:get (?:sick|ill|hungry)|fall ill|be (?:\w+ )?(?:sick|sad|lonely|hungry|hurt)|cry|die|starve|run away|"
_SUFFER += r"disappear|leave (?:forever|them|him|her|you))"
# Also a character threatening to suffer ("says it will get sick unless...", "er werde traurig, falls...") and
# pester power: the child is made to work on its parents ("die Eltern zu überreden", "get their parents to buy").
EMOTIONAL_PRESSURE = concept(
    r"\b(?:guilt\w*|emotional(?:ly)? (?:pressure|blackmail\w*)|cries|crying|starts? to cry|gets? sad|"
    r"sad face|begs?|begging|nag\w*|shame\w*|boosts? conversion|pester\w*|left out|uncool|fomo|fear of missing out|"
    r"(?:be|are|is|look\w*|seem\w*|like) (?:a |total )?losers?|"
    r"(?:friends|classmates|everyone|others) (?:will|would|'ll) (?:\w+ )?(?:think|laugh|mock|tease)|"
    rf"(?:it|he|she|i|the (?:pet|character|toy|doll|avatar|creature|buddy|friend|dragon|bunny|puppy|kitten))"
    rf"(?: will|'ll| would| is going to| gonna) (?:\w+ ){{0,2}}{_SUFFER}|(?:will|would) (?:\w+ ){{0,2}}{_SUFFER}"
    r"(?: \S+){0,3} unless|(?:beg|nag|pester|persuad|"
    r"convinc|badger)\w* (?:(?:their|your|his|her) )?(?:parents?|mum|mom|dad|grandparents?|grandma|grandpa)\b|"
    r"gets? (?:their|your|his|her) (?:parents?|mum|mom|dad) to (?:buy|pay|purchase|order|subscribe|upgrade))",
    r"schuldgefühl|emotional\w* (?:druck|erpress)|weint|traurig wird|bettelt|quengel|beschäm|ausgelacht|außenseiter|"
    r"uncool|(?:freunde|mitschüler|klasse|alle anderen) (?:\S+ ){0,3}(?:lachen|auslachen|denken)|"
    r"\b(?:(?:er|es|ich) (?:\S+ )?(?:werde|sei|wäre|würde|wird)|sie (?:werde|sei|wäre|würde)) (?:\S+ ){0,2}(?:krank|"
    r"traurig|sterben|verhungern|weinen|einsam|hungrig|weggehen|verschwinden)|(?:eltern|mama|papa|mutter|vater|oma|"
    r"opa)[^.;!?]{0,40}?(?:anzubetteln|anbettel|überred|überzeug|rumzukriegen|rumkrieg)|(?:anbettel|überred|"
    r"überzeug)\w* (?:\S+ ){0,3}(?:eltern|mama|papa|oma|opa)",
)
PURCHASE = concept(
    r"\b(?:buy\w*|purchas\w*|gems?|coins?|loot ?box\w*|in-app|upgrades?|subscri\w*|premium|(?:\w+ )?packs?|"
    r"pay(?:s|ing)? for)\b|(?:€|\$|£) ?\d|\d(?:[.,]\d\d)? ?(?:€|eur\b|euro\b)",
    r"kauf|käuf|abo\b|premium|münzen|edelsteine|bezahl",
    raw=True,
)
# raw like PURCHASE, whose cues it cancels: "no in-app purchases", "ohne Käufe in der App".
NO_PURCHASE = concept(
    r"\b(?:no|without|free of) (?:any )?(?:in-app )?(?:purchases|payments|paid content|upsells?)|purchase-free\b",
    r"(?:ohne|keine) (?:\S+ ){0,1}(?:in-app-)?(?:käufe|kaufoption|bezahlinhalte|zahlungen)|kauffrei",
    raw=True,
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
    r"gang members?|vandal\w*|pickpocket\w*|robber\w*|mugg(?:ing|ers?)|assault\w*|arson\w*|fare[- ]dodg\w*|"
    r"fare evasion|thie(?:f|ves|very|ving)|pilfer\w*|embezzl\w*|smuggl\w*)\b",
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
    r"migration background|post ?codes?|zip codes?|districts?|where (?:they|people|someone|he|she) lives?)\b",
    r"persönlichkeit|merkmal|aussehen|herkunft|wohngegend|nationalität|charakter|kleidung|staatsangehörig|"
    r"staatsbürgerschaft|migrationshintergrund|wohnviertel|stadtviertel|stadtteil|postleitzahl|wohnort",
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

# --- Art. 5(1)(a): stimuli below conscious perception, and the decisions they steer ---------------
# raw: "without them noticing" / "ohne dass sie es merken" are themselves negations.
SUBLIMINAL_CUE = concept(
    r"\b(?:(?:near|barely|almost|nearly)[- ]?inaudible|inaudibl\w*|imperceptibl\w*|unnoticeabl\w*|subconscious\w*|"
    r"(?:barely|hardly|scarcely) (?:audible|visible|perceptible|noticeable)|"
    r"below (?:the )?(?:\w+ ){0,2}(?:threshold|level) of (?:\w+ )?(?:perception|awareness|hearing)|"
    r"below (?:conscious|the user's) (?:\w+ )?(?:perception|awareness)|split[- ]seconds?|milliseconds?|"
    r"(?:too|so) (?:quick(?:ly)?|fast|brief(?:ly)?|short|quiet(?:ly)?|faint(?:ly)?|subtle) (?:\w+ ){0,3}to (?:be )?"
    r"(?:consciously )?(?:notic|see|seen|hear|heard|regist|perceiv|spot|detect)\w*|"
    r"without (?:\w+ ){0,2}(?:consciously )?(?:noticing|realising|realizing|being aware|perceiving)|"
    r"single (?:hidden )?frames?|hidden frames?)\b",
    r"unhörbar|kaum hörbar|kaum wahrnehmbar|unmerklich|unterbewusst|\bunbewusst|wahrnehmungsschwelle|"
    r"sekundenbruchteil|millisekund|(?:zu|so) (?:kurz|schnell|leise|subtil) (?:\w+ ){0,4}(?:bewusst )?"
    r"(?:wahrzunehmen|wahrgenommen|zu bemerken|bemerkt|zu sehen|zu hören|mitzubekommen|registrier)|"
    r"ohne (?:dass )?(?:\w+ ){0,3}(?:es )?(?:bewusst )?(?:merk|bemerk|wahrnehm|wahrgenommen|mitbekomm|mitkrieg)|"
    r"nicht bewusst (?:\w+ )?(?:wahrnehm|wahrgenommen|bemerk)|nicht wahrnehmbar",
    raw=True,
)
STIMULUS = concept(
    r"\b(?:tones?|sounds?|audio|jingles?|noises?|frequenc\w*|flash\w*|flicker\w*|frames?|images?|pictures?|"
    r"words?|messages?|cues?|signals?|stimul\w*|visuals?|colou?rs?|scents?|smells?|vibrations?|logos?)\b",
    r"\btöne|\bton\b|klänge|klang|geräusch|frequenz|blitz|flacker|flimmer|einblend|bilder|botschaft|signal|reiz|"
    r"farb|duft|vibration|logo|wörter",
)
STEER = concept(
    r"\b(?:nudg\w*|influenc\w*|steer\w*|sway\w*|persuad\w*|tempt\w*|entic\w*|say yes|give in|"
    r"(?:tuned|optimi[sz]ed|designed) to (?:\w+ ){0,3}(?:convert|sell|buy|yes|bet|spend)\w*|"
    r"(?:trigger|drive|boost|increase)\w* (?:\w+ )?(?:purchases|buys|bets|sales|conversions?|spending)|"
    r"(?:make|get|push)\w* (?:\w+ ){0,2}(?:to )?(?:buy|bet|spend|sign|order|subscribe|upgrade)|(?:more|most) (?:likely|"
    r"inclined|willing|eager) to (?:buy|bet|spend|sign|order|pay|subscribe|upgrade)|"
    r"so (?:that )?(?:the |each |every )?\w+ (?!can |could |may |might |are able |is able )(?:\w+ ){0,3}"
    r"(?:buy|bet|sign|click|pay|place|book|spend|order|agree|accept|subscribe|upgrade|stay|keep)\w*)\b",
    r"beeinfluss|verleit|animier|zum (?:kauf|kaufen|abschluss|wetten|spielen)|ja (?:zu )?sag|kaufanreiz|kauflust|"
    r"kaufimpuls|umsatz (?:zu )?steiger|kaufbereitschaft|(?:eher|mehr|öfter|häufiger) (?:\S+ )?(?:kaufen|wetten|"
    r"bestellen|zugreifen)|"
    r"damit (?:die |der |unsere |ihre )?(?:sie|er|kunden|kundinnen|nutzer\w*|spieler\w*|fahrer\w*|zuschauer\w*|"
    r"käufer\w*|passanten) (?!können |könnten |dürfen )(?:\w+ ){0,4}"
    r"(?:kauf|wett|setz|buch|abschließ|bestell|unterschreib|zustimm|klick|zahl|spiel)",
)
# How the stimulus reaches people: played, shown, embedded (not merely detected in footage).
DELIVER = concept(
    r"\b(?:plays?|playing|played|shows?|showing|shown|flash(?:es|ing)?|display\w*|embed\w*|insert\w*|"
    r"hid(?:e|es|den|ing)|overlay\w*|mix(?:es|ed|ing)? (?:\w+ ){0,2}in(?:to)?|broadcast\w*|emit\w*|pipe[sd]? in|"
    r"slip\w* in)\b",
    r"spielt|abspiel|zeigt|\bblend|einblend|eingeblendet|einspiel|eingebaut|einbau|versteck|unterleg|überlager|"
    r"ausstrahl|einstreu",
)
GAMBLE = concept(
    r"\b(?:bets?|betting|wager\w*|gambl\w*|stakes?|spins?|slots?|casino)\b",
    r"wett|\beinsatz|glücksspiel|casino|spielautomat|\bdreh",
)
# Content marking is Art. 50(2), not a subliminal technique.
WATERMARK = concept(r"\b(?:watermark\w*|fingerprint\w*|content (?:marking|credentials))\b", r"wasserzeichen")

# --- Art. 5(1)(a)/(b): pressure timed to a moment of weakness, and people who cannot afford it --
WEAK_MOMENT = concept(
    r"\b(?:(?:about|going|tries|try|trying|wants?|wanting|ready) to "
    r"(?:quit|give up|stop playing|close the app|log ?off)|"
    r"(?:most|more|particularly|especially) (?:impulsive|susceptible|receptive|suggestible|vulnerable|emotional|"
    r"weak)|impulsiv\w*|moments? of weakness|weak moments?|"
    r"(?:when|whenever|once|as soon as) (?:\S+ ){0,8}(?:is|are|feels?|gets?|seems?|looks?|sounds?) (?:\w+ )?"
    r"(?:frustrated|upset|sad|lonely|alone|desperate|vulnerable|emotional|anxious|scared)|"
    r"after (?:a|each|every) (?:\w+ )?(?:loss|losing)|just lost|chasing (?:their )?losses)\b",
    r"im schwachen moment|schwache[nm]? moment|kurz (?:davor|bevor) (?:\S+ ){0,5}(?:aufzuhören|aufhör|abzubrechen|"
    r"abbrech|zu schließen|schließ|auszusteigen)|(?:aufhören|abbrechen|aufgeben) (?:will|wollen|möchte)|impulsiv|"
    r"(?:besonders|am meisten|am stärksten) (?:anfällig|empfänglich|beeinflussbar)|"
    r"(?:wenn|sobald) [^.;!?]{0,60}?(?:frustriert|traurig|einsam|allein|verzweifelt|niedergeschlagen|ängstlich)"
    r"(?: (?:oder|und) \w+)? (?:ist|sind|wirkt|wirken|klingt|klingen|scheint|scheinen)|"
    r"nach (?:einem|jedem) verlust|gerade verloren",
)
CANT_AFFORD = concept(
    r"\b(?:can(?:'t|not) (?:\w+ ){0,2}afford|unable to afford|barely afford|beyond (?:their|his|her) means|"
    r"over-?indebted\w*|heavily indebted|(?:paycheck|payday) to (?:paycheck|payday)|"
    r"(?:account|balance) (?:is |goes |already )?(?:overdrawn|in the red))\b",
    r"(?:nicht|kaum) (?:\w+ ){0,2}leisten|überschuldet|überschuldung|über (?:seine|ihre) verhältnisse|"
    r"konto (?:\w+ ){0,2}(?:überzogen|im minus)|im dispo\b",
    raw=True,
)

# --- Art. 5(1)(b): more ways to say that someone is old, cognitively impaired or a child ----------
VULNERABLE_MORE = concept(
    r"\b(?:the elderly|elderly (?:people|customers|callers|users|clients)|retirees?|old age pensioners?|frail|"
    r"sounds? (?:\w+ )?(?:old(?:er)?|elderly|confused|frail)|(?:seems?|looks?|appears?) (?:\w+ )?(?:elderly|"
    r"confused|frail)|older-sounding|easily confused|cognitive(?:ly)? (?:declin|impair)\w*|mild(?:ly)? confused|"
    r"over[- ](?:6|7|8)\ds|(?:people|customers|callers|users|clients|adults|those) (?:aged )?over (?:6|7|8)\d|"
    r"aged (?:over )?(?:6|7|8)\d|under[- ]1[0-8]s|young (?:children|kids|users|players)|"
    r"(?:primary|elementary) school (?:children|kids|pupils)|child(?:'s)?|kids?|toddlers?|preschoolers?|"
    r"forgetful\w*|memory (?:problems|loss|lapses)|"
    r"hard of hearing|(?:keeps?|keeping|constantly|often|repeatedly) repeat\w* (?:themselves|himself|herself|"
    r"the same)|pensioners?|disorient\w*|"
    # social or economic situation: job loss, arrears, benefits, heavy losses
    r"unemployed|jobless|(?:just |recently )?lost (?:their|his|her) (?:jobs?|income)|behind (?:on|with) (?:their )?"
    r"(?:rent|payments|bills|mortgage|instal?lments)|in arrears|on (?:welfare|benefits)|welfare recipients|"
    r"benefit claimants|homeless|(?:struggling|stretched) financially|financially (?:struggling|stretched)|"
    r"just lost (?:\w+ ){0,2}(?:money|bets?|games?|hands?|rounds?|a lot)|lost (?:big|heavily|a fortune|everything|"
    r"(?:their|his|her) (?:\w+ )?(?:stakes?|savings|bankroll)))\b|\b(?:6|7|8)\d\+(?!\w)",
    r"älter (?:und|wirk|klingt|klingen|erschein|scheint|aussieht|aussehen)|"
    r"(?:ob|wenn|dass) (?:jemand|der kunde|die kundin|der anrufer|die anruferin|eine person) (?:\w+ )?älter\b|"
    r"hochbetagt|betagt|ruheständler|im (?:hohen |fortgeschrittenen )?alter\b|(?:leicht|schnell|etwas|oft) verwirrt|"
    r"kognitiv\w* (?:eingeschränkt|beeinträchtigt)|dement|grundschul|kleinkind|vorschulkind|\bkindes\b|"
    r"\b(?:das|ein|einem|eines|dem|des|jedes|jedem|ihr|ihrem|sein|seinem|dein|deinem|unser|unserem) kind\b|"
    r"vergesslich|schwerhörig|"
    r"gedächtnis(?:probleme|lücken|schwäche|verlust)|wiederhol\w* sich (?:\S+ )?(?:ständig|oft|dauernd|immer)|"
    r"(?:ständig|oft|dauernd|immer wieder) (?:\S+ ){0,2}wiederhol|desorientiert|orientierungslos|"
    r"arbeitslos|erwerbslos|(?:job|arbeit|arbeitsplatz|einkommen) verloren|mietrückst|zahlungsrückst|"
    r"(?:bürgergeld|sozialhilfe|hartz[- ]?(?:iv|4))[- ]?(?:empfänger|bezieh)|obdachlos|wohnungslos|"
    r"finanziell (?:angeschlagen|am ende|klamm)|(?:viel|hoch|mehrfach|gerade|eben|heftig) (?:\S+ )?verloren|"
    r"pechsträhne",
)

# --- Art. 5(1)(c): more civic conduct, and more ways of saying the score costs people something --
CIVIC_MORE = concept(
    r"\b(?:parking (?:violations?|offen[cs]es?)|illegal(?:ly)? park\w*|noise (?:complaints?|nuisance)|"
    r"(?:what|whatever) (?:\w+ ){0,2}(?:post|share)\w* (?:online|about themselves)|"
    r"(?:their|his|her) (?:online )?posts|leisure activit\w*|hobbies)\b",
    r"falschpark|parkverst[oö]ß|parksünd|lärmbeschwerd|lärmbeläst|online über sich|"
    r"(?:ihre[nm]?|seine[nm]?|deren) (?:\w+ )?posts|freizeitaktivit|hobbys",
)
TREATMENT = concept(
    r"\b(?:(?:slip|slid|drop|mov|fall|fell|push)\w* (?:\S+ ){0,4}(?:down|back|to the (?:back|bottom|end))|"
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
    r"nachrangig|zurückgestellt|zurückgestuft|hinten anstellen|höhere (?:gebühren|preise|kaution)|"
    r"sozialwohnung|wohnberechtigung|kita-?pl[aä]tz|betreuungspl[aä]tz|schulpl[aä]tz",
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
# A score named by a compound: "Vertrauensscore", "Kunden-Score", "trust-score".
SCORE_COMPOUND = concept(r"\w-?(?:scores?|ratings?)\b", r"\w-?score\b")

# --- people the Art. 5(1)(c)/(d) rules are about, beyond the shared subject concepts -------------
PEOPLE_MORE = concept(
    r"\b(?:youths?|young (?:people|men|women|adults)|teenagers?|minors|juveniles?|folks|households?|"
    r"locals|neighbou?rs|attendees?|fans|tourists|whoever|(?:anyone|everyone|those) (?:who|with))\b",
    r"jugendlich|heranwachsend|teenager|\bleute\b|haushalt|nachbar|\bfans\b|touristen|minderjährig|\bwer\b",
)
