from typing import Literal

CreateOrderRequestStatus = Literal["", "accepted", "cancelled", "completed", "packed", "pending"]

CREATE_ORDER_REQUEST_STATUS_VALUES: set[CreateOrderRequestStatus] = {
    "",
    "accepted",
    "cancelled",
    "completed",
    "packed",
    "pending",
}


def check_create_order_request_status(value: str) -> CreateOrderRequestStatus:
    if value in CREATE_ORDER_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_REQUEST_STATUS_VALUES!r}")
