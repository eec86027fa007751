from typing import Literal

ListProductVariationsProductStatusKnown = Literal["locked", "not_locked"]
"""The values the spec lists."""

ListProductVariationsProductStatus = ListProductVariationsProductStatusKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

LIST_PRODUCT_VARIATIONS_PRODUCT_STATUS_VALUES: set[ListProductVariationsProductStatusKnown] = {
    "locked",
    "not_locked",
}


def check_list_product_variations_product_status(value: str) -> ListProductVariationsProductStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in LIST_PRODUCT_VARIATIONS_PRODUCT_STATUS_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRODUCT_VARIATIONS_PRODUCT_STATUS_VALUES!r} or another str"
    )


def is_known_list_product_variations_product_status(value: ListProductVariationsProductStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in LIST_PRODUCT_VARIATIONS_PRODUCT_STATUS_VALUES
