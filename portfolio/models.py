"""Portfolio records as SQLModel families (`...Base` → table → `...Public`).

Everything that must survive a restart or be shared between replicas lives here: use cases,
their audit trail, conversation state, processed channel events, the inbox of channel events,
triage jobs, digest runs and the outbox of notifications.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from portfolio.status import UseCaseStatus


def utcnow() -> datetime:
    """Aware UTC; SQLModel stores it as UTC on SQLite and PostgreSQL alike."""
    return datetime.now(UTC)


class Submitter(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("channel", "channel_user_id", name="uq_submitter_channel_user"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=20)
    channel_user_id: str = Field(max_length=200)
    display_name: str | None = Field(default=None, max_length=200)
    language: str = Field(default="en", max_length=5)
    created_at: datetime = Field(default_factory=utcnow)


class UseCaseBase(SQLModel):
    """The fields an employee describes (DESIGN.md, 'The use-case record')."""

    title: str = Field(max_length=200)
    problem: str | None = Field(default=None, sa_type=Text)
    solution: str | None = Field(default=None, sa_type=Text)
    affected: str | None = Field(default=None, sa_type=Text)
    department: str | None = Field(default=None, max_length=100, index=True)
    data_used: str | None = Field(default=None, sa_type=Text)
    personal_data: bool | None = None
    benefit: str | None = Field(default=None, sa_type=Text)
    language: str = Field(default="en", max_length=5)
    channel: str = Field(default="web", max_length=20)
    owner: str | None = Field(default=None, max_length=200)


class UseCase(UseCaseBase, table=True):
    __tablename__ = "use_case"

    id: int | None = Field(default=None, primary_key=True)
    status: UseCaseStatus = Field(default=UseCaseStatus.draft, sa_type=String(20), index=True)
    submitter_id: int | None = Field(default=None, foreign_key="submitter.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # Effective triage labels (reviewer override if any, else the engine's draft), for filtering.
    tier: str | None = Field(default=None, max_length=20, index=True)
    quadrant: str | None = Field(default=None, max_length=20, index=True)
    horizon: str | None = Field(default=None, max_length=5)
    effort: int | None = None
    benefit_score: int | None = None
    confidence: float | None = None
    # Provenance: what the engine drafted and what a reviewer decided, both kept.
    triage_draft: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    triage_final: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    needs_retriage: bool = False
    triage_error: str | None = Field(default=None, sa_type=Text)
    merged_into_id: int | None = Field(default=None, foreign_key="use_case.id")
    source_key: str | None = Field(default=None, max_length=200, unique=True)


class UseCasePublic(UseCaseBase):
    id: int
    status: UseCaseStatus
    submitter_id: int | None
    created_at: datetime
    updated_at: datetime
    tier: str | None
    quadrant: str | None
    horizon: str | None
    effort: int | None
    benefit_score: int | None
    confidence: float | None
    triage_draft: dict[str, Any] | None
    triage_final: dict[str, Any] | None
    needs_retriage: bool
    triage_error: str | None
    merged_into_id: int | None


class AuditEvent(SQLModel, table=True):
    """Append-only record of every decision and status move (see `portfolio.db` guards)."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    use_case_id: int = Field(foreign_key="use_case.id", index=True)
    actor: str = Field(max_length=200)
    action: str = Field(max_length=40)
    from_status: str | None = Field(default=None, max_length=20)
    to_status: str | None = Field(default=None, max_length=20)
    reason: str | None = Field(default=None, sa_type=Text)
    payload: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    created_at: datetime = Field(default_factory=utcnow)


class AuditEventPublic(SQLModel):
    id: int
    actor: str
    action: str
    from_status: str | None
    to_status: str | None
    reason: str | None
    created_at: datetime


class ConversationState(SQLModel, table=True):
    __tablename__ = "conversation_state"
    __table_args__ = (UniqueConstraint("channel", "user_id", "conversation", name="uq_conversation_key"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=20)
    user_id: str = Field(max_length=200)
    conversation: str = Field(max_length=200)
    state: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow)


