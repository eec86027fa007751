from typing import Literal

OrderResponseStatusKnown = Literal["ok"]
"""The values the spec lists."""

OrderResponseStatus = OrderResponseStatusKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

ORDER_RESPONSE_STATUS_VALUES: set[OrderResponseStatusKnown] = {
    "ok",
}


def check_order_response_status(value: str) -> OrderResponseStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in ORDER_RESPONSE_STATUS_VALUES or isinstance(value, str):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_RESPONSE_STATUS_VALUES!r} or another str")


def is_known_order_response_status(value: OrderResponseStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in ORDER_RESPONSE_STATUS_VALUES
