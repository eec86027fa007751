from typing import Literal

ErrorStatusKnown = Literal["error"]
"""The values the spec lists."""

ErrorStatus = ErrorStatusKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

ERROR_STATUS_VALUES: set[ErrorStatusKnown] = {
    "error",
}


def check_error_status(value: str) -> ErrorStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in ERROR_STATUS_VALUES or isinstance(value, str):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ERROR_STATUS_VALUES!r} or another str")


def is_known_error_status(value: ErrorStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in ERROR_STATUS_VALUES
