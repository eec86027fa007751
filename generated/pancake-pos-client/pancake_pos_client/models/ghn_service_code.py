from typing import Literal

GhnServiceCode = Literal["1", "2", "3"]

GHN_SERVICE_CODE_VALUES: set[GhnServiceCode] = {
    "1",
    "2",
    "3",
}


def check_ghn_service_code(value: str) -> GhnServiceCode:
    if value in GHN_SERVICE_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GHN_SERVICE_CODE_VALUES!r}")
