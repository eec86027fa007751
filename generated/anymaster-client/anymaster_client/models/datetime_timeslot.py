from typing import Literal

DatetimeTimeslot = Literal["0712", "1217", "1721"]

DATETIME_TIMESLOT_VALUES: set[DatetimeTimeslot] = {
    "0712",
    "1217",
    "1721",
}


def check_datetime_timeslot(value: str) -> DatetimeTimeslot:
    if value in DATETIME_TIMESLOT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATETIME_TIMESLOT_VALUES!r}")
