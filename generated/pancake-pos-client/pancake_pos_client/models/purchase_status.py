from typing import Literal

PurchaseStatus = Literal[-1, 0, 1, 2]

PURCHASE_STATUS_VALUES: set[PurchaseStatus] = {
    -1,
    0,
    1,
    2,
}


def check_purchase_status(value: int) -> PurchaseStatus:
    if value in PURCHASE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_STATUS_VALUES!r}")
