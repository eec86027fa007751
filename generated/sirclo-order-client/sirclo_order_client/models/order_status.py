from typing import Literal

OrderStatusKnown = Literal["accepted", "cancelled", "completed", "packed", "pending"]
"""The values the spec lists."""

OrderStatus = OrderStatusKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

ORDER_STATUS_VALUES: set[OrderStatusKnown] = {
    "accepted",
    "cancelled",
    "completed",
    "packed",
    "pending",
}


def check_order_status(value: str) -> OrderStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in ORDER_STATUS_VALUES or isinstance(value, str):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_STATUS_VALUES!r} or another str")


def is_known_order_status(value: OrderStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in ORDER_STATUS_VALUES
