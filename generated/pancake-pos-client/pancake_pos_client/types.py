"""Contains some shared types for properties"""

import datetime
import logging
import uuid
from collections.abc import Callable, Mapping, MutableMapping
from contextvars import ContextVar
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypedDict, TypeVar

import attrs
import httpx
from attrs import define

from .client import _setup_logging


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class HttpxArgs(TypedDict, total=False):
    """What ``httpx_args`` may hold: ``httpx.Client``/``httpx.AsyncClient`` settings the client does not own
    (checked when the client is built)."""

    transport: httpx.BaseTransport | httpx.AsyncBaseTransport
    mounts: Mapping[str, httpx.BaseTransport | httpx.AsyncBaseTransport | None]
    proxy: str | httpx.URL | httpx.Proxy | None
    limits: httpx.Limits
    cert: Any
    trust_env: bool
    http1: bool
    http2: bool
    max_redirects: int
    event_hooks: Mapping[str, list[Callable[..., Any]]]
    params: Mapping[str, str]
    default_encoding: str | Callable[[bytes], str]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: int  # an ``HTTPStatus`` when the status is a standard one
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def status(code: int) -> int:
    """``HTTPStatus(code)`` for a standard status, the plain number for any other (520, 599...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


# --- decoding answers: liberal by default, strict on request ------------------------------------------

_STRICT: ContextVar[bool] = ContextVar("pancake_pos_client_strict", default=False)
_WARNED: set[tuple[str, str]] = set()
_log = logging.getLogger("pancake_pos_client")
# The logging setup (redaction, ``PANCAKE_POS_CLIENT_LOG``) is done when the first client is built; models also
# decode without one (``webhooks.unwrap``), so here as well.
_setup_logging()
R = TypeVar("R")


class Mistyped(TypeError):
    """A value of the wrong JSON type for its field (raised inside ``from_dict``, kept or raised by ``undecoded``)."""


def is_strict() -> bool:
    """Whether answers are being decoded strictly (inside :func:`strictly`)."""
    return _STRICT.get()


def strictly(decode: Callable[..., R], *args: Any, **kwargs: Any) -> R:
    """``decode(...)`` with strict decoding: a missing required field or a wrong-typed value raises."""
    token = _STRICT.set(True)
    try:
        return decode(*args, **kwargs)
    finally:
        _STRICT.reset(token)


def undecoded(data: Mapping[str, Any], name: str, model: str, problem: Exception) -> Any:
    """The value of field ``name`` that did not decode: raised again when strict, else kept as it came
    (``UNSET`` when missing) with one warning per model field."""
    if _STRICT.get():
        raise problem
    key = (model, name)
    if key not in _WARNED:
        _WARNED.add(key)
        reason = "missing" if name not in data else f"{type(problem).__name__}: {problem}"
        _log.warning("%s.%s does not decode (%s); kept as it came (pass strict=True to raise)", model, name, reason)
    return data.get(name, UNSET)


def undecoded_item(item: Any, name: str, problem: Exception) -> Any:
    """An item of list ``name`` that did not decode: raised again when strict, else kept as it came (one
    warning per list), so a page is never lost to one item."""
    if _STRICT.get():
        raise problem
    key = ("[]", name)
    if key not in _WARNED:
        _WARNED.add(key)
        _log.warning(
            "an item of %s does not decode (%s: %s); kept as it came (pass strict=True to raise)",
            name,
            type(problem).__name__,
            problem,
        )
    return item


_UTC = datetime.timezone.utc


def parse_datetime(value: Any) -> datetime.datetime:
    """A timezone-aware datetime from the vendors' time formats.

    ISO 8601 with or without a zone, with ``T`` or a space between date and time; a naive time is taken
    as UTC. Unix seconds or milliseconds (a number, or a string of digits) are read as UTC.
    """
    if isinstance(value, datetime.datetime):
        parsed = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        parsed = datetime.datetime.fromtimestamp(value / 1000 if abs(value) >= 1e11 else value, _UTC)
    elif isinstance(value, str):
        text = value.strip()
        if text.lstrip("-").isdigit():
            return parse_datetime(int(text))
        parsed = datetime.datetime.fromisoformat(text)
    else:
        raise TypeError(f"not a date-time: {value!r}")
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_UTC)


_new_object = object.__new__
_set_slot = object.__setattr__
_UNKNOWN_SAFE = uuid.SafeUUID.unknown


def parse_uuid(value: Any) -> uuid.UUID:
    """``uuid.UUID(value)``, about twice as fast for a UUID of 32 hex digits (with or without hyphens), the form
    answers carry: the number is read once and set as ``UUID`` itself sets it (a fully ordered order holds
    some twenty UUIDs). Anything else is ``uuid.UUID(value)``, with its errors."""
    if isinstance(value, str):
        digits = value.replace("-", "")
        if len(digits) == 32:  # as UUID reads it: 32 digits once '-' are gone, then int(digits, 16)
            try:
                number = int(digits, 16)
            except ValueError:
                pass
            else:
                parsed: uuid.UUID = _new_object(uuid.UUID)
                _set_slot(parsed, "int", number)
                _set_slot(parsed, "is_safe", _UNKNOWN_SAFE)
                return parsed
    return uuid.UUID(value)


def model_repr(model: Any) -> str:
    """``Model(field=value, ...)`` with the unset fields left out."""
    shown = []
    for attribute in attrs.fields(type(model)):
        value = getattr(model, attribute.name)
        if isinstance(value, Unset) or (attribute.name == "additional_properties" and not value):
            continue
        shown.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "HttpxArgs",
    "Mistyped",
    "RequestFiles",
    "Response",
    "Unset",
    "is_strict",
    "model_repr",
    "parse_datetime",
    "parse_uuid",
    "status",
    "strictly",
    "undecoded",
    "undecoded_item",
]
