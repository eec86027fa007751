from typing import Literal

BestServiceCode = Literal["12490", "12491"]

BEST_SERVICE_CODE_VALUES: set[BestServiceCode] = {
    "12490",
    "12491",
}


def check_best_service_code(value: str) -> BestServiceCode:
    if value in BEST_SERVICE_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BEST_SERVICE_CODE_VALUES!r}")
