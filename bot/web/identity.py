"""Who a web-chat visitor is: a random id in a signed, HttpOnly cookie issued by the server.

The id is never taken from the request body, so knowing someone's id (it appears in the audit
trail) does not let anyone read their notifications or answer for them.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import Request, Response

COOKIE = "aipmo_visitor"
MAX_AGE = 60 * 60 * 24 * 365


def _sign(key: bytes, visitor: str) -> str:
    return hmac.new(key, visitor.encode("ascii"), hashlib.sha256).hexdigest()[:32]


def read_visitor(request: Request, key: bytes) -> str | None:
    """The visitor id of a valid cookie, or None."""
    raw = request.cookies.get(COOKIE, "")
    visitor, _, signature = raw.partition(".")
    if visitor and signature and hmac.compare_digest(signature, _sign(key, visitor)):
        return visitor
    return None


def visitor(request: Request, response: Response, key: bytes) -> str:
    """The visitor's id, issuing a new signed cookie on the first visit (or after tampering)."""
    known = read_visitor(request, key)
    if known is not None:
        return known
    new = "v" + secrets.token_hex(12)
    response.set_cookie(COOKIE, f"{new}.{_sign(key, new)}", max_age=MAX_AGE, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https")
    return new
