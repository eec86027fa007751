from typing import Literal

GetSaleAnalyticsSuccessStatus = Literal["1", "send_to_partner"]

GET_SALE_ANALYTICS_SUCCESS_STATUS_VALUES: set[GetSaleAnalyticsSuccessStatus] = {
    "1",
    "send_to_partner",
}


def check_get_sale_analytics_success_status(value: str) -> GetSaleAnalyticsSuccessStatus:
    if value in GET_SALE_ANALYTICS_SUCCESS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SALE_ANALYTICS_SUCCESS_STATUS_VALUES!r}")
