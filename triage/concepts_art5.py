"""Extra Art. 5(1)(a)-(b) vocabulary: deception, subliminal stimuli, pressure at weak moments, exploiting
vulnerable people.
Social scoring and crime prediction, (c)-(d), have their vocabulary in `triage.concepts_art5_scoring`; the
biometric practices (e)-(h) in `triage.concepts_art5_biometric`.

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
# Art. 5(1)(a): a false statement the system makes to people, marked as false by the writer: "tells them the offer
# expires tonight (it doesn't)", "falsely claims", "behauptet, die Frist laufe ab (stimmt nicht)", "the bot lies to
# callers". raw: the marker is itself a negation. Detecting that *people* lie is Annex III 6(b)/7(a), not this.
_DENIED = r"(?:doesn't|does not|don't|do not|isn't|is not|aren't|are not|won't|will not|wasn't|hasn't|haven't|can't)"
_MACHINE = r"(?:bot|chatbot|assistant|avatar|voice|script|system|ai|model|tool|app)"
DECEPTION_MORE = concept(
    rf"\((?:it|they|that|this|which|he|she|there)(?: really| actually| obviously| of course)? {_DENIED}\)|"
    r"\((?:not true|untrue|false|a lie|made[- ]up|it's not|it isn't|it won't|it doesn't|they don't|not really)\)|"
    r"\b(?:which|that|this|it)(?:'s| is) (?:not true|untrue|false|a lie)\b|"
    r"\b(?:even though|although|when in fact|when actually|while in fact) (?:that|this|it)(?:'s| is| isn't| is not)"
    r"(?: not)? (?:true|untrue|false|the case)\b|"
    r"\b(?:falsely|untruthfully|dishonestly) (?:\w+ )?(?:tell|claim|say|state|warn|suggest|impl|assur|promis|threat|"
    r"inform|insist)\w*|"
    rf"\b{_MACHINE} (?:(?:will|would|could|can|should|just|simply|then|also|deliberately|openly) )?(?:lies|lie|lying) "
    r"(?:to|about)\b|"
    r"\b(?:trick(?:s|ed|ing)?|mislead(?:s|ing)?|misled|dup(?:e|es|ed|ing)|deceiv(?:e|es|ed|ing)|hoodwink(?:s|ed|ing)?|"
    r"con(?:s|ned|ning)?) (?:\S+ ){0,3}into (?:\S+ )?(?:sign|pay|accept|buy|waiv|agree|giv|settl|transfer|subscrib|"
    r"renew|withdraw|drop|tak)\w*",
    r"\((?:(?:stimmt|gilt|läuft|ist|tut|gibt|endet|kommt)(?: es| das| sie| er| die| der)? (?:aber |natürlich |"
    r"gar |eigentlich )?nicht|nicht wahr|falsch|gelogen|erfunden|frei erfunden|stimmt nicht)\)|"
    r"\b(?:obwohl|wobei|was) (?:das |es |dies )?(?:gar |natürlich |eigentlich )?(?:nicht stimmt|nicht wahr ist|"
    r"gelogen ist|falsch ist)|"
    r"fälschlich\w* (?:\S+ ){0,2}(?:behaupt|erzähl|sag|droh|versicher|vorgeb|angeb|mitteil|warn|suggerier)|"
    r"wahrheitswidrig|weismach|weiszumachen|vorgaukel|vorzugaukeln|vorspiegel|hinters licht|übers ohr|"
    r"\b(?:austrickst|austricksen|reinleg|reinzuleg|hereinleg|übertölpel)|"
    r"\b(?:bot|chatbot|assistent\w*|avatar|ki|system|tool|app|skript) (?:\S+ )?(?:lügt|belügt|anlügt)\b",
    raw=True,
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
# Chosen because they give in more easily ("kids cave faster", "leichter zu überreden"): exploitation only when
# something is sold to them, so `rules_art5._exploits` treats it like a price word ("kids can't resist dinosaurs").
SUSCEPTIBLE = concept(
    r"\b(?:(?:cave|caves|caving|fold|folds|give in|gives in|giving in|crack|cracks|"
    r"fall for (?:it|them|this|that|these)) (?:\w+ ){0,3}(?:more|faster|sooner|quicker|easily|earlier)|"
    r"(?:more |most )?easily (?:persuaded|swayed|tempted|talked into|pressured|convinced)|"
    r"easier to (?:persuade|convince|sway|tempt|talk into|pressure|upsell|sell to)|"
    r"(?:less|lower|little|weaker) (?:impulse control|resistance|self-control)|can't resist|cannot resist)\b",
    r"(?:leichter|eher|schneller|öfter|häufiger) (?:zu )?(?:überreden|überzeugen|beeinfluss|verführ|rumzukriegen|"
    r"rumkrieg)|(?:knick|geb|werd)\w* (?:\S+ ){0,3}(?:schneller|eher|öfter|häufiger|leichter) (?:ein\b|nach\b|"
    r"schwach)|(?:weniger|geringere|kaum) (?:impulskontrolle|selbstkontrolle|widerstand)|nicht widerstehen",
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
    r"pay(?:s|ing)? for|bundles?|skins?|diamonds|in-game (?:currency|items?|shop)|"
    r"discount (?:offers?|codes?|deals?))\b|"
    r"(?:€|\$|£) ?\d|\d(?:[.,]\d\d)? ?(?:€|eur\b|euro\b)",
    r"kauf|käuf|abo\b|premium|münzen|edelsteine|bezahl|rabatt|bundle|\bskins?\b|diamanten|juwelen|spielwährung|"
    r"ingame-?(?:währung|shop|item)",
    raw=True,
)
# raw like PURCHASE, whose cues it cancels: "no in-app purchases", "ohne Käufe in der App".
NO_PURCHASE = concept(
    r"\b(?:no|without|free of) (?:any )?(?:in-app )?(?:purchases|payments|paid content|upsells?)|purchase-free\b",
    r"(?:ohne|keine) (?:\S+ ){0,1}(?:in-app-)?(?:käufe|kaufoption|bezahlinhalte|zahlungen)|kauffrei",
    raw=True,
)


# Art. 5(1)(b): a decision window of seconds pressed on vulnerable people ("60-second gem deals").
TIME_PRESSURE = concept(
    r"\b(?:(?:\d{1,2}|ten|fifteen|twenty|thirty|sixty|few)[- ]seconds? (?:\w+ )?(?:deals?|offers?|windows?|timers?|"
    r"countdowns?|sales?|bundles?|packs?)|(?:only |just )?(?:\d{1,2}|ten|thirty|sixty|a few) seconds to (?:decide|buy|"
    r"accept|pay|grab|claim))\b",
    r"(?:\d{1,2}|zehn|dreißig|sechzig|wenige)[- ]?sekunden[- ]?(?:\w+ )?(?:angebot|deal|countdown|fenster|timer|"
    r"paket|rabatt)|(?:nur |bloß )?(?:\d{1,2}|zehn|dreißig|sechzig|wenige) sekunden (?:zeit )?(?:zum|für|um) "
    r"(?:kauf|entscheid|zuzugreifen|zugreifen)",
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
    r"after (?:a|each|every) (?:\w+ )?(?:loss|losing|defeat)|just lost|chasing (?:their )?losses|"
    r"after (?:\w+ ){0,3}(?:los(?:e|es|ing)|lost|fail(?:s|ed|ing)?|die(?:s|d)?) (?:a|the|their|his|her|another|"
    r"each|every) (?:\w+ )?(?:levels?|rounds?|games?|matches|match|race|battles?|fights?|runs?|lives?|hands?|spins?)|"
    r"after (?:a |each |every )?(?:lost|failed) (?:levels?|rounds?|games?|matches|match|battles?|runs?|hands?|"
    r"spins?))\b",
    r"im schwachen moment|schwache[nm]? moment|kurz (?:davor|bevor) (?:\S+ ){0,5}(?:aufzuhören|aufhör|abzubrechen|"
    r"abbrech|zu schließen|schließ|auszusteigen)|(?:aufhören|abbrechen|aufgeben) (?:will|wollen|möchte)|impulsiv|"
    r"(?:besonders|am meisten|am stärksten) (?:anfällig|empfänglich|beeinflussbar)|"
    r"(?:wenn|sobald) [^.;!?]{0,60}?(?:frustriert|traurig|einsam|allein|verzweifelt|niedergeschlagen|ängstlich)"
    r"(?: (?:oder|und) \w+)? (?:ist|sind|wirkt|wirken|klingt|klingen|scheint|scheinen)|"
    r"nach (?:einem|jedem) verlust|gerade verloren|nach (?:einer|jeder) niederlage|"
    r"nach (?:\S+ ){0,3}verlorene[nmr]? (?:level|runde|spiel|partie|match|kampf|rennen|hand)|"
    r"(?:wenn|sobald|nachdem) (?:sie|er|es|das kind|die kinder|spieler\w*|nutzer\w*) (?:\S+ ){0,4}"
    r"(?:verlier\w*|verloren (?:hat|haben)|gescheitert)",
)
CANT_AFFORD = concept(
    r"\b(?:can(?:'t|not) (?:\w+ ){0,2}afford|unable to afford|barely afford|beyond (?:their|his|her) means|"
    r"over-?indebted\w*|heavily indebted|(?:paycheck|payday) to (?:paycheck|payday)|"
    r"(?:account|balance) (?:is |goes |already )?(?:overdrawn|in the red))\b",
    r"(?:nicht|kaum) (?:\w+ ){0,2}leisten|überschuldet|überschuldung|über (?:seine|ihre) verhältnisse|"
    r"konto (?:\w+ ){0,2}(?:überzogen|im minus)|im dispo\b",
    raw=True,
)

# Art. 5(1)(b): credit built to cost the most to those who can least afford it, and promoting it to them.
HIGH_COST_CREDIT = concept(
    r"\b(?:payday (?:loans?|lending|advances?)|(?:instant|quick|fast|short-term|same-day) (?:cash )?(?:loans?|credit)|"
    r"cash advances?|loan sharks?|high-cost (?:loans?|credit))\b",
    r"sofortkredit|schnellkredit|blitzkredit|minikredit|kurzzeitkredit|kleinkredit|kredithai|wucherkredit|"
    r"(?:sofort|schnell)-?(?:geld|darlehen)",
)
# Offering something to the people found: "target them with", "hit them with ads", "pushes", "gezielt bewerben".
PROMOTE = concept(
    r"\b(?:target\w*|hit\w* (?:\S+ ){0,3}with|bombard\w*|flood\w* (?:\S+ ){0,3}with|push(?:es|ed|ing)?|"
    r"advertis\w*|ads|promot\w*|market\w* (?:\S+ ){0,2}(?:to|at)|offer\w* (?:them|these|those|exactly)|"
    r"upsell\w*|sell\w* (?:\S+ ){0,2}(?:them|to))\b",
    r"gezielt|bewerb|\bwerbung|werbeanzeig|ausspiel|ausgespielt|\bpush|anbiet|angeboten|aufdräng|anpreis|"
    r"verkauf|vermarkt",
)

# A bare number is an age only if no unit follows: "are probably 9-12" but not "are 3-4 people", "under 5 minutes".
_NOT_A_UNIT = (
    r"(?![\d%]|[.,:]\d)(?! ?(?:%|per|percent|minutes?|mins?|seconds?|secs?|hours?|days?|weeks?|months?|times|"
    r"items|euros?|eur|dollars?|points|kg|km|cm|people|persons|members|staff|employees|of us|pages|steps|clicks))"
)
# --- Art. 5(1)(b): more ways to say that someone is old, cognitively impaired or a child ----------
VULNERABLE_MORE = concept(
    r"\b(?:the elderly|elderly (?:people|customers|callers|users|clients)|retirees?|old age pensioners?|frail|"
    r"sounds? (?:\w+ )?(?:old(?:er)?|elderly|confused|frail)|(?:seems?|looks?|appears?) (?:\w+ )?(?:elderly|"
    r"confused|frail)|older-sounding|easily confused|cognitive(?:ly)? (?:declin|impair)\w*|mild(?:ly)? confused|"
    r"over[- ](?:6|7|8)\ds|(?:people|customers|callers|users|clients|adults|those) (?:aged )?over (?:6|7|8)\d|"
    r"aged (?:over )?(?:6|7|8)\d|under[- ]1[0-8]s|young (?:children|kids|users|players)|"
    # children named by their age: "players who are probably 9-12", "8-year-olds", "under 14"
    rf"(?:aged?|ages) (?:[3-9]|1[0-7])(?: ?(?:-|to|and) ?(?:[4-9]|1[0-7]))?(?! ?(?:-|to|and) ?\d){_NOT_A_UNIT}|"
    r"(?:is|are|who's|they're) (?:probably |likely |maybe |about |around |roughly |between )?(?:[3-9]|1[0-7]) ?"
    rf"(?:-|to|and) ?(?:[4-9]|1[0-7]){_NOT_A_UNIT}|(?:[3-9]|1[0-7])[- ](?:to[- ])?(?:(?:[4-9]|1[0-7])[- ])?"
    r"years?[- ]olds?|"
    rf"under (?:[5-9]|1[0-7]){_NOT_A_UNIT}|tweens?|pre-?teens?|schoolchildren|school ?kids|youngsters|"
    r"little ones|underage|"
    r"(?:primary|elementary) school (?:children|kids|pupils)|child(?:'s)?|kids?|toddlers?|preschoolers?|"
    r"forgetful\w*|memory (?:problems|loss|lapses)|"
    r"hard of hearing|(?:keeps?|keeping|constantly|often|repeatedly) repeat\w* (?:themselves|himself|herself|"
    r"the same)|pensioners?|disorient\w*|"
    # social or economic situation: job loss, arrears, benefits, heavy losses
    r"unemployed|jobless|(?:just |recently )?lost (?:their|his|her) (?:jobs?|income)|behind (?:on|with) (?:their )?"
    r"(?:rent|payments|bills|mortgage|instal?lments)|in arrears|on (?:welfare|benefits)|welfare recipients|"
    r"benefit claimants|overdrawn|in the red|maxed[- ]out (?:credit )?cards?|"
    r"homeless|(?:struggling|stretched) financially|financially (?:struggling|stretched)|"
    r"just lost (?:\w+ ){0,2}(?:money|bets?|games?|hands?|rounds?|a lot)|lost (?:big|heavily|a fortune|everything|"
    r"(?:their|his|her) (?:\w+ )?(?:stakes?|savings|bankroll)))\b|\b(?:6|7|8)\d\+(?!\w)",
    r"älter (?:und|wirk|klingt|klingen|erschein|scheint|aussieht|aussehen)|"
    r"(?:ob|wenn|dass) (?:jemand|der kunde|die kundin|der anrufer|die anruferin|eine person) (?:\w+ )?älter\b|"
    r"hochbetagt|betagt|ruheständler|im (?:hohen |fortgeschrittenen )?alter\b|(?:leicht|schnell|etwas|oft) verwirrt|"
    r"kognitiv\w* (?:eingeschränkt|beeinträchtigt)|dement|grundschul|kleinkind|vorschulkind|\bkindes\b|"
    r"(?:[3-9]|1[0-7])[- ](?:bis[- ])?(?:(?:[4-9]|1[0-7])[- ])?jährig|(?:alter von|zwischen|vermutlich|wahrscheinlich|"
    r"etwa|ungefähr) (?:[3-9]|1[0-7])(?: ?(?:-|bis|und) ?(?:[4-9]|1[0-7]))? (?:jahr|jährig)|unter (?:[5-9]|1[0-7]) "
    r"jahr|schulkind|\bkids\b|teenies?\b|"
    r"\b(?:das|ein|einem|eines|dem|des|jedes|jedem|ihr|ihrem|sein|seinem|dein|deinem|unser|unserem) kind\b|"
    r"vergesslich|schwerhörig|"
    r"gedächtnis(?:probleme|lücken|schwäche|verlust)|wiederhol\w* sich (?:\S+ )?(?:ständig|oft|dauernd|immer)|"
    r"(?:ständig|oft|dauernd|immer wieder) (?:\S+ ){0,2}wiederhol|desorientiert|orientierungslos|"
    r"arbeitslos|erwerbslos|im dispo\b|(?:konto|dispo)\w* (?:\S+ ){0,3}(?:überzogen|ausgereizt|im minus)|"
    r"überzogene[nms]? (?:\S+ )?kont|(?:job|arbeit|arbeitsplatz|einkommen) verloren|mietrückst|zahlungsrückst|"
    r"(?:bürgergeld|sozialhilfe|hartz[- ]?(?:iv|4))[- ]?(?:empfänger|bezieh)|obdachlos|wohnungslos|"
    r"finanziell (?:angeschlagen|am ende|klamm)|(?:viel|hoch|mehrfach|gerade|eben|heftig) (?:\S+ )?verloren|"
    r"pechsträhne",
)
