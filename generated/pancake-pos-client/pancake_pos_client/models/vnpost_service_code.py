from typing import Literal

VnpostServiceCode = Literal["BK", "BKCOD", "DONG_GIA", "ECOD", "EMS", "TMDT_BK", "TMDT_EMS", "TMDT_EMS_TK"]

VNPOST_SERVICE_CODE_VALUES: set[VnpostServiceCode] = {
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
    if value in VNPOST_SERVICE_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VNPOST_SERVICE_CODE_VALUES!r}")
