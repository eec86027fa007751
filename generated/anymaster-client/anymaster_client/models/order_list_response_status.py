from typing import Literal

OrderListResponseStatus = Literal["ok"]

ORDER_LIST_RESPONSE_STATUS_VALUES: set[OrderListResponseStatus] = {
    "ok",
}


def check_order_list_response_status(value: str) -> OrderListResponseStatus:
    if value in ORDER_LIST_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_LIST_RESPONSE_STATUS_VALUES!r}")
