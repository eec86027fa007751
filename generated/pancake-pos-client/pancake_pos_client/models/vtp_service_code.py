from typing import Literal, cast

VtpServiceCodeKnown = Literal[
    "ECOD",
    "LCOD",
    "NCOD",
    "PHS",
    "PHT",
    "PTN",
    "SCOD",
    "V20",
    "V25",
    "V30",
    "V35",
    "V60",
    "VBE",
    "VBS",
    "VCBA",
    "VCBO",
    "VCN",
    "VHT",
    "VTK",
    "VVT",
]
"""The values the spec lists."""

VtpServiceCode = VtpServiceCodeKnown
"""A value the spec lists: only requests use this enum, so mypy rejects any other (the client still sends
what it is given, and decodes any string it receives)."""

VTP_SERVICE_CODE_VALUES: set[VtpServiceCodeKnown] = {
    "ECOD",
    "LCOD",
    "NCOD",
    "PHS",
    "PHT",
    "PTN",
    "SCOD",
    "V20",
    "V25",
    "V30",
    "V35",
    "V60",
    "VBE",
    "VBS",
    "VCBA",
    "VCBO",
    "VCN",
    "VHT",
    "VTK",
    "VVT",
}


def check_vtp_service_code(value: str) -> VtpServiceCode:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in VTP_SERVICE_CODE_VALUES or isinstance(value, str):
        return cast(VtpServiceCode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VTP_SERVICE_CODE_VALUES!r} or another str")


def is_known_vtp_service_code(value: VtpServiceCode) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in VTP_SERVICE_CODE_VALUES
