from typing import Literal

ReturnedOrderOrderReturnedReasonType1 = Literal["1", "2", "3", "4", "5"]

RETURNED_ORDER_ORDER_RETURNED_REASON_TYPE_1_VALUES: set[ReturnedOrderOrderReturnedReasonType1] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_returned_order_order_returned_reason_type_1(value: str) -> ReturnedOrderOrderReturnedReasonType1:
    if value in RETURNED_ORDER_ORDER_RETURNED_REASON_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETURNED_ORDER_ORDER_RETURNED_REASON_TYPE_1_VALUES!r}"
    )
