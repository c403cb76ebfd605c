"""Calibrate the duplicate score on hand-written pairs that are NOT the eval file.

Why: the eval file (`/work/shared/eval/duplicates.jsonl`) is the held-out check; the product threshold
must come from separate data so the reported F1 is not fitted to it. Run:
`.venv/bin/python bench/knowledge_calibrate.py` — prints, per score recipe, the threshold that best
separates these pairs and its margin.
"""

from __future__ import annotations

import numpy as np

from knowledge.embeddings import get_embedder
from knowledge.similarity import combine, sparse_cosine

# (a, b, duplicate) — invented ideas, DE/EN and cross-language; hard negatives share domain or tech.
PAIRS: list[tuple[str, str, bool]] = [
    (
        "Rechnungen aus dem Postfach automatisch auslesen und ins ERP buchen.",
        "Eingangsrechnungen per KI erfassen und die Buchung im ERP vorbereiten.",
        True,
    ),
    (
        "Summarise long supplier contracts into a one-page overview for procurement.",
        "Give the purchasing team a short summary of each supplier agreement.",
        True,
    ),
    (
        "Ein Chatbot beantwortet Fragen der Mitarbeitenden zu Reisekostenrichtlinien.",
        "An assistant that answers employees' questions about the travel expense policy.",
        True,
    ),
    (
        "Translate our product manuals into French and Spanish with AI and have a reviewer check them.",
        "Bedienungsanleitungen mit KI in andere Sprachen übersetzen, ein Mensch prüft das Ergebnis.",
        True,
    ),
    (
        "Meeting-Protokolle aus Teams-Aufzeichnungen automatisch erstellen lassen.",
        "Aus der Aufnahme eines Teams-Meetings automatisch ein Protokoll mit Aufgaben erzeugen.",
        True,
    ),
    (
        "Classify incoming customer emails by topic and route them to the right team.",
        "Automatically sort customer mails into categories and forward them to the responsible queue.",
        True,
    ),
    (
        "Predict which machines on the line will fail next week from sensor data.",
        "Vorausschauende Wartung: Ausfälle der Produktionsmaschinen aus Sensordaten vorhersagen.",
        True,
    ),
    (
        "Stellenanzeigen mit KI schreiben lassen.",
        "KI formuliert Entwürfe für unsere Jobausschreibungen.",
        True,
    ),
    (
        "Rechnungen aus dem Postfach automatisch auslesen und ins ERP buchen.",
        "Zahlungserinnerungen an säumige Kunden automatisch formulieren.",
        False,
    ),
    (
        "Summarise long supplier contracts into a one-page overview for procurement.",
        "Rank suppliers by delivery reliability using last year's order data.",
        False,
    ),
    (
        "Ein Chatbot beantwortet Fragen der Mitarbeitenden zu Reisekostenrichtlinien.",
        "Reisekostenabrechnungen automatisch auf Richtlinienverstöße prüfen.",
        False,
    ),
    (
        "Translate our product manuals into French and Spanish with AI and have a reviewer check them.",
        "Produktfotos für den Webshop mit einem Bildgenerator erstellen.",
        False,
    ),
    (
        "Meeting-Protokolle aus Teams-Aufzeichnungen automatisch erstellen lassen.",
        "Analyse which teams spend the most time in meetings and suggest meeting-free days.",
        False,
    ),
    (
        "Classify incoming customer emails by topic and route them to the right team.",
        "Draft replies to customer complaints that an agent edits before sending.",
        False,
    ),
    (
        "Predict which machines on the line will fail next week from sensor data.",
        "Kamerabasierte Qualitätsprüfung von Schweißnähten am Band.",
        False,
    ),
    (
        "Stellenanzeigen mit KI schreiben lassen.",
        "Bewerbungen automatisch vorsortieren und die besten Kandidaten vorschlagen.",
        False,
    ),
    (
        "Use AI to forecast demand for spare parts per warehouse.",
        "Use AI to forecast how many call-centre agents we need per shift.",
        False,
    ),
    (
        "Ein interner Suchassistent findet Antworten in unseren Confluence-Seiten.",
        "An internal search assistant that answers questions from our Confluence wiki.",
        True,
    ),
    (
        "Lieferscheine fotografieren und die Positionen automatisch mit der Bestellung abgleichen.",
        "Match scanned delivery notes against the purchase order lines automatically.",
        True,
    ),
    (
        "Ein Bot erinnert Mitarbeitende an ablaufende Pflichtschulungen.",
        "Send employees automatic reminders when their mandatory trainings are about to expire.",
        True,
    ),
    (
        "Generate first drafts of our monthly sales newsletter from CRM highlights.",
        "Den monatlichen Vertriebs-Newsletter aus den CRM-Highlights von der KI vorschreiben lassen.",
        True,
    ),
    (
        "Audit findings from the last five years searchable by topic with an AI assistant.",
        "Make old internal audit reports searchable so auditors can ask questions in plain language.",
        True,
    ),
    (
        "Kundenanrufe transkribieren und automatisch eine Gesprächsnotiz im CRM anlegen.",
        "Transcribe customer calls and write a call summary into the CRM.",
        True,
    ),
    (
        "Detect anomalies in our cloud bill and alert the team when costs spike.",
        "KI überwacht die Cloud-Kosten und warnt bei ungewöhnlichen Ausreißern.",
        True,
    ),
    (
        "Lieferscheine fotografieren und die Positionen automatisch mit der Bestellung abgleichen.",
        "Lagerbestände per Drohne zählen und mit dem ERP abgleichen.",
        False,
    ),
    (
        "Ein Bot erinnert Mitarbeitende an ablaufende Pflichtschulungen.",
        "KI empfiehlt Mitarbeitenden passende Weiterbildungen nach ihren Karrierezielen.",
        False,
    ),
    (
        "Generate first drafts of our monthly sales newsletter from CRM highlights.",
        "Predict which CRM leads are most likely to convert this quarter.",
        False,
    ),
    (
        "Audit findings from the last five years searchable by topic with an AI assistant.",
        "Automatically test all journal entries for unusual postings before the audit.",
        False,
    ),
    (
        "Kundenanrufe transkribieren und automatisch eine Gesprächsnotiz im CRM anlegen.",
        "Use call recordings to coach agents on their tone of voice.",
        False,
    ),
    (
        "Detect anomalies in our cloud bill and alert the team when costs spike.",
        "Automatically shut down idle test servers at night.",
        False,
    ),
    (
        "Chatbot auf der Website beantwortet Fragen zu Lieferzeiten.",
        "Chatbot auf der Website berät Kunden bei der Auswahl des passenden Tarifs.",
        False,
    ),
    (
        "Translate our internal IT tickets from English into German for the local support team.",
        "IT-Tickets automatisch der richtigen Support-Gruppe zuweisen.",
        False,
    ),
]


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float, float]:
    """(F1, threshold, margin): the midpoint threshold with the best F1 and the widest gap."""
    order = np.sort(scores)
    best = (-1.0, 0.0, 0.0)
    for lo, hi in zip(order[:-1], order[1:], strict=True):
        t = float((lo + hi) / 2)
        pred = scores >= t
        tp = int((pred & labels).sum())
        fp = int((pred & ~labels).sum())
        fn = int((~pred & labels).sum())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        cand = (f1, t, float(hi - lo))
        if (cand[0], cand[2]) > (best[0], best[2]):
            best = cand
    return best


def main() -> None:
    emb = get_embedder()
    a = [p[0] for p in PAIRS]
    b = [p[1] for p in PAIRS]
    labels = np.array([p[2] for p in PAIRS])
    dense = np.sum(emb.embed_queries(a) * emb.embed_queries(b), axis=1)
    sparse = np.array([sparse_cosine(x, y) for x, y in zip(emb.sparse(a), emb.sparse(b), strict=True)])
    spread = float(dense.std())
    for w in (0.0, 0.15, 0.25, 0.35, 0.5):
        combined = np.array([combine(float(d), float(s), w) for d, s in zip(dense, sparse, strict=True)])
        f1, t, margin = best_threshold(combined, labels)
        print(
            f"w_sparse={w:.2f}  F1={f1:.3f}  threshold={t:.4f}  margin={margin:.4f}  "
            f"margin/std={margin / float(combined.std()):.3f}"
        )
    print(f"dense std={spread:.4f}")


if __name__ == "__main__":
    main()
