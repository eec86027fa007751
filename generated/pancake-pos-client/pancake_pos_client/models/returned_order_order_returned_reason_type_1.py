from typing import Literal

ReturnedOrderOrderReturnedReasonType1Known = Literal["1", "2", "3", "4", "5"]
"""The values the spec lists."""

ReturnedOrderOrderReturnedReasonType1 = ReturnedOrderOrderReturnedReasonType1Known | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

RETURNED_ORDER_ORDER_RETURNED_REASON_TYPE_1_VALUES: set[ReturnedOrderOrderReturnedReasonType1Known] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_returned_order_order_returned_reason_type_1(value: str) -> ReturnedOrderOrderReturnedReasonType1:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in RETURNED_ORDER_ORDER_RETURNED_REASON_TYPE_1_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETURNED_ORDER_ORDER_RETURNED_REASON_TYPE_1_VALUES!r} or another str"
    )


def is_known_returned_order_order_returned_reason_type_1(value: ReturnedOrderOrderReturnedReasonType1) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in RETURNED_ORDER_ORDER_RETURNED_REASON_TYPE_1_VALUES
