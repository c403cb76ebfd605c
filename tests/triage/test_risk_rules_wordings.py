"""Concept families widened after the fourth generalisation round, each pinned by new wordings.

None of these texts is in a data file: they were written while widening the Art. 50 and Annex
III/Annex I vocabulary (synthetic media, deep fakes, assistants people ask, recorded-footage search,
allocation by personal metrics, safety functions), each with a near miss that must stay lower.
The round-5 block widens machinery and vehicle names, keeps paperwork about a regulated product out of
Annex I, and pins German clause-final negation ("Bewerber beurteilt er nicht"). The round-6 blocks add
German infrastructure verbs, pass/fail and school allocation, freelancers' contracts, 1:1 verification,
loan FAQ bots and start interlocks of machines. The round-7 blocks pin rankings, scores and verdicts on
named workers (and the aggregate, self-only, dispatch and machine near misses), utilities that switch
by themselves, victims' risk, voter targeting, certification by exam and the treadmill as a machine.
"""

from __future__ import annotations

from tests.triage.generalisation import assert_tier, tier_cases
from triage.patterns import mask_negations, normalise

ART50 = [
    ("limited", "A Telegram helper for our tenants: they ask about rubbish collection days and it replies instantly."),
    ("limited", "Ein Assistent im Mitarbeiterportal, den Kolleginnen zu Reisekosten und Urlaubsregeln fragen können."),
    ("limited", "WhatsApp assistant answers customers' questions about orders and drafts a support ticket when it "
                "cannot help."),
    ("minimal", "A Teams assistant that summarises our meeting recordings into action items."),
    ("minimal", "Ein Bot überträgt jede Nacht die Rechnungsdaten aus dem Postfach ins ERP."),
    ("minimal", "AI transcribes the doctor's conversations with patients and writes the discharge letter for the "
                "doctor to sign."),
    ("minimal", "Our support team answers customer questions faster because AI tags each ticket by topic."),
    ("minimal", "Compliance asks: an AI assistant in the intranet that summarises our new policies every week."),
    ("limited", "Radio network: clients type the ad copy and our tool produces a finished spot with a synthetic "
                "announcer voice."),
    ("limited", "Fans can design their own team jersey artwork with our in-house image generator and share it."),
    ("minimal", "Customers upload photos of their damaged phone and the AI creates a repair quote."),
    ("limited", "Synchronisation unserer Image-Kampagne: Die KI passt die Lippenbewegungen der Vorständin an, damit "
                "sie Französisch spricht."),
    ("limited", "Weather service: AI writes storm warnings and pushes them to our public app automatically with no "
                "meteorologist checking."),
    ("minimal", "Auto-post AI-written product tips to our public Instagram account every morning."),
    ("high", "A chatbot asks applicants the screening questions and rejects those without a work permit; it doesn't "
             "make decisions on hiring."),
    ("limited", "Auf den Info-Terminals im Rathaus sollen Bürger Fragen zu Öffnungszeiten eintippen, und die KI "
                "gibt Auskunft."),
    ("limited", "Students can chat by text with an AI conversation partner to practise German small talk; nothing "
                "is graded."),
    ("limited", "Ein Bot auf der Karriereseite beantwortet Fragen zum Bewerbungsablauf und zu Benefits. Die Auswahl "
                "der Bewerber machen weiterhin unsere Recruiter, der Bot sieht keine Bewerberdaten."),
    ("limited", "We're training our own text-to-speech voice and will license it to audiobook publishers."),
    ("limited", "We're launching a logo maker in our website builder: users enter their company name and receive "
                "finished logos."),
    ("limited", "Für das Stadtmuseum: Die KI erzeugt ein realistisches Video, in dem Kaiser Wilhelm höchstpersönlich "
                "die Besucher begrüßt."),
    ("limited", "Our regional paper: an AI writes short articles about planning applications and council budget "
                "votes and publishes them directly online, no editor in between."),
    ("high", "Bewerber-Chatbot beantwortet Fragen und sortiert Bewerbungen vor; die Auswahl machen weiterhin unsere "
             "Recruiter."),
    ("minimal", "The AI drafts articles about the city council budget; an editor reviews every one before it is "
                "published directly online."),
    ("minimal", "We build a digital twin of our plant to simulate throughput and energy use."),
    ("minimal", "Kolleginnen sollen Fragen in die Suchmaske eintippen, die KI findet passende Seiten."),
    ("limited", "Makler-Idee: KI möbliert leere Wohnungen auf den Inseratsfotos, die dann wie ganz normale Fotos "
                "online gehen."),
    ("limited", "Estate agents: AI stages the vacant flats with sofas and plants so the listing photos look lived-in."),
]

