from typing import Literal

CustomerCreateRequestCreateType = Literal["force", "ignore", "update"]

CUSTOMER_CREATE_REQUEST_CREATE_TYPE_VALUES: set[CustomerCreateRequestCreateType] = {
    "force",
    "ignore",
    "update",
}


def check_customer_create_request_create_type(value: str) -> CustomerCreateRequestCreateType:
    if value in CUSTOMER_CREATE_REQUEST_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOMER_CREATE_REQUEST_CREATE_TYPE_VALUES!r}")
