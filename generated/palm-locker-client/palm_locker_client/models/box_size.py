from typing import Literal

BoxSizeKnown = Literal["l", "m", "s", "xl"]
"""The values the spec lists."""

BoxSize = BoxSizeKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

BOX_SIZE_VALUES: set[BoxSizeKnown] = {
    "l",
    "m",
    "s",
    "xl",
}


def check_box_size(value: str) -> BoxSize:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in BOX_SIZE_VALUES or isinstance(value, str):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOX_SIZE_VALUES!r} or another str")


def is_known_box_size(value: BoxSize) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in BOX_SIZE_VALUES
