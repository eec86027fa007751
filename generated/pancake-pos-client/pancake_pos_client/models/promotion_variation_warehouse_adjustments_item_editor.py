from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionVariationWarehouseAdjustmentsItemEditor")


@_attrs_define
class PromotionVariationWarehouseAdjustmentsItemEditor:
    """User who made the adjustment (meaning assumed from the name; the document does not describe it).

    Attributes:
        fb_id (str | Unset): Facebook id of the editor.
        id (str | Unset): User id of the editor.
        name (str | Unset): Editor name.
    """

    fb_id: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fb_id = self.fb_id

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fb_id is not UNSET:
            field_dict["fb_id"] = fb_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            fb_id = d.pop("fb_id", UNSET)
            if not isinstance(fb_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(fb_id).__name__}")
        except Exception as exc:
            fb_id = types.undecoded(src_dict, "fb_id", "PromotionVariationWarehouseAdjustmentsItemEditor", exc)

        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "PromotionVariationWarehouseAdjustmentsItemEditor", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "PromotionVariationWarehouseAdjustmentsItemEditor", exc)

        promotion_variation_warehouse_adjustments_item_editor = cls(
            fb_id=fb_id,
            id=id,
            name=name,
        )

        promotion_variation_warehouse_adjustments_item_editor.additional_properties = d
        return promotion_variation_warehouse_adjustments_item_editor

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
