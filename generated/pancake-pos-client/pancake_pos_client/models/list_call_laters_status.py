from typing import Literal

ListCallLatersStatus = Literal[-1, 0, 1, 2, 3, 7]

LIST_CALL_LATERS_STATUS_VALUES: set[ListCallLatersStatus] = {
    -1,
    0,
    1,
    2,
    3,
    7,
}


def check_list_call_laters_status(value: int) -> ListCallLatersStatus:
    if value in LIST_CALL_LATERS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CALL_LATERS_STATUS_VALUES!r}")
