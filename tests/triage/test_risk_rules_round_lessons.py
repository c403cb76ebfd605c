"""Concept families the rules learnt from generalisation rounds 10 and later, pinned by own wordings.

Each round is measured first (the honest estimate, see `test_risk_rules_generalisation_rounds.py`);
then its misses are fixed by widening or narrowing a concept family, never by matching a round text.
Every block below names the family, gives DE/EN wordings nobody put in a data file, and at least
one near miss that must keep the lower tier. New rounds add a block and register it in `FAMILIES`.
"""

from __future__ import annotations

import pytest

from tests.triage.generalisation import assert_tier

# Round 10, Art. 50(2): a licence the company holds is deployment, only licensing out places a generator on the market.
ROUND10_LICENSING = [
    ("minimal", "Unsere Marketingabteilung lässt mit dem Bildgenerator, den wir lizenziert haben, Bilder für die "
                "Hauspost erstellen."),
    ("minimal", "Die Personalabteilung nutzt ein lizenziertes Sprachmodell und schreibt damit Texte für den "
                "Newsletter an die Belegschaft."),
    ("limited", "Unser Tonstudio hat mit KI eine Erzählerstimme erzeugt und will die damit gesprochenen Hörbücher "
                "an Verlage lizenzieren."),
    ("limited", "We sublicense our voice model to dubbing studios, which generate voice-overs with it."),
]



# Round 10, Art. 5(1)(f)/(g) vs Annex III 1: whose emotions are read (not the place, not the writer's own mood),
# and passers-by or ID/badge photos as the people a sensitive-trait categorisation is run on.
ROUND10_ART5_BOUNDARIES = [
    ("prohibited", "Digitale Litfaßsäule am Bahnhof: Die Kamera schätzt bei jedem Vorbeilaufenden anhand des "
                   "Gesichts die Religion und zeigt dazu passende Spots."),
    ("minimal", "Digitale Litfaßsäule am Bahnhof: Die Kamera zählt nur, wie viele Vorbeilaufende stehen bleiben, "
                "und wählt danach den Spot."),
    ("prohibited", "Run the passport photos in our visa archive through a model that guesses each holder's ethnic "
                   "origin."),
    ("prohibited", "Die Lichtbilder aus den Dienstausweisen durch ein Modell laufen lassen, das die "
                   "Religionszugehörigkeit schätzt."),
    ("minimal", "KI prüft, ob die Passbilder in den Ausweisanträgen den Vorgaben entsprechen (Hintergrund, Schärfe, "
                "Kopfhaltung)."),
    ("high", "Ceiling cameras in our pharmacies read the faces at the checkout to spot customers who look annoyed. "
             "Staff are blurred out."),
    ("high", "Our gyms: a camera at the entrance checks whether members look happy or grumpy; employees are not "
             "analysed."),
    ("prohibited", "Im Baumarkt misst eine Kamera an der Kasse, wie genervt die Kassierer wirken; Kunden werden "
                   "verpixelt."),
    ("high", "Skeptisch, aber: Könnte die KI bei Online-Klausuren der Studierenden per Webcam markieren, wer "
             "wegschaut oder flüstert?"),
    ("high", "I'm a bit sceptical: could the webcam flag pupils who look at their phone during the online test?"),
    ("prohibited", "Skeptisch, aber: Die Webcam soll im Online-Unterricht erkennen, ob die Schüler gelangweilt "
                   "wirken."),
    ("prohibited", "We're frustrated with turnover: the webcam should read our agents' facial expressions for signs "
                   "of stress."),
]



