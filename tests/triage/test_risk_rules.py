"""Tier and basis for hand-written ideas (DE/EN), written by concept and not taken from the eval set."""

from __future__ import annotations

import pytest

from triage.result import Tier
from triage.risk_rules import classify

CASES = [
    # --- prohibited ---
    (
        "en",
        "Use the webcams in our open-plan office to measure how stressed or happy each employee looks "
        "during the day and report it to HR.",
        "prohibited",
        "Art. 5(1)(f)",
    ),
    (
        "de",
        "Im Klassenzimmer soll eine Kamera die Mimik der Schüler auswerten und erkennen, wer gelangweilt "
        "oder gestresst ist.",
        "prohibited",
        "Art. 5(1)(f)",
    ),
    (
        "de",
        "Die Stimmung unserer Mitarbeiter im Callcenter anhand ihrer Stimme in Telefonaten erkennen und "
        "an die Teamleitung melden.",
        "prohibited",
        "Art. 5(1)(f)",
    ),
    (
        "en",
        "Build a face database by scraping profile pictures from social networks so we can recognise "
        "visitors.",
        "prohibited",
        "Art. 5(1)(e)",
    ),
    (
        "en",
        "Analyse customers' selfies to infer their religion and sexual orientation for ad targeting.",
        "prohibited",
        "Art. 5(1)(g)",
    ),
    (
        "de",
        "Ein Score aus dem Social-Media-Verhalten und der Freizeit unserer Mieter entscheidet, wer eine "
        "Wohnung bekommt.",
        "prohibited",
        "Art. 5(1)(c)",
    ),
    (
        "en",
        "Mobile game: detect players with gambling problems and push them into buying more loot boxes.",
        "prohibited",
        "Art. 5(1)(b)",
    ),
    (
        "en",
        "Predict which shoppers are likely to commit theft based on their appearance and ethnic background.",
        "prohibited",
        "Art. 5(1)(d)",
    ),
    (
        "en",
        "Police want live facial recognition on cameras at the main station to identify people on a "
        "watchlist in real time.",
        "prohibited",
        "Art. 5(1)(h)",
    ),
    (
        "de",
        "Unterschwellige Reize im Video sollen Kunden zum Abschluss teurer Verträge bewegen.",
        "prohibited",
        "Art. 5(1)(a)",
    ),
    # --- high ---
    (
        "en",
        "Screen incoming CVs and rank the candidates for our engineering vacancies.",
        "high",
        "Annex III 4(a)",
    ),
    (
        "de",
        "Die KI soll Lebensläufe von Bewerbern sichten und eine Vorauswahl für die Fachabteilung treffen.",
        "high",
        "Annex III 4(a)",
    ),
    (
        "de",
        "Leistungsbeurteilung: aus Ticketzahlen und Bearbeitungszeit jedes Mitarbeiters eine Bewertung für "
        "das Jahresgespräch erstellen.",
        "high",
        "Annex III 4(b)",
    ),
    (
        "en",
        "Flag employees for termination when their productivity drops below the team average.",
        "high",
        "Annex III 4(b)",
    ),
    (
        "de",
        "Für Ratenkäufe im Onlineshop prüft ein Modell die Bonität der Privatkunden und legt das Limit fest.",
        "high",
        "Annex III 5(b)",
    ),
    (
        "en",
        "Health insurance: use claims history to set individual premiums for new policyholders.",
        "high",
        "Annex III 5(c)",
    ),
    (
        "en",
        "Our call-centre software would detect angry customers from their voice so the agent can "
        "de-escalate.",
        "high",
        "Annex III 1(c)",
    ),
    (
        "de",
        "Im Kaufhaus erkennt eine Kamera an der Mimik der Kunden, ob sie zufrieden oder verärgert sind.",
        "high",
        "Annex III 1(c)",
    ),
    (
        "en",
        "Software for a hospital that spots lung cancer on CT scans and marks suspicious regions for the "
        "radiologist.",
        "high",
        "Art. 6(1) + Annex I A.11",
    ),
    (
        "de",
        "Eine App, die auf Fotos Hautkrebs erkennt; wir wollen sie als Medizinprodukt zertifizieren.",
        "high",
        "Art. 6(1) + Annex I A.11",
    ),
    (
        "en",
        "Water utility: the model automatically shuts valves in the drinking water network when it detects "
        "contamination.",
        "high",
        "Annex III 2",
    ),
    (
        "de",
        "Die Hochschule will Studienbewerber per KI bewerten und über die Zulassung entscheiden.",
        "high",
        "Annex III 3(a)",
    ),
    (
        "en",
        "Grade students' essays automatically at our school and give them a mark.",
        "high",
        "Annex III 3(b)",
    ),
    (
        "de",
        "Die Leitstelle soll Notrufe per KI priorisieren und den Rettungswagen disponieren.",
        "high",
        "Annex III 5(d)",
    ),
    (
        "de",
        "Das Jobcenter will per KI prüfen, ob Antragsteller Anspruch auf Bürgergeld haben.",
        "high",
        "Annex III 5(a)",
    ),
    ("en", "Asylum office: assess asylum applications and recommend a decision.", "high", "Annex III 7(c)"),
    (
        "de",
        "Das Amtsgericht möchte, dass die KI Urteilsentwürfe vorschlägt und Gesetze auf den Fall anwendet.",
        "high",
        "Annex III 8(a)",
    ),
    (
        "en",
        "Micro-target undecided voters with tailored messages before the election to influence their vote.",
        "high",
        "Annex III 8(b)",
    ),
    # --- limited ---
    (
        "en",
        "A chatbot on our website that answers customers' questions about delivery times.",
        "limited",
        "Art. 50(1)",
    ),
    (
        "de",
        "Ein Sprachassistent für die Hotline, der Kundenanfragen zu Rechnungen beantwortet.",
        "limited",
        "Art. 50(1)",
    ),
    (
        "en",
        "We want to sell an app where users generate AI images and videos for their social posts.",
        "limited",
        "Art. 50(2)",
    ),
    (
        "de",
        "Für die Kampagne ein täuschend echtes Video unseres Bürgermeisters erzeugen, "
        "das er nie gedreht hat.",
        "limited",
        "Art. 50(4)",
    ),
    # --- minimal ---
    (
        "en",
        "Sentiment analysis of customer reviews and support emails to find our most common complaints.",
        "minimal",
        "none",
    ),
    (
        "de",
        "Stimmungsanalyse der Freitext-Antworten aus der Mitarbeiterbefragung, nur auf Abteilungsebene.",
        "minimal",
        "none",
    ),
    ("en", "Detect fraudulent card transactions in real time and block them for review.", "minimal", "none"),
    (
        "de",
        "Betrugserkennung bei Versicherungsschäden: auffällige Kfz-Schadensmeldungen markieren.",
        "minimal",
        "none",
    ),
    ("en", "Car insurance: use telematics to price motor policies.", "minimal", "none"),
    ("de", "Meeting-Protokolle automatisch zusammenfassen und Aufgaben extrahieren.", "minimal", "none"),
    ("en", "AI drafts replies to customer emails; an agent reviews and sends them.", "minimal", "none"),
    ("en", "Forecast energy demand for our office buildings to plan purchasing.", "minimal", "none"),
    ("de", "Lieferantenrechnungen per OCR auslesen und automatisch ins ERP buchen.", "minimal", "none"),
    ("en", "Predict which machines on the production line need maintenance next week.", "minimal", "none"),
]


