from typing import Literal

ListReturnedOrdersUpdateStatusType1Known = Literal[0, 1, 2, 4]
"""The values the spec lists."""

ListReturnedOrdersUpdateStatusType1 = ListReturnedOrdersUpdateStatusType1Known | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_1_VALUES: set[ListReturnedOrdersUpdateStatusType1Known] = {
    0,
    1,
    2,
    4,
}


def check_list_returned_orders_update_status_type_1(value: int) -> ListReturnedOrdersUpdateStatusType1:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_1_VALUES or isinstance(value, int):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_1_VALUES!r} or another int"
    )


def is_known_list_returned_orders_update_status_type_1(value: ListReturnedOrdersUpdateStatusType1) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_1_VALUES
