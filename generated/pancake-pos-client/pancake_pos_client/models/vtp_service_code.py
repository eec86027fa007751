from typing import Literal

VtpServiceCode = Literal[
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

VTP_SERVICE_CODE_VALUES: set[VtpServiceCode] = {
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
    if value in VTP_SERVICE_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VTP_SERVICE_CODE_VALUES!r}")
