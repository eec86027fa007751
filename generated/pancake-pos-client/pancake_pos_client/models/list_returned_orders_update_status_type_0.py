from typing import Literal

ListReturnedOrdersUpdateStatusType0 = Literal["inserted_at"]

LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_0_VALUES: set[ListReturnedOrdersUpdateStatusType0] = {
    "inserted_at",
}


def check_list_returned_orders_update_status_type_0(value: str) -> ListReturnedOrdersUpdateStatusType0:
    if value in LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_RETURNED_ORDERS_UPDATE_STATUS_TYPE_0_VALUES!r}")
