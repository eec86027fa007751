"""``connect(...)`` for the Pancake POS API: a client with the API's auth in one line.

Placed here by partner-contracts when the client is generated (from the spec's security schemes and
servers); regenerate instead of editing.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING

import httpx

from .client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, DEFAULT_TOTAL_TIMEOUT, Client

if TYPE_CHECKING:
    from .types import HttpxArgs

DEFAULT_BASE_URL = "https://pos.pages.fm/api/v1"
"""The default ``base_url``: Production (FACTS.md)."""


class ApiAuth(httpx.Auth):
    """The API's credentials on every request: query `api_key`.

    An ``httpx.Auth``, so it applies whatever httpx client, transport or proxy carries the request.
    """

    def __init__(
        self,
        api_key: str,
    ) -> None:
        self._headers: dict[str, str] = {}
        self._params: dict[str, str] = {}
        self._params["api_key"] = api_key

    @property
    def secret_names(self) -> frozenset[str]:
        """Header and query names that carry credentials (redacted in every log line)."""
        return frozenset(
            [
                "api_key",
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
        yield request


def connect(
    api_key: str,
    *,
    base_url: str = DEFAULT_BASE_URL,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    retry_non_idempotent: bool = False,
    strict: bool = False,
    httpx_args: HttpxArgs | None = None,
) -> Client:
    """A client that authenticates every call: query `api_key`.

    Args:
        api_key: The shop's API key (Cấu hình -> Cấu hình ứng dụng -> API KEY), sent on every request.
        base_url: Where the API is (default https://pos.pages.fm/api/v1: Production (FACTS.md).).
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
    """
    auth = ApiAuth(
        api_key,
    )
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
