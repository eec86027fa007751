from typing import Literal

PromotionAdvanceType = Literal[
    "coupon",
    "discount_by_coupon_id",
    "discount_by_entire_or_category_product",
    "discount_by_order_price",
    "discount_by_product",
    "double_reward_point",
    "fixed_prices",
]

PROMOTION_ADVANCE_TYPE_VALUES: set[PromotionAdvanceType] = {
    "coupon",
    "discount_by_coupon_id",
    "discount_by_entire_or_category_product",
    "discount_by_order_price",
    "discount_by_product",
    "double_reward_point",
    "fixed_prices",
}


def check_promotion_advance_type(value: str) -> PromotionAdvanceType:
    if value in PROMOTION_ADVANCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROMOTION_ADVANCE_TYPE_VALUES!r}")
