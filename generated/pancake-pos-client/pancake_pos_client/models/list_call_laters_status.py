from typing import Literal

ListCallLatersStatusKnown = Literal[-1, 0, 1, 2, 3, 7]
"""The values the spec lists."""

ListCallLatersStatus = ListCallLatersStatusKnown | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

LIST_CALL_LATERS_STATUS_VALUES: set[ListCallLatersStatusKnown] = {
    -1,
    0,
    1,
    2,
    3,
    7,
}


def check_list_call_laters_status(value: int) -> ListCallLatersStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in LIST_CALL_LATERS_STATUS_VALUES or isinstance(value, int):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CALL_LATERS_STATUS_VALUES!r} or another int")


def is_known_list_call_laters_status(value: ListCallLatersStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in LIST_CALL_LATERS_STATUS_VALUES
