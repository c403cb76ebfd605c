"""The one Slack Web API client of aipmo, with retries and error reporting in one place.

Rate limits (429 + Retry-After), connection drops and 5xx answers are retried by slack_sdk's
RetryHandlers; what still fails is logged with a hint for the operator and counted in
`CHANNEL_API_ERRORS`, and the caller gets an `ApiResult` to decide what to keep for later, so a
Slack outage never loses an idea (it lives in the database; replies fall back to the outbox).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from core.metrics import CHANNEL_API_ERRORS
from core.settings import Settings

log = logging.getLogger(__name__)

# Errors no retry will fix until an operator acts: the token is gone or lacks rights.
TOKEN_ERRORS = frozenset({"invalid_auth", "token_revoked", "token_expired", "not_authed", "account_inactive",
                          "missing_scope", "no_permission", "team_access_not_granted"})
# Errors about one recipient: retrying the same message there will not help.
RECIPIENT_ERRORS = frozenset({"channel_not_found", "user_not_found", "not_in_channel", "is_archived",
                              "cannot_dm_bot", "user_disabled", "restricted_action", "msg_too_long",
                              "invalid_blocks", "no_text"})

_HINTS = {
    "channel_not_found": "the channel does not exist or the bot cannot see it; check AIPMO_SLACK_REVIEW_CHANNEL "
                         "and invite the bot",
    "not_in_channel": "invite the bot to the channel (/invite @aipmo)",
    "token_revoked": "the bot token was revoked; reinstall the app and update SLACK_BOT_TOKEN",
    "invalid_auth": "SLACK_BOT_TOKEN is not valid for this workspace",
    "ratelimited": "Slack rate limit still hit after retries; the message stays queued",
}


@dataclass(frozen=True)
class ApiResult:
    """What a Web API call gave: the data on success, else the Slack error code."""

    ok: bool
    data: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    @property
    def token_problem(self) -> bool:
        return self.error in TOKEN_ERRORS

    @property
    def permanent_for_recipient(self) -> bool:
        return self.error in RECIPIENT_ERRORS


def make_client(settings: Settings) -> WebClient:
    """A WebClient on the configured API URL that retries what is worth retrying."""
    base_url = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
    return WebClient(
        token=settings.slack_bot_token.get_secret_value() or None,
        base_url=base_url,
        timeout=10,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=2),
            RateLimitErrorRetryHandler(max_retry_count=3),
            ServerErrorRetryHandler(max_retry_count=2),
        ],
    )


class SlackApi:
    """Calls Web API methods; never raises, reports failures once here."""

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def call(self, method: str, **params: Any) -> ApiResult:
        try:
            response = self.client.api_call(method, json={k: v for k, v in params.items() if v is not None})
        except SlackApiError as exc:
            error = str(exc.response.get("error") or f"http_{exc.response.status_code}")
            return self._failed(method, error)
        except (SlackClientError, OSError) as exc:
            return self._failed(method, "connection_error", detail=str(exc))
        data = dict(response.data) if isinstance(response.data, dict) else {}
        return ApiResult(ok=True, data=data)

    def _failed(self, method: str, error: str, detail: str = "") -> ApiResult:
        CHANNEL_API_ERRORS.labels(channel="slack", error=error).inc()
        hint = _HINTS.get(error, "")
        level = logging.CRITICAL if error in TOKEN_ERRORS else logging.ERROR
        log.log(level, "Slack %s failed: %s%s%s", method, error, f" ({hint})" if hint else "",
                f": {detail}" if detail else "")
        return ApiResult(ok=False, error=error)
