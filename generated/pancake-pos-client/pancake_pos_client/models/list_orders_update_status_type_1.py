from typing import Literal

ListOrdersUpdateStatusType1 = Literal[-1, 0, 1, 2, 3, 4, 5, 8, 9, 11, 12, 13, 15, 16, 20]

LIST_ORDERS_UPDATE_STATUS_TYPE_1_VALUES: set[ListOrdersUpdateStatusType1] = {
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
    if value in LIST_ORDERS_UPDATE_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORDERS_UPDATE_STATUS_TYPE_1_VALUES!r}")
