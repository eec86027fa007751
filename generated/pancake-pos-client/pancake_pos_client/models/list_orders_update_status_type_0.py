from typing import Literal

ListOrdersUpdateStatusType0 = Literal[
    "estimate_delivery_date",
    "first_delivery_at",
    "inserted_at",
    "paid_at",
    "partner_inserted_at",
    "picked_up_at",
    "time_assign_care",
    "time_assign_marketer",
    "time_assign_seller",
    "transfer_proof",
    "updated_at",
]

LIST_ORDERS_UPDATE_STATUS_TYPE_0_VALUES: set[ListOrdersUpdateStatusType0] = {
    "estimate_delivery_date",
    "first_delivery_at",
    "inserted_at",
    "paid_at",
    "partner_inserted_at",
    "picked_up_at",
    "time_assign_care",
    "time_assign_marketer",
    "time_assign_seller",
    "transfer_proof",
    "updated_at",
}


def check_list_orders_update_status_type_0(value: str) -> ListOrdersUpdateStatusType0:
    if value in LIST_ORDERS_UPDATE_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORDERS_UPDATE_STATUS_TYPE_0_VALUES!r}")