@pytest.mark.parametrize(
    ("lang", "text", "tier", "basis"), CASES, ids=[f"{c[2]}-{i}" for i, c in enumerate(CASES)]
)
def test_tier_and_basis(lang: str, text: str, tier: str, basis: str) -> None:
    cls = classify(text)
    assert cls.text.lang == lang
    assert (cls.tier.value, cls.basis) == (tier, basis), [h.reason() for h in cls.all_hits]


def test_art_6_3_exception_applies_to_a_narrow_procedural_task() -> None:
    cls = classify(
        "Recruiting: Die KI prüft eingehende Bewerbungen nur auf Vollständigkeit der Unterlagen; "
        "die Auswahl treffen Menschen."
    )
    assert cls.annex3.hits and cls.exception is not None and cls.exception.applies
    assert cls.tier is Tier.minimal


def test_art_6_3_never_applies_when_people_are_profiled() -> None:
    cls = classify(
        "Recruiting: the AI only checks applications for completeness and then ranks the "
        "candidates by predicted performance."
    )
    assert cls.exception is not None and not cls.exception.applies
    assert "profil" in cls.exception.reason
    assert cls.tier is Tier.high


def test_emotion_from_text_alone_is_not_biometric() -> None:
    cls = classify("Detect frustrated employees from the tone of their Slack messages.")
    assert cls.tier is Tier.minimal


