from typing import Literal

OrderUpdateRequestPickUpMethodKnown = Literal["drop_off", "pick_up"]
"""The values the spec lists."""

OrderUpdateRequestPickUpMethod = OrderUpdateRequestPickUpMethodKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

ORDER_UPDATE_REQUEST_PICK_UP_METHOD_VALUES: set[OrderUpdateRequestPickUpMethodKnown] = {
    "drop_off",
    "pick_up",
}


def check_order_update_request_pick_up_method(value: str) -> OrderUpdateRequestPickUpMethod:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in ORDER_UPDATE_REQUEST_PICK_UP_METHOD_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_UPDATE_REQUEST_PICK_UP_METHOD_VALUES!r} or another str"
    )


def is_known_order_update_request_pick_up_method(value: OrderUpdateRequestPickUpMethod) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in ORDER_UPDATE_REQUEST_PICK_UP_METHOD_VALUES