# Round 10, Annex III 4 and Art. 6(1)/Annex I: work handed out by each agent's own sales history or to the "top
# performers"; drowsiness warnings built into type-approved vehicles (not a fleet's retrofit, not metal fatigue);
# complaint and vigilance handling about a device is not the device; writing a job ad for others is not selection.
ROUND10_WORK_ANNEX1 = [
    ("high", "Dispatch idea: hand out the big renewal accounts to the reps with the best individual close and NPS "
             "history, the rest gets the leftovers."),
    ("high", "Im Callcenter sollen die lukrativen Kampagnen an die Leistungsträger unter den Agents gehen, die "
             "anderen bekommen die Standardanrufe."),
    ("minimal", "Route incoming tickets to the agents by language skills and who is currently available."),
    ("high", "Für einen Lkw-Hersteller entwickeln wir eine Kamera im Cockpit, die am Blinzeln erkennt, ob der Fahrer "
             "einschläft, und dann laut piept; sie wird ab Werk verbaut."),
    ("high", "We supply carmakers with an in-cab camera system that spots when the driver gets drowsy or looks away "
             "from the road and sounds a warning."),
    ("minimal", "Aftermarket dashcam for our delivery vans beeps when the driver's eyes close for too long; nothing "
                "is stored or reported."),
    ("minimal", "Bridge monitoring: AI detects metal fatigue cracks in the steel girders from drone photos."),
    ("minimal", "Qualitätsmanagement: KI sortiert die Reklamationen zu unseren Beatmungsgeräten nach Fehlerbild, die "
                "Meldung an die Behörde entscheidet das QM-Team."),
    ("minimal", "Post-market: the AI reads incoming complaints about our pacemakers and tags each one with a likely "
                "failure category for the vigilance team."),
    ("high", "Die KI in unserer Infusionspumpe erkennt Luftblasen und stoppt die Pumpe; Reklamationen gingen seitdem "
             "zurück."),
    ("limited", "SaaS for HR teams: the tool writes the job ad text plus a matching banner picture from a few bullet "
                "points."),
    ("limited", "Für unsere Kunden: Personaler tippen Stichworte ein, unser Tool generiert die Stellenanzeige und "
                "schlägt ein passendes Bild vor."),
    ("high", "Our tool writes the job ads and shows them targeted only to job seekers whose profiles match the role."),
]



# Round 11, Art. 5(1)(c)/(d): religious practice and what neighbours pass on are private-life conduct, families are
# the people scored; seafarers and crew members are people whose crime risk must not be profiled (a score per ship
# from route and cargo stays lower).
ROUND11_ART5_SCORING = [
    ("prohibited", "Parish office idea: points for going to Sunday services and tips from the neighbours, and families "
                   "with low scores move down the waiting list for the youth camp."),
    ("prohibited", "Im Pfarrbüro vergibt die KI Punkte für Kirchgang und Hinweise von Nachbarn; wer wenig Punkte hat, "
                   "rückt bei den Hortplätzen nach hinten."),
    ("minimal", "Die KI wertet die Gottesdienstbesuche der letzten Jahre aus und schlägt vor, wie viele Stühle wir an "
                "Weihnachten aufstellen."),
    ("prohibited", "Offshore manning agency: the model rates each deckhand's likelihood of stealing cargo from age, "
                   "origin and debts, and the high ones are dropped from the roster."),
    ("prohibited", "Reederei-Idee: Die KI berechnet für jeden Matrosen ein Schmuggelrisiko aus Staatsangehörigkeit, "
                   "Familienstand und Schulden."),
    ("minimal", "Reederei-Idee: Die KI berechnet für jedes Containerschiff ein Schmuggelrisiko aus Route, "
                "Ladungsliste und Zollhistorie der Häfen."),
]



# Round 11, Art. 50: animal-disease outbreaks and restriction zones are matters of public interest (Art. 50(4)); a bot
# that colleagues bring their "Reisekostenfragen" to or that "Kollegen bei ... hilft" talks to people (Art. 50(1));
# an applicant chatbot that "ranks nobody" is an information service under Art. 6(3), not selection, unless it
# still sorts CVs.
ROUND11_ART50 = [
    ("limited", "Our agri news site: the AI writes the alerts on African swine fever cases and the new restriction "
                "zones and posts them automatically, nobody checks them."),
    ("limited", "Unser Landwirtschaftsportal lässt die KI Meldungen zur Schweinepest und zu neuen Sperrgebieten "
                "schreiben, die automatisch veröffentlicht werden."),
    ("minimal", "Our agri news site: the AI drafts the swine fever alerts and an editor reviews every one before it "
                "goes out."),
    ("limited", "Interner Bot im Intranet, der Mitarbeitern bei Reisekostenfragen hilft."),
    ("limited", "Ein Bot in unserem Wiki, der Kolleginnen bei Urlaubsanträgen und Kantinenfragen weiterhilft."),
    ("minimal", "Ein Bot, der nachts Datenabfragen im ERP ausführt und die Ergebnisse ins Dashboard schreibt."),
    ("limited", "The jobs-page assistant answers applicants' questions on benefits and ranks no candidates at all."),
    ("limited", "A chatbot on the careers page answers candidates' questions about parking and shifts; nobody gets "
                "rated or ranked by it."),
    ("limited", "Chatbot im Bewerberportal beantwortet Fragen zu Probezeit, Urlaub und Ablauf. Er rankt niemanden "
                "und sieht keine Lebensläufe."),
    ("high", "The careers chatbot answers candidates' questions and scores nobody, but it also pre-sorts the "
             "incoming CVs by fit."),
]



