from typing import Literal

CallLaterStatusKnown = Literal[0, 1, 2, 3, 7]
"""The values the spec lists."""

CallLaterStatus = CallLaterStatusKnown | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

CALL_LATER_STATUS_VALUES: set[CallLaterStatusKnown] = {
    0,
    1,
    2,
    3,
    7,
}


def check_call_later_status(value: int) -> CallLaterStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in CALL_LATER_STATUS_VALUES or isinstance(value, int):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_LATER_STATUS_VALUES!r} or another int")


def is_known_call_later_status(value: CallLaterStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in CALL_LATER_STATUS_VALUES