def test_emotion_at_work_for_safety_reasons_is_not_prohibited() -> None:
    cls = classify("Cameras in truck cabs detect stress of drivers for safety reasons and suggest a break.")
    assert cls.tier is Tier.high and cls.basis == "Annex III 1(c)"


def test_negated_scores_do_not_count() -> None:
    cls = classify(
        "A role-play bot lets staff practise sales talks; no scores are stored or shared with managers."
    )
    assert cls.tier is Tier.limited


ART5_WORDINGS = [
    (
        "en",
        "Slot app: play barely audible sounds tuned per player that nudge them to keep spinning.",
        "Art. 5(1)(a)",
    ),
    (
        "de",
        "Im Werbespot blenden wir für Sekundenbruchteile Produktbilder ein, zu kurz, um sie bewusst "
        "wahrzunehmen, damit die Zuschauer eher bestellen.",
        "Art. 5(1)(a)",
    ),
    (
        "en",
        "Mobile game for kids: when a child seems frustrated, offer a gem bundle that the parents' card pays for.",
        "Art. 5(1)(b)",
    ),
    (
        "en",
        "Telesales bot: if the caller sounds elderly and confused, push them into the expensive premium plan.",
        "Art. 5(1)(b)",
    ),
    (
        "de",
        "Vergleichsportal: Wer sich den Kredit eigentlich nicht leisten kann, bekommt genau dann, wenn er "
        "impulsiv ist, gefälschte Countdown-Angebote.",
        "Art. 5(1)(a)",
    ),
    (
        "de",
        "Gemeinde: Punkte für Ehrenamt und Pünktlichkeit beim Müll, wer schlecht abschneidet, kommt bei "
        "Sozialwohnungen nach hinten.",
        "Art. 5(1)(c)",
    ),
    (
        "en",
        "Score every tenant on their social media posts and behaviour in the neighbourhood; low scorers get "
        "no lease renewal.",
        "Art. 5(1)(c)",
    ),
    (
        "de",
        "Ein Modell schätzt aus Wohnort und Herkunft, welche Jugendlichen wahrscheinlich straffällig werden.",
        "Art. 5(1)(d)",
    ),
    (
        "en",
        "In our corporate training courses the webcam checks trainees' facial expressions and scores how "
        "bored they look.",
        "Art. 5(1)(f)",
    ),
    (
        "en",
        "Bodycam footage of the protest: the model estimates each demonstrator's political leaning from their "
        "face.",
        "Art. 5(1)(g)",
    ),
    (
        "de",
        "Die Polizei will die Gesichter aller Passanten am Marktplatz in Echtzeit mit der Fahndungsdatenbank "
        "abgleichen.",
        "Art. 5(1)(h)",
    ),
    (
        "en",
        "Hotel front desk: cameras estimate how cheerful each receptionist looks, feeding a monthly ranking.",
        "Art. 5(1)(f)",
    ),
    (
        "de",
        "Webcam-Analyse im Homeoffice: wie entspannt oder angespannt die Mitarbeitenden im Meeting wirken, "
        "fließt ins Jahresgespräch ein.",
        "Art. 5(1)(f)",
    ),
    ("en", "Agents get a live stress score computed from their own voice during customer calls.", "Art. 5(1)(f)"),
    ("de", "Wir ordnen Kunden anhand ihrer Selfies einer Religion zu, um die Angebote anzupassen.", "Art. 5(1)(g)"),
    (
        "en",
        "From employee ID photos, the AI groups staff by presumed ethnicity for a diversity dashboard.",
        "Art. 5(1)(g)",
    ),
    (
        "en",
        "Our voice bot notices when a pensioner on the line seems disoriented and uses that moment to sell "
        "the premium insurance bundle.",
        "Art. 5(1)(b)",
    ),
    (
        "de",
        "Bei Anrufern mit Demenz soll der Vertriebsbot hartnäckiger nachhaken, bis sie den Vertrag verlängern.",
        "Art. 5(1)(b)",
    ),
    (
        "de",
        "Sportwetten-App: Nutzer, die gerade viel verloren haben, bekommen sofort einen Einzahlungsbonus "
        "angezeigt, damit sie weiterspielen.",
        "Art. 5(1)(b)",
    ),
    (
        "en",
        "Retail: score each cashier's likelihood of embezzling cash based on a personality questionnaire and "
        "private finances.",
        "Art. 5(1)(d)",
    ),
    (
        "de",
        "Werkschutz: Die KI soll aus Personalakte, Schulden und Familienstand berechnen, welche Lagerarbeiter "
        "wahrscheinlich Diebe sind.",
        "Art. 5(1)(d)",
    ),
    (
        "en",
        "Car-sharing data: members who cancel late or damage cars get a reliability score that we license to "
        "letting agents.",
        "Art. 5(1)(c)",
    ),
    (
        "de",
        "Aus Stornierungen und No-Shows unserer Fahrgäste bauen wir einen Vertrauensscore, den Arbeitgeber vor "
        "Einstellungen abfragen können.",
        "Art. 5(1)(c)",
    ),
    (
        "en",
        "Stadium cameras read each fan's face and label them as conservative or progressive for targeted merchandise.",
        "Art. 5(1)(g)",
    ),
    (
        "de",
        "Die Kamera am Eingang teilt die Besucher anhand ihrer Gesichter nach vermuteter Religion in Gruppen ein.",
        "Art. 5(1)(g)",
    ),
    (
        "en",
        "Smart doll: it tells the child it will get sick unless the kid gets their parents to buy the snack pack "
        "for $2.99.",
        "Art. 5(1)(b)",
    ),
    (
        "de",
        "Das virtuelle Haustier sagt dem Kind, es werde verhungern, falls es nicht bis morgen das Futter-Abo kauft.",
        "Art. 5(1)(b)",
    ),
    (
        "en",
        "Play a barely audible sound in our stores that makes shoppers more likely to buy the promoted items.",
        "Art. 5(1)(a)",
    ),
    (
        "en",
        "Live face recognition on the cameras at the farmers' market, alerting police patrols when someone from "
        "the wanted list walks past.",
        "Art. 5(1)(h)",
    ),
    (
        "de",
        "Auf dem Stadtfest sollen Kameras Gesichter live mit der Fahndungsdatei der Polizei vergleichen.",
        "Art. 5(1)(h)",
    ),
    (
        "en",
        "Collect every face that appears in our store CCTV recordings to build a face recognition gallery of "
        "regular shoppers.",
        "Art. 5(1)(e)",
    ),
    (
        "de",
        "Wir schneiden alle Gesichter aus dem Videoarchiv der letzten Jahre heraus und speisen sie in eine "
        "Gesichtsdatenbank für die Zutrittskontrolle ein.",
        "Art. 5(1)(e)",
    ),
    (
        "en",
        "Our game detects 8-year-olds from how they tap and shows them a coin offer with a ten-second countdown "
        "right after they fail a level.",
        "Art. 5(1)(b)",
    ),
    (
        "de",
        "Kinder geben schneller nach: Erkennt die App ein 10-jähriges Kind, kommen Edelstein-Rabatte direkt nach "
        "einer Niederlage.",
        "Art. 5(1)(b)",
    ),
    (
        "en",
        "The city could combine unpaid council tax, neighbour complaints and fare dodging into one score per "
        "resident and use it when allocating council flats.",
        "Art. 5(1)(c)",
    ),
    (
        "de",
        "Einwohnerwert aus Ordnungswidrigkeiten und Beschwerden von Nachbarn; wer schlecht abschneidet, rutscht "
        "bei der Vergabe von Kitaplätzen nach hinten.",
        "Art. 5(1)(c)",
    ),
    (
        "en",
        "Give every tenant demerit points for breaches of the house rules and noise complaints, and landlords in "
        "our network can check the points before renting to them.",
        "Art. 5(1)(c)",
    ),
]


