"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import attrs
from attrs import define


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

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


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


def model_repr(model: Any) -> str:
    """``Model(field=value, ...)`` with the unset fields left out."""
    shown = []
    for attribute in attrs.fields(type(model)):
        value = getattr(model, attribute.name)
        if isinstance(value, Unset) or (attribute.name == "additional_properties" and not value):
            continue
        shown.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "model_repr", "parse_datetime"]
