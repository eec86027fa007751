from typing import Literal

OrderResponseStatus = Literal["ok"]

ORDER_RESPONSE_STATUS_VALUES: set[OrderResponseStatus] = {
    "ok",
}


def check_order_response_status(value: str) -> OrderResponseStatus:
    if value in ORDER_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_RESPONSE_STATUS_VALUES!r}")