# Round 11, Annex III 4(b), 8(a) and 2: hours, classes or rooms handed out by who takes longest, who has the better
# ratings, or to "the slower reps" (room attendants, trainers and agency staff are workers too), but not by who has
# time; "Gericht" in a canteen is a dish and a food court is no court; blacking out or replacing the parties' names
# before judgments are published is preparatory (Art. 6(3)); "kritisch" for paintings is no KRITIS infrastructure.
ROUND11_ANNEX3_WORK_JUSTICE_INFRA = [
    ("high", "Für unsere Leihkräfte im Versand: die KI schaut, wer pro Paket am längsten braucht, und gibt den "
             "Langsamen weniger Stunden."),
    ("high", "Hotel housekeeping: the app should give fewer rooms to the slowest housekeepers based on their cleaning "
             "times."),
    ("high", "Die KI soll die Kurse unter den Trainern aufteilen: wer bessere Kundenbewertungen hat, kriegt die "
             "Abendtermine."),
    ("high", "Support idea: the slower reps should only get the easy refund tickets, the complex ones go straight to "
             "the others."),
    ("minimal", "Die KI verteilt die Kurse unter unseren Trainer:innen danach, wer an welchem Tag Zeit hat und welche "
                "Kurse er unterrichten darf."),
    ("minimal", "Mensa-Idee: Die KI schätzt, welches Gericht am Freitag am besten ankommt, und schlägt die "
                "Einkaufsmenge vor."),
    ("minimal", "Food court operator: the AI decides which stalls get the corner spots from last year's footfall."),
    ("high", "Schiedsstelle der Handwerkskammer: KI schlägt eine Entscheidung im Streit über eine mangelhafte Küche "
             "vor."),
    ("minimal", "Before the tribunal's decisions are published online, the tool replaces the names of the parties "
                "with initials; staff review it."),
    ("minimal", "Das Landgericht will Urteile online stellen; die KI macht vorher Namen und Adressen der Beteiligten "
                "unkenntlich."),
    ("minimal", "Im Archiv misst ein Sensor die Luftfeuchte; wird es für die Akten kritisch, schaltet die KI den "
                "Entfeuchter ein."),
    ("high", "KRITIS-Betreiber: die KI schaltet bei Überlast Teile des Stromnetzes automatisch ab."),
]


# Round 12, Art. 50(1) vs Annex III 3(a), concept family "denial of the decision" (NO_DECISION): colloquial and
# "never" negations ("entscheidet nix", "decides nothing") make an FAQ chatbot an information service (Art. 6(3));
# not deciding *alone* ("nicht allein", "on its own") still shapes admission and stays high.
ROUND12_ART50 = [
    ("limited", "Ein Chatbot auf der Website der Fachhochschule beantwortet Fragen von Bewerbern zu Fristen und "
                "Unterlagen; über die Zulassung entscheidet er nix."),
    ("limited", "A chatbot on the college website answers applicants' questions about deadlines and fees; it decides "
                "nothing about admission."),
    ("high", "Der Chatbot der Hochschule beantwortet Fragen von Studienbewerbern zu Fristen; über Zulassungen "
             "entscheidet er nicht allein."),
    ("high", "The university chatbot answers applicants' questions about deadlines and decides nothing on its own "
             "about admission."),
]


