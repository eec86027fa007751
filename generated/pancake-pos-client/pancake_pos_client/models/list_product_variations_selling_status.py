from typing import Literal

ListProductVariationsSellingStatusKnown = Literal["bad", "none", "normal", "star"]
"""The values the spec lists."""

ListProductVariationsSellingStatus = ListProductVariationsSellingStatusKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

LIST_PRODUCT_VARIATIONS_SELLING_STATUS_VALUES: set[ListProductVariationsSellingStatusKnown] = {
    "bad",
    "none",
    "normal",
    "star",
}


def check_list_product_variations_selling_status(value: str) -> ListProductVariationsSellingStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in LIST_PRODUCT_VARIATIONS_SELLING_STATUS_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRODUCT_VARIATIONS_SELLING_STATUS_VALUES!r} or another str"
    )


def is_known_list_product_variations_selling_status(value: ListProductVariationsSellingStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in LIST_PRODUCT_VARIATIONS_SELLING_STATUS_VALUES
