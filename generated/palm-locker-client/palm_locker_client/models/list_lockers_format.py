from typing import Literal

ListLockersFormat = Literal["compact", "full"]

LIST_LOCKERS_FORMAT_VALUES: set[ListLockersFormat] = {
    "compact",
    "full",
}


def check_list_lockers_format(value: str) -> ListLockersFormat:
    if value in LIST_LOCKERS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_LOCKERS_FORMAT_VALUES!r}")
