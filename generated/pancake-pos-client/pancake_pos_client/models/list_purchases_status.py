from typing import Literal

ListPurchasesStatusKnown = Literal[-2, -1, 0, 1, 2]
"""The values the spec lists."""

ListPurchasesStatus = ListPurchasesStatusKnown | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

LIST_PURCHASES_STATUS_VALUES: set[ListPurchasesStatusKnown] = {
    -2,
    -1,
    0,
    1,
    2,
}


def check_list_purchases_status(value: int) -> ListPurchasesStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in LIST_PURCHASES_STATUS_VALUES or isinstance(value, int):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PURCHASES_STATUS_VALUES!r} or another int")


def is_known_list_purchases_status(value: ListPurchasesStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in LIST_PURCHASES_STATUS_VALUES
