from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="StocktakingItemsType0Item")


@_attrs_define
class StocktakingItemsType0Item:
    """
    Attributes:
        id (str | Unset): Stocktaking line id (UUID).
        variation_id (str | Unset): Variation id (UUID).
        changed_quantity (int | Unset): Difference between counted and recorded stock.
    """

    id: str | Unset = UNSET
    variation_id: str | Unset = UNSET
    changed_quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        variation_id = self.variation_id

        changed_quantity = self.changed_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id
        if changed_quantity is not UNSET:
            field_dict["changed_quantity"] = changed_quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "StocktakingItemsType0Item", exc)

        try:
            variation_id = d.pop("variation_id", UNSET)
            if not isinstance(variation_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(variation_id).__name__}")
        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "StocktakingItemsType0Item", exc)

        try:
            changed_quantity = d.pop("changed_quantity", UNSET)
            if not isinstance(changed_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(changed_quantity).__name__}")
        except Exception as exc:
            changed_quantity = types.undecoded(src_dict, "changed_quantity", "StocktakingItemsType0Item", exc)

        stocktaking_items_type_0_item = cls(
            id=id,
            variation_id=variation_id,
            changed_quantity=changed_quantity,
        )

        stocktaking_items_type_0_item.additional_properties = d
        return stocktaking_items_type_0_item

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