HIGH = [
    ("high", "Casino: compare the recordings from the gaming floor against our list of banned gamblers."),
    ("high", "Security: search last week's camera recordings for the person in this photo."),
    ("high", "Stadion: Wir gleichen die Aufnahmen der Überwachungskameras nach dem Spiel mit der Liste der Personen "
             "mit Hausverbot ab."),
    ("minimal", "Kennel monitoring: microphones detect when dogs are anxious or bored from their barking patterns."),
    ("high", "Callcenter: Die KI hört am Tonfall der Anrufer, ob sie verärgert oder ungeduldig sind, und stellt sie "
             "in der Warteschlange vor."),
    ("high", "Rechenzentrum: KI überwacht Wassermelder und schaltet bei einem Leck automatisch die betroffenen "
             "Serverreihen ab."),
    ("minimal", "Data centre: AI controls the cooling to save energy; the fire protection system stays as it is."),
    ("limited", "Chatbot on the university website that answers prospective students' questions about admission "
                "requirements; it does not decide on any application."),
    ("high", "Let the AI check every CV against the must-have criteria of the job posting and tell recruiters which "
             "candidates fulfil them."),
    ("minimal", "HR wants AI to convert all incoming CVs into our standard template and remove photos and dates of "
                "birth; no one is assessed by the tool."),
    ("high", "Sachbearbeiter mit hoher Fehlerquote sollen von der KI automatisch weniger komplexe Fälle bekommen."),
    ("high", "Die KI teilt Pflegekräften die Stationen nach ihren Persönlichkeitsprofilen zu."),
    ("minimal", "The dispatcher tool assigns deliveries to drivers based on their current location and van capacity."),
    ("minimal", "Leasing idea: show each driver the monthly rate for different mileage packages in the app."),
    ("high", "Kommunale Härtefallhilfe: Die KI prüft, ob Antragsteller bedürftig sind, und bewilligt die Hilfe."),
    ("high", "Critical illness cover: the model sets each applicant's premium from medical history and smoking "
             "status."),
    ("minimal", "Pet health cover: price the policy based on the cat's age and breed."),
    ("high", "Police want a tool that assesses how reliable witness statements are."),
    ("high", "Schlichtungsstelle: Die KI wertet die Schriftsätze beider Seiten aus, wendet die einschlägigen Gesetze "
             "an und schlägt einen Schiedsspruch vor."),
    ("high", "Für den Bürgerentscheid über das neue Gewerbegebiet: KI erstellt Profile der Anwohner und schickt jedem "
             "personalisierte Botschaften, damit sie mit Ja stimmen."),
    ("minimal", "We personalise the polling station finder so voters see their nearest station."),
    ("high", "Skigebiet: Die KI überwacht den Schlepplift und stoppt ihn, wenn jemand stürzt."),
    ("high", "Agricultural robot: AI detects people near the spraying arm and shuts it off."),
    ("minimal", "Predictive maintenance for our presses: the model predicts which hydraulic pumps need a service "
                "visit; the emergency stops and guards stay exactly as they are."),
    ("high", "Predictive maintenance for our presses; in addition the AI stops the press immediately when a hand "
             "enters the danger zone."),
    ("minimal", "Border agency: AI checks passports and visas for signs of forgery (altered photos, fake stamps) at "
                "the e-gates."),
    # round 5: machinery and vehicles by their own names, paperwork about a product, dosing devices
    ("high", "Im Steinbruch: KI-Kamera am Radlader erkennt Personen im toten Winkel und bremst das Fahrzeug "
             "automatisch ab."),
    ("high", "Escalator upgrade: the camera sees a child's hand caught at the comb plate and stops the escalator."),
    ("high", "Rangierlok: Die KI soll Personen auf dem Gleis erkennen und selbstständig eine Notbremsung einleiten."),
    ("minimal", "Wir lassen die KI die Betriebsanleitung für unsere Pressen inklusive Kapitel Not-Halt übersetzen."),
    ("minimal", "We make infusion pumps; AI helps procurement forecast component demand."),
    ("minimal", "Notified body audit next month: AI helps us compile the technical file for our defibrillator."),
    ("high", "App für Diabetiker: KI berechnet die Insulindosis zu jeder Mahlzeit."),
    ("high", "Radiologie: KI markiert verdächtige Rundherde auf CT-Bildern der Lunge für die Befundung."),
    ("minimal", "Die KI sortiert Rechnungen und markiert Auffälligkeiten in den Scans für die Buchhaltung."),
    # round 5: contract renewals, work handed out by personal metrics (not by wishes), benefits, education
    ("high", "Die KI schlägt vor, welche befristeten Verträge verlängert werden, basierend auf den Leistungsdaten "
             "jedes Mitarbeiters."),
    ("minimal", "Die KI erinnert die Personalabteilung an auslaufende befristete Verträge."),
    ("high", "Call centre: campaigns go to agents according to their individual conversion rates."),
    ("high", "Pflegedienst: Die KI verteilt die Touren nach den Krankheitstagen der Pflegekräfte."),
    ("minimal", "The rota tool assigns shifts to staff based on availability and holiday requests."),
    ("minimal", "Die KI teilt Schichten nach Qualifikation und Verfügbarkeit ein."),
    ("high", "Warehouse: AI ranks pickers weekly by picks per hour and the bottom 5% get a warning."),
    ("high", "Gig platform: riders whose acceptance rate drops below 80% are automatically deactivated."),
    ("high", "Council: AI reviews rent-subsidy claims and recommends approval or rejection."),
    ("high", "Volkshochschule: KI stuft neue Teilnehmende per Online-Test in die passenden Sprachkurse ein."),
    ("high", "Berufsschule: KI korrigiert die Abschlussprüfungen und vergibt Punkte."),
    # round 5: German negation at the end of the clause denies the clause
    ("minimal", "Der Assistent hilft der Personalabteilung beim Terminieren von Gesprächen; Bewerber beurteilt er "
                "nicht."),
    ("limited", "Chatbot der Hochschule beantwortet Fragen zu Fristen. Bewerbungen bewertet er nicht."),
    # round 6: infrastructure operated by the AI itself, in German verbs too
    ("high", "Gasversorger: Erkennt das Modell einen Druckabfall, sperrt es automatisch die betroffene Leitung ab."),
    ("high", "Kläranlage: Die KI regelt die Belüftung und fährt bei Starkregen die Zulaufpumpen hoch."),
    ("high", "Traffic centre: AI opens the hard shoulder when congestion builds up."),
    ("minimal", "Die KI informiert Pendler per App über Tunnelsperrungen auf der Autobahn."),
    ("minimal", "GIS-Projekt Wasserversorgung: Die KI erkennt Schieber auf alten Netzplänen und trägt sie ein."),
    # round 6: vocational training, pass/fail, school allocation; an exam word inside "Bonitätsprüfung" is none
    ("high", "Training centre for electricians: AI evaluates the apprentices' practical exam videos and decides who "
             "passes."),
    ("high", "Führerscheinprüfung: KI wertet die Fahrdaten aus und stellt fest, ob der Prüfling bestanden hat."),
    ("minimal", "Unsere Azubis haben alle die Prüfung bestanden – die KI schreibt ihnen Glückwunschkarten."),
    ("high", "Schulamt: Die KI verteilt die angemeldeten Kinder auf die Grundschulen im Bezirk und verschickt die "
             "Bescheide."),
    ("minimal", "Die Schulbehörde lässt die KI die Fördermittel auf die Grundschulen verteilen."),
    ("high", "School: AI decides which pupils move up to the advanced maths set."),
    # round 6: freelancers' contracts and work by their own figures
    ("high", "Agency: the model rates each contractor's deliverables and decides whose framework agreement we extend."),
    ("high", "Redaktion: Die KI entscheidet, welche freien Autoren weiter Aufträge bekommen, basierend auf ihren "
             "Klickzahlen."),
    ("minimal", "Zu den freien Tagen: die KI plant die Urlaube nach Wünschen."),
    # round 6: 1:1 verification against one's own document is not identification; 1:N against many photos is
    ("minimal", "Hotel check-in kiosk: the guest scans their ID and the camera confirms the face matches the ID "
                "photo."),
    ("high", "At the e-gates the camera compares each traveller's face with the passport photo and also against the "
             "police watchlist."),
    ("high", "Die Kamera am Eingang vergleicht jedes Gesicht mit den Passfotos aller Mitglieder in unserer Datenbank."),
    # round 6: an assistant that explains loans judges no borrower unless it decides itself
    ("limited", "FAQ bot for our buy-now-pay-later checkout answers questions about instalment plans; credit checks "
                "are done by our partner bank."),
    ("high", "Our loan assistant answers customers' questions and pre-approves them for a car loan based on their "
             "income."),
    # round 6: start interlocks (the machine moves only once no one is in reach), obstacles on the track
    ("high", "Car wash: the camera checks that nobody is in the wash bay before the brushes start."),
    ("high", "Kran: Bevor die Last angehoben wird, prüft die KI-Kamera, ob sich Personen unter dem Kran befinden."),
    ("high", "Rolltor in der Logistikhalle: Die KI schließt das Tor erst, wenn niemand mehr in der Durchfahrt steht."),
    ("high", "Bahn: KI-System erkennt Hindernisse auf dem Gleis und leitet eine Notbremsung ein."),
    ("minimal", "Machine learning model checks whether customers are likely to churn before the campaign starts."),
    ("minimal", "Bevor die Produktion startet, prüft die KI, ob alle Materialien im Lager sind."),
    # round 7: rankings, scores and verdicts on named workers (Annex III 4(b)) and their near misses
    ("high", "Build a leaderboard of our sales reps by closed deals that managers use in quarterly reviews."),
    ("high", "Ein Dashboard zeigt der Filialleitung, welche Kassiererin wie schnell scannt und wie oft sie storniert."),
    ("high", "Leistungsranking der Entwickler aus Git-Commits und Code-Reviews für die Gehaltsrunde."),
    ("high", "Schichtleiter sollen eine Ampel pro Mitarbeiter sehen (grün/gelb/rot) nach Taktzeit und Ausschuss."),
    ("high", "Analyse badge swipes to see which employees come in late most often."),
    ("high", "Pünktlichkeit der Monteure tracken und beim Jahresgespräch auf den Tisch legen."),
    ("high", "Wer im Team die meisten Tickets schließt, soll automatisch die Bonusstufe A bekommen."),
    ("high", "Überstunden-Vergabe: Wer zuletzt oft krank war, bekommt keine Zusatzschichten, das entscheidet das "
             "Tool."),
    ("high", "Welche Leiharbeiter übernehmen wir? Die KI schlägt anhand von Fehlzeiten und Stückzahlen eine Liste "
             "vor."),
    ("high", "Für die Kurzarbeit: Die KI schlägt vor, wer zuerst in Kurzarbeit geht, anhand der "
             "Leistungsbeurteilungen."),
    ("high", "Bossware-style tracking of home-office staff: screenshots every 10 minutes and an activity score for the "
             "manager."),
    ("minimal", "A personal productivity tracker that only the employee sees; managers have no access."),
    ("minimal", "Rank spare parts by failure rate so technicians know what to carry."),
    ("minimal", "The model scores each lead for the sales reps so they call the hottest first."),
    ("minimal", "Welcher Techniker kann am schnellsten vor Ort sein? Die KI schlägt ihn dem Disponenten vor."),
    ("minimal", "Telematics car insurance: a score per driver from braking and speeding sets the premium."),
    ("minimal", "Die KI schlägt den Pflegekräften vor, welche Patienten morgen entlassen werden können."),
    ("minimal", "Performance monitoring of our Kubernetes cluster with anomaly alerts for the on-call engineers."),
    ("minimal", "KI bewertet die Maschinenleistung pro Schicht und zeigt es den Schichtleitern."),
    # round 7: utilities that switch by themselves (not forecasts or chatbots), victims, voters, exams, products
    ("high", "Druckregelanlage: Das Modell erkennt Druckanomalien und sperrt die Gaszufuhr selbstständig."),
    ("minimal", "Stromnetz: Lastprognose je Umspannwerk für die Einsatzplanung der Monteure; die Netzleittechnik "
                "bleibt unverändert."),
    ("limited", "Municipal water company: a chatbot answers residents' questions about water safety and hardness."),
    ("minimal", "Our gas pressure regulating stations: AI predicts when the filters need replacing; valves and safety "
                "shut-offs stay as they are."),
    ("high", "Police want a model that flags stalking victims at risk of further violence so officers can prioritise "
             "protection."),
    ("high", "Wahlkampf: Die KI entscheidet, welche Wähler welche Botschaft bekommen."),
    ("high", "Sprachschule: Die KI korrigiert in Zukunft die schriftlichen Prüfungen der Teilnehmenden und "
             "entscheidet, wer das Zertifikat erhält."),
    ("high", "Treadmill maker: an AI camera detects a user falling and halts the belt."),
    ("minimal", "Materialdispo: KI schlägt Bestellmengen für die nächsten Wochen vor."),
    ("high", "Bank: Die KI legt den Dispo-Rahmen für Privatkunden anhand des Kontoverlaufs fest."),
    ("high", "Könnten wir den Dispo-Rahmen unserer Privatkunden nicht automatisch anpassen, je nach Gehaltseingang?"),
    ("minimal", "Our school uses AI to build the room plan; which teacher teaches which class is still decided by the "
                "headteacher."),
    ("minimal", "Predict enrolment per module for next winter term so we can book lecture halls and tutors early."),
    ("minimal", "Wohngeldstelle: Die KI prüft, ob alle nötigen Nachweise vorliegen, und listet fehlende Unterlagen "
                "für die Sachbearbeitung auf."),
    ("high", "AI ranks applicants for university places; the final decision is made by the admissions office."),
]