# Round 12, Art. 5: a false statement the bot makes, marked as false ("(stimmt nicht)", "falsely tells") to get a
# signature (5(1)(a)); hyphenated face-matching and a live feed compared with photos of wanted people (5(1)(h), post
# remote stays Annex III 1(a)); theft in everyday words ("walk out without paying", "Ladendiebstahl"), age in a list
# of profile inputs and manual workers ("Erntehelfer") for crime-risk profiling (5(1)(d), a risk per site or store
# stays lower); a worse place in a queue ("bottom of the list", "kommen zuletzt dran") as social-scoring detriment
# (5(1)(c), a queue sorted by urgency stays minimal).
ROUND12_ART5 = [
    ("prohibited", "Inkasso-Idee: Der Telefonbot sagt säumigen Kunden, morgen komme der Gerichtsvollzieher (stimmt "
                   "nicht), damit sie sofort eine Ratenvereinbarung unterschreiben."),
    ("prohibited", "Our renewal assistant falsely tells subscribers that their old tariff is being discontinued, so "
                   "they sign up for the pricier plan."),
    ("minimal", "The renewal assistant tells subscribers when their tariff really ends and compares it with the "
                "cheaper plans before they sign."),
    ("prohibited", "Mit der Landespolizei: Die Kameras am Busbahnhof gleichen in Echtzeit jeden Fahrgast mit den "
                   "Fahndungsfotos von Personen mit offenem Haftbefehl ab."),
    ("prohibited", "City police pilot: face-scan everyone on the tram platforms live and ping officers when someone "
                   "on the wanted list shows up."),
    ("high", "Police want to compare faces in last week's recorded station CCTV against mugshots of the robbery "
             "suspects."),
    ("prohibited", "Kaufhaus-Idee: Ein Modell sagt aus Geschlecht, Alter und Wohnviertel voraus, welche Kunden "
                   "wahrscheinlich Ladendiebstahl begehen, die werden dann beobachtet."),
    ("prohibited", "Supermarket: predict from each shopper's age, gender and postcode who will walk out without "
                   "paying, and have security follow them."),
    ("prohibited", "Erntebetrieb: Die KI berechnet für jeden Erntehelfer aus Herkunft, Schulden und einem "
                   "Persönlichkeitstest ein Diebstahlrisiko."),
    ("minimal", "Wir wollen für jede Filiale vorhersagen, wie hoch der Ladendiebstahl im Dezember wird, aus "
                "Warengruppen, Öffnungszeiten und Vorjahreszahlen."),
    ("prohibited", "Housing co-op: late-night guests and neighbour complaints add up to a resident rating, and "
                   "low-rated households end up at the bottom of the list for a bigger flat."),
    ("prohibited", "Die Hausverwaltung bildet aus Lärmbeschwerden und Partys einen Mieter-Score; Mieter mit wenigen "
                   "Punkten kommen bei Reparaturen zuletzt dran."),
    ("minimal", "Die Hausverwaltung sortiert Reparaturmeldungen nach Dringlichkeit, Schönheitsreparaturen kommen "
                "zuletzt dran."),
]


# Round 12, Annex III 4 and 1(c): the end of a fixed-term or rolling contract ("whose contract not to renew",
# "non-renewal") and rounds or Rundgänge handed out by each worker's own figures (designers, draughtsmen and
# Grafiker are workers too), but not reminders of expiry dates or rounds by availability (4(b)); job adverts shown
# only to the people a model picks and incoming forms cut down to whom to call, but not an advert shown to all or a
# customer callback list (4(a)); the "Tonfall" or "tone of voice" of e-mails and reviews is the style of written
# text, not a voice, unless calls or recordings are analysed (1(c)).
ROUND12_ANNEX3_WORK = [
    ("high", "I have 25 freelance graphic designers on short-term contracts. Tool checks their revision counts each "
             "month and says whose contract not to renew."),
    ("high", "Ich hab 30 Grafiker mit befristeten Verträgen. Ein Tool soll jedes Quartal ihre Nacharbeitsquote "
             "auswerten und mir sagen, wessen Vertrag ich nicht verlängere."),
    ("minimal", "The tool reminds me when the fixed-term contracts of our cleaners expire so HR can send the "
                "paperwork."),
    ("high", "Give the short morning rounds to the cleaners with the fewest complaints and the long night rounds to "
             "the rest."),
    ("high", "Die KI soll die angenehmen Rundgänge an die Wachleute mit den wenigsten Beschwerden verteilen."),
    ("minimal", "Die Rundgänge nach Verfügbarkeit und Wohnort auf die Wachleute verteilen."),
    ("high", "Our graduate places stay empty every year; let the AI serve the Instagram adverts only to users it "
             "reckons will last the two years."),
    ("high", "Unsere Lehrstellen bleiben leer. Die Instagram-Werbung soll ein Modell nur an Jugendliche ausspielen, "
             "die laut Prognose die Ausbildung durchziehen."),
    ("minimal", "Our apprenticeship ad runs on Instagram for everyone in the county; the AI only translates the text "
                "into Turkish and Polish."),
    ("minimal", "Unser Onlineshop: Die Facebook-Werbung soll nur an Leute ausgespielt werden, die schon mal "
                "Gartenmöbel gekauft haben."),
    ("high", "Every spring about 200 sign-up forms come in for our summer harvest jobs. Tool should go through them "
             "and show me only the 20 people worth calling."),
    ("high", "Für die Aushilfen im Getränkemarkt trudeln jeden Sommer 200 Online-Anmeldungen ein; ein Programm soll "
             "nur die 15 Leute übrig lassen, die wir anrufen."),
    ("minimal", "Wir bekommen viele Anfragen von Kunden; die KI zeigt mir nur die 20 Leute, die ich zurückrufen "
                "soll."),
    ("minimal", "Die KI liest unsere Google-Rezensionen und markiert Beiträge mit gereiztem Tonfall, damit der "
                "Support zuerst antwortet."),
    ("minimal", "Check the tone of voice of incoming customer emails and flag the angry ones for the complaints "
                "desk."),
    ("high", "Die Hotline-Gespräche werden aufgezeichnet; die KI erkennt am Tonfall der Kunden, wer verärgert ist, "
             "und schickt danach eine Mail."),
]


