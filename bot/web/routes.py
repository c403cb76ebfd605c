"""Web chat endpoints: translate JSON from the browser into `Inbound` and replies back, nothing more."""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from sqlmodel import Session

from intake.messages import Inbound, Reply
from portfolio import notifications

router = APIRouter(tags=["web chat"])
STATIC = Path(__file__).parent / "static"
# Browser-made ids only: a visitor cannot address another channel's users.
USER_ID = r"^[A-Za-z0-9_.@-]{1,64}$"


class ChatIn(BaseModel):
    user: Annotated[str, Field(pattern=USER_ID)]
    conversation: Annotated[str, Field(pattern=USER_ID)] = "default"
    text: Annotated[str, Field(max_length=50_000)] = ""
    button: Annotated[str | None, Field(max_length=200)] = None
    lang: Literal["de", "en"] | None = None
    name: Annotated[str | None, Field(max_length=100)] = None


class ChatOut(BaseModel):
    replies: list[dict[str, object]]


def render(reply: Reply) -> dict[str, object]:
    return asdict(reply)


@router.get("/", include_in_schema=False)
def page() -> FileResponse:
    return FileResponse(STATIC / "chat.html", media_type="text/html")


@router.post("/api/chat", response_model=ChatOut)
def chat(message: ChatIn, request: Request) -> ChatOut:
    """One user turn; the replies come back in the same response."""
    service = request.app.state.container.intake
    inbound = Inbound(channel="web", user_id=message.user, conversation=message.conversation, text=message.text,
                      button=message.button, lang_hint=message.lang,
                      display_name=re.sub(r"[<>]", "", message.name) if message.name else None)
    return ChatOut(replies=[render(r) for r in service.handle(inbound)])


@router.get("/api/chat/notifications", response_model=ChatOut)
def chat_notifications(request: Request, user: Annotated[str, Query(pattern=USER_ID)]) -> ChatOut:
    """Messages about the user's ideas (triage finished, reviewer decided) since the last poll."""
    with Session(request.app.state.container.engine, expire_on_commit=False) as session:
        notes = notifications.pending(session, channel="web", user_id=user)
        notifications.mark_delivered(session, notifications=notes)
        session.commit()
    return ChatOut(replies=[render(Reply(text=n.text, idea_id=n.idea_id)) for n in notes])
