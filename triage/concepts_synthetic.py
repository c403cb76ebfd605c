"""Concepts for Art. 50(2) and 50(4): synthetic content, deep fakes and AI-written publications.

Art. 50(2) binds whoever offers a generator to others (a *provider*), so generation is paired with
a market cue; Art. 50(4) binds whoever publishes realistic fakes of real people, places or events, or
AI-written text on matters of public interest nobody edits, so those are paired with a real subject,
a publication channel or an audience. `offers_generator` is the one notion of "a generator offered to
others", shared by the Art. 50(2) rule and the provider-role check. Conversation (Art. 50(1)) lives in
`concepts_transparency`.
"""

from __future__ import annotations

from triage.patterns import Text, concept

# --- Art. 50(2): a generator offered to others -----------------------------------------------------
# Making content, including rendering, animating, illustrating and reading aloud ("vertont", "bebildert").
# What a finished product handed to people is when it is media ("get a finished video", "fertige Plakate").
_MEDIA_HEAD = (
    r"(?:videos?|clips?|images?|pictures?|photos?|illustrations?|songs?|voice-?overs?|audio|texts?|poems?|stories|"
    r"posters?|flyers?|banners?|logos?|wallpapers?|avatars?|animations?|renderings?|bild|bilder|video|texte?|"
    r"gedicht\w*|grafik\w*|plakat\w*|illustration\w*|animation\w*|song\w*|lied\w*)\b"
)
GENERATE = concept(
    r"\b(?:transform\w*|turns? (?:\w+ ){0,3}into|convert\w* (?:\w+ ){0,3}into|writ(?:e|es|ing)|generat\w*|"
    r"creat(?!ors?\b)\w*|produc(?:e|es|ed|ing)|compos\w*|synthes\w*|makes?|clon\w*|dub(?:s|bing|bed)?|render\w*|"
    r"animat(?:e|es|ed|ing)|illustrat(?:e|es|ed|ing)|spits? out|text-to-(?:speech|image|video|music|audio)|tts|"
    r"(?:get|gets|receive|receives|returns?) (?:back )?(?:an? |the |their |your )?(?:finished|ready|complete|"
    r"polished|custom|personali[sz]ed|brand-new|fresh)(?= (?:[\w-]+ ){0,2}" + _MEDIA_HEAD + r"))\b",
    r"verwandel|umwandel|erzeug|erstell|generier|komponier|produzier|schreib|\bmach(?:en|t)\b|klon|verton|"
    r"synthetisier|einspr(?:icht|echen)|render|animier|illustrier|bebilder|spuckt (?:\S+ ){0,4}aus\b|"
    r"(?:bekommt|bekommen|erhält|erhalten|kriegt|kriegen) (?:\w+ ){0,2}(?:fertig|komplett|individuell|personalisiert)"
    r"\w*(?= (?:[\w-]+ ){0,2}\w*" + _MEDIA_HEAD + r")|text-to-(?:speech|image|video)",
)
# Audio, image, video or text as the *output*; `risk_rules` checks it is what is generated, not analysed.
SYNTH_MEDIA = concept(
    r"\b(?:music|songs?|jingles?|audio|voices?|speech|sounds?|images?|pictures?|photos?|illustrations?|"
    r"artwork|headshots?|portraits?|profile pictures?|"
    r"videos?|avatars?|texts?|articles?|stories|podcasts?|shots|copy|captions|posts|reviews|testimonials|"
    r"lyrics|poems?|verses|rhymes|scripts|dialogues?|greetings?|announcements?|voice-?overs?|narrations?|banners?|"
    r"logos?|"
    r"renderings?|visuali[sz]ations?|comics?|(?:writing|copy|text|letter|e-?mail)[- ]?(?:tools?|assistants?|"
    r"generators?|writers?)|story|storybooks?|picture books?|audiobooks?|soundtracks?|sound ?effects?|"
    r"overlays?|graphics?|stickers?|memes?|thumbnails?|animations?|clips?|footage|posters?|flyers?|visuals|"
    r"wallpapers?|backdrops?|screensavers?|emojis?|"
    r"radio (?:calls|messages|chatter|traffic)|simulated (?:phone |radio )?calls)\b",
    r"musik|lieder|\bsong|porträt|profilbild|bewerbungsfoto|stimme|sprachausgabe|bilder|\bbild|fotos?|grafik|"
    r"illustration|video|texte|artikel|"
    r"geschichten?\b|bilderb[uü]ch|hörbuch|hörspiel|dialoge|begrüßung|ansage|durchsage|rendering|visualisierung|"
    r"logos?\b|comics?\b|overlay|sticker|animation|\bclips?\b|soundtrack|geräusch|klänge|funksprüch|funkverkehr|"
    r"plakat|flyer|wallpaper|bildschirmschoner|emojis?\b|gedicht|\breime\b|"
    r"(?:hintergrund|titel|vorschau|produkt|werbe|kunst|wand|cover|sperr|start|handy|desktop|motiv|beispiel|"
    r"header|avatar)bild|"
    r"(?:schreib|text|brief)-?(?:tool|assistent|hilfe|generator|roboter)",
)
# Media people hand *in* ("upload photos", "Fotos hochladen", "from their photos"), analysed not generated.
INPUT_MEDIA = concept(
    r"\b(?:upload\w*|submit\w*|send\w*|scan\w*|snap\w*|attach\w*|take\w*|from|based on|analy[sz]\w*|"
    r"inspect\w*|check\w*)(?: (?:[\w'-]+ ){0,2})?(?=" + _MEDIA_HEAD + r")",
    r"\b(?:lädt|laden|schickt|schicken|sendet|senden|fotografier\w*|scannt|scannen|aus|anhand)\b(?: (?:\S+ ){0,2})?"
    r"(?=\w*" + _MEDIA_HEAD + r")",
)
# Between a media word and a later generating verb: a new sentence or a new clause with its own subject ("and the
# AI creates", "und die App erzeugt"), so the media is not its object; "Ansagen und Infos ... erzeugt" still is.
CLAUSE_BREAK = concept(
    r"[.;:!?]|(?:,|\b(?:and|then|but|or|und|dann|aber|oder|sondern)),? (?:the |our |an? |die |der |das |unsere? )?"
    r"(?:ai|ki|app|system|tool|model|modell|bot|software|it|er|sie|es|we|wir)\b"
)
# The generator reaches people outside the company: sold or launched, built into a product, a portal or app
# for customers, patients or parents, a product line ("simulator business"), or users who create with it.
MARKET = concept(
    r"\b(?:place\w* (?:\w+ ){0,3}on the market|bring\w* (?:\w+ ){0,3}to market|launch\w*|sell\w*|for sale|"
    r"for (?:our )?(?:customers|clients)|customers can|users can|subscriptions?|saas|white[- ]label|"
    r"(?:in|into|via|through) our (?:[\w-]+ )?(?:product|app|platform|game|portal)|as a (?:product|service)|"
    r"we (?:build|develop|ship|sell|offer|host)|we(?:'ve| have)? (?:train(?:ed)?|fine-tun\w*) (?:an? |our |the )?"
    r"(?:own |custom |new )?(?:[\w-]+ )?(?:models?|generators?|voices?|llms?|ai)\b|"
    r"lets? (?:\w+ ){0,2}(?:generate|create|design|make|produce|turn)|"
    r"licen[cs]\w* (?:it |them )?to|resell\w*|"
    r"(?:our own|our in-house|in-house|self-built|self-trained|custom-trained|proprietary) (?:[\w-]+ ){0,2}"
    r"(?:generators?|models?|tools?|engines?|apps?)|"
    r"(?:our own|in-house|self-trained|custom-trained|proprietary) (?:ai|synthetic|artificial|cloned|tts|"
    r"text-to-speech)[- ](?:[\w-]+ )?voices?|build\w* (?:us |ourselves )?(?:an? |"
    r"our (?:own )?)(?:[\w-]+ )?(?:generators?|tools?|apps?)|"
    r"feature (?:for|in) (?:the |our )?(?:[\w-]+ )?(?:app|portal|platform|product|game|shop|software)|"
    r"(?:customers|clients|users|players|gamers|learners|students|pupils|members|subscribers|guests|visitors|fans|"
    r"creators|streamers|artists|brokers|dealers|tenants|authors|shoppers|buyers|partners|parents|families|"
    r"patients|dentists|doctors|readers|listeners|viewers|other (?:companies|studios|"
    r"publishers|firms|businesses)) (?:can |could |will |then )?(?:simply |just )?(?:type|upload|describe|"
    r"enter|pick|choose|select|download|create|design|order|request|share|customi[sz]e|generate|get|receive)|"
    r"(?:customer|client|patient|dentist|doctor|partner|dealer|member|parent|tenant|user|fan|creator|player|"
    r"student|learner|consumer|guest)s?[- ](?:portal|app|platform|area)|"
    r"built-in (?:[\w-]+ )?(?:generators?|features?|tools?)|(?:built|baked|integrated) (?:in)?to (?:our|the) "
    r"(?:[\w-]+ )?(?:app|product|platform|game|portal|software|simulator)s?|"
    r"(?:simulator|simulation|game|gaming|toy|edtech|e-learning|software|app|streaming|publishing|"
    r"greeting[- ]card|photo[- ]book) (?:business|company|studio|vendor|maker|products?|line|division))\b",
    r"auf den markt|markteinführung|verkauf|vertreib|anbieten|lizenzier|für unsere kunden|kunden können|nutzer können|"
    r"\babo\b|wir (?:bauen|entwickeln|liefern|verkaufen)|(?:selbst |eigens |eigene\w* (?:[\w-]+ ){0,2})trainiert|"
    r"(?:wir trainieren|trainieren wir) (?:ein\w* |unser\w* )?(?:eigene\w* |neue\w* )?(?:ki-|[\w-]*(?:modell|"
    r"generator|stimme)\b|ki\b)|\bbieten (?:\S+ ){0,8}an\b|in unserer app|"
    r"können (?:\w+ ){0,2}(?:nutzer|kunden|user)|"
    r"\beigene[nmrs]? [\w-]*(?:generator|modell|tool|app|software)\b|hauseigen|"
    r"\beigene[nmrs]? (?:synthetisch\w* |künstlich\w* )?(?:ki-|synthetisch\w* |künstlich\w* )[\w-]*stimme|"
    r"(?:feature|funktion) (?:fürs|für (?:unser\w*|das|die|den))|"
    r"\b(?:kunden|kundinnen|nutzer\w*|user|spieler\w*|makler\w*|händler\w*|mitglied\w*|lernende\w*|"
    r"schüler\w*|abonnent\w*|gäste|besucher\w*|mieter\w*|autor\w*|vereine|eltern|familien|patient\w*|"
    r"streamer\w*|creator\w*|künstler\w*|fans|leser\w*|hörer\w*|zuschauer\w*) (?:können |dürfen )?(?:\w+ )?"
    r"(?:laden|lädt|tippen|geben|beschreiben|wählen|gestalten|bestellen|herunterladen|hochladen|teilen|"
    r"erstellen|erzeugen)\b|"
    r"(?:für|in|auf|über|zu) unsere[rnm]? (?!mitarbeit|intranet)[\w-]*(?:app|plattform|portal|software|"
    r"simulator(?:en)?)\b|"
    r"(?:kunden|eltern|patienten|mieter|mitglieder|händler|partner|fan|spieler|nutzer|endkunden|lern|creator)-?"
    r"(?:app|portal|plattform|bereich)|eingebaut\w* (?:[\w-]+ )?(?:generator|funktion|tool)|"
    r"(?:simulator|simulations|spiele|software|verlags|streaming)-?(?:geschäft|sparte|firma|hersteller|studio)",
)


