from typing import Literal, cast

StocktakingByKnown = Literal["brand_id", "category_ids", "supplier_product_ids"]
"""The values the spec lists."""

StocktakingBy = StocktakingByKnown
"""A value the spec lists: only requests use this enum, so mypy rejects any other (the client still sends
what it is given, and decodes any string it receives)."""

STOCKTAKING_BY_VALUES: set[StocktakingByKnown] = {
    "brand_id",
    "category_ids",
    "supplier_product_ids",
}


def check_stocktaking_by(value: str) -> StocktakingBy:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in STOCKTAKING_BY_VALUES or isinstance(value, str):
        return cast(StocktakingBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STOCKTAKING_BY_VALUES!r} or another str")


def is_known_stocktaking_by(value: StocktakingBy) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in STOCKTAKING_BY_VALUES
