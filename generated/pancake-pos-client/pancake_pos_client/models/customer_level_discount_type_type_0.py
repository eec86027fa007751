from typing import Literal

CustomerLevelDiscountTypeType0Known = Literal[2, 3]
"""The values the spec lists."""

CustomerLevelDiscountTypeType0 = CustomerLevelDiscountTypeType0Known | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

CUSTOMER_LEVEL_DISCOUNT_TYPE_TYPE_0_VALUES: set[CustomerLevelDiscountTypeType0Known] = {
    2,
    3,
}


def check_customer_level_discount_type_type_0(value: int) -> CustomerLevelDiscountTypeType0:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in CUSTOMER_LEVEL_DISCOUNT_TYPE_TYPE_0_VALUES or isinstance(value, int):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOMER_LEVEL_DISCOUNT_TYPE_TYPE_0_VALUES!r} or another int"
    )


def is_known_customer_level_discount_type_type_0(value: CustomerLevelDiscountTypeType0) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in CUSTOMER_LEVEL_DISCOUNT_TYPE_TYPE_0_VALUES
