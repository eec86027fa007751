from typing import Literal, cast

PromotionAdvanceTypeKnown = Literal[
    "coupon",
    "discount_by_coupon_id",
    "discount_by_entire_or_category_product",
    "discount_by_order_price",
    "discount_by_product",
    "double_reward_point",
    "fixed_prices",
]
"""The values the spec lists."""

PromotionAdvanceType = PromotionAdvanceTypeKnown
"""A value the spec lists: only requests use this enum, so mypy rejects any other (the client still sends
what it is given, and decodes any string it receives)."""

PROMOTION_ADVANCE_TYPE_VALUES: set[PromotionAdvanceTypeKnown] = {
    "coupon",
    "discount_by_coupon_id",
    "discount_by_entire_or_category_product",
    "discount_by_order_price",
    "discount_by_product",
    "double_reward_point",
    "fixed_prices",
}


def check_promotion_advance_type(value: str) -> PromotionAdvanceType:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in PROMOTION_ADVANCE_TYPE_VALUES or isinstance(value, str):
        return cast(PromotionAdvanceType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROMOTION_ADVANCE_TYPE_VALUES!r} or another str")


def is_known_promotion_advance_type(value: PromotionAdvanceType) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in PROMOTION_ADVANCE_TYPE_VALUES