@pytest.mark.parametrize(("lang", "text", "basis"), ART5_WORDINGS, ids=[c[2] for c in ART5_WORDINGS])
def test_art5_practices_in_new_wordings(lang: str, text: str, basis: str) -> None:
    cls = classify(text)
    assert cls.text.lang == lang
    assert (cls.tier, cls.basis) == (Tier.prohibited, basis), [h.reason() for h in cls.all_hits]


ART5_NEAR_MISSES = [
    "We embed an inaudible watermark in every AI-generated audio clip so platforms can detect it.",
    "QA for our video ads: detect split-second glitches and flicker in the frames to drive sales.",
    "Accessibility: AI raises barely audible passages in our audio guides so customers can buy the full tour.",
    "Streaming service: seniors who want to cancel their subscription get a retention offer with a discount.",
    "Furniture shop: customers who can't afford the sofa upfront see a limited-time 0% instalment offer.",
    "The kids' learning app shows a friendly mascot when a child is about to give up, no purchases.",
    "Inkasso: Die KI erkennt, welche Schuldner sich die Rate nicht leisten können, und schlägt Ratenpläne vor.",
    "Rank our own Instagram posts by engagement and decide which ones to boost with ad budget.",
    "Loyalty programme: customers collect points for purchases and lose them after two years.",
    "Insurance: estimate the likely theft risk for bikes by post code for our pricing.",
    "Stadtteil-Statistik: Die KI schätzt, in welchen Stadtteilen wahrscheinlich mehr Räder gestohlen werden.",
    "Seminar feedback: participants fill in a questionnaire after the course; AI summarises the comments.",
    "Polizei möchte live die Gesichter am Bahnhof mit der Datenbank vergleichen, nur nach einer Entführung.",
    "Kameras im Hundehotel erkennen, ob die Hunde gestresst sind; die Pfleger bekommen eine Nachricht.",
    "Stable cameras read stress in the horses' faces and send the grooms an alert.",
    "Flag employees whose Slack messages sound frustrated.",
    "Jobcenter: KI hilft Arbeitslosen, passende Stellenangebote zu finden, und erklärt teure Weiterbildungen.",
    "Die KI leitet aus den Produktfotos ab, ob die Ware beschädigt ist.",
    "For our political talk show, the camera detects which guest is speaking from their face and switches the shot.",
    "Kameras im Gottesdienst zählen die Besucher und ordnen sie Altersgruppen zu; religiöse Zugehörigkeit wird "
    "nicht erfasst.",
    "We sell our credit score API to landlords to check tenants' creditworthiness before signing.",
    "Our hotel rates guests' no-shows and asks repeat no-shows for a deposit on their next booking.",
    "Fraud score from chargebacks and payment disputes, shared with other banks to stop card fraud.",
    "The game reminds kids to ask their parents before buying anything in the shop.",
    "A children's game where the dragon gets sad if the child stops reading, to motivate them to read more.",
    "Kids can't resist dinosaurs, so generate dinosaur stories for our library reading hour.",
    "Our chess app for kids aged 8 to 12 explains the move after they lose a game, so they learn from mistakes.",
    "Blur every face in the CCTV footage before we hand it to the insurer.",
    "Compare every face from the CCTV feed against our face database of banned visitors.",
    "Stadtwerke: pro Haushalt einen Verbrauchsindex bilden und im Kundenportal mit Spartipps anzeigen.",
    "Citizens rate the new park; an AI summarises the citizen ratings for the council.",
    "For the Christmas market stalls: predict how many mulled wine cups to order per day.",
]


@pytest.mark.parametrize("text", ART5_NEAR_MISSES)
def test_art5_near_misses_are_not_prohibited(text: str) -> None:
    cls = classify(text)
    assert cls.tier is not Tier.prohibited, [h.reason() for h in cls.art5.hits]


CUSTOMER_EMOTIONS_SEEN_BY_STAFF = [
    "Customer hotline: voice AI detects angry callers and routes them to a senior agent.",
    "In der Filiale erkennt eine Kamera an der Mimik, ob Kunden genervt wirken, und das Personal wird benachrichtigt.",
    "Pflegeheim: Kameras erkennen an der Mimik, ob Bewohner unruhig sind, und die Pflegekräfte bekommen einen Hinweis.",
]


@pytest.mark.parametrize("text", CUSTOMER_EMOTIONS_SEEN_BY_STAFF)
def test_customer_emotions_sent_to_staff_are_not_workplace_emotion_recognition(text: str) -> None:
    """Staff who receive the result are not the people read: Annex III 1(c), not Art. 5(1)(f)."""
    cls = classify(text)
    assert (cls.tier, cls.basis) == (Tier.high, "Annex III 1(c)"), [h.reason() for h in cls.all_hits]
