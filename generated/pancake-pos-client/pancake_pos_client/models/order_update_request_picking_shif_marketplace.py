from typing import Literal

OrderUpdateRequestPickingShifMarketplaceKnown = Literal["closest", "farthest"]
"""The values the spec lists."""

OrderUpdateRequestPickingShifMarketplace = OrderUpdateRequestPickingShifMarketplaceKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

ORDER_UPDATE_REQUEST_PICKING_SHIF_MARKETPLACE_VALUES: set[OrderUpdateRequestPickingShifMarketplaceKnown] = {
    "closest",
    "farthest",
}


def check_order_update_request_picking_shif_marketplace(value: str) -> OrderUpdateRequestPickingShifMarketplace:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in ORDER_UPDATE_REQUEST_PICKING_SHIF_MARKETPLACE_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_UPDATE_REQUEST_PICKING_SHIF_MARKETPLACE_VALUES!r} or another str"
    )


def is_known_order_update_request_picking_shif_marketplace(value: OrderUpdateRequestPickingShifMarketplace) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in ORDER_UPDATE_REQUEST_PICKING_SHIF_MARKETPLACE_VALUES
