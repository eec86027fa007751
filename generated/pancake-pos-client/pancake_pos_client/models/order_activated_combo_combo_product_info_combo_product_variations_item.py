from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderActivatedComboComboProductInfoComboProductVariationsItem")


@_attrs_define
class OrderActivatedComboComboProductInfoComboProductVariationsItem:
    """
    Attributes:
        count (int | Unset): Quantity of this variation in the combo (meaning assumed from the name; the document does
            not describe it).
        product_id (UUID | Unset): Product id.
        variation_id (UUID | Unset): Variation id.
    """

    count: int | Unset = UNSET
    product_id: UUID | Unset = UNSET
    variation_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

        variation_id: str | Unset = UNSET
        if not isinstance(self.variation_id, Unset):
            variation_id = str(self.variation_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            count = d.pop("count", UNSET)
            if not isinstance(count, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(count).__name__}")
        except Exception as exc:
            count = types.undecoded(
                src_dict, "count", "OrderActivatedComboComboProductInfoComboProductVariationsItem", exc
            )

        try:
            _product_id = d.pop("product_id", UNSET)
            product_id: UUID | Unset
            if isinstance(_product_id, Unset):
                product_id = UNSET
            else:
                product_id = types.parse_uuid(_product_id)

        except Exception as exc:
            product_id = types.undecoded(
                src_dict, "product_id", "OrderActivatedComboComboProductInfoComboProductVariationsItem", exc
            )

        try:
            _variation_id = d.pop("variation_id", UNSET)
            variation_id: UUID | Unset
            if isinstance(_variation_id, Unset):
                variation_id = UNSET
            else:
                variation_id = types.parse_uuid(_variation_id)

        except Exception as exc:
            variation_id = types.undecoded(
                src_dict, "variation_id", "OrderActivatedComboComboProductInfoComboProductVariationsItem", exc
            )

        order_activated_combo_combo_product_info_combo_product_variations_item = cls(
            count=count,
            product_id=product_id,
            variation_id=variation_id,
        )

        order_activated_combo_combo_product_info_combo_product_variations_item.additional_properties = d
        return order_activated_combo_combo_product_info_combo_product_variations_item

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
