"""Concepts for Art. 50(4): deep fakes and AI-written text on matters of public interest.

Art. 50(4) binds whoever *publishes* realistic fakes of real people, places or events, or AI-written text
informing the public that nobody edits. So a realism cue is paired with a real subject, a public figure or a
publication channel, and public-interest text with an audience and the absence of editorial control.
Generators offered to others (Art. 50(2)) live in `concepts_synthetic`, conversation (Art. 50(1)) in
`concepts_transparency`.
"""

from __future__ import annotations

from triage.patterns import concept

# --- Art. 50(4): deep fakes ----------------------------------------------------------------------
# Content that would pass for authentic: "looks like a real drone shot", "wie eine echte Aufnahme",
# a cloned face or voice, a person who 'personally' says what they never said, virtually staged rooms.
# A "digital twin of our plant" is a simulation model, not a fake of a person.
_NOT_ASSET = (
    r"(?! (?:our |the |a |an |their |each |every )?(?:[\w-]+ )?(?:plants?|factor(?:y|ies)|warehouses?|sites?|"
    r"buildings?|networks?|grids?|process(?:es)?|production|lines?|machines?|machinery|systems?|supply chains?|"
    r"fleets?|ports?|facilit(?:y|ies)|assets?|pipelines?|turbines?|engines?|infrastructure|products?|"
    r"databases?|warehouse)\b)"
)
DEEPFAKE = concept(
    r"\b(?:as if (?:it were )?(?:a |an )?real|synthetic (?:\w+ ){0,2}(?:newsreader|presenter|anchor|person|"
    r"human)|"
    r"sounds like (?:our|the real|a real)|looks like (?:our|the real|a real)|"
    r"realistic (?:\w+ ){0,2}(?:people|persons?|faces|humans|workers|staff|crowds?)|"
    r"present\w* (?:\w+ ){0,3}as (?:real|archive|"
    r"authentic|genuine)|pass\w* (?:\w+ ){0,2}off as|never happened|"
    r"fake (?:\w+ ){0,2}(?:videos?|testimonials?|photos?)|"
    r"deep ?fakes?|photo-?realistic|photoreal\w*|realistic(?:-looking)? (?:[\w'-]+ ){0,2}'?(?:images?|photos?|"
    r"videos?|shots|pictures?|footage|voices?|clips?|recordings?|audio|avatars?|renderings?|visuali[sz]ations?)|"
    r"lifelike|looks? real|"
    r"indistinguishable|face[- ]?swap\w*|pass(?:es|ing)? (?:\w+ ){0,2}for (?:real|genuine|authentic)|"
    r"voice clon\w*|clon\w* (?:the |her |his |our )?(?:[\w']+ )?(?:voice|face)|synthetic (?:voice|video) of|"
    r"looks? (?:\w+ ){0,2}real|"
    r"(?:digital|virtual|ai|ai-generated|synthetic|generated) (?:version|clone|copy|double|twin|likeness) of"
    + _NOT_ASSET + "|"
    r"lip[- ]?sync\w*|lip movements?|(?:appears?|seems?) to (?:speak|say|talk|sing)\b|"
    r"mak\w* (?:him|her|them) (?:say|speak|sing|talk)|"
    r"(?:looks?|sounds?|seems?) (?:as if|as though|like) (?:he|she|they)"
    r"(?: is| are|'s|'re)? (?:\w+ )?(?:speaking|saying|talking|singing|speaks|says|said)|"
    r"(?:his|her|their) (?:own )?(?:face|likeness) and voice|"
    r"(?:his|her|their) voice and face|(?:with|in|using) (?:his|her|their) (?:own |real |original |actual )?"
    r"(?:voice|face|likeness)|likeness of|as if (?:he|she|they) (?:had )?(?:said|spoke|were speaking)|"
    r"(?:looks?|sounds?|feels?) (?:\w+ ){0,2}like (?:a |an |the |our )?(?:real|genuine|authentic|actual)|"
    r"(?:real|genuine|authentic)[- ]looking|hyper-?real\w*|virtual(?:ly)? (?:stag\w*|furnish\w*)|"
    r"looks? lived[- ]in|(?:stag|furnish|dress)\w*'? (?:up )?(?:the |our )?(?:empty|vacant|unfurnished) "
    r"(?:rooms?|flats?|apartments?|homes?|houses?|offices?)|"
    r"like (?:any |a |an )?(?:normal|regular|ordinary) (?:\w+ )?(?:photos?|pictures?|images?|shots?|videos?))\b|"
    r"[\'\"“„](?:personally|in person|himself|herself|themselves|he|she)[\'\"“”]",
    r"wie (?:eine?[nmrs]? |der |die |das )?echt\w*|als (?:wäre|sei|wären) (?:es|das|sie|er) (?:\w+ )?echt|"
    r"hyperrealistisch|virtuell\w* (?:\w+ )?(?:möblier\w*|eingerichtet|staging)|"
    r"leer\w* (?:wohnung|räume|zimmer|büro)\w* (?:\S+ ){0,4}(?:möblier|eingerichtet|einricht)|"
    r"bewohnt (?:aussehen|wirken)|"
    r"wie (?:ganz )?normale? (?:\w+)?(?:fotos?|bilder|aufnahmen)\b|"
    r"[\'\"“„](?:persönlich|höchstpersönlich|selbst|er|sie)[\'\"“”]|klingt wie (?:unser|der|die|ein)|"
    r"wie (?:unser|der|die|"
    r"ein)\w* \w+ (?:klingt|aussieht)|"
    r"aussieht wie (?:unser|der|die)|deepfake|fotorealistisch|sieht echt aus|wirkt echt|nie (?:so )?passiert|"
    r"täuschend echt|realistisch\w* (?:\w+ ){0,2}\w*(?:bild|foto|video|aufnahme|stimme|clip|film|rendering|"
    r"visualisierung|ansicht)(?:s|e|er|ern|en|es)?\b|(?:echt|real|authentisch) wirkend\w*|ununterscheidbar|"
    r"lippen(?:beweg|synchron)\w*|(?:sein|ihr)\w* (?:gesicht|abbild) und (?:\w+ )?stimme|ebenbild|"
    r"(?:sein|ihr)\w* (?:eigene\w* |echte\w* )?stimme und (?:\w+ )?(?:gesicht|abbild)|"
    r"mit (?:seiner|ihrer) (?:eigenen |echten |originalen )?(?:stimme|mimik)|"
    r"zu (?:sprechen|reden|singen) scheint|als (?:ob|würde|würden) (?:er|sie) (?:\w+ ){0,4}(?:spricht|sprechen|sagt|"
    r"sagen|singt|singen|gesprochen|gesagt)|(?:sprechen|reden|sagen|singen) lass\w*|"
    r"stimmklon|stimme (?:\w+ ){0,3}(?:klon|nachbild|imitier)|gesichtstausch",
)
# The same claim phrased as a denial ("von echten Fotos nicht zu unterscheiden", "you can't tell it from a real
# shot", "nobody would notice it's generated"). Raw, because the cue is itself a negation.
PASSES_AS_REAL = concept(
    r"\b(?:(?:can't|cannot|can not|couldn't|won't|wouldn't|impossible to|no one can|nobody can|"
    r"no one could|nobody could|no one would|nobody would|not) (?:\w+ ){0,2}(?:tell|distinguish\w*|"
    r"differentiat\w*|notice|spot|recogni[sz]e|see) (?:\w+ ){0,3}(?:apart|from (?:an? |the )?(?:real|genuine|"
    r"authentic|actual)|(?:it's|it is|they're|they are|that it's|that they're) (?:ai|fake|generated|synthetic|"
    r"artificial))|(?:can't|cannot|can not) be (?:told apart|distinguished))\b",
    r"(?:nicht|kaum|nie|niemals) (?:mehr |von \S+ (?:\S+ )?)?(?:zu )?(?:unterscheiden|unterscheidbar|"
    r"auseinanderzuhalten)|(?:niemand|keiner|kein mensch) (?:\w+ ){0,2}(?:merkt|merken|erkennt|erkennen|sieht)\w*,? "
    r"(?:\w+ ){0,2}(?:dass|ob) (?:\w+ ){0,3}(?:ki|künstlich|generiert|gefälscht|unecht|fake)|"
    r"nicht (?:als (?:ki|fake|fälschung|künstlich)\w* )?(?:zu )?erkenn\w*,? (?:\w+ )?dass",
    raw=True,
)
# Fakes handed in to be caught ("detects deepfakes", "prüft Belege auf Fälschungen"): the system checks content,
# it does not make it.
DETECTS_FAKES = concept(
    r"\b(?:detect|spot|flag|identif|recogni[sz]|check|screen|catch|expos|verif|classif)\w* (?:\w+ ){0,4}"
    r"(?:deep ?fakes?|fakes?|forg\w*|manipulat\w*|fabricat\w*)|"
    r"(?:deep ?fake|fake|forgery|manipulation) (?:detect\w*|checks?|screening|classifier)\b",
    r"(?:erkenn|entlarv|prüf|aufdeck|identifizier|find|aufspür|markier)\w* (?:\S+ ){0,4}\w*(?:deepfake|fälschung|"
    r"manipul|gefälscht|fake)|(?:deepfake|fälschungs|fake|manipulations)-?(?:erkennung|prüfung|check|"
    r"detektor)",
)
# Whom or what the fake resembles: real persons (officers, performers, anyone who consented) and real
# places ("our plant", "unsere Deponie", the empty flats of a listing).
REAL_SUBJECT = concept(
    r"\b(?:real|existing|actual|landmarks?|ceo|mayor|politicians?|celebrit\w*|founder|our (?:first |old |own )?"
    r"(?:town|city|store|hotel|factory|plant|headquarters|office|building|shop)|our (?:\w+ )?(?:captain|coach|"
    r"chair(?:man|woman|person)?|director|boss|cfo|cto|coo|spokes(?:person|man|woman)|presenter|host|head)|"
    r"(?:he|she|they|coach|captain|ceo|founder|mayor|manager|management|agent|label|family|estate|heirs|"
    r"presenter|host|star)(?: has| have|'s|'ve)? (?:already )?(?:agreed|consented|signed off|said yes|approved|"
    r"gave (?:us )?(?:the |their |her |his )?(?:ok|okay|go-ahead|consent|permission|blessing))|"
    r"with (?:his|her|their) (?:consent|permission)|"
    r"our (?:\w+ )?(?:sites?|plants?|landfill|campus|premises|apartments?|flats?|propert(?:y|ies)|stadium|port|"
    r"airport|venue|restaurants?|clinic|hospital|school|warehouse|depot|mine|quarry|farm|village|region)|"
    r"empty (?:apartments?|flats?|rooms?|houses?|properties|units)|"
    r"singers?|headliners?|musicians?|band members?|actors?|actress\w*|athletes?|influencers?|comedians?|"
    r"historic(?:al)? (?:figures?|persons?|personalit\w*|characters?|people|leaders?)|poets?|composers?|"
    r"(?:famous|great) (?:\w+ )?(?:writers?|authors?|painters?|artists?|scientists?|inventors?|philosophers?)|"
    r"kings?|queens?|emperors?|empress|pharaohs?|"
    r"(?:himself|herself|in person) (?:\w+ ){0,2}(?:greet|welcom|speak|talk|say|recit|read|present|introduc|"
    r"appear|address)\w*)\b",
    r"echte|reale|existierend|wahrzeichen|politiker|bürgermeister|geschäftsführ|vorstand|prominent|gründer|"
    r"unser\w* (?:kapitän|trainer|chef|vorsitzend|präsident|direktor|moderator|sprecher|schulleiter|pfarrer)\w*|"
    r"zugestimmt|einverstanden|eingewilligt|(?:seiner|ihrer) (?:zustimmung|einwilligung)|ja gesagt|grünes licht|"
    r"unser\w* (?:[\w-]+ )?(?:stadt|gemeinde|filiale\w*|hotels?|werk\w*|fabrik|gebäude|zentrale|laden|deponie|"
    r"anlage\w*|standort\w*|gelände|wohnung\w*|häuser|campus|klinik\w*|schule|stadion|hafen|flughafen|"
    r"restaurant\w*|hof)\b|leere[nr]? (?:wohnung\w*|räume|zimmer|häuser|objekte)|"
    r"sänger\w*|künstler\w*|musiker\w*|schauspieler\w*|sportler\w*|influencer\w*|"
    r"historisch\w* (?:person|figur|persönlichkeit|gestalt)|dichter|komponist|schriftsteller|erfinder|könig|kaiser|"
    r"(?:höchst)?persönlich (?:\w+ ){0,2}(?:begrüß|spricht|sprechen|sagt|liest|rezitier|vorträgt|auftritt)",
)
# Where the fake is shown: channels, campaigns, press, promo clips, fairs, listings and property portals.
PUBLISH = concept(
    r"\b(?:youtube|instagram|tiktok|linkedin|podcasts?|campaigns?|publish\w*|post\w*|social media|ads?|"
    r"advert\w*|marketing|website|films?|documentar\w*|listings?|booking sites?|"
    r"brochures?|spots?|commercials?|sponsor\w*|investors?|trailers?|reels?|facebook|tv|broadcast\w*|socials|"
    r"billboards?|insta|press|press kits?|promo\w*|teasers?|open days?|open house|trade (?:fairs?|shows?)|"
    r"homepage|newsletters?|flyers?|property portals?|satir\w*|parod\w*|sketch(?:es)?|episodes?|"
    r"(?:public|community|residents'?|citizens'?) (?:information|info|meetings?|events?|consultations?|letters?|"
    r"hearings?)|information (?:events?|evenings?|sessions?)|info (?:events?|evenings?|sessions?)|"
    r"(?:tv|satire|comedy|talk|late[- ]night|radio|quiz|game|variety|news) ?(?:shows?|programmes?|segments?)|"
    r"(?:big|large|giant|huge|video|led) (?:screens?|walls?|displays?)|screenings?|(?:upload|"
    r"put)\w* (?:\w+ ){0,3}(?:to|on|onto) (?:\w+ ){0,2}"
    r"(?:portals?|sites?|platforms?|online)|for (?:our |the )?(?:fans|followers|audience|viewers|public))\b",
    r"podcast|kampagne|veröffentlich|werbung|posten|social media|website|broschüre|plakat|anzeige|inserat|inserier|"
    r"\bfilm|spot\b|werbefilm|imagefilm|sponsor|investor|fernseh|\binsta\b|\bpresse\b|pressemappe|homepage|"
    r"newsletter|flyer|tag der offenen tür|sendung|satire|parodie|"
    r"(?:tv|satire|comedy|talk|late-night|quiz|unterhaltungs|abend)-?shows?\b|leinwand|videowand|"
    r"großbildschirm|\bmesse\b|immobilienportal|expos[eé]\b|"
    r"bürger(?:innen)?-?(?:info\w*|versammlung|dialog|sprechstunde|beteiligung|brief)|anwohner\w*-?(?:info\w*|brief|"
    r"versammlung)|info(?:rmations)?-?(?:veranstaltung|abend|brief|blatt)|öffentlichkeitsarbeit|"
    r"(?:bei|auf|in|ins) (?:\S+ ){1,3}(?:hochlad|hochgelad|einstell|eingestellt)\w*|online (?:stell|gestellt)\w*",
)
DEEPFAKE_TERM = concept(r"\bdeep ?fakes?\b", r"deepfake")
# --- Art. 50(4): AI-written text informing the public --------------------------------------------
# Any text readers outside the company get: news, reports, updates, bulletins, advisories, info texts.
NEWS = concept(
    r"\b(?:news|articles?|press releases?|reports? on|newsletters?|blog posts?|bulletins?|summar(?:y|ies)|"
    r"(?:candidate|party|politician) (?:profiles|portraits)|"
    r"updates|briefs|explainers?|blogs?|posts|stories|write-?ups?|warnings|alerts|reports?|public notices?|"
    r"announcements?|info(?:rmation)? (?:texts?|pages?|sheets?|posts?)|advisor(?:y|ies)|digests?|"
    r"recaps?|fact ?sheets?|commentar(?:y|ies)|op-?eds?|columns?|editorials?|outlooks?|forecasts? for the public|"
    r"(?:market|economic|weather|traffic|air|water|river|pollen) (?:comments?|notes?|reports?|outlooks?|reviews?))\b",
    r"nachrichten|artikel|meldung|pressemitteil|berichterstattung|zusammenfassung|berichte\b|beiträge|beitrag\b|"
    r"erklärtext|blog|\w*berichts?\b|\w*infotext|informationstext|warnung|hinweise\b|mitteilung|bekanntmachung|"
    r"aktuelles|neuigkeiten|\bupdates?\b|rundbrief|newsletter|lagebild|bulletin|\w*kommentar(?:e|en)?\b|kolumne|"
    r"leitartikel|\w*ausblick|\w*einschätzung(?:en)?\b|lagebericht|tagesinfo|wochenrückblick",
)
# Matters of public interest, or the public itself as the audience (residents, neighbours, "die Bevölkerung"):
# politics, administration, safety, public health (flu waves, drinking water, air quality, animal-disease outbreaks
# and the restriction zones around them), a site's noise and emissions, and the economy (central-bank decisions,
# interest rates, inflation).
PUBLIC_INTEREST = concept(
    r"\b(?:politic\w*|elections?|council|municipal|local news|government|"
    r"public (?:interest|affairs|health|safety|order|transport|services?|sector|authorit\w*|debate|policy|funds|"
    r"spending|administration|consultations?|hearings?|meetings?)|the public|general public|"
    r"accidents?|road closures?|roadworks|laws?|legislation|regulations?|taxes|levies|subsid\w*|"
    r"zoning|land-use|(?:development|zoning|building|land-use) plans?|planning (?:permissions?|applications?|"
    r"decisions?)|(?:city|town|municipal|county|state|federal|public) budgets?|budget (?:debates?|decisions?|votes?)|"
    r"ordinances?|by-?laws|resolutions of|collective bargaining|wage (?:talks|negotiations|disputes)|"
    r"industrial action|walkouts?|(?:train|rail|bus|flight) (?:services|cancellations|disruptions?)|"
    r"(?:fee|price|tax|rent|tariff|fare)s? (?:increases?|hikes?|rises?|changes?)|police|city hall|town hall|"
    r"authorities|ministr\w*|courts?|crimes?|strikes?|outages?|emergenc\w*|(?:weather|storm|flood) warnings?|"
    r"residents|citizens|(?:local )?population|locals|drinking water|tap water|water quality|air quality|"
    r"pollution|pollen|heat ?waves?|flu|influenza|epidemic\w*|pandemic\w*|outbreaks?|infection (?:rates?|"
    r"numbers|figures)|case numbers|vaccinat\w*|covid|evacuat\w*|boil(?:-water)? (?:notices?|advisor(?:y|ies))|"
    r"(?:animal|livestock|poultry|cattle) (?:diseases?|epidemics?|outbreaks?)|(?:bird|avian|swine) (?:flu|"
    r"influenza|fever)|foot-and-mouth|(?:restriction|exclusion) zones?|quarantine (?:orders?|zones?|areas?|"
    r"measures?|rules)|(?<!nearest )neighbou?r(?:s|hood)|local communit(?:y|ies)|emissions?|noise (?:levels?|"
    r"pollution|complaints?|"
    r"nuisance|exposure|emissions?|measurements?)|environmental (?:impact|data|pollution|damage|permits?)|odou?rs?|"
    r"smog|ozone|particulates?|fine dust|central banks?|ecb|federal reserve|interest[- ]rates?|rate (?:decisions?|"
    r"hikes?|cuts?)|monetary policy|inflation|recessions?|econom(?:y|ic (?:outlook|situation|data|policy))|"
    r"(?:stock|financial|energy|housing) markets?|energy prices)\b",
    r"(?:landtags|bundestags|europa|bürgermeister|gemeinderats|stadtrats|kreistags|präsidentschafts)wahl|"
    r"wahlkampf|wahlprogramm|landtag|bundestag|parlament|partei|politik|gemeinderat|\bstadt\b|rathaus|"
    r"stadtverwaltung|\brats(?:sitzung|protokoll|beschl|versammlung|vorlage|mitglied|fraktion)\w*|"
    r"(?:bebauungs|flächennutzungs|bauleit|haushalts)pl[aä]n|haushaltsentwurf|haushaltsdebatte|stadthaushalt|"
    r"tarif(?:verhandlung|konflikt|streit|runde|abschluss)\w*|(?:fern|nah|bahn|zug|flug)verkehr|zugausf[aä]ll|"
    r"(?<!ver)öffentlich\w* (?:interesse|verwaltung|sicherheit|gesundheit|nahverkehr|dienst|hand|debatte|"
    r"ordnung|sitzung|leben|raum)|öffentlichkeit|kommunal|\bwahl|regierung|stadtrat|unfäll|unfall|baustelle|"
    r"straßensperr|bürgerportal|gesetz|verordnung|gebühr|steuer(?:n|erhöh\w*|reform\w*)?\b|abgaben\b|"
    r"preiserhöh|förderprogramm|polizei|der stadt|städtisch|gemeinde|landkreis|behörde|ministerium|gericht|"
    r"streik|störung|stromausfall|notfall|unwetter|\bbürger(?:innen)?\b|bevölkerung|einwohner|anwohner|"
    r"trinkwasser|leitungswasser|wasserqualität|luftqualität|feinstaub|pollenflug|hitzewarn|hitzewelle|grippe|"
    r"influenza|epidemi|pandemi|infektions|fallzahlen|inzidenz|impf|corona|covid|evakuier|abkochgebot|"
    r"\w*seuche\w*|(?:geflügel|schweine|vogel)pest|ausbr[uü]ch\w*|sperr(?:zone|gebiet|bezirk)\w*|quarantäne\w*|"
    r"nachbar(?:n|schaft)\w*|lärm\w*|emission\w*|immission\w*|umwelt(?:daten|belastung|auswirkung|schutz|werte)\w*|"
    r"schadstoff\w*|geruchs?belästigung|\bgeruch\b|\bezb\b|notenbank|zentralbank|leitzins\w*|zinsentscheid\w*|"
    r"zins(?:senkung|erhöhung|wende|politik)\w*|geldpolitik|inflation|rezession|konjunktur\w*|finanzmärkt\w*|"
    r"energiepreis\w*|wirtschaftslage",
)
# Nobody edits before it goes out: "auto-posts", "no editor in between", "Gegenlesen sparen wir uns".
# Raw, because most cues are themselves denials.
AUTO_PUBLISH = concept(
    r"\b(?:auto-?post\w*|auto-?publish\w*|(?:nobody|no one) (?:check|review|read|edit|look)\w*|unedited|"
    r"unreviewed|straight (?:from|out of) the (?:model|ai)|without (?:anyone|someone|a human) (?:editing|looking)|"
    r"automatically (?:\w+ ){0,2}publish\w*|publish\w* (?:\S+ ){0,8}automatically|"
    r"without (?:any )?(?:human )?"
    r"(?:review|editing|editors?|check|proofreading|sign-?off|approval|fact-?check\w*)|no (?:editors?|editorial|"
    r"human review)|directly (?:published|online)|"
    r"without anyone (?:reading|checking|reviewing)|go(?:es)? live (?:\S+ ){0,6}without|"
    r"(?:push|send|put|post|upload|release|issu|sent)\w* (?:\S+ ){0,6}automatically|automatically (?:\w+ ){0,2}"
    r"(?:push|send|post|release|issu|go(?:es)? live)\w*|with no (?:\w+ ){0,2}(?:checking|reviewing|editing|"
    r"review|check|sign-off)|skip\w* (?:the )?(?:proofread\w*|review\w*|editing|editorial \w+|sign-?off|"
    r"fact-?check\w*)|(?:nobody|no one) proofreads|no (?:proofread\w*|fact-?check\w*)|"
    r"without (?:[\w'-]+ ){1,3}(?:reading|checking|reviewing|approving|looking|editing|proofreading|signing off)|"
    r"(?:publish|post|put|push|upload|release)\w* (?:\S+ ){0,5}(?:directly|straight|immediately|instantly) "
    r"(?:to|on|onto|into|online|live)\b|(?:publish|post)\w* (?:\S+ ){0,3}(?:directly|straight away|immediately))\b",
    r"niemand (?:prüft|kontrolliert|liest|redigiert|gegenliest)|ungeprüft|unredigiert|"
    r"automatisch (?:\w+ ){0,3}veröffentlich|ohne (?:\w+ )?(?:redaktion|prüfung|menschlich|redakteur|gegenles|"
    r"gegengelesen|korrektur|kontrolle|freigabe|durchsicht|abnahme|review|check)|direkt online|"
    r"(?:stellt|stellen) (?:\S+ ){0,3}(?:automatisch|selbstständig|eigenständig) (?:\S+ ){0,2}(?:online|ins|auf)|"
    r"(?:stellt|stellen|veröffentlich\w*|postet|posten|schaltet|lädt) (?:\S+ ){0,4}(?:direkt|sofort|unmittelbar) "
    r"(?:\S+ ){0,3}(?:online|ins|auf|in|im)\b|"
    r"ohne dass (?:[\w-]+ ){1,4}(?:drüber|gegen|korrektur|quer|nochmal |noch ?mal )?(?:liest|lesen|gelesen|schaut|"
    r"prüft|prüfen|geprüft|kontrolliert|freigibt|abnimmt|redigiert)|(?:gegenlesen|korrekturlesen|redigieren|prüfung|"
    r"kontrolle|freigabe|redaktion)\w* (?:\w+ ){0,3}(?:spar(?:en|t)|entfällt|fällt weg|streichen|weglassen)|"
    r"(?:geht|gehen|landet|landen) (?:\S+ ){0,4}(?:automatisch|direkt|sofort|ungeprüft) (?:\S+ ){0,3}(?:online|live|"
    r"raus|hinaus)|"
    r"(?:veröffentlich|postet|posten|schaltet|pusht)\w* (?:\S+ ){0,6}(?:automatisch|selbstständig|eigenständig)",
    raw=True,
)
# Readers inside the company (a department, the board, the intranet) are not the public Art. 50(4) protects.
INTERNAL_AUDIENCE = concept(
    r"\b(?:internal(?:ly)?(?: only)?|in-house only|intranet|(?:for|to) (?:the |our )?(?:[\w-]+ ){0,2}(?:department|"
    r"teams?|management|executive board|board members|executives?|staff|employees|colleagues|buyers|analysts|"
    r"controllers|managers|dashboards?)|(?:internal|management|board) (?:dashboards?|reports?|use))\b",
    r"\bnur intern\b|\bintern(?:e[nmrs]?)? (?:\w+ )?(?:bericht|report|dashboard|nutzung|verteiler|zweck)\w*|intranet|"
    r"(?:für|an) (?:das|den|die|unser\w*) (?:[\w-]+-)?(?:\w*team|abteilung|management|vorstand|geschäftsführung|"
    r"einkauf|vertrieb|controlling|führungskräfte|mitarbeit\w*|belegschaft|kolleg\w*)\b",
)
# A person reads or approves the text before it goes out ("an editor reviews every one", "die Pressestelle liest
# gegen"); a denial before it ("nobody on the desk reads it") is not such a check.
EDITED = concept(
    r"(?<!nobody )(?<!no one )(?<!nobody on the )\b(?:editors?|an editor|editorial (?:team|staff|desk)|journalists?|"
    r"reporters?|(?:press|comms|communications) (?:office|team|officers?)|a human|humans|someone|colleagues?|"
    r"we|staff)(?: \w+){0,3} (?:reviews?|checks?|approves?|edits?|proofreads?|signs? off|fact-?checks?|reads? "
    r"(?:\w+ ){0,2}before)\b|\b(?:reviewed|checked|approved|edited|proofread|signed off|vetted) by (?:an? |the |our )?"
    r"(?:\w+ )?(?:editors?|humans?|journalists?|press|comms|staff|team|desk|person)\b",
    r"(?<!niemand )\b(?:redaktion|redakteur\w*|pressestelle|pressesprecher\w*|jemand|ein mensch|kolleg\w*|wir)"
    r"(?: \w+){0,3} (?:prüf\w*|liest (?:\w+ ){0,3}gegen|lesen (?:\w+ ){0,3}gegen|redigier\w*|kontrollier\w*|"
    r"gibt (?:\w+ ){0,3}frei|geben (?:\w+ ){0,3}frei)|(?:nach|mit) (?:\w+ )?(?:prüfung|freigabe|gegenlesen|abnahme) "
    r"(?:durch|der|des|von)|(?:geprüft|gegengelesen|freigegeben|redigiert) (?:von|durch)",
)
# Synthetic likeness of a well-known person endorsing or doing something.
PUBLIC_FIGURE = concept(
    r"\b(?:chancellor|president|prime minister|ministers?|politicians?|celebrit\w*|famous (?:people|persons?|"
    r"actors?|actress\w*|singers?|athletes?)|pop stars?|"
    r"football(?:er| star)s?|royals?|the pope|famous (?:\w+ )?(?:coach|coaches|players?|actors?|singers?|presenters?|"
    r"chefs?|athletes?|comedians?|influencers?))\b",
    r"kanzler|präsident|minister|politiker|prominente|promi\b|berühmte|popstar|fußballstar|papst",
)
ENDORSE = concept(
    r"\b(?:says?|saying|praises?|praising|endors\w*|recommends?|announc\w*|shak\w* hands|dancing|singing|"
    r"wearing|using our|recit\w*|greet\w*|welcom\w*|read\w* out|(?:deliver|giv|hold|mak)\w* (?:a |an |the |his |"
    r"her |their )?(?:[\w-]+ )?(?:speech|address|statement|sermon))\b",
    r"\blobt\b|\bsagt\b|empfiehlt|wirbt|verkündet|tanzt|singt|trägt unser|nutzt unser|"
    r"(?:hält|halten) (?:\S+ ){0,3}(?:rede|ansprache|predigt)|rezitier|begrüß|trägt (?:\S+ ){0,3}vor\b|"
    r"liest (?:\S+ ){0,3}vor\b",
)
SYNTH_LIKENESS = concept(
    r"\b(?:videos?|photos?|images?|pictures?|footage|voices?|clips?|audio)\b",
    r"video|foto|bild|aufnahme|stimme|clip",
)
