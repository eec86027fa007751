from typing import Literal

ListOrdersUpdateStatusType0Known = Literal[
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
"""The values the spec lists."""

ListOrdersUpdateStatusType0 = ListOrdersUpdateStatusType0Known | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

LIST_ORDERS_UPDATE_STATUS_TYPE_0_VALUES: set[ListOrdersUpdateStatusType0Known] = {
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
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in LIST_ORDERS_UPDATE_STATUS_TYPE_0_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORDERS_UPDATE_STATUS_TYPE_0_VALUES!r} or another str"
    )


def is_known_list_orders_update_status_type_0(value: ListOrdersUpdateStatusType0) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in LIST_ORDERS_UPDATE_STATUS_TYPE_0_VALUES
