from typing import Literal

OrderUpdateRequestPickingShifMarketplace = Literal["closest", "farthest"]

ORDER_UPDATE_REQUEST_PICKING_SHIF_MARKETPLACE_VALUES: set[OrderUpdateRequestPickingShifMarketplace] = {
    "closest",
    "farthest",
}


def check_order_update_request_picking_shif_marketplace(value: str) -> OrderUpdateRequestPickingShifMarketplace:
    if value in ORDER_UPDATE_REQUEST_PICKING_SHIF_MARKETPLACE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_UPDATE_REQUEST_PICKING_SHIF_MARKETPLACE_VALUES!r}"
    )
