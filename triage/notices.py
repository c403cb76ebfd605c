"""What the submitter is told when their idea moves, in their language."""

from __future__ import annotations

from triage.result import TriageResult

_TIER = {
    "en": {"prohibited": "prohibited practice", "high": "high risk", "limited": "limited risk (transparency)",
           "minimal": "minimal risk"},
    "de": {"prohibited": "verbotene Praxis", "high": "hohes Risiko", "limited": "begrenztes Risiko (Transparenz)",
           "minimal": "minimales Risiko"},
}
_QUADRANT = {
    "en": {"quick_win": "quick win", "strategic_bet": "strategic bet", "fill_in": "fill-in", "money_pit": "money pit"},
    "de": {"quick_win": "Quick Win", "strategic_bet": "strategische Wette", "fill_in": "Lückenfüller",
           "money_pit": "Geldgrab"},
}


def triaged_notice(*, idea_id: int, title: str, result: TriageResult, lang: str) -> str:
    lang = "de" if lang == "de" else "en"
    tier = _TIER[lang][result.tier.value]
    if result.basis and result.basis != "none":
        tier += f" ({result.basis})"
    quadrant = _QUADRANT[lang][result.quadrant.value]
    if lang == "de":
        return (f"Deine Idee #{idea_id} „{title}“ ist vorbewertet: EU-AI-Act-Einstufung {tier}, "
                f"Aufwand {result.effort.value}/5, Nutzen {result.benefit.value}/5 → {quadrant}, Horizont "
                f"{result.horizon.value}. Das PMO prüft sie jetzt.")
    return (f"Your idea #{idea_id} “{title}” has a first assessment: EU AI Act {tier}, "
            f"effort {result.effort.value}/5, benefit {result.benefit.value}/5 → {quadrant}, horizon "
            f"{result.horizon.value}. The PMO will review it now.")


_DECISION = {
    "en": {"approved": "was approved", "rejected": "was not approved", "merged": "was merged into #{target}",
           "needs_info": "needs more information"},
    "de": {"approved": "wurde freigegeben", "rejected": "wurde nicht freigegeben",
           "merged": "wurde mit #{target} zusammengeführt", "needs_info": "braucht noch Informationen"},
}


def decision_notice(*, idea_id: int, title: str, decision: str, reason: str | None, lang: str,
                    merged_into: int | None = None) -> str:
    lang = "de" if lang == "de" else "en"
    what = _DECISION[lang][decision].format(target=merged_into)
    head = f"Deine Idee #{idea_id} „{title}“ {what}." if lang == "de" else f"Your idea #{idea_id} “{title}” {what}."
    if reason:
        head += (" Begründung: " if lang == "de" else " Reason: ") + reason
    if decision == "needs_info":
        head += (f" Antworte mit „antwort #{idea_id} …“ und deiner Antwort." if lang == "de"
                 else f" Reply with “reply #{idea_id} …” and your answer.")
    return head
