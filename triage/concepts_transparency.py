"""Concepts for Art. 50 transparency duties, the Art. 6(3) derogation and the provider role.

Art. 50 is about *how* people meet the system (talking to it, seeing its synthetic output),
so these concepts describe interaction and publication, not subject areas.
"""

from __future__ import annotations

from triage.patterns import concept

CHATBOT = concept(
    r"\b(?:chat ?bots?|voice ?bots?|callbots?|virtual (?:assistants?|agents?)|conversational|"
    r"ai (?:concierge|tutor|coach|receptionist|agent|chat)|(?:talking|chatty) (?:robot|ai|avatar|bot)s?|"
    r"role[- ]play\w*|"
    r"chat with (?:an |the )?ai|"
    r"chats? with|talks? (?:to|with)|speaks? (?:to|with)|phone assistant|voice assistant|"
    r"answers? (?:\w+ ){0,2}"
    r"(?:questions|calls|inquiries|enquiries|phone)|takes? (?:\w+ ){0,2}calls|conversations? with|bots?)\b",
    r"\b(?:ai|bot) (?:answers|replies|responds)\b|\bki antwortet\b|\bantwortet (?:\w+ ){0,2}ki\b|"
    r"\b(?:talk|walk|guide)s? (?:them|customers|users|guests|members|people|patients|callers|staff|"
    r"you) through\b|\bask\w* (?:an? |the |our )?(?:ai|bot|chatbot|"
    r"assistant)\b|der ki fragen|fragen an (?:die|eine) ki|"
    r"\bai voice\b|\bgreets? (?:callers|customers|guests|visitors|patients)\b|begrüßt|"
    r"\b(?:whatsapp|telegram|service|support|kunden|faq|ki|ai|help|info|call|hr|it)[- ]?bots?\b|"
    r"\b(?:sprach|telefon|service|dialog|termin|buchungs)[- ]?bots?\b",
    r"fragen (?:\S+ ){0,4}beantwort|avatar-?chat|sprechende[rn]? (?:ki|roboter|avatar)|empfangsroboter|"
    r"ki-?(?:tutor|coach|concierge)|mit (?:einer|der|unserer) ki (?:\w+ ){0,4}(?:sprechen|chatten|reden|schreiben)|"
    r"interaktive[rn]? ki|ki-?chat|chat-?assistent|chatbot|"
    r"sprachassistent|telefonassistent|ki-?assistent|"
    r"digitale[rn]? (?:assistent|helfer)|mit \'[^\']{2,20}\' (?:chatten|sprechen|schreiben)|"
    r"virtuelle[rn]? assistent|beantwortet (?:\w+ ){0,4}fragen|nimmt (?:\w+ ){0,3}anrufe|spricht mit|chattet|"
    r"(?:spricht|sprechen) (?:\w+ ){0,2}an\b|"
    r"rollenspiel|gesprächspartner",
)
CHATBOT_NOUN = concept(
    r"\b(?:chat ?bots?|voice ?bots?|callbots?|virtual assistants?|ai concierge|role[- ]play bot)\b",
    r"ki-?chat|chatbot|sprachassistent|telefonassistent",
)
DRAFT = concept(
    r"\b(?:drafts?|drafting|suggest\w* (?:\w+ ){0,2}(?:replies|answers|responses)|agent (?:reviews|checks|"
    r"edits)|"
    r"human (?:reviews|checks|approves|sends)|before (?:it is )?sent|(?:we|they|agents?|"
    r"staff) (?:then )?send)\b",
    r"entwurf|entwirft|entwürfe|antwortvorschl|vorschläge für|vor dem versand|freigeben|freigabe",
)
GENERATE = concept(
    r"\b(?:transform\w*|turns? (?:\w+ ){0,3}into|convert\w* (?:\w+ ){0,3}into|writ(?:e|es|ing)|generat\w*|"
    r"creat\w*|produc(?:e|es|ed|ing)|compos\w*|synthes\w*|makes?|clon\w*|dub(?:s|bing|bed)?)\b",
    r"verwandel|umwandel|erzeug|erstell|generier|komponier|produzier|schreib|\bmach(?:en|t)\b|klon|verton|"
    r"synthetisier|einspr(?:icht|echen)",
)
SYNTH_MEDIA = concept(
    r"\b(?:music|songs?|jingles?|audio|voices?|speech|sounds?|images?|pictures?|photos?|illustrations?|"
    r"artwork|headshots?|portraits?|profile pictures?|"
    r"videos?|avatars?|texts?|articles?|stories|podcasts?|shots|copy|captions|posts|reviews|testimonials|"
    r"lyrics|scripts)\b",
    r"musik|lieder|\bsong|porträt|profilbild|bewerbungsfoto|stimme|sprachausgabe|bilder|\bbild|fotos?|grafik|"
    r"illustration|video|texte|artikel|"
    r"geschichten|hörbuch",
)
MARKET = concept(
    r"\b(?:place\w* (?:\w+ ){0,3}on the market|bring\w* (?:\w+ ){0,3}to market|launch\w*|sell\w*|for sale|"
    r"for (?:our )?(?:customers|clients)|customers can|users can|subscriptions?|saas|white[- ]label|"
    r"(?:in|into) our (?:product|app|platform)|as a (?:product|service)|we (?:build|develop|ship|sell|offer)|"
    r"licen[cs]\w* (?:it |them )?to|resell\w*)\b",
    r"auf den markt|markteinführung|verkauf|vertreib|anbieten|lizenzier|für unsere kunden|kunden können|nutzer können|"
    r"\babo\b|wir (?:bauen|entwickeln|liefern|verkaufen)|\bbieten (?:\S+ ){0,8}an\b|in unserer app|"
    r"können (?:\w+ ){0,2}(?:nutzer|kunden|user)",
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
    r"videos?|shots|pictures|footage|voices?)|lifelike|looks? real|indistinguishable|face[- ]?swap\w*|"
    r"voice clon\w*|clon\w* (?:the |her |his |our )?(?:[\w']+ )?(?:voice|face)|synthetic (?:voice|video) of|"
    r"digital (?:twin|double) of|looks? (?:\w+ ){0,2}real|(?:digital|virtual|ai) (?:version|clone|copy) of)\b",
    r"wie ein echte[rs]?|als wäre es echt|klingt wie (?:unser|der|die|ein)|wie (?:unser|der|die|"
    r"ein)\w* \w+ (?:klingt|aussieht)|"
    r"aussieht wie (?:unser|der|die)|deepfake|fotorealistisch|sieht echt aus|wirkt echt|nie (?:so )?passiert|"
    r"täuschend echt|realistisch\w* (?:\w+ ){0,2}(?:bilder|fotos|videos|aufnahmen|"
    r"stimme)|"
    r"stimmklon|stimme (?:\w+ ){0,3}(?:klon|nachbild|imitier)|gesichtstausch",
)
REAL_SUBJECT = concept(
    r"\b(?:real|existing|actual|landmarks?|ceo|mayor|politicians?|celebrit\w*|founder|our (?:first |old |own )?"
    r"(?:town|city|store|hotel|factory|plant|headquarters|office|building|shop))\b",
    r"echte|reale|existierend|wahrzeichen|politiker|bürgermeister|geschäftsführ|vorstand|prominent|gründer",
)
PUBLISH = concept(
    r"\b(?:youtube|instagram|tiktok|linkedin|podcasts?|campaigns?|publish\w*|post\w*|social media|ads?|"
    r"advert\w*|marketing|website|films?|documentar\w*|listings?|booking sites?|"
    r"brochures?)\b",
    r"podcast|kampagne|veröffentlich|werbung|posten|social media|website|broschüre|plakat|anzeige|inserat|inserier|"
    r"\bfilm",
)
DEEPFAKE_TERM = concept(r"\bdeep ?fakes?\b", r"deepfake")
NEWS = concept(
    r"\b(?:news|articles?|press releases?|reports? on|newsletters?|blog posts?|bulletins?|summar(?:y|ies)|"
    r"(?:candidate|party|politician) (?:profiles|portraits)|"
    r"updates|briefs)\b",
    r"nachrichten|artikel|meldung|pressemitteil|berichterstattung|zusammenfassung|berichte\b",
)
PUBLIC_INTEREST = concept(
    r"\b(?:politic\w*|elections?|public interest|council|municipal|local news|government|public health|"
    r"public|accidents?|road closures?|roadworks)\b",
    r"politik|gemeinderat|öffentlich|kommunal|\bwahl|regierung|stadtrat|unfäll|unfall|baustelle|straßensperr|"
    r"bürgerportal",
)
AUTO_PUBLISH = concept(
    r"\b(?:auto-?post\w*|auto-?publish\w*|nobody (?:checks|reviews|reads)|no one (?:checks|reviews)|"
    r"automatically (?:\w+ ){0,2}publish\w*|publish\w* (?:\S+ ){0,8}automatically|"
    r"without (?:any )?(?:human )?"
    r"(?:review|editing|editors?|check)|no (?:editors?|editorial|human review)|directly (?:published|online)|"
    r"without anyone (?:reading|checking|reviewing)|go(?:es)? live (?:\S+ ){0,6}without)\b",
    r"niemand (?:prüft|kontrolliert|liest)|automatisch (?:\w+ ){0,3}veröffentlich|ohne (?:redaktion|prüfung|"
    r"menschliche|redakteur)|direkt online|(?:stellt|stellen) (?:\S+ ){0,3}automatisch (?:\S+ ){0,2}(?:online|ins|auf)",
    raw=True,
)
PROCEDURAL = concept(
    r"\b(?:only|merely|just|purely|solely)\b(?: \S+){0,5} (?:format\w*|translat\w*|transcrib\w*|"
    r"anonymi[sz]\w*|"
    r"pseudonymi[sz]\w*|deduplicat\w*|digiti[sz]\w*|ocr|convert\w*|extract\w*|schedul\w*|spell\w*|"
    r"check\w* (?:\w+ ){0,3}(?:completeness|missing|spelling|format)|complete)",
    r"\b(?:completeness check|preparatory|narrow procedural|human (?:makes|takes) (?:the|every|"
    r"all) decisions?|"
    r"humans? decides?)\b",
    r"(?:nur|lediglich|ausschließlich|bloß)(?: \S+){0,5} (?:formatier|übersetz|transkrib|anonymisier|"
    r"pseudonymisier|digitalis|extrahier|termin|vollständig|rechtschreib)",
    r"vollständigkeitsprüfung|vorbereitend|(?:entscheid\w*|auswahl) (?:\w+ ){0,3}(?:mensch|menschen|personal|"
    r"recruiter|sachbearbeit)|(?:mensch|menschen|sachbearbeit\w*) (?:\w+ ){0,2}entscheid",
)
PROFILING = concept(
    r"\b(?:rank\w*|scor\w*|evaluat\w*|assess\w*|predict\w*|profil\w*|rat(?:e|es|ing)|behaviou?r\w*|"
    r"performance|reliab\w*|credit[- ]?worth\w*|personality|preferences)\b",
    r"bewert|beurteil|einschätz|vorhersag|profil|punktzahl|ranking|einstuf|verhalten|leistung|bonität|"
    r"persönlichkeit|zuverlässig",
)
PUBLIC_FIGURE = concept(
    r"\b(?:chancellor|president|prime minister|ministers?|politicians?|celebrit\w*|famous (?:people|persons?|"
    r"actors?|actress\w*|singers?|athletes?)|pop stars?|"
    r"football(?:er| star)s?|royals?|the pope|famous (?:\w+ )?(?:coach|coaches|players?|actors?|singers?|presenters?|"
    r"chefs?|athletes?|comedians?|influencers?))\b",
    r"kanzler|präsident|minister|politiker|prominente|promi\b|berühmte|popstar|fußballstar|papst",
)
ENDORSE = concept(
    r"\b(?:says?|saying|praises?|praising|endors\w*|recommends?|announc\w*|shak\w* hands|dancing|singing|"
    r"wearing|using our)\b",
    r"\blobt\b|\bsagt\b|empfiehlt|wirbt|verkündet|tanzt|singt|trägt unser|nutzt unser",
)
SYNTH_LIKENESS = concept(
    r"\b(?:videos?|photos?|images?|pictures?|footage|voices?|clips?|audio)\b",
    r"video|foto|bild|aufnahme|stimme|clip",
)
