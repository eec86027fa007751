from typing import Literal, cast

VnpostServiceCodeKnown = Literal["BK", "BKCOD", "DONG_GIA", "ECOD", "EMS", "TMDT_BK", "TMDT_EMS", "TMDT_EMS_TK"]
"""The values the spec lists."""

VnpostServiceCode = VnpostServiceCodeKnown
"""A value the spec lists: only requests use this enum, so mypy rejects any other (the client still sends
what it is given, and decodes any string it receives)."""

VNPOST_SERVICE_CODE_VALUES: set[VnpostServiceCodeKnown] = {
    "BK",
    "BKCOD",
    "DONG_GIA",
    "ECOD",
    "EMS",
    "TMDT_BK",
    "TMDT_EMS",
    "TMDT_EMS_TK",
}


def check_vnpost_service_code(value: str) -> VnpostServiceCode:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in VNPOST_SERVICE_CODE_VALUES or isinstance(value, str):
        return cast(VnpostServiceCode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VNPOST_SERVICE_CODE_VALUES!r} or another str")


def is_known_vnpost_service_code(value: VnpostServiceCode) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in VNPOST_SERVICE_CODE_VALUES
