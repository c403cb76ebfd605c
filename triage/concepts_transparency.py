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
    r"phone assistant|voice assistant|"
    r"chat[- ]?(?:assistants?|helpers?|companions?|buddy)|voice agents?|"
    r"(?:answers?|answering|replies to|responds? to) (?:[\w'-]+ ){0,4}"
    r"(?:questions|queries|calls|inquiries|enquiries|phone)|takes? (?:\w+ ){0,2}calls)\b",
    r"\b(?:ai|bot) (?:answers|replies|responds)\b|\bki antwortet\b|\bantwortet (?:\w+ ){0,2}ki\b|"
    r"\b(?:talk|walk|guide)s? (?:them|customers|users|guests|members|people|patients|callers|staff|"
    r"you) through\b|\bask\w* (?:an? |the |our )?(?:ai|bot|chatbot|"
    r"assistant)\b|der ki fragen|fragen an (?:die|eine) ki|"
    r"\bai voice\b|\bgreets? (?:callers|customers|guests|visitors|patients)\b|begrüßt|"
    r"\b(?:whatsapp|telegram|messenger|teams|slack|service|support|kunden|faq|q&a|ki|ai|help|info|call|hr|it)"
    r"[- ]?bots?\b|"
    r"\b(?:sprach|telefon|hotline|service|dialog|termin|buchungs|auskunfts|beratungs)[- ]?bots?\b",
    r"fragen (?:\S+ ){0,4}beantwort|avatar-?chat|sprechende[rn]? (?:ki|roboter|avatar)|empfangsroboter|"
    r"ki-?(?:tutor|coach|concierge)|mit (?:einer|der|unserer) ki (?:\w+ ){0,4}(?:sprechen|chatten|reden|schreiben)|"
    r"interaktive[rn]? ki|ki-?chat|chat-?assistent|chatbot|"
    r"sprachassistent|telefonassistent|"
    r"digitale[rn]? (?:assistent|helfer)|mit \'[^\']{2,20}\' (?:chatten|sprechen|schreiben)|"
    r"virtuelle[rn]? assistent|beantwortet (?:\S+ ){0,4}(?:fragen|anfragen)|nimmt (?:\w+ ){0,3}anrufe|"
    r"antwortet (?:\w+ ){0,3}auf (?:\S+ ){0,2}(?:fragen|anfragen|nachrichten)|"
    r"(?:spricht|sprechen) (?:\w+ ){0,2}an\b|"
    r"rollenspiel|gesprächspartner",
)
# "talks with", "chattet": the AI takes part in a conversation, unless it only OBSERVEs people talking.
TALK = concept(
    r"\b(?:chats? with|talks? (?:to|with)|speaks? (?:to|with)|conversations? with)\b",
    r"spricht mit|chattet",
)
OBSERVE = concept(
    r"\b(?:transcrib|record|analy[sz]|summar|translat|interpret|listen\w* to|monitor|evaluat|review)\w* "
    r"(?:\S+ ){0,4}(?:conversations?|"
    r"calls?|talks?|chats?|meetings?|interviews?|sessions?|consultations?)\b",
    r"(?:gespräch|telefonat|anruf|chat|beratung)\w* (?:\S+ ){0,4}(?:transkribier|aufzeichn|aufgezeichnet|"
    r"analysier|übersetz|"
    r"ausgewertet|auswert|zusammengefasst|zusammenfass|mitschneid|mitgeschnitten)|(?:transkribier|zeichnet|"
    r"analysier|wertet|fasst|übersetz)\w* (?:\S+ ){0,4}(?:gespräch|telefonat|anruf|chat|beratung)",
)
# People answering ("our team answers questions faster", "Mitarbeiter beantworten Anfragen"): an answering cue
# right after a human subject is theirs, not the AI's.
HUMAN_TALK = concept(
    r"\b(?:we|team|staff|(?<!ai )(?<!voice )(?<!virtual )(?<!chat )agents?|employees|colleagues|advis[eo]rs|reps|"
    r"representatives|clerks|nurses|doctors|teachers|trainers|recruiters|humans?|operators|dispatchers|"
    r"call handlers)\b(?: \w+){0,2} (?=(?:answer|reply|replies|respond|take)\w*\b)",
    r"\b(?:wir|team|mitarbeit\w*|kolleg\w*|sachbearbeit\w*|(?<!ki-)berater\w*|pflegekräfte|ärzt\w*|lehrkräfte|"
    r"disponent\w*)(?: \w+){0,2} (?=(?:beantwort|antwort|nimmt|nehmen)\w*)",
)
# Systems whose very name says they talk to people: a "draft" they produce (a ticket, a summary) does not
# turn them into a writing aid.
CHATBOT_NOUN = concept(
    r"\b(?:chat ?bots?|voice ?bots?|callbots?|virtual assistants?|ai concierge|role[- ]play bot|voice agents?|"
    r"(?:whatsapp|telegram|messenger|sms)[- ]?(?:bots?|assistants?))\b",
    r"ki-?chat|chatbot|sprachassistent|telefonassistent|(?:whatsapp|telegram|messenger)-?(?:bot|assistent)",
)
# A bare "bot" is a chatbot only when people converse with it: RPA and reminder bots, bot traffic
# ("bot-like behaviour", "anti-bot") and crawlers are not Art. 50(1) systems.
BOT = concept(
    r"(?<!anti-)(?<!anti )\bbots?\b(?![- ]?(?:like|traffic|detection|activity|behaviou?r|attacks?|accounts?|farms?|"
    r"nets?|protection|checks?|signals?|scores?|filter|artig|erkennung|abwehr|schutz|verkehr))",
)
# Channel-, AI- or place-qualified assistants; they interact with people when a CONVERSE cue says so
# (a "Teams assistant that summarises meetings" does not). Job titles ("HR assistant", "Serviceassistentin")
# are people, so they are left out.
ASSISTANT = concept(
    r"\b(?:whatsapp|telegram|signal|messenger|sms|teams|slack|intranet|web|website|online|in-app|app|hotline|"
    r"helpdesk|self-service|faq|q&a|question-answering|knowledge|policy)[- ](?:assistants?|helpers?|buddy|"
    r"buddies|companions?)\b",
    r"\b(?:ai|gpt|llm|genai|digital|virtual|smart|ai-powered|ai-based)[- ](?:assistants?|helpers?|advis[eo]rs?|"
    r"buddy|buddies|companions?|guides?)\b",
    r"\b(?:assistants?|helpers?) (?:in|on|via|inside|within) (?:the |our |a |an )?(?:[\w-]+ )?(?:intranet|"
    r"website|site|app|portal|whatsapp|teams|slack|telegram|messenger|hotline|chat|kiosk|terminal|tablet)s?\b",
    r"(?:whatsapp|telegram|messenger|sms|teams|intranet|web|website|online|app|portal|hotline|faq|auskunfts|"
    r"info|frage-antwort|wissens|self-service)-?(?:assistent|helfer)|"
    r"(?:ki|digital\w*|virtuell\w*) ?-?(?:assistent|helfer|berater|lotse|begleiter)|"
    r"(?:assistent|helfer)\w* (?:im|in der|in unserer|auf der|auf unserer|über|per) [\w-]*"
    r"(?:intranet|website|webseite|app|portal|whatsapp|teams|hotline|telefon|chat)",
)
# People putting questions to the system or it answering them: what makes an assistant conversational.
CONVERSE = concept(
    r"\b(?:ask(?:s|ed|ing)?\b(?!:| (?:for|whether|if|us|me|that|to)\b)|answer\w*|repl(?:y|ies|ying)|respond\w*|"
    r"chat\w*|talk\w*|speak\w*|convers\w*|questions?|"
    r"queries|dialog\w*|dialogue|type (?:in )?(?:their|your|a) (?:question|problem|request)|"
    r"(?:helps|guides|advises) (?:customers|users|guests|employees|staff|colleagues|citizens|patients|visitors)|"
    r"by voice|callers?|on the phone)\b",
    r"\bfrag(?:e|en|t|st)?\b(?!:|,? ob\b)|\w*anfrage\w*|rückfrage\w*|antwort\w*|auskunft|chat\w*|gespräch|"
    r"unterhält|unterhalten|plauder\w*|dialog\w*|"
    r"\bberät\b|beraten|per sprache|per telefon|am telefon|anrufe\w*|"
    r"hilft (?:\w+ ){0,2}(?:kunden|nutzern|bürgern|mitarbeitenden|kollegen|patienten|gästen)",
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
    r"lyrics|scripts|dialogues?|greetings?|announcements?|voice-?overs?|narrations?|banners?|logos?|"
    r"renderings?|visuali[sz]ations?|comics?|(?:writing|copy|text|letter|e-?mail)[- ]?(?:tools?|assistants?|"
    r"generators?|writers?))\b",
    r"musik|lieder|\bsong|porträt|profilbild|bewerbungsfoto|stimme|sprachausgabe|bilder|\bbild|fotos?|grafik|"
    r"illustration|video|texte|artikel|"
    r"geschichten|hörbuch|hörspiel|dialoge|begrüßung|ansage|rendering|visualisierung|logos?\b|comics?\b|"
    r"(?:schreib|text|brief)-?(?:tool|assistent|hilfe|generator|roboter)",
)
MARKET = concept(
    r"\b(?:place\w* (?:\w+ ){0,3}on the market|bring\w* (?:\w+ ){0,3}to market|launch\w*|sell\w*|for sale|"
    r"for (?:our )?(?:customers|clients)|customers can|users can|subscriptions?|saas|white[- ]label|"
    r"(?:in|into|via|through) our (?:[\w-]+ )?(?:product|app|platform|game|portal)|as a (?:product|service)|"
    r"we (?:build|develop|ship|sell|offer|host)|lets? (?:\w+ ){0,2}(?:generate|create|design|make|produce|turn)|"
    r"licen[cs]\w* (?:it |them )?to|resell\w*|"
    r"(?:our own|our in-house|in-house|self-built|proprietary) (?:[\w-]+ ){0,2}(?:generators?|models?|tools?|"
    r"engines?|apps?)|build\w* (?:us |ourselves )?(?:an? |our (?:own )?)(?:[\w-]+ )?(?:generators?|tools?|apps?)|"
    r"feature (?:for|in) (?:the |our )?(?:[\w-]+ )?(?:app|portal|platform|product|game|shop|software)|"
    r"(?:customers|clients|users|players|gamers|learners|students|pupils|members|subscribers|guests|visitors|fans|"
    r"creators|brokers|dealers|tenants|authors|shoppers|buyers|partners|other (?:companies|studios|"
    r"publishers|firms|businesses)) (?:can |could |will |then )?(?:simply |just )?(?:type|upload|describe|"
    r"enter|pick|choose|select|download|create|design|order|request|share|customi[sz]e|generate|get|receive))\b",
    r"auf den markt|markteinführung|verkauf|vertreib|anbieten|lizenzier|für unsere kunden|kunden können|nutzer können|"
    r"\babo\b|wir (?:bauen|entwickeln|liefern|verkaufen)|\bbieten (?:\S+ ){0,8}an\b|in unserer app|"
    r"können (?:\w+ ){0,2}(?:nutzer|kunden|user)|"
    r"\beigene[nmrs]? [\w-]*(?:generator|modell|tool|app|software)\b|hauseigen|"
    r"(?:feature|funktion) (?:fürs|für (?:unser\w*|das|die|den))|"
    r"\b(?:kunden|kundinnen|nutzer\w*|user|spieler\w*|makler\w*|händler\w*|mitglied\w*|lernende\w*|"
    r"schüler\w*|abonnent\w*|gäste|besucher\w*|mieter\w*|autor\w*|vereine) (?:können |dürfen )?(?:\w+ )?"
    r"(?:laden|lädt|tippen|beschreiben|wählen|gestalten|bestellen|herunterladen|hochladen|teilen)\b",
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
    r"digital (?:twin|double) of|looks? (?:\w+ ){0,2}real|(?:digital|virtual|ai) (?:version|clone|copy) of|"
    r"lip[- ]?sync\w*|lip movements?|(?:appears?|seems?) to (?:speak|say|talk|sing)\b|"
    r"mak\w* (?:him|her|them) (?:say|speak|sing|talk)|"
    r"(?:looks?|sounds?|seems?) (?:as if|as though|like) (?:he|she|they)"
    r"(?: is| are|'s|'re)? (?:\w+ )?(?:speaking|saying|talking|singing|speaks|says|said)|"
    r"(?:his|her|their) (?:own )?(?:face|likeness) and voice|"
    r"(?:his|her|their) voice and face|likeness of|as if (?:he|she|they) (?:had )?(?:said|spoke|were speaking))\b",
    r"wie ein echte[rs]?|als wäre es echt|klingt wie (?:unser|der|die|ein)|wie (?:unser|der|die|"
    r"ein)\w* \w+ (?:klingt|aussieht)|"
    r"aussieht wie (?:unser|der|die)|deepfake|fotorealistisch|sieht echt aus|wirkt echt|nie (?:so )?passiert|"
    r"täuschend echt|wie echt\b|realistisch\w* (?:\w+ ){0,2}(?:bild|foto|video|aufnahme|stimme|clip|film)|"
    r"lippen(?:beweg|synchron)\w*|(?:sein|ihr)\w* (?:gesicht|abbild) und (?:\w+ )?stimme|ebenbild|"
    r"zu (?:sprechen|reden|singen) scheint|als (?:ob|würde|würden) (?:er|sie) (?:\w+ ){0,4}(?:spricht|sprechen|sagt|"
    r"sagen|singt|singen|gesprochen|gesagt)|(?:sprechen|reden|sagen|singen) lass\w*|"
    r"stimmklon|stimme (?:\w+ ){0,3}(?:klon|nachbild|imitier)|gesichtstausch",
)
REAL_SUBJECT = concept(
    r"\b(?:real|existing|actual|landmarks?|ceo|mayor|politicians?|celebrit\w*|founder|our (?:first |old |own )?"
    r"(?:town|city|store|hotel|factory|plant|headquarters|office|building|shop)|our (?:\w+ )?(?:captain|coach|"
    r"chair(?:man|woman|person)?|director|boss|cfo|cto|coo|spokes(?:person|man|woman)|presenter|host|head)|"
    r"(?:he|she|they|coach|captain|ceo|founder|mayor|manager|presenter|host|star)(?: has| have|'s|'ve)? "
    r"(?:already )?(?:agreed|consented|signed off)|"
    r"with (?:his|her|their) (?:consent|permission))\b",
    r"echte|reale|existierend|wahrzeichen|politiker|bürgermeister|geschäftsführ|vorstand|prominent|gründer|"
    r"unser\w* (?:kapitän|trainer|chef|vorsitzend|präsident|direktor|moderator|sprecher|schulleiter|pfarrer)\w*|"
    r"zugestimmt|einverstanden|eingewilligt|(?:seiner|ihrer) (?:zustimmung|einwilligung)",
)
PUBLISH = concept(
    r"\b(?:youtube|instagram|tiktok|linkedin|podcasts?|campaigns?|publish\w*|post\w*|social media|ads?|"
    r"advert\w*|marketing|website|films?|documentar\w*|listings?|booking sites?|"
    r"brochures?|spots?|commercials?|sponsor\w*|investors?|trailers?|reels?|facebook|tv|broadcast\w*|socials|"
    r"billboards?)\b",
    r"podcast|kampagne|veröffentlich|werbung|posten|social media|website|broschüre|plakat|anzeige|inserat|inserier|"
    r"\bfilm|spot\b|werbefilm|imagefilm|sponsor|investor|fernseh",
)
DEEPFAKE_TERM = concept(r"\bdeep ?fakes?\b", r"deepfake")
NEWS = concept(
    r"\b(?:news|articles?|press releases?|reports? on|newsletters?|blog posts?|bulletins?|summar(?:y|ies)|"
    r"(?:candidate|party|politician) (?:profiles|portraits)|"
    r"updates|briefs|explainers?|blogs?|posts|stories|write-?ups?|warnings|alerts)\b",
    r"nachrichten|artikel|meldung|pressemitteil|berichterstattung|zusammenfassung|berichte\b|beiträge|beitrag\b|"
    r"erklärtext|blog",
)
PUBLIC_INTEREST = concept(
    r"\b(?:politic\w*|elections?|council|municipal|local news|government|"
    r"public (?:interest|affairs|health|safety|order|transport|services?|sector|authorit\w*|debate|policy|funds|"
    r"spending|administration|consultations?|hearings?|meetings?)|the public|general public|"
    r"accidents?|road closures?|roadworks|laws?|legislation|regulations?|taxes|levies|subsid\w*|"
    r"(?:fee|price|tax|rent|tariff|fare)s? (?:increases?|hikes?|rises?|changes?)|police|city hall|town hall|"
    r"authorities|ministr\w*|courts?|crimes?|strikes?|outages?|emergenc\w*|(?:weather|storm|flood) warnings?)\b",
    r"(?:landtags|bundestags|europa|bürgermeister|gemeinderats|stadtrats|kreistags|präsidentschafts)wahl|"
    r"wahlkampf|wahlprogramm|landtag|bundestag|parlament|partei|politik|gemeinderat|"
    r"(?<!ver)öffentlich\w* (?:interesse|verwaltung|sicherheit|gesundheit|nahverkehr|dienst|hand|debatte|"
    r"ordnung|sitzung|leben|raum)|öffentlichkeit|kommunal|\bwahl|regierung|stadtrat|unfäll|unfall|baustelle|"
    r"straßensperr|bürgerportal|gesetz|verordnung|gebühr|steuer(?:n|erhöh\w*|reform\w*)?\b|abgaben\b|"
    r"preiserhöh|förderprogramm|polizei|der stadt|städtisch|gemeinde|landkreis|behörde|ministerium|gericht|"
    r"streik|störung|stromausfall|notfall|unwetter",
)
AUTO_PUBLISH = concept(
    r"\b(?:auto-?post\w*|auto-?publish\w*|(?:nobody|no one) (?:check|review|read|edit|look)\w*|unedited|"
    r"unreviewed|straight (?:from|out of) the (?:model|ai)|without (?:anyone|someone|a human) (?:editing|looking)|"
    r"automatically (?:\w+ ){0,2}publish\w*|publish\w* (?:\S+ ){0,8}automatically|"
    r"without (?:any )?(?:human )?"
    r"(?:review|editing|editors?|check)|no (?:editors?|editorial|human review)|directly (?:published|online)|"
    r"without anyone (?:reading|checking|reviewing)|go(?:es)? live (?:\S+ ){0,6}without|"
    r"(?:push|send|put|post|upload|release|issu|sent)\w* (?:\S+ ){0,6}automatically|automatically (?:\w+ ){0,2}"
    r"(?:push|send|post|release|issu|go(?:es)? live)\w*|with no (?:\w+ ){0,2}(?:checking|reviewing|editing|"
    r"review|check|sign-off))\b",
    r"niemand (?:prüft|kontrolliert|liest|redigiert|gegenliest)|ungeprüft|unredigiert|"
    r"automatisch (?:\w+ ){0,3}veröffentlich|ohne (?:redaktion|prüfung|"
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
# An assistant that only answers questions about a procedure and says it takes no part in the decision
# ("it doesn't decide", "entscheidet er nicht, das bleibt beim Amt") does not shape the outcome.
# Raw, because the cue is itself a denial.
NO_DECISION = concept(
    r"\b(?:(?:doesn't|does not|won't|will not|never|cannot|can't|isn't|is not) (?:\w+ ){0,2}(?:decid\w*|decisions?|"
    r"rat(?:e|es|ing)|rank\w*|scor\w*|filter\w*|assess\w*|evaluat\w*|judg\w*|grad\w*|select\w*|approv\w*|"
    r"reject\w*)|(?:makes|takes|has) no (?:\w+ )?(?:decisions?|say)|(?:decisions?|admissions?|approvals?|"
    r"selection) (?:\w+ ){0,3}(?:stays?|remains?|rests?|lies) with|leaves? (?:\w+ ){0,2}decisions? to)\b",
    r"entscheidet (?:\w+ ){0,2}nicht|(?:trifft|fällt) keine (?:\w+ )?entscheidung|keine (?:\w+ )?entscheidungen?\b|"
    r"bewertet (?:\w+ ){0,2}(?:nicht|niemand\w*|keine\w*)|filtert (?:\w+ ){0,2}nicht|"
    r"(?:entscheidung|entscheidet|zulassung\w*|auswahl|bewilligung|das) (?:\w+ ){0,3}(?:bleibt|liegt) "
    r"(?:\w+ ){0,2}(?:bei|beim)\b|kein(?:en)? einfluss auf",
    raw=True,
)
QUESTIONS = concept(
    r"\b(?:questions?|queries|enquiries|inquiries|faqs?)\b",
    r"\bfragen?\b|\w*anfragen?\b|auskunft|\bfaq",
)
# What such an assistant must not do besides answering: check claims, screen or sort people.
ASSESS = concept(
    r"\b(?:check\w* (?:\w+ ){0,3}(?:eligib\w*|entitle\w*|applications?|whether|if)|screen\w*|pre-?select\w*|"
    r"shortlist\w*|sort\w*|eligib\w*|entitle\w*|suitab\w*|chances|interview\w*|recommend\w* (?:\w+ ){0,2}"
    r"(?:candidates?|applicants?|decisions?|approval|rejection)|qualif\w*|likely to (?:get|be)|"
    r"whether (?:they|he|she|you)(?:'d| would| will| can| could)? (?:get|be (?:approved|eligible|accepted)))\b",
    r"prüft (?:\w+ ){0,3}(?:anträge|antrag|bewerbung\w*|unterlagen|ob)|vorauswahl|sortiert|sichtet|anspruch|"
    r"berechtig|geeignet|eignung|chancen|vorprüf|vorab-?prüf|zusage|"
    r"ob (?:sie|er|man) (?:\w+ ){0,3}(?:bekommen|erhalten|bekommt|erhält)|"
    r"empfiehlt (?:\w+ ){0,2}(?:bewerber|kandidat|zulassung|ablehnung|bewilligung)",
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
