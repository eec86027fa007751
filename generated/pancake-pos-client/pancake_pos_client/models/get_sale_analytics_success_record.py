from typing import Literal

GetSaleAnalyticsSuccessRecord = Literal["inserted_at", "updated_at"]

GET_SALE_ANALYTICS_SUCCESS_RECORD_VALUES: set[GetSaleAnalyticsSuccessRecord] = {
    "inserted_at",
    "updated_at",
}


def check_get_sale_analytics_success_record(value: str) -> GetSaleAnalyticsSuccessRecord:
    if value in GET_SALE_ANALYTICS_SUCCESS_RECORD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SALE_ANALYTICS_SUCCESS_RECORD_VALUES!r}")
