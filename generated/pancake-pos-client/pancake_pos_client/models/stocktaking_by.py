from typing import Literal

StocktakingByKnown = Literal["brand_id", "category_ids", "supplier_product_ids"]
"""The values the spec lists."""

StocktakingBy = StocktakingByKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

STOCKTAKING_BY_VALUES: set[StocktakingByKnown] = {
    "brand_id",
    "category_ids",
    "supplier_product_ids",
}


def check_stocktaking_by(value: str) -> StocktakingBy:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in STOCKTAKING_BY_VALUES or isinstance(value, str):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STOCKTAKING_BY_VALUES!r} or another str")


def is_known_stocktaking_by(value: StocktakingBy) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in STOCKTAKING_BY_VALUES
