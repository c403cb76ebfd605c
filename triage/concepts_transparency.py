"""Concepts for Art. 50(1) (systems people talk to), the Art. 6(3) derogation and the provider role.

Art. 50(1) is about *how* people meet the system: talking to it, asking it, hearing it answer.
`talks_to_people` is the one notion of "a system people talk to", shared by the Art. 50(1) rules and
the provider-role check. Synthetic content (Art. 50(2)) lives in `concepts_synthetic`, deep fakes and
AI-written publications (Art. 50(4)) in `concepts_deepfake`.
"""

from __future__ import annotations

from dataclasses import replace

from triage.patterns import Concept, Text, concept

# Inside "die KI ... beantwortet", "Fragen ... beantwortet": no human subject in between ("das Team beantwortet").
_NO_HUMAN = r"(?!(?:wir|team|mitarbeit\w*|kolleg\w*|sachbearbeit\w*|berater\w*|menschen)\b)"
CHATBOT = concept(
    r"\b(?:chat ?bots?|voice ?bots?|callbots?|virtual (?:assistants?|agents?)|conversational|"
    r"ai (?:concierge|tutor|coach|receptionist|agent|chat|mentor|buddy|companion|persona|character|tour guide|"
    r"museum guide)|(?:ai|virtual|digital) (?:conversation|speaking|sparring|practi[cs]e|chat|dialogue) partners?|"
    r"chat (?:on|via|at) (?:the |our |a )?(?:tablets?|kiosks?|terminals?|touchscreens?)|"
    r"(?:talking|chatty) (?:robot|ai|avatar|bot)s?|"
    r"role[- ]play\w*|chat with (?:an |the )?ai|phone assistant|voice assistant|"
    r"chat[- ]?(?:assistants?|helpers?|companions?|buddy)|voice agents?|"
    r"(?:answers?|answering|replies to|responds? to) (?:[\w'-]+ ){0,4}"
    r"(?:questions|queries|calls|inquiries|enquiries|phone)|takes? (?:\w+ ){0,2}calls)\b",
    r"\b(?:ai|bot) (?:answers|replies|responds)\b|\b(?:ki|bot)\b(?: " + _NO_HUMAN + r"[^\s.!?;:,]+){0,6} "
    r"(?:antwortet|beantwortet)\b|"
    r"\bantwortet (?:\w+ ){0,2}ki\b|"
    r"\b(?:talk|walk|guide)s? (?:them|customers|users|guests|members|people|patients|callers|staff|"
    r"you) through\b|\bask\w* (?:an? |the |our )?(?:ai|bot|chatbot|"
    r"assistant)\b|der ki fragen|fragen an (?:die|eine) ki|"
    r"\bai voice\b|\bgreets? (?:callers|customers|guests|visitors|patients)\b|begrüßt|"
    r"\b(?:whatsapp|telegram|messenger|teams|slack|service|support|kunden|faq|q&a|ki|ai|help|info|call|hr|it)"
    r"[- ]?bots?\b|"
    r"\b(?:sprach|telefon|hotline|service|dialog|termin|buchungs|auskunfts|beratungs)[- ]?bots?\b",
    r"fragen (?:" + _NO_HUMAN + r"[^\s.!?;:]+ ){0,8}"
    r"beantwort|chat (?:auf|am|an|im) (?:\w+ )?(?:tablet|kiosk|terminal|touchscreen)|avatar-?chat|"
    r"sprechende[rn]? (?:ki|roboter|avatar)|empfangsroboter|"
    r"ki-?(?:tutor|coach|concierge)|mit (?:einer|der|unserer) ki (?:\w+ ){0,4}(?:sprechen|chatten|reden|schreiben)|"
    r"interaktive[rn]? ki|ki-?chat|chat-?assistent|chatbot|sprachassistent|telefonassistent|"
    r"digitale[rn]? (?:assistent|helfer)|mit \'[^\']{2,20}\' (?:chatten|sprechen|schreiben)|"
    r"virtuelle[rn]? assistent|beantwortet (?:\S+ ){0,4}(?:fragen|anfragen)|nimmt (?:\w+ ){0,4}anrufe|"
    r"antwortet (?:\w+ ){0,3}auf (?:\S+ ){0,2}\w*(?:fragen|nachrichten)|"
    r"(?:spricht|sprechen) (?:\w+ ){0,2}an\b|"
    r"rollenspiel|gesprächspartner",
)
# "talks with", "chattet": the AI takes part in a conversation, unless it only OBSERVEs people talking.
TALK = concept(
    r"\b(?:chat(?:s|ting)?|talk(?:s|ing)?|speak(?:s|ing)?|conversations?|convers(?:e|es|ing))"
    r"(?: (?:by|via|per|over|through|in) [\w-]+| (?:freely|directly|naturally|live|aloud|out loud|regularly))? "
    r"(?:to|with)\b(?! (?:our |the |an? |their |your )?(?:[\w-]+ )?(?:vendors?|suppliers?|providers?|consultants?|"
    r"agenc(?:y|ies)|lawyers?|legal|works council|unions?|management|data protection officer)\b)",
    r"spricht mit|chattet|"
    r"(?:unterhält|unterhalten|chatten|sprechen|reden|redet|schreiben|schreibt|plaudern|plaudert)(?: sich)? "
    r"(?:\S+ ){0,5}mit (?:einer|der|unserer|dem|einem|unserem) (?:\S+ )?(?:ki|bot|chatbot|avatar|ki-\w+)\b",
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
    r"\b(?:we|i|our team)(?:'d| would| want| will| should| need| could| can| have)?(?: like)?(?: to)? "
    r"(?=(?:talk|chat|speak)\w*\b)|\bwir (?:\w+ )?(?=(?:sprechen|reden|chatten)\b)",
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
    r"helpdesk|self-service|faq|q&a|question-answering|knowledge|policy|internal|in-house|company-wide|"
    r"employee-facing|staff-facing|customer-facing|onboarding|manual|handbook|wiki|documentation|ask-me-anything)"
    r"[- ](?:assistants?|helpers?|buddy|buddies|companions?)\b",
    r"\b(?:ai|gpt|llm|genai|digital|virtual|smart|ai-powered|ai-based)[- ](?:assistants?|helpers?|advis[eo]rs?|"
    r"buddy|buddies|companions?|guides?)\b",
    r"\b(?:assistants?|helpers?) (?:in|on|via|inside|within) (?:the |our |a |an )?(?:[\w-]+ )?(?:intranet|"
    r"website|site|app|portal|whatsapp|teams|slack|telegram|messenger|hotline|chat|kiosk|terminal|tablet)s?\b",
    r"(?:whatsapp|telegram|messenger|sms|teams|intranet|web|website|online|app|portal|hotline|faq|auskunfts|"
    r"info|frage-antwort|wissens|self-service|handbuch|onboarding|dokumentations)-?(?:assistent|helfer)|"
    r"(?:intern|hauseigen|betrieb(?:s)?intern|firmenintern)\w* (?:[\w-]+-)?(?:assistent|helfer)|"
    r"(?:ki|digital\w*|virtuell\w*) ?-?(?:assistent|helfer|berater|lotse|begleiter)|"
    r"(?:assistent|helfer)\w* (?:im|in der|in unserer|auf der|auf unserer|über|per) [\w-]*"
    r"(?:intranet|website|webseite|app|portal|whatsapp|teams|hotline|telefon|chat)",
)
# Questions typed into a search box get documents back, not answers.
_NOT_SEARCH = r"(?! (?:\S+ ){0,4}(?:search|such|query builder|sql))"
# A system people can put questions to ("an assistant staff can ask", "ask it anything", "den man fragen
# kann"): the asking is theirs, the answering the system's. Asking *for* something or asking it *to* do a
# task is an instruction, not a conversation.
_SYSTEM = r"\b(?:assistants?|tools?|bots?|ai|models?|companions?|buddy|llms?|gpts?)"
ASKABLE = concept(
    _SYSTEM + r",? (?:that |which |where )?(?:[\w-]+ ){0,3}(?:can|could|may|will) (?:simply |just |then |also )?"
    r"(?:ask|query|chat with|talk to|put (?:their |your |any )?questions to)\b(?! (?:for|whether|if|to)\b)|"
    r"\bask it (?:anything|questions|about|whether|if|how|what|where|when|which|why)\b|"
    r"\b(?:ask|type|put) (?:\w+ ){0,3}(?:questions? )?in plain (?:english|german|language|words)\b|"
    r"\b(?:type|types|typing|enter|enters|entering|key in|keys in|dictate\w*) (?:in )?(?:their |your |a |an |any |"
    r"the |own |free-text |spoken )*questions?\b" + _NOT_SEARCH,
    r"(?:assistent|helfer|tool|bot|\bki\b|modell|begleiter)\w*,? (?:den|die|das|dem|der|welche\w*) "
    r"(?:\S+ ){0,7}(?:fragen|befragen|löchern|anchatten|fragen stellen) (?:kann|können|könnte|könnten|darf|dürfen)\b|"
    r"(?:der|die|das|dem|den) man (?:einfach |alles |jederzeit )*(?:fragen|löchern|fragen stellen) kann|"
    r"(?:avatar|assistent|bot|\bki\b|roboter|helfer|figur)\w*(?: [^\s,.]+){0,3},? mit (?:dem|der|denen) "
    r"(?:\S+ ){0,4}(?:sprechen|"
    r"chatten|reden|schreiben|plaudern|unterhalten)|"
    r"\bfragen? (?:(?!\S*such)\S+ ){0,5}(?:eintipp|eingeb|eingetipp|einsprech|einspricht|"
    r"eingesprochen)\w*" + _NOT_SEARCH + "|"
    r"(?:tippen|tippt|geben|gibt|sprechen|spricht) (?:\S+ ){0,2}fragen? (?:\S+ ){0,4}ein\b" + _NOT_SEARCH,
)
# People putting questions to the system or it answering them: what makes an assistant conversational.
CONVERSE = concept(
    r"\b(?:ask(?:s|ed|ing)?\b(?!:| (?:for|whether|if|us|me|that|to)\b)|answer\w*|repl(?:y|ies|ying)|respond\w*|"
    r"chat\w*|talk\w*|speak\w*|convers\w*|questions?|queries|dialog\w*|dialogue|"
    r"type (?:in )?(?:their|your|a) (?:question|problem|request)|by voice|callers?|on the phone|"
    r"(?:helps|guides|advises) (?:customers|users|guests|employees|staff|colleagues|citizens|patients|visitors)|"
    # Handing the conversation to a person when it gets stuck is what a conversational assistant does.
    r"(?:hand(?:s|ing|ed)? (?:\w+ ){0,3}(?:over|off)|escalat\w* (?:\w+ ){0,3}|pass(?:es|ing)? (?:\w+ ){0,3}on|"
    r"transfer\w* (?:\w+ ){0,3}) to (?:a |an |the )?(?:human|live|real (?:person|agent)|person)|"
    r"human hand-?(?:over|off)s?|(?:if|when|once) (?:it|the bot|the assistant) gets stuck)\b|"
    # A quoted user question ("'how do I order a laptop'", "„wo finde ich ...?“").
    r"['\"“„‚](?:how|where|what|when|why|which|who|can|could|do|does|is|are)\b[^'\"“”]{0,60}\b(?:i|my|me)\b|"
    r"['\"“„‚][^'\"“”]{3,80}\?['\"“”‘]",
    r"\bfrag(?:e|en|t|st)?\b(?!:|,? ob\b)|\w*anfrage\w*|rückfrage\w*|antwort\w*|auskunft|chat\w*|gespräch|"
    # Questions on a topic as one word ("Druckerfragen", "Steuerfragen"); a database query ("Datenabfragen"), a
    # survey ("Umfragen"), an interview of people ("befragen") or "hinterfragen" is no question put to the system.
    r"\b\w{3,}(?<!ab)(?<!um)(?<!be)(?<!hinter)fragen?\b|"
    r"unterhält|unterhalten|plauder\w*|dialog\w*|\bberät\b|beraten|per sprache|per telefon|am telefon|anrufe\w*|"
    r"hilft (?:\w+ ){0,2}(?:kunden|nutzern|bürgern|mitarbeitenden|kollegen|patienten|gästen)|"
    # The same with the verb last in a relative clause: "der Kollegen bei Druckerproblemen hilft".
    r"\b(?:kunden|nutzern|bürgern|mitarbeitenden|mitarbeiter(?:n|innen)|kolleg(?:en|innen)|beschäftigten|"
    r"patienten|gästen|besuchern|anwendern|usern) (?:\S+ ){0,6}(?:hilft|helfen)\b|"
    r"(?:übergibt|übergeben|eskaliert|eskalieren|verbindet|verbinden|leitet|leiten) (?:\S+ ){0,4}(?:an|zu|mit) "
    r"(?:einen|eine|einem|einer|die|den|dem|der) (?:menschen|(?:echte|menschliche)\w* (?:mitarbeit|kolleg|berater|"
    r"person|ansprech)\w*)|übergabe an (?:einen )?menschen|"
    r"['\"“„‚](?:wie|wo|was|wann|warum|wer|welche\w*|kann|darf|muss|gibt)\b[^'\"“”]{0,60}\b(?:ich|mein\w*|mir|mich)\b",
)
DRAFT = concept(
    r"\b(?:drafts?|drafting|suggest\w* (?:\w+ ){0,2}(?:replies|answers|responses)|agent (?:reviews|checks|edits)|"
    r"human (?:reviews|checks|approves|sends)|before (?:it is )?sent|(?:we|they|agents?|staff) (?:then )?send)\b",
    r"entwurf|entwirft|entwürfe|antwortvorschl|vorschläge für|vor dem versand|freigeben|freigabe",
)


