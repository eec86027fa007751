from typing import Literal, cast

BoxSizeKnown = Literal["l", "m", "s", "xl"]
"""The values the spec lists."""

BoxSize = BoxSizeKnown
"""A value the spec lists: only requests use this enum, so mypy rejects any other (the client still sends
what it is given, and decodes any string it receives)."""

BOX_SIZE_VALUES: set[BoxSizeKnown] = {
    "l",
    "m",
    "s",
    "xl",
}


def check_box_size(value: str) -> BoxSize:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in BOX_SIZE_VALUES or isinstance(value, str):
        return cast(BoxSize, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOX_SIZE_VALUES!r} or another str")


def is_known_box_size(value: BoxSize) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in BOX_SIZE_VALUES
