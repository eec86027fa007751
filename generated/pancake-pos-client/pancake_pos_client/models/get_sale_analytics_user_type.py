from typing import Literal

GetSaleAnalyticsUserType = Literal["assign", "care", "create", "marketer", "update"]

GET_SALE_ANALYTICS_USER_TYPE_VALUES: set[GetSaleAnalyticsUserType] = {
    "assign",
    "care",
    "create",
    "marketer",
    "update",
}


def check_get_sale_analytics_user_type(value: str) -> GetSaleAnalyticsUserType:
    if value in GET_SALE_ANALYTICS_USER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SALE_ANALYTICS_USER_TYPE_VALUES!r}")
