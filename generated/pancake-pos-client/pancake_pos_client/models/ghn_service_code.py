from typing import Literal, cast

GhnServiceCodeKnown = Literal["1", "2", "3"]
"""The values the spec lists."""

GhnServiceCode = GhnServiceCodeKnown
"""A value the spec lists: only requests use this enum, so mypy rejects any other (the client still sends
what it is given, and decodes any string it receives)."""

GHN_SERVICE_CODE_VALUES: set[GhnServiceCodeKnown] = {
    "1",
    "2",
    "3",
}


def check_ghn_service_code(value: str) -> GhnServiceCode:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in GHN_SERVICE_CODE_VALUES or isinstance(value, str):
        return cast(GhnServiceCode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GHN_SERVICE_CODE_VALUES!r} or another str")


def is_known_ghn_service_code(value: GhnServiceCode) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in GHN_SERVICE_CODE_VALUES
