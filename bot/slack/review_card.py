"""The reviewer's card for a triaged idea: what the engine found and why, with the decision buttons.

Built from the stored record so the same card can be posted when triage finishes and redrawn
(chat.update) after a decision, showing who decided and why instead of the buttons.
"""

from __future__ import annotations

from typing import Any

from bot.slack.blocks import Block, escape, plain_text, section
from portfolio.models import UseCase

REVIEW_ACTIONS = {"review_approve": "approve", "review_reject": "reject", "review_ask_back": "ask_back",
                  "review_merge": "merge"}
_BUTTONS = (("review_approve", "Approve", "primary"), ("review_reject", "Reject", "danger"),
            ("review_ask_back", "Ask back", None), ("review_merge", "Merge", None))
_DONE = {"approve": "✅ Approved", "reject": "⛔ Rejected", "ask_back": "❓ Sent back for more information",
         "merge": "🔗 Merged"}


def _triage(use_case: UseCase) -> dict[str, Any]:
    """The effective triage: the engine's draft with any reviewer override on top."""
    return {**(use_case.triage_draft or {}), **(use_case.triage_final or {})}


def _score(value: Any) -> str:
    if isinstance(value, dict):
        return f"{value.get('value', '?')}/5 – {value.get('rationale', '')}".strip(" –")
    return str(value or "?")


def _role(value: Any) -> str:
    if isinstance(value, dict):
        return f"{value.get('role', '?')} – {value.get('reason', '')}".strip(" –")
    return str(value or "?")


def review_blocks(use_case: UseCase, *, submitter: str | None = None,
                  decided: tuple[str, str, str | None] | None = None) -> list[Block]:
    """Blocks of the card; `submitter` is ready mrkdwn (a mention or an escaped name); `decided` is
    (decision, reviewer Slack id, reason) once someone decided."""
    triage = _triage(use_case)
    idea_id = use_case.id or 0
    who = f" · from {submitter}" if submitter else ""
    blocks: list[Block] = [
        {"type": "header", "text": plain_text(f"#{idea_id} {use_case.title}", 150)},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": (
            f"{escape(use_case.department or 'no department')} · via {escape(use_case.channel)}{who} · "
            f"status *{use_case.status}*")}]},
    ]
    description = "\n".join(p for p in (use_case.problem, use_case.solution) if p)
    if description:
        blocks.append(section(description))
    fields = [
        ("Risk tier", f"{triage.get('tier', '?')} ({triage.get('basis', '')})"),
        ("Quadrant / horizon", f"{triage.get('quadrant', '?')} / {triage.get('horizon', '?')}"),
        ("Effort", _score(triage.get("effort"))),
        ("Benefit", _score(triage.get("benefit"))),
        ("Role", _role(triage.get("role"))),
        ("Confidence", f"{float(triage.get('confidence') or 0):.0%}"),
        ("Personal data", {True: "yes", False: "no", None: "unknown"}[use_case.personal_data]),
        ("Engine", str(triage.get("engine", "?"))),
    ]
    blocks.append({"type": "section", "fields": [
        {"type": "mrkdwn", "text": f"*{name}*\n{escape(value)[:1900]}"} for name, value in fields]})
    controls = triage.get("controls") or []
    if controls:
        blocks.append(section("Controls: " + "; ".join(str(c) for c in controls[:8])))
    questions = triage.get("open_questions") or []
    if questions:
        blocks.append(section("Open questions: " + "; ".join(str(q) for q in questions[:5])))
    citations = triage.get("citations") or []
    if citations:
        cited = [f"{c.get('document', '?')} § {c.get('section', '')}" for c in citations[:4] if isinstance(c, dict)]
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": escape("; ".join(cited))[:2000]}]})
    if decided is None:
        blocks.append({"type": "actions", "block_id": f"review:{idea_id}", "elements": [
            {"type": "button", "action_id": action, "text": plain_text(text), "value": str(idea_id),
             **({"style": style} if style else {})} for action, text, style in _BUTTONS]})
    else:
        decision, reviewer, reason = decided
        line = f"{_DONE.get(decision, decision)} by <@{reviewer}>"
        if use_case.merged_into_id:
            line += f" into #{use_case.merged_into_id}"
        if reason:
            line += f": {escape(reason)}"
        blocks.append(section_raw(line))
    return blocks


def section_raw(mrkdwn: str) -> Block:
    """A section with mrkdwn we built ourselves (user parts already escaped)."""
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn[:2900]}}


def review_text(use_case: UseCase) -> str:
    """Notification / fallback text of the card."""
    return f"Idea #{use_case.id} “{use_case.title}” is triaged ({use_case.tier or '?'}) and waits for review."
