from typing import Literal, cast

OrderStatusKnown = Literal["failed", "init", "success"]
"""The values the spec lists."""

OrderStatus = OrderStatusKnown
"""A value the spec lists: only requests use this enum, so mypy rejects any other (the client still sends
what it is given, and decodes any string it receives)."""

ORDER_STATUS_VALUES: set[OrderStatusKnown] = {
    "failed",
    "init",
    "success",
}


def check_order_status(value: str) -> OrderStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in ORDER_STATUS_VALUES or isinstance(value, str):
        return cast(OrderStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_STATUS_VALUES!r} or another str")


def is_known_order_status(value: OrderStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in ORDER_STATUS_VALUES
