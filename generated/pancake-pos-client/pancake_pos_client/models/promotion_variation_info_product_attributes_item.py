from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionVariationInfoProductAttributesItem")


@_attrs_define
class PromotionVariationInfoProductAttributesItem:
    """
    Attributes:
        id (str | Unset): Attribute id (uuid).
        keyword (list[PromotionVariationInfoProductAttributesItemKeywordItem] | Unset): Attribute values with their keys
            (meaning assumed from the name; the document does not describe it).
        name (str | Unset): Attribute name.
        values (list[str] | Unset): Attribute values (meaning assumed from the name; the document does not describe it).
    """

    id: str | Unset = UNSET
    keyword: list[PromotionVariationInfoProductAttributesItemKeywordItem] | Unset = UNSET
    name: str | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        keyword: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keyword, Unset):
            keyword = []
            for keyword_item_data in self.keyword:
                keyword_item = keyword_item_data.to_dict()
                keyword.append(keyword_item)

        name = self.name

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if name is not UNSET:
            field_dict["name"] = name
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "PromotionVariationInfoProductAttributesItem", exc)

        try:
            _keyword = d.pop("keyword", UNSET)
            keyword: list[PromotionVariationInfoProductAttributesItemKeywordItem] | Unset = UNSET
            if _keyword is not UNSET:
                if not isinstance(_keyword, list):
                    raise TypeError(f"expected an array, got {type(_keyword).__name__}")
                keyword = []
                for keyword_item_data in _keyword:
                    try:
                        keyword_item = PromotionVariationInfoProductAttributesItemKeywordItem.from_dict(
                            keyword_item_data
                        )

                    except Exception as item_exc:
                        keyword_item = types.undecoded_item(keyword_item_data, "keyword", item_exc)
                    keyword.append(keyword_item)

        except Exception as exc:
            keyword = types.undecoded(src_dict, "keyword", "PromotionVariationInfoProductAttributesItem", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "PromotionVariationInfoProductAttributesItem", exc)

        try:
            values = cast(list[str], d.pop("values", UNSET))

        except Exception as exc:
            values = types.undecoded(src_dict, "values", "PromotionVariationInfoProductAttributesItem", exc)

        promotion_variation_info_product_attributes_item = cls(
            id=id,
            keyword=keyword,
            name=name,
            values=values,
        )

        promotion_variation_info_product_attributes_item.additional_properties = d
        return promotion_variation_info_product_attributes_item

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


from ..models.promotion_variation_info_product_attributes_item_keyword_item import (
    PromotionVariationInfoProductAttributesItemKeywordItem,
)
