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


FAMILIES: dict[str, list[tuple[str, str]]] = {
    "round10-licensing": ROUND10_LICENSING,
    "round10-art5-boundaries": ROUND10_ART5_BOUNDARIES,
    "round10-work-annex1": ROUND10_WORK_ANNEX1,
    "round11-art5-scoring": ROUND11_ART5_SCORING,
    "round11-art50": ROUND11_ART50,
    "round11-annex3-work-justice-infra": ROUND11_ANNEX3_WORK_JUSTICE_INFRA,
}


@pytest.mark.parametrize(("tier", "text"), [case for cases in FAMILIES.values() for case in cases],
                         ids=[f"{name}-{tier}-{n}" for name, cases in FAMILIES.items()
                              for n, (tier, _) in enumerate(cases)])
def test_round_taught_wordings(tier: str, text: str) -> None:
    assert_tier(text, tier)
