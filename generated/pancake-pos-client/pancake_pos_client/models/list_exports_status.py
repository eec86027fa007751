from typing import Literal

ListExportsStatus = Literal[-1, 0, 1, 2]

LIST_EXPORTS_STATUS_VALUES: set[ListExportsStatus] = {
    -1,
    0,
    1,
    2,
}


def check_list_exports_status(value: int) -> ListExportsStatus:
    if value in LIST_EXPORTS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPORTS_STATUS_VALUES!r}")
