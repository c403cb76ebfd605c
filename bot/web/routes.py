"""Web chat endpoints: translate JSON from the browser into `Inbound` and replies back, nothing more."""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Request, Response
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from sqlmodel import Session

from bot.web.identity import read_visitor, visitor
from intake.messages import Inbound, Reply
from portfolio import notifications

router = APIRouter(tags=["web chat"])
STATIC = Path(__file__).parent / "static"
CONVERSATION = r"^[A-Za-z0-9_.-]{1,64}$"


class ChatIn(BaseModel):
    conversation: Annotated[str, Field(pattern=CONVERSATION)] = "default"
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
def chat(message: ChatIn, request: Request, response: Response) -> ChatOut:
    """One user turn; the replies come back in the same response. The visitor is the signed cookie."""
    container = request.app.state.container
    user = visitor(request, response, container.secret_key)
    inbound = Inbound(channel="web", user_id=user, conversation=message.conversation, text=message.text,
                      button=message.button, lang_hint=message.lang,
                      display_name=re.sub(r"[<>]", "", message.name) if message.name else None)
    return ChatOut(replies=[render(r) for r in container.intake.handle(inbound)])


@router.get("/api/chat/notifications", response_model=ChatOut)
def chat_notifications(request: Request) -> ChatOut:
    """Messages about the visitor's ideas (triage finished, reviewer decided) since the last poll."""
    container = request.app.state.container
    user = read_visitor(request, container.secret_key)
    if user is None:
        return ChatOut(replies=[])
    with Session(container.engine, expire_on_commit=False) as session:
        notes = notifications.pending(session, channel="web", user_id=user)
        notifications.mark_delivered(session, notifications=notes)
        session.commit()
    return ChatOut(replies=[render(Reply(text=n.text, idea_id=n.idea_id)) for n in notes])
