"""``connect(...)`` for the Pancake POS API: a client with the API's auth in one line.

Placed here by partner-contracts when the client is generated (from the spec's security schemes and
servers); regenerate instead of editing.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import httpx

from .client import Client

DEFAULT_BASE_URL = "https://pos.pages.fm/api/v1"


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
    def query_params(self) -> dict[str, str]:
        """Credentials sent in the query (``Client`` adds them to a call's params directly)."""
        return self._params

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self._headers)
        if self._params and not request.extensions.get("query_auth_applied"):
            request.url = request.url.copy_merge_params(self._params)
        yield request


def connect(
    api_key: str,
    *,
    base_url: str = DEFAULT_BASE_URL,
    timeout: float | httpx.Timeout | None = 30.0,
    max_retries: int = 2,
    httpx_args: dict[str, Any] | None = None,
) -> Client:
    """A client that authenticates every call: query `api_key`.

    Args:
        api_key: The shop's API key (Cấu hình -> Cấu hình ứng dụng -> API KEY), sent on every request.
        base_url: Where the API is (default: the spec's first server).
        timeout: Seconds a request may take (or an ``httpx.Timeout``); ``None`` waits forever.
        max_retries: Retries of a failed idempotent call (connection error, 408, 429, 5xx); POST and
            PATCH are retried only when a call passes ``max_retries=``.
        httpx_args: More arguments for ``httpx.Client``/``httpx.AsyncClient`` (``transport``, ``proxy``,
            ``event_hooks``...); the auth still applies.
    """
    auth = ApiAuth(
        api_key,
    )
    return Client(
        base_url=base_url, auth=auth, timeout=timeout, max_retries=max_retries, httpx_args=dict(httpx_args or {})
    )