def generates_media(text: Text) -> bool:
    """The generated thing is the media: "creates natural voices", "image model generates", "das Produktbilder
    erzeugt", not "customers upload photos and the AI creates a repair quote" (a photo handed in is analysed, not
    generated; a new clause starts before the verb).
    """
    src = text.masked
    gen = [m.start() for m in GENERATE.pattern.finditer(src)]
    inputs = {m.end() for m in INPUT_MEDIA.pattern.finditer(src)}
    media = [(m.start(), m.end()) for m in SYNTH_MEDIA.pattern.finditer(src) if m.start() not in inputs]
    return any(
        0 <= s - at <= 90 or (0 < at - s <= 90 and not CLAUSE_BREAK.find(src[e:at])) for at in gen for s, e in media
    )


def offers_generator(text: Text) -> bool:
    """A generator of synthetic media reaching people outside the company: the Art. 50(2) provider case."""
    return text.has(MARKET) and generates_media(text)


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
    r"videos?|shots|pictures|footage|voices?|clips?|recordings?|audio|avatars?)|lifelike|looks? real|"
    r"indistinguishable|face[- ]?swap\w*|"
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
    r"(?:real|genuine|authentic)[- ]looking|hyper-?real\w*|virtual(?:ly)? (?:stag\w*|furnish\w*))\b|"
    r"[\'\"“„](?:personally|in person|himself|herself|themselves|he|she)[\'\"“”]",
    r"wie (?:eine?[nmrs]? |der |die |das )?echt\w*|als (?:wäre|sei|wären) (?:es|das|sie|er) (?:\w+ )?echt|"
    r"hyperrealistisch|virtuell\w* (?:\w+ )?(?:möblier\w*|eingerichtet|staging)|"
    r"[\'\"“„](?:persönlich|höchstpersönlich|selbst|er|sie)[\'\"“”]|klingt wie (?:unser|der|die|ein)|"
    r"wie (?:unser|der|die|"
    r"ein)\w* \w+ (?:klingt|aussieht)|"
    r"aussieht wie (?:unser|der|die)|deepfake|fotorealistisch|sieht echt aus|wirkt echt|nie (?:so )?passiert|"
    r"täuschend echt|realistisch\w* (?:\w+ ){0,2}(?:bild|foto|video|aufnahme|stimme|clip|film)|"
    r"lippen(?:beweg|synchron)\w*|(?:sein|ihr)\w* (?:gesicht|abbild) und (?:\w+ )?stimme|ebenbild|"
    r"(?:sein|ihr)\w* (?:eigene\w* |echte\w* )?stimme und (?:\w+ )?(?:gesicht|abbild)|"
    r"mit (?:seiner|ihrer) (?:eigenen |echten |originalen )?(?:stimme|mimik)|"
    r"zu (?:sprechen|reden|singen) scheint|als (?:ob|würde|würden) (?:er|sie) (?:\w+ ){0,4}(?:spricht|sprechen|sagt|"
    r"sagen|singt|singen|gesprochen|gesagt)|(?:sprechen|reden|sagen|singen) lass\w*|"
    r"stimmklon|stimme (?:\w+ ){0,3}(?:klon|nachbild|imitier)|gesichtstausch",
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
    r"(?:tv|satire|comedy|talk|late[- ]night|radio|quiz|game|variety|news) ?(?:shows?|programmes?|segments?)|"
    r"(?:big|large|giant|huge|video|led) (?:screens?|walls?|displays?)|screenings?|(?:upload|"
    r"put)\w* (?:\w+ ){0,3}(?:to|on|onto) (?:\w+ ){0,2}"
    r"(?:portals?|sites?|platforms?|online)|for (?:our |the )?(?:fans|followers|audience|viewers|public))\b",
    r"podcast|kampagne|veröffentlich|werbung|posten|social media|website|broschüre|plakat|anzeige|inserat|inserier|"
    r"\bfilm|spot\b|werbefilm|imagefilm|sponsor|investor|fernseh|\binsta\b|\bpresse\b|pressemappe|homepage|"
    r"newsletter|flyer|tag der offenen tür|sendung|satire|parodie|"
    r"(?:tv|satire|comedy|talk|late-night|quiz|unterhaltungs|abend)-?shows?\b|leinwand|videowand|"
    r"großbildschirm|\bmesse\b|immobilienportal|expos[eé]\b|"
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
    r"recaps?|fact ?sheets?)\b",
    r"nachrichten|artikel|meldung|pressemitteil|berichterstattung|zusammenfassung|berichte\b|beiträge|beitrag\b|"
    r"erklärtext|blog|\w*berichts?\b|\w*infotext|informationstext|warnung|hinweise\b|mitteilung|bekanntmachung|"
    r"aktuelles|neuigkeiten|\bupdates?\b|rundbrief|newsletter|lagebild|bulletin",
)
# Matters of public interest, or the public itself as the audience (residents, "die Bevölkerung"):
# politics, administration, safety, public health (flu waves, drinking water, air quality).
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
    r"numbers|figures)|case numbers|vaccinat\w*|covid|evacuat\w*|boil(?:-water)? (?:notices?|advisor(?:y|ies)))\b",
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
    r"influenza|epidemi|pandemi|infektions|fallzahlen|inzidenz|impf|corona|covid|evakuier|abkochgebot",
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
