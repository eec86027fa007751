from typing import Literal

OrderStatus = Literal["accepted", "cancelled", "completed", "packed", "pending"]

ORDER_STATUS_VALUES: set[OrderStatus] = {
    "accepted",
    "cancelled",
    "completed",
    "packed",
    "pending",
}


def check_order_status(value: str) -> OrderStatus:
    if value in ORDER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_STATUS_VALUES!r}")
