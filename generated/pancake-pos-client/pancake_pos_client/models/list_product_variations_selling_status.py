from typing import Literal

ListProductVariationsSellingStatus = Literal["bad", "none", "normal", "star"]

LIST_PRODUCT_VARIATIONS_SELLING_STATUS_VALUES: set[ListProductVariationsSellingStatus] = {
    "bad",
    "none",
    "normal",
    "star",
}


def check_list_product_variations_selling_status(value: str) -> ListProductVariationsSellingStatus:
    if value in LIST_PRODUCT_VARIATIONS_SELLING_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRODUCT_VARIATIONS_SELLING_STATUS_VALUES!r}")
