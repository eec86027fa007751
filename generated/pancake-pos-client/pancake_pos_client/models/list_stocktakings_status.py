from typing import Literal

ListStocktakingsStatus = Literal[-2, -1, 0, 1, 2]

LIST_STOCKTAKINGS_STATUS_VALUES: set[ListStocktakingsStatus] = {
    -2,
    -1,
    0,
    1,
    2,
}


def check_list_stocktakings_status(value: int) -> ListStocktakingsStatus:
    if value in LIST_STOCKTAKINGS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_STOCKTAKINGS_STATUS_VALUES!r}")
