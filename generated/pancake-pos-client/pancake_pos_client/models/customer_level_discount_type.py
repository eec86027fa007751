from typing import Literal

CustomerLevelDiscountType = Literal[2, 3]

CUSTOMER_LEVEL_DISCOUNT_TYPE_VALUES: set[CustomerLevelDiscountType] = {
    2,
    3,
}


def check_customer_level_discount_type(value: int) -> CustomerLevelDiscountType:
    if value in CUSTOMER_LEVEL_DISCOUNT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOMER_LEVEL_DISCOUNT_TYPE_VALUES!r}")
