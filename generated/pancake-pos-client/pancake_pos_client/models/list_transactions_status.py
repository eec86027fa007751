from typing import Literal

ListTransactionsStatusKnown = Literal[-1, 0, 1, 2, 3]
"""The values the spec lists."""

ListTransactionsStatus = ListTransactionsStatusKnown | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

LIST_TRANSACTIONS_STATUS_VALUES: set[ListTransactionsStatusKnown] = {
    -1,
    0,
    1,
    2,
    3,
}


def check_list_transactions_status(value: int) -> ListTransactionsStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in LIST_TRANSACTIONS_STATUS_VALUES or isinstance(value, int):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TRANSACTIONS_STATUS_VALUES!r} or another int")


def is_known_list_transactions_status(value: ListTransactionsStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in LIST_TRANSACTIONS_STATUS_VALUES
