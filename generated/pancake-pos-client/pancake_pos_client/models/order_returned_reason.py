from typing import Literal

OrderReturnedReasonKnown = Literal[1, 2, 3, 4, 5]
"""The values the spec lists."""

OrderReturnedReason = OrderReturnedReasonKnown | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

ORDER_RETURNED_REASON_VALUES: set[OrderReturnedReasonKnown] = {
    1,
    2,
    3,
    4,
    5,
}


def check_order_returned_reason(value: int) -> OrderReturnedReason:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in ORDER_RETURNED_REASON_VALUES or isinstance(value, int):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_RETURNED_REASON_VALUES!r} or another int")


def is_known_order_returned_reason(value: OrderReturnedReason) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in ORDER_RETURNED_REASON_VALUES
