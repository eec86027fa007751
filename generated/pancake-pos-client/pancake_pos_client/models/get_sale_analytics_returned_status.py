from typing import Literal

GetSaleAnalyticsReturnedStatusKnown = Literal["4", "5"]
"""The values the spec lists."""

GetSaleAnalyticsReturnedStatus = GetSaleAnalyticsReturnedStatusKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

GET_SALE_ANALYTICS_RETURNED_STATUS_VALUES: set[GetSaleAnalyticsReturnedStatusKnown] = {
    "4",
    "5",
}


def check_get_sale_analytics_returned_status(value: str) -> GetSaleAnalyticsReturnedStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in GET_SALE_ANALYTICS_RETURNED_STATUS_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SALE_ANALYTICS_RETURNED_STATUS_VALUES!r} or another str"
    )


def is_known_get_sale_analytics_returned_status(value: GetSaleAnalyticsReturnedStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in GET_SALE_ANALYTICS_RETURNED_STATUS_VALUES
