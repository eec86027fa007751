from typing import Literal

OrderUpdateRequestPickUpMethod = Literal["drop_off", "pick_up"]

ORDER_UPDATE_REQUEST_PICK_UP_METHOD_VALUES: set[OrderUpdateRequestPickUpMethod] = {
    "drop_off",
    "pick_up",
}


def check_order_update_request_pick_up_method(value: str) -> OrderUpdateRequestPickUpMethod:
    if value in ORDER_UPDATE_REQUEST_PICK_UP_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_UPDATE_REQUEST_PICK_UP_METHOD_VALUES!r}")
