"""Concepts for Art. 50(2): generators of synthetic audio, image, video or text offered to others.

Art. 50(2) binds whoever offers a generator to others (a *provider*), so generation is paired with
a market cue, and the generated thing must be the media, not a photo handed in for analysis.
`offers_generator` is the one notion of "a generator offered to others", shared by the Art. 50(2) rule
and the provider-role check. Deep fakes and AI-written publications (Art. 50(4)) live in
`concepts_deepfake`, conversation (Art. 50(1)) in `concepts_transparency`.
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
    r"wallpapers?|backdrops?|screensavers?|emojis?|skins|textures?|sprites?|concept art|character (?:art|designs?)|"
    r"(?:character|player|avatar|weapon|vehicle|in-game|game|custom|unique|individual|personali[sz]ed|new) skins?|"
    r"(?:3d|game|in-game|virtual) (?:models?|assets?|items?|objects?|characters?|worlds?|levels?)|"
    r"radio (?:calls|messages|chatter|traffic)|simulated (?:phone |radio )?calls)\b",
    r"musik|lieder|\bsong|porträt|profilbild|bewerbungsfoto|stimme|sprachausgabe|bilder|\bbild|fotos?|grafik|"
    r"illustration|video|texte|artikel|"
    r"geschichten?\b|bilderb[uü]ch|hörbuch|hörspiel|dialoge|begrüßung|ansage|durchsage|rendering|visualisierung|"
    r"logos?\b|comics?\b|overlay|sticker|animation|\bclips?\b|soundtrack|geräusch|klänge|funksprüch|funkverkehr|"
    r"plakat|flyer|wallpaper|bildschirmschoner|emojis?\b|gedicht|\breime\b|"
    r"(?:hintergrund|titel|vorschau|produkt|werbe|kunst|wand|cover|sperr|start|handy|desktop|motiv|beispiel|"
    r"header|avatar)bild|"
    r"(?:einen|ein|neue[nr]?|eigene[nr]?|individuelle[nr]?|personalisierte[nr]?|passende[nr]?) skins?\b|skins\b|"
    r"(?:charakter|spieler|waffen|fahrzeug)-?skins?\b|textur(?:en)?\b|sprites?\b|"
    r"3d-?(?:modell|objekt|figur|asset)\w*|spielfigur\w*|charakter-?design\w*|spielwelt\w*|"
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
# Licensing *out* ("lizenzieren die Stimmen an Verlage", "an Maschinenbauer lizenziert", "weiterlizenzieren"), not
# the licence a deployer holds ("das Modell, das wir lizenziert haben", "unser lizenziertes Tool"): only a licence
# granted to others places the generator on the market (Art. 3(9)-(11)); using a licensed one is deployment.
_LICENSE_OUT = (
    r"(?:weiter|unter|aus)lizenzier|lizenzvergabe|in lizenz (?:\S+ ){0,2}(?:vergeb|geb)|"
    r"lizenzier(?:en|t|te|ten)\b (?:[^\s.,;:!?]+ ){0,4}an (?!uns\b|de[mr]\b|eine[mr]\b)\w|"
    r"\ban (?!uns\b)(?:[^\s.,;:!?]+ ){1,4}(?:zu )?lizenzier(?:en|t)\b"
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
    r"licen[cs]\w* (?:it |them )?to|(?:sub|out-?)licen[cs]\w*|resell\w*|"
    r"(?:our own|our in-house|in-house|self-built|self-trained|custom-trained|proprietary) (?:[\w-]+ ){0,2}"
    r"(?:generators?|models?|tools?|engines?|apps?)|"
    r"(?:our own|in-house|self-trained|custom-trained|proprietary) (?:ai|synthetic|artificial|cloned|tts|"
    r"text-to-speech)[- ](?:[\w-]+ )?voices?|build\w* (?:us |ourselves )?(?:an? |"
    r"our (?:own )?)(?:[\w-]+ )?(?:generators?|tools?|apps?)|"
    r"feature (?:for|in) (?:the |our )?(?:[\w-]+ )?(?:app|portal|platform|product|game|shop|software)|"
    r"(?:(?:customer|client|user|player|gamer|learner|student|pupil|member|subscriber|guest|visitor|fan|creator|"
    r"streamer|artist|broker|dealer|tenant|author|shopper|buyer|partner|parent|patient|dentist|doctor|reader|"
    r"listener|viewer)s?|famil(?:y|ies)|other (?:companies|studios|publishers|firms|businesses)) "
    r"(?:can |could |will |then )?(?:simply |just )?(?:type|upload|describe|enter|pick|choose|select|download|"
    r"create|design|order|request|share|customi[sz]e|generate|get|receive)(?:s|es)?|"
    r"virtual (?:fitting[- ]rooms?|try-?ons?|changing rooms?)|"
    r"(?:customer|client|patient|dentist|doctor|partner|dealer|member|parent|tenant|user|fan|creator|player|"
    r"student|learner|consumer|guest)s?[- ](?:portal|app|platform|area)|"
    r"built-in (?:[\w-]+ )?(?:generators?|features?|tools?)|(?:built|baked|integrated) (?:in)?to (?:our|the) "
    r"(?:[\w-]+ )?(?:app|product|platform|game|portal|software|simulator)s?|"
    r"(?:simulator|simulation|game|gaming|toy|edtech|e-learning|software|app|streaming|publishing|"
    r"greeting[- ]card|photo[- ]book) (?:business|company|studio|vendor|maker|products?|line|division))\b",
    r"auf den markt|markteinführung|verkauf|vertreib|anbieten|" + _LICENSE_OUT + r"|für unsere kunden|kunden können|"
    r"nutzer können|"
    r"\babo\b|wir (?:bauen|entwickeln|liefern|verkaufen)|(?:selbst |eigens |eigene\w* (?:[\w-]+ ){0,2})trainiert|"
    r"(?:wir trainieren|trainieren wir) (?:ein\w* |unser\w* )?(?:eigene\w* |neue\w* )?(?:ki-|[\w-]*(?:modell|"
    r"generator|stimme)\b|ki\b)|\bbieten (?:\S+ ){0,8}an\b|in unserer app|"
    r"können (?:\w+ ){0,2}(?:nutzer|kunden|user)|"
    r"\beigene[nmrs]? [\w-]*(?:generator|modell|tool|app|software)\b|hauseigen|"
    r"\beigene[nmrs]? (?:synthetisch\w* |künstlich\w* )?(?:ki-|synthetisch\w* |künstlich\w* )[\w-]*stimme|"
    r"(?:feature|funktion) (?:fürs|für (?:unser\w*|das|die|den))|"
    r"\b(?:kund(?:e|en|in|innen)|nutzer\w*|user|spieler\w*|makler\w*|händler\w*|mitglied\w*|lernende\w*|"
    r"schüler\w*|abonnent\w*|gast|gäste|besucher\w*|mieter\w*|autor\w*|vereine|eltern|familien|patient\w*|"
    r"streamer\w*|creator\w*|künstler\w*|fans|leser\w*|hörer\w*|zuschauer\w*) (?:kann |darf |können |dürfen )?"
    r"(?:\w+ )?(?:laden|lädt|tippen|tippt|geben|gibt|beschreiben|beschreibt|wählen|wählt|gestalten|gestaltet|"
    r"bestellen|bestellt|herunterladen|hochladen|teilen|teilt|erstellen|erstellt|erzeugen|erzeugt)\b|"
    r"(?:lädt|tippt|gibt|beschreibt|wählt|gestaltet|bestellt|erstellt) (?:der|die|ein|eine|jede[rn]?) (?:kund(?:e|in)|"
    r"spieler\w*|nutzer\w*|user\w*|gast|besucher\w*|mieter\w*|patient\w*)\b|virtuelle[rn]? (?:anprobe|umkleide|kabine)|"
    r"\bin-?game\b|ingame|in unserem (?:\w+-)?spiel\b|"
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
