from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionVariationWarehouseAdjustmentsItem")


@_attrs_define
class PromotionVariationWarehouseAdjustmentsItem:
    """One stock adjustment of the variation in a warehouse.

    Attributes:
        actual_remain_changed (int | Unset):
        edited_at (str | Unset): When the adjustment was made (vendor datetime string, e.g.
            `2021-05-26T08:14:10.517835`) (meaning assumed from the name; the document does not describe it).
        editor (PromotionVariationWarehouseAdjustmentsItemEditor | Unset): User who made the adjustment (meaning assumed
            from the name; the document does not describe it).
        note (None | str | Unset): Adjustment note.
        remain_changed (int | Unset):
        stocktaking_display_id (Any | Unset): Display id of the stocktaking that caused the adjustment. Type not
            documented; the source only shows null.
        total_changed (int | Unset):
        warehouse_id (str | Unset): Warehouse id (uuid).
        warehouse_name (str | Unset): Warehouse name (meaning assumed from the name; the document does not describe it).
    """

    actual_remain_changed: int | Unset = UNSET
    edited_at: str | Unset = UNSET
    editor: PromotionVariationWarehouseAdjustmentsItemEditor | Unset = UNSET
    note: None | str | Unset = UNSET
    remain_changed: int | Unset = UNSET
    stocktaking_display_id: Any | Unset = UNSET
    total_changed: int | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    warehouse_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actual_remain_changed = self.actual_remain_changed

        edited_at = self.edited_at

        editor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.editor, Unset):
            editor = self.editor.to_dict()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        remain_changed = self.remain_changed

        stocktaking_display_id = self.stocktaking_display_id

        total_changed = self.total_changed

        warehouse_id = self.warehouse_id

        warehouse_name = self.warehouse_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actual_remain_changed is not UNSET:
            field_dict["actual_remain_changed"] = actual_remain_changed
        if edited_at is not UNSET:
            field_dict["edited_at"] = edited_at
        if editor is not UNSET:
            field_dict["editor"] = editor
        if note is not UNSET:
            field_dict["note"] = note
        if remain_changed is not UNSET:
            field_dict["remain_changed"] = remain_changed
        if stocktaking_display_id is not UNSET:
            field_dict["stocktaking_display_id"] = stocktaking_display_id
        if total_changed is not UNSET:
            field_dict["total_changed"] = total_changed
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if warehouse_name is not UNSET:
            field_dict["warehouse_name"] = warehouse_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            actual_remain_changed = d.pop("actual_remain_changed", UNSET)
            if not isinstance(actual_remain_changed, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(actual_remain_changed).__name__}")
        except Exception as exc:
            actual_remain_changed = types.undecoded(
                src_dict, "actual_remain_changed", "PromotionVariationWarehouseAdjustmentsItem", exc
            )

        try:
            edited_at = d.pop("edited_at", UNSET)
            if not isinstance(edited_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(edited_at).__name__}")
        except Exception as exc:
            edited_at = types.undecoded(src_dict, "edited_at", "PromotionVariationWarehouseAdjustmentsItem", exc)

        try:
            _editor = d.pop("editor", UNSET)
            editor: PromotionVariationWarehouseAdjustmentsItemEditor | Unset
            if isinstance(_editor, Unset):
                editor = UNSET
            else:
                editor = PromotionVariationWarehouseAdjustmentsItemEditor.from_dict(_editor)

        except Exception as exc:
            editor = types.undecoded(src_dict, "editor", "PromotionVariationWarehouseAdjustmentsItem", exc)

        try:
            note: None | str | Unset = d.pop("note", UNSET)
            if not isinstance(note, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(note).__name__}")

        except Exception as exc:
            note = types.undecoded(src_dict, "note", "PromotionVariationWarehouseAdjustmentsItem", exc)

        try:
            remain_changed = d.pop("remain_changed", UNSET)
            if not isinstance(remain_changed, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(remain_changed).__name__}")
        except Exception as exc:
            remain_changed = types.undecoded(
                src_dict, "remain_changed", "PromotionVariationWarehouseAdjustmentsItem", exc
            )

        try:
            stocktaking_display_id = d.pop("stocktaking_display_id", UNSET)
        except Exception as exc:
            stocktaking_display_id = types.undecoded(
                src_dict, "stocktaking_display_id", "PromotionVariationWarehouseAdjustmentsItem", exc
            )

        try:
            total_changed = d.pop("total_changed", UNSET)
            if not isinstance(total_changed, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_changed).__name__}")
        except Exception as exc:
            total_changed = types.undecoded(
                src_dict, "total_changed", "PromotionVariationWarehouseAdjustmentsItem", exc
            )

        try:
            warehouse_id = d.pop("warehouse_id", UNSET)
            if not isinstance(warehouse_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "PromotionVariationWarehouseAdjustmentsItem", exc)

        try:
            warehouse_name = d.pop("warehouse_name", UNSET)
            if not isinstance(warehouse_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(warehouse_name).__name__}")
        except Exception as exc:
            warehouse_name = types.undecoded(
                src_dict, "warehouse_name", "PromotionVariationWarehouseAdjustmentsItem", exc
            )

        promotion_variation_warehouse_adjustments_item = cls(
            actual_remain_changed=actual_remain_changed,
            edited_at=edited_at,
            editor=editor,
            note=note,
            remain_changed=remain_changed,
            stocktaking_display_id=stocktaking_display_id,
            total_changed=total_changed,
            warehouse_id=warehouse_id,
            warehouse_name=warehouse_name,
        )

        promotion_variation_warehouse_adjustments_item.additional_properties = d
        return promotion_variation_warehouse_adjustments_item

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


from ..models.promotion_variation_warehouse_adjustments_item_editor import (
    PromotionVariationWarehouseAdjustmentsItemEditor,
)
