from typing import Literal

GetSaleAnalyticsReturnedRecordKnown = Literal["inserted_at", "success_record", "updated_at"]
"""The values the spec lists."""

GetSaleAnalyticsReturnedRecord = GetSaleAnalyticsReturnedRecordKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

GET_SALE_ANALYTICS_RETURNED_RECORD_VALUES: set[GetSaleAnalyticsReturnedRecordKnown] = {
    "inserted_at",
    "success_record",
    "updated_at",
}


def check_get_sale_analytics_returned_record(value: str) -> GetSaleAnalyticsReturnedRecord:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in GET_SALE_ANALYTICS_RETURNED_RECORD_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SALE_ANALYTICS_RETURNED_RECORD_VALUES!r} or another str"
    )


def is_known_get_sale_analytics_returned_record(value: GetSaleAnalyticsReturnedRecord) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in GET_SALE_ANALYTICS_RETURNED_RECORD_VALUES
