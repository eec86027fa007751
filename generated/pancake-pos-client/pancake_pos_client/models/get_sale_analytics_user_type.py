from typing import Literal

GetSaleAnalyticsUserTypeKnown = Literal["assign", "care", "create", "marketer", "update"]
"""The values the spec lists."""

GetSaleAnalyticsUserType = GetSaleAnalyticsUserTypeKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

GET_SALE_ANALYTICS_USER_TYPE_VALUES: set[GetSaleAnalyticsUserTypeKnown] = {
    "assign",
    "care",
    "create",
    "marketer",
    "update",
}


def check_get_sale_analytics_user_type(value: str) -> GetSaleAnalyticsUserType:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in GET_SALE_ANALYTICS_USER_TYPE_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SALE_ANALYTICS_USER_TYPE_VALUES!r} or another str"
    )


def is_known_get_sale_analytics_user_type(value: GetSaleAnalyticsUserType) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in GET_SALE_ANALYTICS_USER_TYPE_VALUES
