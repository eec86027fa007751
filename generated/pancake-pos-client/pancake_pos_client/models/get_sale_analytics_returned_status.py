from typing import Literal

GetSaleAnalyticsReturnedStatus = Literal["4", "5"]

GET_SALE_ANALYTICS_RETURNED_STATUS_VALUES: set[GetSaleAnalyticsReturnedStatus] = {
    "4",
    "5",
}


def check_get_sale_analytics_returned_status(value: str) -> GetSaleAnalyticsReturnedStatus:
    if value in GET_SALE_ANALYTICS_RETURNED_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SALE_ANALYTICS_RETURNED_STATUS_VALUES!r}")
