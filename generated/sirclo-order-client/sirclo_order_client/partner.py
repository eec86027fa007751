"""``connect(...)`` for the SIRCLO Order API (partner): a client with the API's auth in one line.

Placed here by partner-contracts when the client is generated (from the spec's security schemes and
servers); regenerate instead of editing.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Generator
from typing import TYPE_CHECKING

import httpx

from .client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, DEFAULT_TOTAL_TIMEOUT, Client

if TYPE_CHECKING:
    from .types import HttpxArgs

SPEC_SERVER = "https://partner-api.sirclo.example/v1/partner"
"""The spec's server, a guess or a placeholder (SIRCLO partner API. All paths live under `/v1/partner` (the source's request example is `GET /v1/partner/order?...`); no host is published.): not a default; pass ``base_url``."""


class HmacBodyAuth(httpx.Auth):
    """Signs every request: header ``Secret`` = HMAC of the exact body bytes sent (empty for GET).

    The algorithm is a parameter (default ``sha256``, lowercase hex) so a changed vendor
    rule needs no edit of generated code.
    """

    requires_request_body = True

    def __init__(self, secret: str | bytes, algorithm: str = "sha256") -> None:
        self._key = secret.encode() if isinstance(secret, str) else secret
        hashlib.new(algorithm)  # fail early on an unknown algorithm
        self._algorithm = algorithm

    def sign(self, body: bytes) -> str:
        return hmac.new(self._key, body, self._algorithm).hexdigest()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Secret"] = self.sign(request.content)
        yield request


class ApiAuth(httpx.Auth):
    """The API's credentials on every request: header `partner_id`, hmac `Secret`.

    An ``httpx.Auth``, so it applies whatever httpx client, transport or proxy carries the request.
    """

    requires_request_body = True

    def __init__(
        self,
        partner_id: str,
        secret: str,
        algorithm: str = "sha256",
    ) -> None:
        self._headers: dict[str, str] = {}
        self._params: dict[str, str] = {}
        self._headers["partner_id"] = partner_id
        self._signer = HmacBodyAuth(secret, algorithm)

    @property
    def secret_names(self) -> frozenset[str]:
        """Header and query names that carry credentials (redacted in every log line)."""
        return frozenset(
            [
                "partner_id",
                "Secret",
            ]
        )

    @property
    def header_values(self) -> dict[str, str]:
        """Credentials sent as headers (``Client`` adds them to a call's headers directly)."""
        return self._headers

    @property
    def query_params(self) -> dict[str, str]:
        """Credentials sent in the query (``Client`` adds them to a call's params directly)."""
        return self._params

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # A call sent by ``Client`` has the headers and query credentials already (joined once, not by
        # updating httpx's headers and re-parsing the URL here); any other request gets them now.
        if not request.extensions.get("auth_applied"):
            request.headers.update(self._headers)
            if self._params:
                request.url = request.url.copy_merge_params(self._params)
        request.headers["Secret"] = self._signer.sign(request.content)
        yield request


def connect(
    partner_id: str,
    secret: str,
    *,
    base_url: str,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    retry_non_idempotent: bool = False,
    strict: bool = False,
    httpx_args: HttpxArgs | None = None,
    algorithm: str = "sha256",
) -> Client:
    """A client that authenticates every call: header `partner_id`, hmac `Secret`.

    Args:
        partner_id: Partner id value (given from SIRCLO) used for partner identification by SIRCLO. Always
            sent together with `Secret`.
        secret: "HMAC (Hash Based Message Authentication Code) composed by hashing the HTTP request body
            using, refer to section: Composing Secret" (source; the sentence is cut off and the
            Composing Secret section is not included). Taken as HMAC-SHA256 over the raw request body
            bytes, keyed by the partner's secret key, lowercase hex; a GET request has an empty body,
            so its Secret is the HMAC of the empty string. The algorithm is a parameter of the signer
            (`x-hmac`), not a constant of generated code.
        base_url: Where the API is (required: the spec's server https://partner-api.sirclo.example/v1/partner is a guess or a placeholder).
        timeout: Seconds one attempt may take (or an ``httpx.Timeout``; default 30 s, connect 10 s).
        total_timeout: Seconds a call may take across all its attempts and retry waits (default 60 s;
            ``None``: no budget).
        max_retries: Retries of a failed call that is safe to repeat (connection error, 408, 429, 5xx):
            GET/HEAD/OPTIONS and the operations the spec marks ``x-idempotent``; others are retried only
            when a call passes ``max_retries=`` or ``retry_non_idempotent`` is True.
        retry_non_idempotent: Retry every operation, also those not safe to repeat.
        strict: Raise ``errors.APIResponseValidationError`` for an answer missing a required field or
            holding a wrong-typed value (default: keep what came, log a warning once per field).
        httpx_args: More settings for ``httpx.Client``/``httpx.AsyncClient`` (``transport``, ``proxy``,
            ``limits``, ``event_hooks``...; checked here); the auth still applies.
        algorithm: The HMAC algorithm of the request signature.
    """
    auth = ApiAuth(partner_id, secret, algorithm)
    return Client(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        total_timeout=total_timeout,
        max_retries=max_retries,
        retry_non_idempotent=retry_non_idempotent,
        strict=strict,
        httpx_args=httpx_args,
    )