# Round 12, Art. 5(1)(f): the "Tonfall" of staff e-mails is the style of written words, not a voice; on calls it is.
ROUND12_WRITTEN_TONE = [
    ("minimal", "Die KI prüft die E-Mails der Mitarbeiter auf gereizten Tonfall und meldet das der Teamleitung."),
    ("prohibited", "Die KI hört bei Telefonaten der Mitarbeiter auf gereizten Tonfall und meldet das der Teamleitung."),
]

# Round 13, Art. 5: high-cost credit (payday/instant loans) promoted to people in financial hardship (5(1)(b));
# showing a teacher or trainer who looks bored or stressed is reading learners' emotions (5(1)(f)).
ROUND13_ART5 = [
    ("prohibited", "Marketing idea for our credit app: find customers who have maxed out cards or lost their job "
     "and target them with instant loan offers at 390% APR."),
    ("prohibited", "Für unser Kreditportal: Wer laut Kontodaten im Dispo ist oder Mietrückstände hat, bekommt gezielt "
     "Werbung für Sofortkredite aufs Handy."),
    ("high", "Payday lender: a model checks whether applicants are overdrawn or behind on rent before approving a "
     "short-term loan."),
    ("prohibited", "Cameras in the lecture hall show the lecturer who looks bored or confused, based on the students' "
     "faces."),
    ("prohibited", "In der Berufsschule werten Kameras die Mimik der Auszubildenden aus und zeigen dem Ausbilder, wer "
     "gestresst oder frustriert wirkt."),
    ("high", "In unserem Laden werten Kameras die Gesichter der Kundschaft aus und zeigen der Filialleitung, wer "
     "genervt oder frustriert wirkt."),
]

# Round 13, Annex III 4(a): requests for work said without "applicant" (an opening that "pulls in loads of people",
# people who want to help out in the warehouse) filtered down to whom to call; the same shortlist of event
# sign-ups or customers stays minimal.
ROUND13_ANNEX3_WORK = [
    ("high", "Each warehouse position we open pulls in loads of people. A model should read their profiles and give "
             "me the best 5 worth phoning."),
    ("high", "Im Sommer melden sich bei uns 150 Leute, die im Lager aushelfen wollen. Die KI soll die Mails sortieren "
             "und sagen, welche 20 wir einladen."),
    ("minimal", "Im Frühjahr schreiben uns 300 Leute, dass sie beim Stadtlauf mitmachen wollen; die KI sagt mir, "
                "welche 40 ich zuerst zurückrufe."),
    ("minimal", "Customers send us hundreds of messages a week; the bot should give me the top 10 to call back first."),
]

FAMILIES: dict[str, list[tuple[str, str]]] = {
    "round10-licensing": ROUND10_LICENSING,
    "round10-art5-boundaries": ROUND10_ART5_BOUNDARIES,
    "round10-work-annex1": ROUND10_WORK_ANNEX1,
    "round11-art5-scoring": ROUND11_ART5_SCORING,
    "round11-art50": ROUND11_ART50,
    "round11-annex3-work-justice-infra": ROUND11_ANNEX3_WORK_JUSTICE_INFRA,
    "round12-art50": ROUND12_ART50,
    "round12-art5": ROUND12_ART5,
    "round12-annex3-work": ROUND12_ANNEX3_WORK,
    "round12-written-tone": ROUND12_WRITTEN_TONE,
    "round13-art5": ROUND13_ART5,
    "round13-annex3-work": ROUND13_ANNEX3_WORK,
}


@pytest.mark.parametrize(("tier", "text"), [case for cases in FAMILIES.values() for case in cases],
                         ids=[f"{name}-{tier}-{n}" for name, cases in FAMILIES.items()
                              for n, (tier, _) in enumerate(cases)])
def test_round_taught_wordings(tier: str, text: str) -> None:
    assert_tier(text, tier)
