"""The client: base URL, auth (an ``httpx.Auth``), timeout and retries, shared by every endpoint module."""

from __future__ import annotations

import random
import ssl
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

import httpx

from . import errors

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
RETRY_STATUSES = frozenset({408, 429})
IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete", "trace"})


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def _as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def retry_after(response: httpx.Response | None) -> float | None:
    """Seconds the server asked to wait (``retry-after-ms``, ``retry-after`` seconds or HTTP date), if sane."""
    if response is None:
        return None
    headers = response.headers
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            seconds = float(raw_ms) / 1000
        except ValueError:
            seconds = -1.0
        if 0 <= seconds <= 60:
            return seconds
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        import email.utils

        try:
            parsed = email.utils.parsedate_to_datetime(raw) if raw.strip() else None
        except (TypeError, ValueError):
            parsed = None
        if parsed is None:
            return None
        seconds = parsed.timestamp() - time.time()
    return max(seconds, 0.0) if seconds <= 60 else None


def retry_delay(attempt: int, response: httpx.Response | None) -> float:
    """``Retry-After`` when the server sent a sane one, else exponential backoff with jitter."""
    asked = retry_after(response)
    if asked is not None:
        return asked
    delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


def should_retry(response: httpx.Response) -> bool:
    header = str(response.headers.get("x-should-retry", ""))
    if header in ("true", "false"):
        return header == "true"
    return response.status_code in RETRY_STATUSES or response.status_code >= 500


class Client:
    """Everything a call needs besides its parameters.

    ``connect(...)`` builds one with the API's auth; build it by hand only for unauthenticated calls.

    Args:
        base_url: The base URL of the API; every request goes to a path relative to it.
        auth: An ``httpx.Auth`` applied to every request (also through a custom httpx client).
        headers: Headers sent with every request.
        cookies: Cookies sent with every request.
        timeout: Seconds (or an ``httpx.Timeout``) a request may take; default 30 s.
        max_retries: Retries of a failed idempotent call (connection error, 408, 429, 5xx); default 2.
        verify_ssl: Whether to verify the server's TLS certificate.
        follow_redirects: Whether to follow redirects (default False).
        httpx_args: More keyword arguments for ``httpx.Client`` / ``httpx.AsyncClient`` (transport, proxy, ...).
        raise_on_unexpected_status: ``sync_detailed`` raises ``errors.UnexpectedStatus`` on an undocumented status.
    """

    def __init__(
        self,
        base_url: str,
        *,
        auth: httpx.Auth | None = None,
        cookies: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        raise_on_unexpected_status: bool = False,
    ) -> None:
        self._base_url = base_url
        self._auth = auth
        self._cookies = dict(cookies or {})
        self._headers = dict(headers or {})
        self._timeout = timeout
        self._request_timeout = _as_timeout(timeout)
        self.max_retries = max_retries
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None
        self._async_loop: object = None  # the event loop the built AsyncClient belongs to

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, max_retries={self.max_retries})"

    def _evolve(self, **changes: Any) -> Self:
        settings: dict[str, Any] = {
            "auth": self._auth,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "max_retries": self.max_retries,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "httpx_args": self._httpx_args,
            "raise_on_unexpected_status": self.raise_on_unexpected_status,
        }
        settings.update(changes)
        return type(self)(self._base_url, **settings)

    def _copy(self, **changes: Any) -> Self:
        new = self._evolve(**changes)
        # Share the connection pools; headers, timeout and auth are applied per request, so the copy's
        # settings never reach this client.
        new._client = self._client
        new._async_client = self._async_client
        new._async_loop = self._async_loop
        return new

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """A new client with these headers added; this one is unchanged."""
        return self._copy(headers={**self._headers, **headers})

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """A new client with these cookies added; this one is unchanged."""
        return self._evolve(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: float | httpx.Timeout | None) -> Self:
        """A new client with this timeout; this one is unchanged."""
        return self._copy(timeout=timeout)

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A new client with another timeout and/or retry budget; this one is unchanged."""
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = timeout
        if max_retries is not None:
            changes["max_retries"] = max_retries
        return self._copy(**changes)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this ``httpx.Client`` (its transport, proxy, pool); auth, headers and timeout still apply."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use."""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this ``httpx.AsyncClient``; auth, headers and timeout still apply."""
        self._async_client = async_client
        self._async_loop = None
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, built on first use (again in a new event loop)."""
        loop = _current_loop()
        if self._async_client is not None and self._async_loop is not None and self._async_loop is not loop:
            self._async_client = None  # built in an event loop that is gone (e.g. a second asyncio.run)
        if self._async_client is None:
            self._async_loop = loop
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)

    # --- sending ---------------------------------------------------------------------------------

    def _options(
        self,
        kwargs: dict[str, Any],
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> tuple[dict[str, Any], int]:
        request = dict(kwargs)
        headers = dict(self._headers)
        headers.update(request.get("headers") or {})
        if extra_headers:
            headers.update(extra_headers)
        request["headers"] = headers
        request["timeout"] = _as_timeout(timeout) if timeout is not None else self._request_timeout
        if self._auth is not None:
            request["auth"] = self._auth
            query = getattr(self._auth, "query_params", None)
            if query:
                # Credentials that travel in the query join the request's own params here, once, rather
                # than by re-parsing the URL in the auth flow (which still adds them to any other request).
                request["params"] = {**(request.get("params") or {}), **query}
                request["extensions"] = {**(request.get("extensions") or {}), "query_auth_applied": True}
        if max_retries is None:
            # POST and PATCH are not idempotent: retried only when the call asks for it (max_retries=n).
            max_retries = self.max_retries if str(request.get("method", "get")).lower() in IDEMPOTENT_METHODS else 0
        return request, max(0, max_retries)

    def request(
        self,
        kwargs: dict[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one call (``kwargs`` for ``httpx.Client.request``) with auth, timeout and retries."""
        request, retries = self._options(kwargs, timeout, max_retries, extra_headers)
        client = self.get_httpx_client()
        attempt = 0
        while True:
            try:
                response = client.request(**request)
            except httpx.TimeoutException as exc:
                if attempt < retries:
                    _sleep(retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise errors.APITimeoutError(request=_request_of(exc)) from exc
            except httpx.TransportError as exc:
                if attempt < retries:
                    _sleep(retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise errors.APIConnectionError(f"Connection error: {exc}", request=_request_of(exc)) from exc
            if attempt < retries and should_retry(response):
                response.close()
                _sleep(retry_delay(attempt, response))
                attempt += 1
                continue
            return response

    async def arequest(
        self,
        kwargs: dict[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """The ``async`` twin of :meth:`request`."""
        request, retries = self._options(kwargs, timeout, max_retries, extra_headers)
        client = self.get_async_httpx_client()
        attempt = 0
        while True:
            try:
                response = await client.request(**request)
            except httpx.TimeoutException as exc:
                if attempt < retries:
                    await _async_sleep(retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise errors.APITimeoutError(request=_request_of(exc)) from exc
            except httpx.TransportError as exc:
                if attempt < retries:
                    await _async_sleep(retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise errors.APIConnectionError(f"Connection error: {exc}", request=_request_of(exc)) from exc
            if attempt < retries and should_retry(response):
                await response.aclose()
                await _async_sleep(retry_delay(attempt, response))
                attempt += 1
                continue
            return response


def _current_loop() -> object:
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _request_of(exc: httpx.TransportError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:
        return None


__all__ = ["Client"]
