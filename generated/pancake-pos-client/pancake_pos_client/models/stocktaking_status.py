from typing import Literal

StocktakingStatusKnown = Literal[-1, 0, 1, 2]
"""The values the spec lists."""

StocktakingStatus = StocktakingStatusKnown | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

STOCKTAKING_STATUS_VALUES: set[StocktakingStatusKnown] = {
    -1,
    0,
    1,
    2,
}


def check_stocktaking_status(value: int) -> StocktakingStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in STOCKTAKING_STATUS_VALUES or isinstance(value, int):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STOCKTAKING_STATUS_VALUES!r} or another int")


def is_known_stocktaking_status(value: StocktakingStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in STOCKTAKING_STATUS_VALUES
