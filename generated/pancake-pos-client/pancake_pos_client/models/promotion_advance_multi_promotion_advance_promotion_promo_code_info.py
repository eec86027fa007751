from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo")


@_attrs_define
class PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo:
    """Discount settings.

    Attributes:
        discount (int): Discount value (a percentage when `is_percent`, else an amount).
        is_percent (bool): true: percentage; false: fixed amount.
        max_discount_by_percent (int | Unset): Cap on a percentage discount.
        order_price_min (int | Unset): Minimum order value.
        order_price_max (int | Unset): Maximum order value.
        no_applied_products_in_other_promotions (bool | Unset): Do not apply to products already in another promotion.
        discount_after_other_discount (bool | Unset): Compute on the order value after other discounts.
        disable (bool | Unset): Disabled flag (only in the example; ledger PP-206).
    """

    discount: int
    is_percent: bool
    max_discount_by_percent: int | Unset = UNSET
    order_price_min: int | Unset = UNSET
    order_price_max: int | Unset = UNSET
    no_applied_products_in_other_promotions: bool | Unset = UNSET
    discount_after_other_discount: bool | Unset = UNSET
    disable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            discount = self.discount
        except (AttributeError, TypeError):
            discount = cast(Any, self.discount)

        try:
            is_percent = self.is_percent
        except (AttributeError, TypeError):
            is_percent = cast(Any, self.is_percent)

        max_discount_by_percent = self.max_discount_by_percent

        order_price_min = self.order_price_min

        order_price_max = self.order_price_max

        no_applied_products_in_other_promotions = self.no_applied_products_in_other_promotions

        discount_after_other_discount = self.discount_after_other_discount

        disable = self.disable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discount": discount,
                "is_percent": is_percent,
            }
        )
        if isinstance(discount, Unset):
            del field_dict["discount"]
        if isinstance(is_percent, Unset):
            del field_dict["is_percent"]
        if max_discount_by_percent is not UNSET:
            field_dict["max_discount_by_percent"] = max_discount_by_percent
        if order_price_min is not UNSET:
            field_dict["order_price_min"] = order_price_min
        if order_price_max is not UNSET:
            field_dict["order_price_max"] = order_price_max
        if no_applied_products_in_other_promotions is not UNSET:
            field_dict["no_applied_products_in_other_promotions"] = no_applied_products_in_other_promotions
        if discount_after_other_discount is not UNSET:
            field_dict["discount_after_other_discount"] = discount_after_other_discount
        if disable is not UNSET:
            field_dict["disable"] = disable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            discount = d.pop("discount")
            if not isinstance(discount, int):
                raise types.Mistyped(f"expected int, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(
                src_dict, "discount", "PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo", exc
            )

        try:
            is_percent = d.pop("is_percent")
            if not isinstance(is_percent, bool):
                raise types.Mistyped(f"expected bool, got {type(is_percent).__name__}")
        except Exception as exc:
            is_percent = types.undecoded(
                src_dict, "is_percent", "PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo", exc
            )

        try:
            max_discount_by_percent = d.pop("max_discount_by_percent", UNSET)
            if not isinstance(max_discount_by_percent, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(max_discount_by_percent).__name__}")
        except Exception as exc:
            max_discount_by_percent = types.undecoded(
                src_dict, "max_discount_by_percent", "PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo", exc
            )

        try:
            order_price_min = d.pop("order_price_min", UNSET)
            if not isinstance(order_price_min, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(order_price_min).__name__}")
        except Exception as exc:
            order_price_min = types.undecoded(
                src_dict, "order_price_min", "PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo", exc
            )

        try:
            order_price_max = d.pop("order_price_max", UNSET)
            if not isinstance(order_price_max, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(order_price_max).__name__}")
        except Exception as exc:
            order_price_max = types.undecoded(
                src_dict, "order_price_max", "PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo", exc
            )

        try:
            no_applied_products_in_other_promotions = d.pop("no_applied_products_in_other_promotions", UNSET)
            if not isinstance(no_applied_products_in_other_promotions, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(no_applied_products_in_other_promotions).__name__}")
        except Exception as exc:
            no_applied_products_in_other_promotions = types.undecoded(
                src_dict,
                "no_applied_products_in_other_promotions",
                "PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo",
                exc,
            )

        try:
            discount_after_other_discount = d.pop("discount_after_other_discount", UNSET)
            if not isinstance(discount_after_other_discount, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(discount_after_other_discount).__name__}")
        except Exception as exc:
            discount_after_other_discount = types.undecoded(
                src_dict,
                "discount_after_other_discount",
                "PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo",
                exc,
            )

        try:
            disable = d.pop("disable", UNSET)
            if not isinstance(disable, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(disable).__name__}")
        except Exception as exc:
            disable = types.undecoded(
                src_dict, "disable", "PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo", exc
            )

        promotion_advance_multi_promotion_advance_promotion_promo_code_info = cls(
            discount=discount,
            is_percent=is_percent,
            max_discount_by_percent=max_discount_by_percent,
            order_price_min=order_price_min,
            order_price_max=order_price_max,
            no_applied_products_in_other_promotions=no_applied_products_in_other_promotions,
            discount_after_other_discount=discount_after_other_discount,
            disable=disable,
        )

        promotion_advance_multi_promotion_advance_promotion_promo_code_info.additional_properties = d
        return promotion_advance_multi_promotion_advance_promotion_promo_code_info

    def __repr__(self) -> str:
        return types.model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