# --- a system people talk to (Art. 50(1)); also the provider-role check -----------------------------
# Cues that the system is itself a party to a conversation, and assistants named as such (they count
# when a CONVERSE cue says people ask or talk to them).
TALK_CUES = (CHATBOT, TALK, ASKABLE)
ASSISTANT_CUES = (ASSISTANT, BOT)


def without(text: Text, *clauses: Concept) -> Text:
    """The text with every match of `clauses` blanked out, e.g. a clause naming someone else's task."""
    raw, masked = text.raw, text.masked
    for clause in clauses:
        for m in clause.pattern.finditer(raw if clause.raw else masked):
            blank = " " * (m.end() - m.start())
            raw, masked = raw[: m.start()] + blank + raw[m.end() :], masked[: m.start()] + blank + masked[m.end() :]
    return replace(text, raw=raw, masked=masked)


def not_just_drafts(text: Text) -> bool:
    """Drafts a human reviews and sends are not AI interacting with people (no Art. 50(1))."""
    return not text.has(DRAFT) or text.has(CHATBOT_NOUN)


def _ai_talks(text: Text) -> bool:
    """Some conversation cue is not just what a human subject does ("our team answers questions faster")."""
    human = [(m.start(), m.end()) for m in HUMAN_TALK.pattern.finditer(text.masked)]
    cues = (m.start() for c in TALK_CUES for m in c.pattern.finditer(text.masked))
    return any(not any(s <= at <= e for s, e in human) for at in cues)


