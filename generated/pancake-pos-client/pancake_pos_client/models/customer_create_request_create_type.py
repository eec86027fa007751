from typing import Literal

CustomerCreateRequestCreateTypeKnown = Literal["force", "ignore", "update"]
"""The values the spec lists."""

CustomerCreateRequestCreateType = CustomerCreateRequestCreateTypeKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

CUSTOMER_CREATE_REQUEST_CREATE_TYPE_VALUES: set[CustomerCreateRequestCreateTypeKnown] = {
    "force",
    "ignore",
    "update",
}


def check_customer_create_request_create_type(value: str) -> CustomerCreateRequestCreateType:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in CUSTOMER_CREATE_REQUEST_CREATE_TYPE_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOMER_CREATE_REQUEST_CREATE_TYPE_VALUES!r} or another str"
    )


def is_known_customer_create_request_create_type(value: CustomerCreateRequestCreateType) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in CUSTOMER_CREATE_REQUEST_CREATE_TYPE_VALUES
