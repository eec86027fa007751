from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="PromotionAdvanceMultiPromotionAdvance")


@_attrs_define
class PromotionAdvanceMultiPromotionAdvance:
    """
    Attributes:
        shop_customer_ids (list[str]): Ids of the customers the promotion is created for (from `GET
            /shops/{shop_id}/customers`).
        promotion (PromotionAdvanceMultiPromotionAdvancePromotion):
    """

    shop_customer_ids: list[str]
    promotion: PromotionAdvanceMultiPromotionAdvancePromotion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            shop_customer_ids = self.shop_customer_ids

        except (AttributeError, TypeError):
            shop_customer_ids = cast(Any, self.shop_customer_ids)

        try:
            promotion = self.promotion.to_dict()
        except (AttributeError, TypeError):
            promotion = cast(Any, self.promotion)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shop_customer_ids": shop_customer_ids,
                "promotion": promotion,
            }
        )
        if isinstance(shop_customer_ids, Unset):
            del field_dict["shop_customer_ids"]
        if isinstance(promotion, Unset):
            del field_dict["promotion"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            shop_customer_ids = cast(list[str], d.pop("shop_customer_ids"))

        except Exception as exc:
            shop_customer_ids = types.undecoded(
                src_dict, "shop_customer_ids", "PromotionAdvanceMultiPromotionAdvance", exc
            )

        try:
            promotion = PromotionAdvanceMultiPromotionAdvancePromotion.from_dict(d.pop("promotion"))

        except Exception as exc:
            promotion = types.undecoded(src_dict, "promotion", "PromotionAdvanceMultiPromotionAdvance", exc)

        promotion_advance_multi_promotion_advance = cls(
            shop_customer_ids=shop_customer_ids,
            promotion=promotion,
        )

        promotion_advance_multi_promotion_advance.additional_properties = d
        return promotion_advance_multi_promotion_advance

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


from ..models.promotion_advance_multi_promotion_advance_promotion import (
    PromotionAdvanceMultiPromotionAdvancePromotion,
)
