from typing import Literal

CreateOrderRequestStatusKnown = Literal["", "accepted", "cancelled", "completed", "packed", "pending"]
"""The values the spec lists."""

CreateOrderRequestStatus = CreateOrderRequestStatusKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

CREATE_ORDER_REQUEST_STATUS_VALUES: set[CreateOrderRequestStatusKnown] = {
    "",
    "accepted",
    "cancelled",
    "completed",
    "packed",
    "pending",
}


def check_create_order_request_status(value: str) -> CreateOrderRequestStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in CREATE_ORDER_REQUEST_STATUS_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_REQUEST_STATUS_VALUES!r} or another str"
    )


def is_known_create_order_request_status(value: CreateOrderRequestStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in CREATE_ORDER_REQUEST_STATUS_VALUES
