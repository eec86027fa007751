from typing import Literal

GetSaleAnalyticsSuccessRecordKnown = Literal["inserted_at", "updated_at"]
"""The values the spec lists."""

GetSaleAnalyticsSuccessRecord = GetSaleAnalyticsSuccessRecordKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

GET_SALE_ANALYTICS_SUCCESS_RECORD_VALUES: set[GetSaleAnalyticsSuccessRecordKnown] = {
    "inserted_at",
    "updated_at",
}


def check_get_sale_analytics_success_record(value: str) -> GetSaleAnalyticsSuccessRecord:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in GET_SALE_ANALYTICS_SUCCESS_RECORD_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SALE_ANALYTICS_SUCCESS_RECORD_VALUES!r} or another str"
    )


def is_known_get_sale_analytics_success_record(value: GetSaleAnalyticsSuccessRecord) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in GET_SALE_ANALYTICS_SUCCESS_RECORD_VALUES