class ProcessedEvent(SQLModel, table=True):
    """Channel event ids already handled, so a platform retry never creates a second idea."""

    __tablename__ = "processed_event"
    __table_args__ = (UniqueConstraint("source", "event_id", name="uq_processed_event"),)

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=20)
    event_id: str = Field(max_length=200)
    created_at: datetime = Field(default_factory=utcnow)


class InboundEvent(SQLModel, table=True):
    """A channel event stored before it is acked and handled after it (`portfolio.inbox`).

    The channel-neutral part of what a user said or clicked, plus `route`: where the answer goes, in
    the channel's own terms (Slack: channel and thread). The insert deduplicates (unique source and
    event id); `locked_until` is the lease of whoever handles it, so a crashed handler's event is
    picked up by another replica's sweeper. `replies` are stored before they are sent.
    """

    __tablename__ = "inbound_event"
    __table_args__ = (UniqueConstraint("source", "event_id", name="uq_inbound_event"),)

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=20)
    event_id: str = Field(max_length=200)
    kind: str = Field(default="message", max_length=20)  # message|start|button (what the adapter does with it)
    user_id: str = Field(max_length=200)
    conversation: str = Field(max_length=200)
    text: str = Field(default="", sa_type=Text)
    button: str | None = Field(default=None, max_length=200)
    display_name: str | None = Field(default=None, max_length=200)
    route: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    state: str = Field(default="received", max_length=20, index=True)  # received|answered|handled|failed
    attempts: int = 0
    locked_until: datetime | None = Field(default=None, index=True)
    replies: list[dict[str, Any]] | None = Field(default=None, sa_column=Column(JSON))
    last_error: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow)
    handled_at: datetime | None = None


class TriageJob(SQLModel, table=True):
    """A queued triage of one use case; persisted so a crash or restart resumes it."""

    __tablename__ = "triage_job"

    id: int | None = Field(default=None, primary_key=True)
    use_case_id: int = Field(foreign_key="use_case.id", index=True)
    state: str = Field(default="queued", max_length=20, index=True)  # queued|running|done|failed
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, index=True)
    locked_until: datetime | None = None
    last_error: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class DigestRun(SQLModel, table=True):
    """One digest per channel and period; the unique key stops a second scheduler posting twice."""

    __tablename__ = "digest_run"
    __table_args__ = (UniqueConstraint("channel", "period", name="uq_digest_channel_period"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=200)
    period: str = Field(max_length=40)
    status: str = Field(default="started", max_length=20)
    created_at: datetime = Field(default_factory=utcnow)


class PolicyDocument(SQLModel, table=True):
    __tablename__ = "policy_document"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300, unique=True)
    version: str = Field(max_length=64)
    chunks: int = 0
    added_at: datetime = Field(default_factory=utcnow)


class Learning(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    use_case_id: int = Field(foreign_key="use_case.id", index=True)
    author: str = Field(max_length=200)
    text: str = Field(sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow)


class Milestone(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    use_case_id: int = Field(foreign_key="use_case.id", index=True)
    title: str = Field(max_length=200)
    due: datetime | None = None
    done: bool = False


class DuplicateLink(SQLModel, table=True):
    __tablename__ = "duplicate_link"
    __table_args__ = (UniqueConstraint("use_case_id", "duplicate_of_id", name="uq_duplicate_pair"),)

    id: int | None = Field(default=None, primary_key=True)
    use_case_id: int = Field(foreign_key="use_case.id", index=True)
    duplicate_of_id: int = Field(foreign_key="use_case.id", index=True)
    score: float
    created_at: datetime = Field(default_factory=utcnow)


class Notification(SQLModel, table=True):
    """A message for a person in their channel (triage done, decision taken), delivered by the
    channel's notifier; kept in the database so a restart or another replica still delivers it."""

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=20, index=True)
    user_id: str = Field(max_length=200, index=True)
    idea_id: int | None = Field(default=None, foreign_key="use_case.id")
    kind: str = Field(max_length=40)
    text: str = Field(sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow)
    delivered_at: datetime | None = None
    # The lease of the notifier posting it: a notifier that died mid-post lets it go when it runs out.
    claimed_until: datetime | None = None
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=200)
