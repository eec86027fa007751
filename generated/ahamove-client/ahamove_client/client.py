"""The client: base URL, auth (an ``httpx.Auth``), timeouts, retries and logging, shared by every endpoint module.

Retries follow the meaning of an operation, not its HTTP method: a call is repeated (connection error,
408, 429, 5xx; ``Retry-After`` honoured) when it is safe to repeat — GET, HEAD, OPTIONS and the
operations the spec marks ``x-idempotent`` — and any other call only when asked (``max_retries=`` on the
call, or ``with_options(retry_non_idempotent=True)``). A retry carries ``x-retry-count`` (1, 2, ...).

Logging goes to ``logging.getLogger("ahamove_client")``; ``AHAMOVE_CLIENT_LOG=info`` (or ``debug``)
prints it on stderr. Credentials (auth headers, query keys, signatures) are redacted in every line,
httpx's own ``HTTP Request:`` line included.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast

import httpx

if TYPE_CHECKING:  # the rest is imported where first needed: importing the package stays fast
    import ssl
    from types import TracebackType

    from . import errors
    from .types import HttpxArgs

__version__ = "5.0.1"
USER_AGENT = f"ahamove-client/{__version__} python-httpx/{httpx.__version__}"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_TOTAL_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
RETRY_STATUSES = frozenset({408, 429})
SAFE_METHODS = frozenset({"get", "head", "options"})
RETRY_COUNT_HEADER = "x-retry-count"
LOG_ENV = "AHAMOVE_CLIENT_LOG"
REDACTED = "***"
# Names whose values never reach a log line (headers and query parameters; the auth adds its own).
SECRET_NAMES: set[str] = {
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-api-key",
    "api-key",
    "api_key",
    "apikey",
    "access_token",
    "token",
    "secret",
    "password",
    "signature",
    "x-signature",
}

log = logging.getLogger("ahamove_client")


def _redact_url(url: httpx.URL | str) -> str:
    url = url if isinstance(url, httpx.URL) else httpx.URL(url)
    if not url.query:
        return str(url)
    params = [(k, REDACTED if k.lower() in SECRET_NAMES else v) for k, v in url.params.multi_items()]
    return str(url.copy_with(params=params))


def _redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: (REDACTED if k.lower() in SECRET_NAMES else v) for k, v in headers.items()}


class _RedactFilter(logging.Filter):
    """Replaces URLs in a log record's arguments (httpx's ``HTTP Request: %s %s``) by their redacted form."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(isinstance(a, httpx.URL) for a in args):
            record.args = tuple(_redact_url(a) if isinstance(a, httpx.URL) else a for a in args)
        return True


REDACT_FILTER = _RedactFilter()
_LOGGING_LOCK = threading.Lock()
_logging_ready = False


