"""Concept families widened after the fourth generalisation round, each pinned by new wordings.

None of these texts is in a data file: they were written while widening the Art. 50 and Annex
III/Annex I vocabulary (synthetic media, deep fakes, assistants people ask, recorded-footage search,
allocation by personal metrics, safety functions), each with a near miss that must stay lower.
"""

from __future__ import annotations

from tests.triage.generalisation import assert_tier, tier_cases

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
]


@tier_cases(ART50)
def test_art50_families(tier: str, text: str) -> None:
    assert_tier(text, tier)


@tier_cases(HIGH)
def test_annex_families(tier: str, text: str) -> None:
    assert_tier(text, tier)
