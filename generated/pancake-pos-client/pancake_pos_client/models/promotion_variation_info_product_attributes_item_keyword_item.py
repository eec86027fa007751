from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionVariationInfoProductAttributesItemKeywordItem")


@_attrs_define
class PromotionVariationInfoProductAttributesItemKeywordItem:
    """
    Attributes:
        key_value (str | Unset):
        value (str | Unset):
    """

    key_value: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_value = self.key_value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_value is not UNSET:
            field_dict["keyValue"] = key_value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            key_value = d.pop("keyValue", UNSET)
            if not isinstance(key_value, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(key_value).__name__}")
        except Exception as exc:
            key_value = types.undecoded(
                src_dict, "keyValue", "PromotionVariationInfoProductAttributesItemKeywordItem", exc
            )

        try:
            value = d.pop("value", UNSET)
            if not isinstance(value, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(value).__name__}")
        except Exception as exc:
            value = types.undecoded(src_dict, "value", "PromotionVariationInfoProductAttributesItemKeywordItem", exc)

        promotion_variation_info_product_attributes_item_keyword_item = cls(
            key_value=key_value,
            value=value,
        )

        promotion_variation_info_product_attributes_item_keyword_item.additional_properties = d
        return promotion_variation_info_product_attributes_item_keyword_item

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
