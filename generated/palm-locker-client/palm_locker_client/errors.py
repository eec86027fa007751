"""The exceptions every call of this client raises (the same names in every partner-contracts client).

``APIError`` is the base. A transport failure is ``APIConnectionError`` (``APITimeoutError`` when the
time ran out); a non-2xx answer is an ``APIStatusError`` subclass chosen by status, with ``.status_code``,
``.body`` (the vendor's error envelope as its typed model when it parses, else the response text) and
``.response`` (any status the spec does not list too: >= 500 is ``InternalServerError``); a 2xx answer that
is not JSON of the documented shape is ``APIResponseValidationError`` with the raw response (with
``strict=True`` also one missing a required field or holding a wrong-typed value).
Errors a vendor reports inside a 2xx answer are data of the success model, not exceptions.
"""

from __future__ import annotations

from typing import Any

import httpx


class APIError(Exception):
    """Base of every error raised by this client."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(APIError):
    """The request did not get an answer (connection refused, reset, DNS, TLS, ...)."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request took longer than the timeout (after any retries)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A 2xx answer that does not decode into the documented model; ``.response`` is the raw answer."""

    def __init__(self, response: httpx.Response, reason: BaseException | str) -> None:
        super().__init__(f"{response.status_code} answer does not decode: {reason}")
        self.response = response
        self.status_code = response.status_code
        self.body = response.text


class APIStatusError(APIError):
    """The server answered with a non-2xx status."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401"""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """500 and above"""


class WebhookSignatureError(APIError, ValueError):
    """A webhook whose signature header is missing, malformed or wrong."""


class WebhookPayloadError(APIError, ValueError):
    """A webhook body that is not JSON, not a payload kind this API sends, or does not decode (answer 400)."""


class UnexpectedStatus(Exception):
    """No longer raised (an undocumented status raises its ``APIStatusError``); kept for compatibility."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, body: Any) -> APIStatusError:
    """The ``APIStatusError`` subclass for ``response``'s status, carrying ``body``."""
    code = response.status_code
    kind = _BY_STATUS.get(code) or (InternalServerError if code >= 500 else APIStatusError)
    detail = body if isinstance(body, str) else repr(body)
    if len(detail) > 500:
        detail = detail[:500] + "..."
    return kind(f"{code} {response.reason_phrase}: {detail}", response=response, body=body)


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "status_error",
]