@tier_cases(ART50)
def test_art50_families(tier: str, text: str) -> None:
    assert_tier(text, tier)


@tier_cases(HIGH)
def test_annex_families(tier: str, text: str) -> None:
    assert_tier(text, tier)


def test_clause_final_negation_masks_the_clause_before_it() -> None:
    masked = mask_negations(normalise("Über Zulassungen entscheidet er nicht. Das Gerät misst nicht-invasiv."))
    assert "entscheidet" not in masked and "zulassungen" not in masked
    assert "misst" in masked
    kept = mask_negations(normalise("Sie schlägt vor, wessen Vertrag verlängert wird und wessen nicht."))
    assert "verlängert" in kept


def test_a_suggestion_asked_as_a_question_denies_nothing() -> None:
    suggestion = mask_negations(normalise("Könnten wir Limits nicht automatisch anpassen? Why not let the AI plan?"))
    assert "automatisch anpassen" in suggestion and "let the ai" in suggestion
    labelled = mask_negations(normalise("Lösung: Könnten wir Limits nicht automatisch anpassen?"))
    assert "automatisch anpassen" in labelled  # a field label before the question, as in a filed idea
    real = mask_negations(normalise("Könnten wir einen Bot bauen, der Kundendaten nicht speichert?"))
    assert "speichert" not in real
