"""The proxy and the webhook listener are not relays: what they refuse before any contract logic runs.

The proxy holds the developer's real vendor credentials, so

- it binds loopback by default (``--host``), and refuses a request whose ``Host`` is not a loopback name
  or its own (DNS rebinding: a page on ``evil.example`` resolving to 127.0.0.1) and a browser's cross-site
  request (an ``Origin`` other than its own host, ``Sec-Fetch-Site: cross-site``/``same-site``);
- it adds credentials only to a request that carries the session token (header ``x-proxy-token``),
  printed at start: another local process, or a page, gets no credentials from it;
- a path that would leave the upstream's base path (``..`` or ``.`` segments, encoded or not, or a
  backslash) is refused;
- request bodies, answers and decompressed answers are capped (``MAX_REQUEST``, ``MAX_ANSWER``, and
  ``conformance.MAX_DECODED``): a body is refused by its Content-Length before it is read, and counted as
  it arrives (``conformance.read_limited``, the mock's own ``read_body``).

The webhook listener reads a delivery body up to ``MAX_REQUEST`` (by Content-Length first): an unsigned
200 MB body is refused, never read whole.
"""

from __future__ import annotations

from urllib.parse import unquote

from partner_contracts.runtime.http import loopback_host

MAX_REQUEST = 5 * 1024 * 1024
MAX_ANSWER = 32 * 1024 * 1024
TOKEN_HEADER = "x-proxy-token"


class Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def check_origin(headers: dict[str, str], own_host: str | None = None) -> None:
    """Refuse DNS rebinding (a Host that is not loopback nor ``own_host``) and cross-site requests."""
    host = headers.get("host", "")
    if not loopback_host(host) and (own_host is None or host.rsplit(":", 1)[0] != own_host):
        raise Refused(403, f"Host {host!r} is not this machine's (DNS rebinding?): refused")
    origin = headers.get("origin")
    if origin is not None and origin.partition("://")[2].rstrip("/") != host:
        raise Refused(403, f"cross-site request from {origin} refused")
    if headers.get("sec-fetch-site") in ("cross-site", "same-site"):
        raise Refused(403, "cross-site request refused")


def check_path(raw_path: bytes) -> None:
    """Refuse a path that could leave the upstream's base path."""
    text = unquote(unquote(raw_path.decode("latin-1")))  # twice: %252e%252e is refused too
    if "\\" in text or any(segment in ("..", ".") for segment in text.split("/")):
        raise Refused(400, "a path with '..' or '.' segments (or a backslash) could leave the upstream's base path")


def may_inject(headers: dict[str, str], token: str | None) -> bool:
    """Whether credentials may be added: with no session token set (a library caller), or with it sent."""
    if token is None:
        return True
    import hmac

    return hmac.compare_digest(headers.get(TOKEN_HEADER, "").encode(), token.encode())


def refusal(refused: Refused) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    import json

    body = json.dumps({"message": f"partner-contracts proxy: {refused.message}"}).encode()
    return refused.status, [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())], body
