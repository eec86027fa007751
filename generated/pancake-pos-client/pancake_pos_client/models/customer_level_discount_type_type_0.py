from typing import Literal

CustomerLevelDiscountTypeType0 = Literal[2, 3]

CUSTOMER_LEVEL_DISCOUNT_TYPE_TYPE_0_VALUES: set[CustomerLevelDiscountTypeType0] = {
    2,
    3,
}


def check_customer_level_discount_type_type_0(value: int) -> CustomerLevelDiscountTypeType0:
    if value in CUSTOMER_LEVEL_DISCOUNT_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOMER_LEVEL_DISCOUNT_TYPE_TYPE_0_VALUES!r}")
