"""Tier only, on more hand-written ideas in chat style (DE/EN): regression guard for generalisation.

Each line was written from a concept (who is affected, what is decided, which modality), not copied
from the eval set; several are near-misses that must stay in the lower tier."""

from __future__ import annotations

import pytest

from triage.risk_rules import classify

IDEAS = [
    ("minimal", "Translate our product manuals into French and Spanish with AI."),
    ("minimal", "Use AI to write first drafts of job ads for our open positions."),
    ("limited", "A chatbot answers applicants' questions about the application process and next "
                  "steps."),
    ("high", "Video interviews: the tool analyses candidates' facial expressions and word choice "
                  "to score their fit."),
    ("high", "Telematics app that scores our delivery drivers' driving behaviour and feeds it into"
                  " their bonus."),
    ("high", "Bank: approve or reject consumer loan applications automatically."),
    ("limited", "Virtual assistant on the intranet that employees can chat with about HR policies."),
    ("minimal", "KI erkennt Kratzer auf lackierten Autoteilen in der Qualitätskontrolle."),
    ("high", "Ein Modell entscheidet, welcher Lieferfahrer welche Tour bekommt, basierend auf "
                  "seinem bisherigen Verhalten und Tempo."),
    ("high", "Smart grid: AI balances load and automatically switches substations to avoid "
                  "blackouts."),
    ("minimal", "Analyse social media posts about our brand to see what people like."),
    ("high", "Exam software for universities that watches students via webcam to detect cheating."),
    ("minimal", "Ein Tool, das Lehrern hilft, Arbeitsblätter zu erstellen."),
    ("limited", "KI-Avatar begrüßt Besucher im Museum und beantwortet ihre Fragen."),
    ("minimal", "Kfz-Versicherung: Tarifierung nach Fahrzeugtyp und Region per Machine Learning."),
    ("high", "Polizei: Tool, das die Glaubwürdigkeit von Zeugenaussagen und Beweismitteln "
                  "bewertet."),
    ("high", "Face recognition at the entrance of our stores to identify known shoplifters."),
    ("minimal", "Face ID login for our banking app to unlock the account."),
    ("limited", "Clone our CEO's voice to read the quarterly message on LinkedIn."),
    ("minimal", "Generate illustrations for our internal training slides."),
    ("limited", "Local newspaper: AI writes articles about municipal council meetings and publishes "
                  "them automatically without editorial review."),
    ("minimal", "Predict customer churn from usage data and send retention offers."),
    ("high", "Tenant screening: score rental applicants on their ability to pay rent based on "
                  "income and credit history."),
    ("minimal", "Predict the credit risk of our corporate clients (SMEs) for trade credit."),
    ("high", "Aufzugsteuerung: KI erkennt, wenn Personen eingeschlossen sind, und löst die "
                  "Notbremse aus."),
    ("high", "Workforce analytics: monitor employees' keystrokes and screen time to rate "
                  "productivity."),
    ("minimal", "Help our lawyers search past contracts for specific clauses."),
    ("high", "Emotionserkennung in der Stimme von Kunden an der Hotline, um Gespräche zu "
                  "priorisieren."),
    ("high", "HR wants a tool that reads exit interviews and predicts which of our remaining "
                  "employees will quit, so managers can decide on retention bonuses."),
    ("minimal", "Summarise exit interview transcripts into themes for the HR report, anonymised."),
    ("high", "Für die Schichtplanung soll die KI Pflegekräften Dienste nach ihrer bisherigen "
                  "Leistung zuteilen."),
    ("limited", "Ein WhatsApp-Bot, über den Kunden Schäden an ihrer Wohnung melden können."),
    ("high", "Krankenversicherer will Tarife anhand von Fitness-Tracker-Daten der Versicherten "
                  "berechnen."),
    ("minimal", "Our marketing team wants AI to write blog posts about our products, an editor "
                  "reviews them before publishing."),
    ("limited", "We plan to launch a text-to-speech API for our customers that creates natural "
                  "voices."),
    ("high", "School district: AI decides which pupils get admitted to the gifted programme based "
                  "on test results."),
    ("high", "Lernplattform der Berufsschule: KI bewertet die Hausaufgaben der Azubis und vergibt "
                  "Noten."),
    ("prohibited", "Kamera im Büro erkennt, ob Mitarbeitende gelangweilt oder unmotiviert wirken, und "
                  "meldet das an die Führungskraft."),
    ("high", "At the airport shops, cameras recognise frequent shoppers by their face and show "
                  "personalised offers."),
    ("minimal", "Count the number of people entering our store per hour with a camera, no "
                  "identification."),
    ("limited", "Create a deepfake video of our founder (who passed away) greeting visitors at the "
                  "museum exhibition."),
    ("high", "Municipality: AI checks applications for housing benefit and flags which ones to "
                  "reject."),
    ("high", "Gas network operator: AI monitors pipeline pressure and automatically closes valves "
                  "on detected leaks."),
    ("prohibited", "Give every customer a trust score based on their social media and private life and "
                  "refuse service to low scorers."),
    ("minimal", "Auto-tag photos in our product image library by colour and category."),
    ("limited", "Our game studio wants to sell an AI tool that creates game characters' voices and "
                  "images for other studios."),
    ("minimal", "Erkennung von Spam in unserem Kontaktformular."),
    ("high", "Ein System für Gerichte, das Urteile in ähnlichen Fällen recherchiert und einen "
                  "Entscheidungsvorschlag macht."),
    ("minimal", "KI erstellt Zusammenfassungen von Gerichtsurteilen für unseren juristischen "
                  "Newsletter, Redaktion prüft."),
    ("high", "Robot arm in our factory stops automatically when a worker's hand enters the danger "
                  "zone (safety function)."),
    ("high", "Model estimates whether a patient in the emergency department needs immediate "
                  "treatment, to prioritise the queue."),
    ("limited", "Onboarding buddy: new hires can ask an AI questions about IT setup and benefits in "
                  "Teams."),
    ("high", "Idee: Bei der Kreditvergabe an Privatkunden soll ein Modell die "
                  "Ausfallwahrscheinlichkeit schätzen."),
    ("minimal", "Detect anomalies in our payment transactions that could indicate money laundering."),
    ("high", "Lagerroboter: die KI verteilt Aufgaben an Kommissionierer abhängig von ihrer "
                  "gemessenen Pickrate."),
    ("high", "Customer service: detect from the caller's voice when they are getting upset and "
                  "route them to a senior agent."),
    ("prohibited", "Teachers get a dashboard that shows which students look confused or bored via the "
                  "classroom camera."),
    ("minimal", "Analyse the tone of customer chat messages to detect frustration and escalate."),
    ("minimal", "Stimmungsbarometer: KI wertet anonyme Freitextkommentare aus der Mitarbeiterumfrage "
                  "aus."),
    ("high", "Wir liefern Kommunen ein System, das Ampelschaltungen an Kreuzungen automatisch "
                  "steuert."),
    ("high", "Insurance: model decides which life insurance applicants need a medical exam and "
                  "sets their premium."),
    ("high", "Estimate each applicant's likelihood of success in the job from their video "
                  "interview."),
    ("prohibited", "Kinder-App: ein Maskottchen überredet Kinder, In-App-Käufe zu tätigen."),
    ("high", "AI scans passports and faces at the border gate to identify travellers on "
                  "watchlists."),
    ("minimal", "KI soll Bewerbungsfotos für unsere Karriereseite retuschieren."),
    ("high", "Uni-Verwaltung: KI entscheidet über die Vergabe von Studienplätzen im Fach Medizin."),
    ("high", "Ein Tool, das Lehrkräften vorschlägt, welche Schüler in die Förderklasse kommen "
                  "sollen."),
    ("high", "Dispatch centre: the AI listens to emergency calls and decides the priority of the "
                  "ambulance dispatch."),
    ("prohibited", "Use hidden psychological tricks in our checkout to push elderly customers into "
                  "expensive extended warranties."),
    ("high", "Screening tool that scores tenants' ability to pay based on their bank statements "
                  "before we rent a flat to them."),
    ("minimal", "Identify defects on circuit boards from camera images on the assembly line."),
    ("limited", "Chatbot for citizens on the city website answering questions about waste collection "
                  "dates."),
    ("prohibited", "Build a scoring system that predicts which citizens are likely to become criminals "
                  "based on their personality profile."),
    ("high", "The police want a model that predicts reoffending risk for parole decisions, using "
                  "criminal records."),
]


@pytest.mark.parametrize(("tier", "text"), IDEAS, ids=[f"{t}-{i}" for i, (t, _) in enumerate(IDEAS)])
def test_tier(tier: str, text: str) -> None:
    cls = classify(text)
    assert cls.tier.value == tier, [h.reason() for h in cls.all_hits]
