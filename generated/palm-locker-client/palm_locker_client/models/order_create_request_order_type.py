from typing import Literal

OrderCreateRequestOrderTypeKnown = Literal["locker"]
"""The values the spec lists."""

OrderCreateRequestOrderType = OrderCreateRequestOrderTypeKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

ORDER_CREATE_REQUEST_ORDER_TYPE_VALUES: set[OrderCreateRequestOrderTypeKnown] = {
    "locker",
}


def check_order_create_request_order_type(value: str) -> OrderCreateRequestOrderType:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in ORDER_CREATE_REQUEST_ORDER_TYPE_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_CREATE_REQUEST_ORDER_TYPE_VALUES!r} or another str"
    )


def is_known_order_create_request_order_type(value: OrderCreateRequestOrderType) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in ORDER_CREATE_REQUEST_ORDER_TYPE_VALUES
