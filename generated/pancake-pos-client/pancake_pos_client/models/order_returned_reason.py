from typing import Literal

OrderReturnedReason = Literal[1, 2, 3, 4, 5]

ORDER_RETURNED_REASON_VALUES: set[OrderReturnedReason] = {
    1,
    2,
    3,
    4,
    5,
}


def check_order_returned_reason(value: int) -> OrderReturnedReason:
    if value in ORDER_RETURNED_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_RETURNED_REASON_VALUES!r}")
