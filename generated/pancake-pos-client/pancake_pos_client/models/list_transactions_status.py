from typing import Literal

ListTransactionsStatus = Literal[-1, 0, 1, 2, 3]

LIST_TRANSACTIONS_STATUS_VALUES: set[ListTransactionsStatus] = {
    -1,
    0,
    1,
    2,
    3,
}


def check_list_transactions_status(value: int) -> ListTransactionsStatus:
    if value in LIST_TRANSACTIONS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TRANSACTIONS_STATUS_VALUES!r}")
