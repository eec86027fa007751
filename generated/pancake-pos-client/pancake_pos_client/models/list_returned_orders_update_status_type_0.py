from typing import Literal

ListReturnedOrdersUpdateStatusType0Known = Literal["inserted_at"]
"""The values the spec lists."""

ListReturnedOrdersUpdateStatusType0 = ListReturnedOrdersUpdateStatusType0Known | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_0_VALUES: set[ListReturnedOrdersUpdateStatusType0Known] = {
    "inserted_at",
}


def check_list_returned_orders_update_status_type_0(value: str) -> ListReturnedOrdersUpdateStatusType0:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_0_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_0_VALUES!r} or another str"
    )


def is_known_list_returned_orders_update_status_type_0(value: ListReturnedOrdersUpdateStatusType0) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_0_VALUES
