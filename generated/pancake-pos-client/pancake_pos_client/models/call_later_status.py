from typing import Literal

CallLaterStatus = Literal[0, 1, 2, 3, 7]

CALL_LATER_STATUS_VALUES: set[CallLaterStatus] = {
    0,
    1,
    2,
    3,
    7,
}


def check_call_later_status(value: int) -> CallLaterStatus:
    if value in CALL_LATER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_LATER_STATUS_VALUES!r}")
