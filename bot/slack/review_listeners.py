"""Reviewer buttons on the review card and the reason form behind them.

Only configured reviewers (`slack:<id>` in AIPMO_REVIEWERS) may decide: anyone else gets an
ephemeral "not allowed" and nothing changes. The decision itself is `triage.review.decide`, run
while the reason form is acknowledged (a short transaction) so a refused decision (no reason,
unknown merge target, illegal move) shows up in the form; redrawing the card (chat.update) runs
after the ack (the app acks before its lazy listeners start: `process_before_response`).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App
from sqlmodel import Session

from bot.slack.deps import SlackDeps
from bot.slack.review_card import REVIEW_ACTIONS, review_blocks, review_text
from bot.slack.views import REASON_FORM, read_reason_form, reason_form
from portfolio import repository
from portfolio.status import IllegalTransition
from triage.review import Decision, InvalidDecision, NotAReviewer, decide, is_reviewer

log = logging.getLogger(__name__)

NOT_ALLOWED = "Only PMO reviewers can decide on ideas; nothing was changed."


def register_review(app: App, deps: SlackDeps) -> None:
    reviewers = deps.container.settings.reviewer_ids

    def allowed(user: str) -> bool:
        return is_reviewer(f"slack:{user}", reviewers)

    def ack_only(ack: Ack) -> None:
        ack()

    def on_button(body: dict[str, Any]) -> None:
        user = body["user"]["id"]
        action = body["actions"][0]
        channel = body.get("container", {}).get("channel_id") or body.get("channel", {}).get("id", "")
        if not allowed(user):
            log.warning("slack:%s pressed %s but is not a reviewer", user, action.get("action_id"))
            deps.api.call("chat.postEphemeral", channel=channel, user=user, text=NOT_ALLOWED)
            return
        idea_id = int(action["value"])
        with Session(deps.container.engine) as session:
            title = repository.get_use_case(session, idea_id=idea_id).title
        deps.api.call("views.open", trigger_id=body["trigger_id"], view=reason_form(
            idea_id=idea_id, decision=REVIEW_ACTIONS[action["action_id"]], title=title, channel=channel,
            ts=body.get("container", {}).get("message_ts") or body.get("message", {}).get("ts", "")))

    def ack_reason(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        meta, reason, merge = read_reason_form(view)
        user = body["user"]["id"]
        merge_into = int(merge) if merge and re.fullmatch(r"\d+", merge) else None
        try:
            with Session(deps.container.engine, expire_on_commit=False) as session:
                decide(session, idea_id=int(meta["idea_id"]), decision=Decision(meta["decision"]),
                       reviewer=f"slack:{user}", reviewer_ids=reviewers, reason=reason, merge_into=merge_into)
                session.commit()
        except NotAReviewer:
            ack(response_action="errors", errors={"reason": NOT_ALLOWED})
            return
        except (InvalidDecision, IllegalTransition, repository.NotFound) as exc:
            about_target = isinstance(exc, repository.NotFound) or "merge" in str(exc)
            block = "merge_into" if meta.get("decision") == "merge" and about_target else "reason"
            ack(response_action="errors", errors={block: str(exc)[:150]})
            return
        log.info("slack:%s decided %s on idea #%s", user, meta["decision"], meta["idea_id"])
        ack()

    def on_reason(body: dict[str, Any], view: dict[str, Any]) -> None:
        meta, reason, _ = read_reason_form(view)
        if not meta.get("channel") or not meta.get("ts"):
            return
        with Session(deps.container.engine) as session:
            use_case = repository.get_use_case(session, idea_id=int(meta["idea_id"]))
            last = repository.audit_trail(session, idea_id=int(meta["idea_id"]))[-1:]
            if not last or (last[0].actor, last[0].action) != (f"slack:{body['user']['id']}",
                                                               f"decision:{meta['decision']}"):
                return  # the decision was refused in the form; the card keeps its buttons
            blocks = review_blocks(use_case, decided=(meta["decision"], body["user"]["id"], reason))
            text = review_text(use_case)
        deps.api.call("chat.update", channel=meta["channel"], ts=meta["ts"], text=text, blocks=blocks)

    app.action(re.compile("^review_(approve|reject|ask_back|merge)$"))(ack=ack_only, lazy=[deps.after_ack(on_button)])
    app.view(REASON_FORM)(ack=ack_reason, lazy=[deps.after_ack(on_reason)])
