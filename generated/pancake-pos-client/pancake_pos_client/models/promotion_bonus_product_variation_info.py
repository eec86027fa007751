from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionBonusProductVariationInfo")


@_attrs_define
class PromotionBonusProductVariationInfo:
    """Short variation summary.

    Attributes:
        id (str | Unset): Variation display id, as a string.
        name (str | Unset): Variation name.
        product_id (str | Unset): Product code.
        retail_price (str | Unset): Retail price, as a numeric string.
        weight (str | Unset): Weight, as a numeric string.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    product_id: str | Unset = UNSET
    retail_price: str | Unset = UNSET
    weight: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        product_id = self.product_id

        retail_price = self.retail_price

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if retail_price is not UNSET:
            field_dict["retail_price"] = retail_price
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "PromotionBonusProductVariationInfo", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "PromotionBonusProductVariationInfo", exc)

        try:
            product_id = d.pop("product_id", UNSET)
            if not isinstance(product_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(product_id).__name__}")
        except Exception as exc:
            product_id = types.undecoded(src_dict, "product_id", "PromotionBonusProductVariationInfo", exc)

        try:
            retail_price = d.pop("retail_price", UNSET)
            if not isinstance(retail_price, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(retail_price).__name__}")
        except Exception as exc:
            retail_price = types.undecoded(src_dict, "retail_price", "PromotionBonusProductVariationInfo", exc)

        try:
            weight = d.pop("weight", UNSET)
            if not isinstance(weight, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(weight).__name__}")
        except Exception as exc:
            weight = types.undecoded(src_dict, "weight", "PromotionBonusProductVariationInfo", exc)

        promotion_bonus_product_variation_info = cls(
            id=id,
            name=name,
            product_id=product_id,
            retail_price=retail_price,
            weight=weight,
        )

        promotion_bonus_product_variation_info.additional_properties = d
        return promotion_bonus_product_variation_info

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
