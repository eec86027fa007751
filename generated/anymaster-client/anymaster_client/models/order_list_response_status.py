from typing import Literal

OrderListResponseStatusKnown = Literal["ok"]
"""The values the spec lists."""

OrderListResponseStatus = OrderListResponseStatusKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

ORDER_LIST_RESPONSE_STATUS_VALUES: set[OrderListResponseStatusKnown] = {
    "ok",
}


def check_order_list_response_status(value: str) -> OrderListResponseStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in ORDER_LIST_RESPONSE_STATUS_VALUES or isinstance(value, str):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_LIST_RESPONSE_STATUS_VALUES!r} or another str")


def is_known_order_list_response_status(value: OrderListResponseStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in ORDER_LIST_RESPONSE_STATUS_VALUES
