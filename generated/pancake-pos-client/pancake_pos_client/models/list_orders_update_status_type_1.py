from typing import Literal

ListOrdersUpdateStatusType1Known = Literal[-1, 0, 1, 2, 3, 4, 5, 8, 9, 11, 12, 13, 15, 16, 20]
"""The values the spec lists."""

ListOrdersUpdateStatusType1 = ListOrdersUpdateStatusType1Known | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

LIST_ORDERS_UPDATE_STATUS_TYPE_1_VALUES: set[ListOrdersUpdateStatusType1Known] = {
    -1,
    0,
    1,
    2,
    3,
    4,
    5,
    8,
    9,
    11,
    12,
    13,
    15,
    16,
    20,
}


def check_list_orders_update_status_type_1(value: int) -> ListOrdersUpdateStatusType1:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in LIST_ORDERS_UPDATE_STATUS_TYPE_1_VALUES or isinstance(value, int):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORDERS_UPDATE_STATUS_TYPE_1_VALUES!r} or another int"
    )


def is_known_list_orders_update_status_type_1(value: ListOrdersUpdateStatusType1) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in LIST_ORDERS_UPDATE_STATUS_TYPE_1_VALUES