def takes_part(text: Text) -> bool:
    """The AI is a party to the conversation, not a recorder or analyst of people talking to each other."""
    return not_just_drafts(text) and _ai_talks(text) and (text.has(CHATBOT) or not text.has(OBSERVE))


def assistant_converses(text: Text) -> bool:
    """A named assistant or bot that people ask questions or talk to, and not a mere drafting aid."""
    return any(text.has(a) for a in ASSISTANT_CUES) and text.has(CONVERSE) and not_just_drafts(text)


def talks_to_people(text: Text) -> bool:
    """People talk to the system directly: either Art. 50(1) rule of `risk_rules` would fire."""
    return takes_part(text) or assistant_converses(text)


PROCEDURAL = concept(
    r"\b(?:only|merely|just|purely|solely)\b(?: \S+){0,5} (?:format\w*|translat\w*|transcrib\w*|"
    r"anonymi[sz]\w*|"
    r"pseudonymi[sz]\w*|deduplicat\w*|digiti[sz]\w*|ocr|convert\w*|extract\w*|schedul\w*|spell\w*|"
    r"check\w* (?:\w+ ){0,3}(?:completeness|missing|spelling|format)|complete)",
    r"\bcheck\w* (?:whether|if) (?:all|every|the) (?:\w+ ){0,2}(?:required|necessary|mandatory) (?:[\w-]+ ){0,6}"
    r"(?:are|is) (?:there|present|attached|included|complete)\b|\blists? what(?:'s| is) missing\b",
    r"\b(?:completeness check|preparatory|narrow procedural|human (?:makes|takes) (?:the|every|"
    r"all) decisions?|"
    r"humans? decides?)\b",
    r"(?:nur|lediglich|ausschließlich|bloß)(?: \S+){0,5} (?:formatier|übersetz|transkrib|anonymisier|"
    r"pseudonymisier|digitalis|extrahier|termin|vollständig|rechtschreib)",
    r"ob alle (?:\S+ ){0,3}(?:unterlagen|nachweise|anlagen|anhänge|dokumente|angaben) (?:\S+ ){0,2}(?:vorliegen|"
    r"vorhanden|dabei|beiliegen|vollständig)|listet (?:\S+ ){0,3}fehlende (?:unterlagen|nachweise|anlagen|dokumente)|"
    r"vollständigkeitsprüfung|vorbereitend|(?:entscheid\w*|auswahl) (?:\w+ ){0,3}(?:mensch|menschen|personal|"
    r"recruiter|sachbearbeit)|(?:mensch|menschen|sachbearbeit\w*) (?:\w+ ){0,2}entscheid",
)
_JUDGES = r"(?:rates|ranks|scores|assesses|evaluates|judges|grades|screens|filters|sorts|profiles|selects|rejects)"
_JUDGED = r"(?:rated|ranked|scored|assessed|evaluated|judged|graded|screened|filtered|sorted|profiled)"
# German "not", also colloquial ("entscheidet nix") and "never" ("entscheidet nie"). Not deciding *alone* ("entscheidet
# nicht allein", "decides nothing on its own") still shapes the decision, so it is no denial.
_NOT_DE = r"(?:nicht|nichts|nix|nie|niemals)\b"
_NOT_ALONE_DE = r"(?! (?:allein|alleine|selbst|selbstständig|eigenständig|endgültig)\b)"
# An assistant that only answers questions about a procedure and says it takes no part in the decision
# ("it doesn't decide", "entscheidet er nicht, das bleibt beim Amt") does not shape the outcome.
# Raw, because the cue is itself a denial.
NO_DECISION = concept(
    r"\b(?:(?:doesn't|does not|won't|will not|never|cannot|can't|isn't|is not) (?:\w+ ){0,2}(?:decid\w*|decisions?|"
    r"rat(?:e|es|ing)|rank\w*|scor\w*|filter\w*|assess\w*|evaluat\w*|judg\w*|grad\w*|select\w*|approv\w*|"
    r"reject\w*)|decides? nothing(?! (?:alone|on its own|by itself|autonomously)\b)|"
    r"(?:makes|takes|has) no (?:\w+ )?(?:decisions?|say)|(?:decisions?|admissions?|approvals?|"
    r"selection) (?:\w+ ){0,3}(?:stays?|remains?|rests?|lies) with|leaves? (?:\w+ ){0,2}decisions? to|"
    # The denial after the verb: "rates nobody", "ranks or scores no one", "nobody gets rated or ranked".
    + _JUDGES + r"(?: (?:or|and|nor) " + _JUDGES + r")? (?:nobody|no one|noone|none of them|no (?:\w+ )?(?:one|"
    r"people|persons?|applicants?|candidates?|customers?|users?|employees?|students?|patients?|tenants?))|"
    r"(?:nobody|no one|none of them) (?:is|are|gets?|will be) (?:\w+ )?" + _JUDGED + r"(?: (?:or|and|nor) "
    + _JUDGED + r")?)\b",
    r"entscheidet (?:\w+ ){0,2}" + _NOT_DE + _NOT_ALONE_DE + r"|(?:trifft|fällt) keine (?:\w+ )?entscheidung|"
    r"keine (?:\w+ )?entscheidungen?\b|bewertet (?:\w+ ){0,2}(?:" + _NOT_DE + r"|niemand\w*|keine\w*)|"
    r"filtert (?:\w+ ){0,2}" + _NOT_DE + r"|"
    r"(?:beurteilt|rankt|sortiert|filtert|sichtet|benotet|prüft|stuft) (?:\w+ ){0,2}(?:niemand\w*|keine[nr]? "
    r"(?:bewerber|kandidat|person|mensch|kund|nutzer|mitarbeit|schüler|studier|patient|mieter)\w*)|"
    r"(?:wertet|schätzt|stuft) (?:\w+ ){0,2}(?:nix|nichts|niemand\w*|keine[nr]?) (?:\S+ ){0,4}(?:aus|ein)\b|"
    r"niemand (?:wird|werden) (?:\w+ )?(?:bewertet|beurteilt|gerankt|eingestuft|aussortiert|gefiltert)|"
    r"(?:entscheidung|entscheidet|zulassung\w*|auswahl|bewilligung|das) (?:\w+ ){0,3}(?:bleibt|liegt) "
    r"(?:\w+ ){0,2}(?:bei|beim)\b|kein(?:en)? einfluss auf",
    raw=True,
)
# The assessment itself is someone else's task: "die Kreditentscheidung trifft weiterhin die Bank", "the credit check
# is still done by our loan officers", "HR handles all hiring decisions". Only people and institutions count as
# that someone, never the AI ("the model does the scoring", "prüft selbst die Anträge"). Profiling words
# inside such a clause name the other party's task, not the system's.
_AGENT = (
    r"(?:\w+ )?(?:humans?|people|staff|employees?|colleagues?|team|hr|recruit\w*|(?:hiring )?managers?|banks?|"
    r"lenders?|insurers?|underwriters?|(?:loan )?officers?|advis[eo]rs?|case ?workers?|clerks?|office|"
    r"authorit(?:y|ies)|agency|department|committee|panel|board|jury|school|university|registrar|courts?|judges?|"
    r"doctors?|physicians?|nurses?|teachers?|head(?: ?teachers?|masters?|mistress\w*)?|principals?|deans?|"
    r"examiners?|landlords?|we|us|"
    r"mensch\w*|mitarbeit\w*|kolleg\w*|personal\w*|führungskr\w*|sparkasse|kreditinstitut|versicher\w*|"
    r"sachbearbeit\w*|berater\w*|amt|ämter|behörden?|jobcenter|agentur|abteilung|kommission|ausschuss|gremium|"
    r"hochschule|universität|sekretariat|prüfungsamt|gericht|richter\w*|ärzt\w*|arzt|lehrkr\w*|lehrer\w*|"
    r"schulleit\w*|rektor\w*|dekan\w*|"
    r"prüfer\w*|vermieter\w*|hausverwaltung|wir|uns)\b"
)
ELSEWHERE = concept(
    r"\b(?:[\w-]+ ){0,3}(?:is|are|stays?|remains?|will be) (?:still |always |only |entirely |solely )?(?:done|"
    r"handled|made|performed|carried out|decided|run|owned|taken) (?:\w+ )?by (?:the |a |an |our |their )?" + _AGENT,
    r"\b(?:the |our |their )?" + _AGENT + r" (?:still |itself |alone |always |continues to |will still )?(?:does|"
    r"handles|makes|runs|performs|owns|carries out|takes) (?:the |all |any |every |its |their )?(?:[\w-]+ ){0,2}"
    r"(?:checks?|decisions?|assessments?|approvals?|scoring|vetting|underwriting|screening|evaluations?|selection)\b",
    r"(?:[\w-]+ ){0,3}(?:macht|machen|übernimmt|übernehmen|erledigt|erledigen|trifft|treffen|führt|führen|prüft|"
    r"prüfen) (?:\w+ )?(?:weiter(?:hin)?|nach wie vor|wie bisher|immer noch|auch künftig) (?:die|der|das|"
    r"unser\w*|eine?[mnr]?|ihr\w*) " + _AGENT,
    r"(?:[\w-]+ ){0,3}(?:wird|werden|bleibt|bleiben) (?:\w+ ){0,3}(?:von|durch) (?:der|dem|den|die|unser\w*|"
    r"eine?[mnr]?) " + _AGENT + r" (?:\w+ ){0,2}(?:gemacht|erledigt|durchgeführt|getroffen|geprüft|"
    r"entschieden|übernommen|bearbeitet)",
)
# The assistant never sees data about the person ("der Bot sieht keine Kundendaten", "no access to customer
# records"), so it cannot assess anyone. Raw, because the cue is itself a denial.
_PERSONAL = (
    r"(?:customer|personal|client|applicant|patient|user|account|individual|employee|staff|student|tenant)"
)
NO_PERSONAL_DATA = concept(
    r"\b(?:(?:sees|gets|has|stores|needs|uses|processes|receives|keeps) no (?:\w+ )?" + _PERSONAL
    + r"[- ]?(?:data|details|information|records|files)|no access to (?:any )?(?:\w+ )?" + _PERSONAL
    + r"[- ]?(?:data|details|information|records|files)|(?:doesn't|does not|never|won't|will not|cannot|can't) "
    r"(?:\w+ ){0,2}(?:see|access|store|know|get|use|process|touch) (?:any )?(?:\w+ )?" + _PERSONAL
    + r"[- ]?(?:data|details|information|records|files)|"
    # Documents about a person it never opens: "does not look at CVs", "no access to patient records".
    r"(?:(?:doesn't|does not|never|won't|will not|cannot|can't) (?:\w+ ){0,2}(?:see|access|read|open|look at|"
    r"look into|review|receive|get|process|touch)|(?:sees|reads|gets|receives|opens) no|no access to) "
    r"(?:any |the |their |applicants' |people's )?(?:cvs?|résumés?|resumes?|cover letters?|applications|"
    r"application (?:documents|files|forms|papers)|personnel files|(?:patient|medical|health|case|customer|client|"
    r"student|tenant) (?:files|records)))\b",
    r"(?:sieht|kennt|bekommt|erhält|hat|speichert|nutzt|braucht|verarbeitet|kriegt) (?:\w+ ){0,2}keine (?:\w+ )?"
    r"(?:kunden|personen|personenbezogen\w*|persönlich\w*|bewerber|patienten|nutzer|konto|antrags|mitarbeiter)"
    r"[- ]?(?:daten|angaben|informationen|akten)|kein\w* zugriff auf (?:\w+ ){0,2}(?:kunden|personen|"
    r"personenbezogen\w*|persönlich\w*|bewerber|patienten|nutzer|konto|antrags|mitarbeiter)[- ]?(?:daten|"
    r"angaben|informationen|akten)|"
    r"(?:sieht|liest|öffnet|kennt|bekommt|erhält|sichtet|schaut sich) (?:\w+ ){0,2}keine (?:\w+ )?(?:lebensl[aä]uf\w*|"
    r"bewerbung\w*|anschreiben|personalakte\w*|patientenakte\w*|krankenakte\w*|schülerakte\w*|kundenakte\w*)|"
    r"kein\w* zugriff auf (?:\w+ ){0,2}(?:lebensl[aä]uf\w*|bewerbung\w*|personalakte\w*|patientenakte\w*|"
    r"krankenakte\w*)",
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
    r"performance|reliab\w*|credit[- ]?worth\w*|personality|preferences|shortlist\w*|pre-?select\w*|"
    r"pre-?screen\w*|pre-?sort\w*|pre-?filter\w*)\b",
    r"bewert|beurteil|einschätz|vorhersag|profil|punktzahl|ranking|einstuf|verhalten|leistung|bonität|"
    r"persönlichkeit|zuverlässig|vorauswahl|vorsortier|vorfilter|sortier\w* (?:\S+ ){0,3}vor\b|"
    r"filter\w* (?:\S+ ){0,3}vor\b",
)
