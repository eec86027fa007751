from typing import Literal

ListReturnedOrdersUpdateStatusType1 = Literal[0, 1, 2, 4]

LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_1_VALUES: set[ListReturnedOrdersUpdateStatusType1] = {
    0,
    1,
    2,
    4,
}


def check_list_returned_orders_update_status_type_1(value: int) -> ListReturnedOrdersUpdateStatusType1:
    if value in LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_1_VALUES!r}")