def _setup_logging() -> None:
    """Once, when the first client is built (not at import): the redaction filter on this package's and
    httpx's loggers, and a stderr handler when ``LOG_ENV`` asks for one."""
    global _logging_ready
    with _LOGGING_LOCK:
        if _logging_ready:
            return
        _logging_ready = True
    import os

    logging.getLogger("httpx").addFilter(REDACT_FILTER)
    log.addFilter(REDACT_FILTER)
    level = os.environ.get(LOG_ENV, "").strip().lower()
    if level not in ("debug", "info"):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s - %(levelname)s] %(message)s"))
    handler.addFilter(REDACT_FILTER)
    for name in ("ahamove_client", "httpx"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def _as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _within(timeout: httpx.Timeout, left: float) -> httpx.Timeout:
    """``timeout`` with every phase capped to the ``left`` seconds of the total budget."""

    def cap(value: float | None) -> float:
        return left if value is None else min(value, left)

    return httpx.Timeout(
        connect=cap(timeout.connect), read=cap(timeout.read), write=cap(timeout.write), pool=cap(timeout.pool)
    )


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
    import random

    delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


def should_retry(response: httpx.Response) -> bool:
    header = str(response.headers.get("x-should-retry", ""))
    if header in ("true", "false"):
        return header == "true"
    return response.status_code in RETRY_STATUSES or response.status_code >= 500


def __getattr__(name: str) -> Any:
    # ``HttpxArgs`` lives in ``.types`` (a TypedDict costs more to build than the rest of this module);
    # still importable from here.
    if name == "HttpxArgs":
        from .types import HttpxArgs

        return HttpxArgs
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_OWNED = {
    "base_url": "base_url",
    "headers": "headers",
    "cookies": "cookies",
    "timeout": "timeout",
    "verify": "verify_ssl",
    "follow_redirects": "follow_redirects",
    "auth": "the API's credentials",
}


def check_httpx_args(args: Mapping[str, Any] | None) -> dict[str, Any]:
    """``args`` as a dict, or ``TypeError`` naming an unknown key or one the client sets itself."""
    found = dict(args or {})
    if not found:
        return found
    from .types import HttpxArgs

    for name in found:
        if name in _OWNED:
            raise TypeError(f"httpx_args: {name!r} is set by the client; pass {_OWNED[name]}= instead")
        if name not in HttpxArgs.__annotations__:
            raise TypeError(
                f"httpx_args: unknown argument {name!r} (known: {', '.join(sorted(HttpxArgs.__annotations__))})"
            )
    return found


class _Pools:
    """The connection pools a client and its copies (``with_headers``, ``with_options``) share."""

    __slots__ = ("async_client", "headers", "lock", "loop", "others", "sync_client")

    def __init__(self, headers: Mapping[str, str]) -> None:
        # The default headers of the pools: those of the client that made this object, which every copy
        # sends too (a copy's own headers go with its requests only, whichever client builds a pool first).
        self.headers = {"User-Agent": USER_AGENT, **headers}
        self.lock = threading.Lock()
        self.sync_client: httpx.Client | None = None
        self.async_client: httpx.AsyncClient | None = None
        self.loop: object = None  # the event loop the async client was built in
        # async pools of loops still running in other threads when this client moved to a new loop
        self.others: list[tuple[httpx.AsyncClient, object]] = []


def _longest(timeout: httpx.Timeout) -> float:
    """The longest phase of ``timeout`` (infinite when a phase has none)."""
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return float("inf") if None in phases else max(cast(tuple[float, ...], phases))


class _Attempts:
    """One call's retry state: budget, deadline, attempt number; decides whether and when to try again.

    The attempt's timeout travels in the request's ``extensions`` (what httpx's transports read), so httpx
    does not rebuild an ``httpx.Timeout`` per request."""

    __slots__ = ("attempt", "deadline", "longest", "request", "retries", "timeout")

    def __init__(
        self, request: dict[str, Any], retries: int, total_timeout: float | None, timeout: httpx.Timeout, longest: float
    ) -> None:
        self.request = request
        self.retries = retries
        self.attempt = 0
        self.timeout = timeout
        self.longest = longest
        self.deadline = None if total_timeout is None else time.monotonic() + total_timeout

    def start(self) -> None:
        """Before each attempt: the retry-count header (on a retry) and what is left of the total budget."""
        request = self.request
        if self.attempt:  # a new dict: the first attempt's headers may be the client's own
            request["headers"] = {**(request.get("headers") or {}), RETRY_COUNT_HEADER: str(self.attempt)}
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                from . import errors

                raise errors.APITimeoutError("Request timed out: total_timeout spent")
            if left < self.longest:  # the budget is shorter than some phase's own timeout
                request["extensions"] = {**request["extensions"], "timeout": _within(self.timeout, left).as_dict()}

    def wait(self, response: httpx.Response | None, error: httpx.TransportError | None) -> float | None:
        """Seconds to wait before the next attempt, or None when this answer (or error) is final."""
        if self.attempt >= self.retries:
            return None
        if response is not None and not should_retry(response):
            return None
        delay = retry_delay(self.attempt, response)
        if self.deadline is not None and time.monotonic() + delay >= self.deadline:
            return None
        self.attempt += 1
        if log.isEnabledFor(logging.INFO):
            method, url = self.request.get("method", "get").upper(), self.request.get("url", "")
            why = f"{response.status_code}" if response is not None else type(error).__name__
            log.info("%s %s: %s; retry %d of %d in %.2f s", method, url, why, self.attempt, self.retries, delay)
        return delay

    def fail(self, exc: httpx.TransportError) -> errors.APIConnectionError:
        from . import errors

        request = _request_of(exc)
        if log.isEnabledFor(logging.INFO):
            where = _redact_url(request.url) if request is not None else self.request.get("url", "")
            log.info("%s %s failed: %s", self.request.get("method", "get").upper(), where, type(exc).__name__)
        if isinstance(exc, httpx.TimeoutException):
            return errors.APITimeoutError(request=request)
        return errors.APIConnectionError(f"Connection error: {exc}", request=request)


def _log_response(response: httpx.Response, started: float) -> None:
    request = response.request
    log.info(
        "%s %s -> %d %s (%.0f ms)",
        request.method,
        _redact_url(request.url),
        response.status_code,
        response.reason_phrase,
        (time.monotonic() - started) * 1000,
    )
    if log.isEnabledFor(logging.DEBUG):
        log.debug("request headers: %s", _redact_headers(request.headers))
        log.debug(
            "response headers: %s; x-request-id: %s",
            _redact_headers(response.headers),
            response.headers.get("x-request-id", "-"),
        )


class Client:
    """Everything a call needs besides its parameters.

    ``connect(...)`` builds one with the API's auth; build it by hand only for unauthenticated calls.
    A client is a context manager (``with`` / ``async with``) at any time; ``close()``/``aclose()`` close
    every connection pool it opened. Pools are built on first use (thread-safe) and shared by its copies.

    Args:
        base_url: The base URL of the API; every request goes to a path relative to it.
        auth: An ``httpx.Auth`` applied to every request (also through a custom httpx client).
        headers: Headers sent with every request.
        cookies: Cookies sent with every request.
        timeout: Seconds (or an ``httpx.Timeout``) one attempt may take; default 30 s (connect 10 s).
        total_timeout: Seconds a call may take across all its attempts and waits; default 60 s; None: no budget.
        max_retries: Retries of a failed call that is safe to repeat (connection error, 408, 429, 5xx); default 2.
        retry_non_idempotent: Retry the other calls (POST, PATCH, PUT without ``x-idempotent``) too.
        strict: Raise ``errors.APIResponseValidationError`` when an answer misses a required field or has a
            wrong-typed value (default False: the model keeps what came and a warning is logged once per field).
        verify_ssl: Whether to verify the server's TLS certificate.
        follow_redirects: Whether to follow redirects (default False).
        httpx_args: More settings for ``httpx.Client`` / ``httpx.AsyncClient`` (:class:`HttpxArgs`: transport,
            proxy, limits...), checked here.
        raise_on_unexpected_status: Kept for compatibility; an undocumented status always raises its
            ``errors.APIStatusError``.
    """

    def __init__(
        self,
        base_url: str,
        *,
        auth: httpx.Auth | None = None,
        cookies: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_non_idempotent: bool = False,
        strict: bool = False,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: HttpxArgs | Mapping[str, Any] | None = None,
        raise_on_unexpected_status: bool = False,
    ) -> None:
        if not base_url:
            raise ValueError("base_url is required")
        self._base_url = base_url
        self._auth = auth
        self._cookies = dict(cookies or {})
        self._headers = dict(headers or {})
        self._timeout = timeout
        self._request_timeout = _as_timeout(timeout)
        self._longest = _longest(self._request_timeout)
        self.total_timeout = total_timeout
        self.max_retries = max_retries
        self.retry_non_idempotent = retry_non_idempotent
        self.strict = strict
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = check_httpx_args(httpx_args)
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._pools = _Pools(self._headers)
        SECRET_NAMES.update(name.lower() for name in getattr(auth, "secret_names", ()))
        # Worked out once, not per call: the credentials our ApiAuth sends as headers and query parameters
        # (joined to each request here; its auth flow then leaves them alone), the headers of a call that
        # adds none, and the extensions (the timeout as httpx's transports read it) of a call with no timeout.
        self._auth_headers: dict[str, str] = dict(getattr(auth, "header_values", None) or {})
        self._auth_params: dict[str, str] = dict(getattr(auth, "query_params", None) or {})
        self._call_headers = {**self._headers, **self._auth_headers}
        self._extensions: dict[str, Any] = {"timeout": self._request_timeout.as_dict()}
        if self._auth_headers or self._auth_params:
            self._extensions["auth_applied"] = True
        _setup_logging()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, max_retries={self.max_retries})"

    def _evolve(self, **changes: Any) -> Self:
        settings: dict[str, Any] = {
            "auth": self._auth,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "total_timeout": self.total_timeout,
            "max_retries": self.max_retries,
            "retry_non_idempotent": self.retry_non_idempotent,
            "strict": self.strict,
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
        new._pools = self._pools
        return new

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """A new client with these headers added; this one is unchanged."""
        return self._copy(headers={**self._headers, **headers})

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """A new client with these cookies added (its own pools); this one is unchanged."""
        return self._evolve(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: float | httpx.Timeout | None) -> Self:
        """A new client with this timeout; this one is unchanged."""
        return self._copy(timeout=timeout)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        total_timeout: float | None = None,
        max_retries: int | None = None,
        retry_non_idempotent: bool | None = None,
        strict: bool | None = None,
    ) -> Self:
        """A new client with other timeouts, retry rules or decoding; this one is unchanged (pools shared)."""
        changes: dict[str, Any] = {}
        for name, value in (
            ("timeout", timeout),
            ("total_timeout", total_timeout),
            ("max_retries", max_retries),
            ("retry_non_idempotent", retry_non_idempotent),
            ("strict", strict),
        ):
            if value is not None:
                changes[name] = value
        return self._copy(**changes)

    # --- connection pools ------------------------------------------------------------------------

    def _settings(self) -> dict[str, Any]:
        # The User-Agent is a default of the pools (not re-sent per request); the client's own headers go
        # with every request too, so a pool a copy built never sends the copy's headers for another client.
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._pools.headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this ``httpx.Client`` (its transport, proxy, pool); auth, headers and timeout still apply."""
        self._pools.sync_client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use (once, whatever the number of threads)."""
        pools = self._pools
        client = pools.sync_client
        if client is None:
            with pools.lock:
                client = pools.sync_client
                if client is None:
                    client = pools.sync_client = httpx.Client(**self._settings())
        return client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this ``httpx.AsyncClient``; auth, headers and timeout still apply."""
        with self._pools.lock:
            self._pools.async_client = async_client
            self._pools.loop = None
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``: one per client; used in another event loop (a second
        ``asyncio.run``), the pool of the first is closed and a new one built."""
        loop = _current_loop()
        pools = self._pools
        client = pools.async_client
        if client is not None and (pools.loop is loop or pools.loop is None):
            return client
        with pools.lock:
            client = pools.async_client
            if client is not None and pools.loop is not None and pools.loop is not loop:
                if _running(pools.loop):
                    pools.others.append((client, pools.loop))  # in use in another thread: closed with us
                else:
                    _abandon(client)  # its loop is gone: nothing can await it any more
                client = None
            if client is None:
                client = pools.async_client = httpx.AsyncClient(**self._settings())
                pools.loop = loop
        return client

    def _take_pools(self) -> tuple[httpx.Client | None, list[tuple[httpx.AsyncClient, object]]]:
        pools = self._pools
        with pools.lock:
            sync_client = pools.sync_client
            async_clients = [*pools.others, *([(pools.async_client, pools.loop)] if pools.async_client else [])]
            pools.sync_client = pools.async_client = None
            pools.loop = None
            pools.others = []
        return sync_client, async_clients

    def close(self) -> None:
        """Close every pool this client (and its copies) opened; a later call opens new ones."""
        sync_client, async_clients = self._take_pools()
        if sync_client is not None:
            sync_client.close()
        for async_client, loop in async_clients:
            _close_async_from_sync(async_client, loop)

    async def aclose(self) -> None:
        """Close every pool this client (and its copies) opened; a later call opens new ones."""
        sync_client, async_clients = self._take_pools()
        if sync_client is not None:
            sync_client.close()
        current = _current_loop()
        for async_client, loop in async_clients:
            if loop is None or loop is current:
                await async_client.aclose()
            else:
                _close_async_from_sync(async_client, loop)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.aclose()

    # --- sending ---------------------------------------------------------------------------------

    def _prepare(
        self,
        kwargs: dict[str, Any],
        idempotent: bool | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
    ) -> _Attempts:
        request = dict(kwargs)
        call_headers = request.get("headers")
        if call_headers or extra_headers:  # the credentials last: they win over a same-named header
            request["headers"] = {
                **self._headers,
                **(call_headers or {}),
                **(extra_headers or {}),
                **self._auth_headers,
            }
        elif self._call_headers:
            request["headers"] = self._call_headers  # never changed: a retry's headers are a new dict
        if extra_query or self._auth_params:
            request["params"] = {**(request.get("params") or {}), **(extra_query or {}), **self._auth_params}
        if extra_body:
            body = request.get("json")
            if not isinstance(body, dict):
                raise TypeError("extra_body needs an operation whose body is a JSON object")
            request["json"] = {**body, **extra_body}
        if timeout is None:
            request_timeout, longest, extensions = self._request_timeout, self._longest, self._extensions
        else:
            request_timeout = _as_timeout(timeout)
            longest = _longest(request_timeout)
            extensions = {**self._extensions, "timeout": request_timeout.as_dict()}
        if request.get("extensions"):
            extensions = {**request["extensions"], **extensions}
        request["extensions"] = extensions
        if self._auth is not None:
            request["auth"] = self._auth
        if max_retries is None:
            if idempotent is None:
                idempotent = str(request.get("method", "get")).lower() in SAFE_METHODS
            # Not safe to repeat (a POST, a PUT that issues something new): retried only when asked.
            max_retries = self.max_retries if (idempotent or self.retry_non_idempotent) else 0
        return _Attempts(request, max(0, max_retries), self.total_timeout, request_timeout, longest)

    def request(
        self,
        kwargs: dict[str, Any],
        *,
        idempotent: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        """Send one call (``kwargs`` for ``httpx.Client.request``) with auth, timeouts, retries and logging.

        ``idempotent``: whether the operation is safe to repeat (None: GET, HEAD and OPTIONS are)."""
        attempts = self._prepare(kwargs, idempotent, timeout, max_retries, extra_headers, extra_query, extra_body)
        client = self.get_httpx_client()
        logging_on = log.isEnabledFor(logging.INFO)
        started = 0.0
        while True:
            attempts.start()
            if logging_on:
                started = time.monotonic()
            try:
                response = client.request(**attempts.request)
            except httpx.TransportError as exc:
                delay = attempts.wait(None, exc)
                if delay is None:
                    raise attempts.fail(exc) from exc
                _sleep(delay)
                continue
            if logging_on:
                _log_response(response, started)
            delay = attempts.wait(response, None)
            if delay is None:
                return response
            response.close()
            _sleep(delay)

    async def arequest(
        self,
        kwargs: dict[str, Any],
        *,
        idempotent: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        """The ``async`` twin of :meth:`request`."""
        attempts = self._prepare(kwargs, idempotent, timeout, max_retries, extra_headers, extra_query, extra_body)
        client = self.get_async_httpx_client()
        logging_on = log.isEnabledFor(logging.INFO)
        started = 0.0
        while True:
            attempts.start()
            if logging_on:
                started = time.monotonic()
            try:
                response = await client.request(**attempts.request)
            except httpx.TransportError as exc:
                delay = attempts.wait(None, exc)
                if delay is None:
                    raise attempts.fail(exc) from exc
                await _async_sleep(delay)
                continue
            if logging_on:
                _log_response(response, started)
            delay = attempts.wait(response, None)
            if delay is None:
                return response
            await response.aclose()
            await _async_sleep(delay)


def _current_loop() -> object:
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _running(loop: object) -> bool:
    """Whether ``loop`` is an event loop still running (in another thread)."""
    is_running = getattr(loop, "is_running", None)
    is_closed = getattr(loop, "is_closed", None)
    return bool(is_running and is_closed and is_running() and not is_closed())


def _abandon(client: httpx.AsyncClient) -> None:
    """Close the sockets of an ``httpx.AsyncClient`` whose event loop is gone (it can no longer be awaited)."""
    transports: list[Any] = [client._transport, *client._mounts.values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        for connection in list(getattr(pool, "connections", None) or []):
            inner = getattr(connection, "_connection", None)
            stream = getattr(inner, "_network_stream", None)
            sock = stream.get_extra_info("socket") if stream is not None else None
            sock = getattr(sock, "_sock", sock)  # asyncio hands out a TransportSocket wrapper
            if sock is not None and hasattr(sock, "close"):
                try:
                    sock.close()
                except OSError:
                    pass


def _close_async_from_sync(client: httpx.AsyncClient, loop: object) -> None:
    """``close()`` on an async pool: awaited in its loop when that loop is idle, else its sockets closed."""
    import asyncio

    if isinstance(loop, asyncio.AbstractEventLoop) and not loop.is_closed():
        if loop.is_running():
            loop.call_soon_threadsafe(lambda: cast(Any, asyncio).ensure_future(client.aclose()))
            return
        loop.run_until_complete(client.aclose())
        return
    _abandon(client)


def _request_of(exc: httpx.TransportError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:
        return None


__all__ = ["USER_AGENT", "Client", "HttpxArgs", "__version__"]
