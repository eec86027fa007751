from typing import Literal

ListPurchasesStatus = Literal[-2, -1, 0, 1, 2]

LIST_PURCHASES_STATUS_VALUES: set[ListPurchasesStatus] = {
    -2,
    -1,
    0,
    1,
    2,
}


def check_list_purchases_status(value: int) -> ListPurchasesStatus:
    if value in LIST_PURCHASES_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PURCHASES_STATUS_VALUES!r}")
