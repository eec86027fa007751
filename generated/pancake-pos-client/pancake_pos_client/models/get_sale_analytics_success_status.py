from typing import Literal

GetSaleAnalyticsSuccessStatusKnown = Literal["1", "send_to_partner"]
"""The values the spec lists."""

GetSaleAnalyticsSuccessStatus = GetSaleAnalyticsSuccessStatusKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

GET_SALE_ANALYTICS_SUCCESS_STATUS_VALUES: set[GetSaleAnalyticsSuccessStatusKnown] = {
    "1",
    "send_to_partner",
}


def check_get_sale_analytics_success_status(value: str) -> GetSaleAnalyticsSuccessStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in GET_SALE_ANALYTICS_SUCCESS_STATUS_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SALE_ANALYTICS_SUCCESS_STATUS_VALUES!r} or another str"
    )


def is_known_get_sale_analytics_success_status(value: GetSaleAnalyticsSuccessStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in GET_SALE_ANALYTICS_SUCCESS_STATUS_VALUES
