from typing import Literal

OrderCreateRequestOrderType = Literal["locker"]

ORDER_CREATE_REQUEST_ORDER_TYPE_VALUES: set[OrderCreateRequestOrderType] = {
    "locker",
}


def check_order_create_request_order_type(value: str) -> OrderCreateRequestOrderType:
    if value in ORDER_CREATE_REQUEST_ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_CREATE_REQUEST_ORDER_TYPE_VALUES!r}")
