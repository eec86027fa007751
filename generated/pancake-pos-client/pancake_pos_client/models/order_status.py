from typing import Literal

OrderStatusKnown = Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 20, 21]
"""The values the spec lists."""

OrderStatus = OrderStatusKnown | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

ORDER_STATUS_VALUES: set[OrderStatusKnown] = {
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    15,
    16,
    17,
    20,
    21,
}


def check_order_status(value: int) -> OrderStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in ORDER_STATUS_VALUES or isinstance(value, int):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_STATUS_VALUES!r} or another int")


def is_known_order_status(value: OrderStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in ORDER_STATUS_VALUES
