from typing import Literal

ListProductVariationsProductStatus = Literal["locked", "not_locked"]

LIST_PRODUCT_VARIATIONS_PRODUCT_STATUS_VALUES: set[ListProductVariationsProductStatus] = {
    "locked",
    "not_locked",
}


def check_list_product_variations_product_status(value: str) -> ListProductVariationsProductStatus:
    if value in LIST_PRODUCT_VARIATIONS_PRODUCT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRODUCT_VARIATIONS_PRODUCT_STATUS_VALUES!r}")
