from typing import Literal

StocktakingBy = Literal["brand_id", "category_ids", "supplier_product_ids"]

STOCKTAKING_BY_VALUES: set[StocktakingBy] = {
    "brand_id",
    "category_ids",
    "supplier_product_ids",
}


def check_stocktaking_by(value: str) -> StocktakingBy:
    if value in STOCKTAKING_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STOCKTAKING_BY_VALUES!r}")
