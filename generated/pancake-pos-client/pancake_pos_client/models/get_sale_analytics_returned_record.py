from typing import Literal

GetSaleAnalyticsReturnedRecord = Literal["inserted_at", "success_record", "updated_at"]

GET_SALE_ANALYTICS_RETURNED_RECORD_VALUES: set[GetSaleAnalyticsReturnedRecord] = {
    "inserted_at",
    "success_record",
    "updated_at",
}


def check_get_sale_analytics_returned_record(value: str) -> GetSaleAnalyticsReturnedRecord:
    if value in GET_SALE_ANALYTICS_RETURNED_RECORD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SALE_ANALYTICS_RETURNED_RECORD_VALUES!r}")
