from typing import Literal

ListLockersFormatKnown = Literal["compact", "full"]
"""The values the spec lists."""

ListLockersFormat = ListLockersFormatKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

LIST_LOCKERS_FORMAT_VALUES: set[ListLockersFormatKnown] = {
    "compact",
    "full",
}


def check_list_lockers_format(value: str) -> ListLockersFormat:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in LIST_LOCKERS_FORMAT_VALUES or isinstance(value, str):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_LOCKERS_FORMAT_VALUES!r} or another str")


def is_known_list_lockers_format(value: ListLockersFormat) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in LIST_LOCKERS_FORMAT_VALUES
