from typing import Literal, cast

BestServiceCodeKnown = Literal["12490", "12491"]
"""The values the spec lists."""

BestServiceCode = BestServiceCodeKnown
"""A value the spec lists: only requests use this enum, so mypy rejects any other (the client still sends
what it is given, and decodes any string it receives)."""

BEST_SERVICE_CODE_VALUES: set[BestServiceCodeKnown] = {
    "12490",
    "12491",
}


def check_best_service_code(value: str) -> BestServiceCode:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in BEST_SERVICE_CODE_VALUES or isinstance(value, str):
        return cast(BestServiceCode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BEST_SERVICE_CODE_VALUES!r} or another str")


def is_known_best_service_code(value: BestServiceCode) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in BEST_SERVICE_CODE_VALUES
