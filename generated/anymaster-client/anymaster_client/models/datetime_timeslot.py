from typing import Literal

DatetimeTimeslotKnown = Literal["0712", "1217", "1721"]
"""The values the spec lists."""

DatetimeTimeslot = DatetimeTimeslotKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

DATETIME_TIMESLOT_VALUES: set[DatetimeTimeslotKnown] = {
    "0712",
    "1217",
    "1721",
}


def check_datetime_timeslot(value: str) -> DatetimeTimeslot:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in DATETIME_TIMESLOT_VALUES or isinstance(value, str):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATETIME_TIMESLOT_VALUES!r} or another str")


def is_known_datetime_timeslot(value: DatetimeTimeslot) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in DATETIME_TIMESLOT_VALUES
