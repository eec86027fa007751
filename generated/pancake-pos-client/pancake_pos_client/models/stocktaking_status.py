from typing import Literal

StocktakingStatus = Literal[-1, 0, 1, 2]

STOCKTAKING_STATUS_VALUES: set[StocktakingStatus] = {
    -1,
    0,
    1,
    2,
}


def check_stocktaking_status(value: int) -> StocktakingStatus:
    if value in STOCKTAKING_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STOCKTAKING_STATUS_VALUES!r}")
