from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="VariationWarehouseInput")


@_attrs_define
class VariationWarehouseInput:
    """Initial/updated stock of a variation in one warehouse, as sent in the product create/update bodies
    (`variations_warehouses[]`; table example `[{remain_quantity: 10, warehouse_id: "…", batch_position: "lô 1",
    "shelf_position": "1.2"}]`). The source gives no sub-table, so no field is required.

        Attributes:
            warehouse_id (str | Unset): Warehouse id (see `GET /shops/{shop_id}/warehouses`).
            remain_quantity (int | Unset): Stock quantity in that warehouse.
            batch_position (str | Unset): Batch (lot) label, one of the warehouse's `custom_batch_config` labels (e.g. "lô
                1") (meaning assumed from the name; the document does not describe it).
            shelf_position (str | Unset): Shelf label, one of the warehouse's `custom_shelf_config` labels (e.g. "1.2")
                (meaning assumed from the name; the document does not describe it).
    """

    warehouse_id: str | Unset = UNSET
    remain_quantity: int | Unset = UNSET
    batch_position: str | Unset = UNSET
    shelf_position: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        remain_quantity = self.remain_quantity

        batch_position = self.batch_position

        shelf_position = self.shelf_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if remain_quantity is not UNSET:
            field_dict["remain_quantity"] = remain_quantity
        if batch_position is not UNSET:
            field_dict["batch_position"] = batch_position
        if shelf_position is not UNSET:
            field_dict["shelf_position"] = shelf_position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            warehouse_id = d.pop("warehouse_id", UNSET)
            if not isinstance(warehouse_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "VariationWarehouseInput", exc)

        try:
            remain_quantity = d.pop("remain_quantity", UNSET)
            if not isinstance(remain_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(remain_quantity).__name__}")
        except Exception as exc:
            remain_quantity = types.undecoded(src_dict, "remain_quantity", "VariationWarehouseInput", exc)

        try:
            batch_position = d.pop("batch_position", UNSET)
            if not isinstance(batch_position, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(batch_position).__name__}")
        except Exception as exc:
            batch_position = types.undecoded(src_dict, "batch_position", "VariationWarehouseInput", exc)

        try:
            shelf_position = d.pop("shelf_position", UNSET)
            if not isinstance(shelf_position, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(shelf_position).__name__}")
        except Exception as exc:
            shelf_position = types.undecoded(src_dict, "shelf_position", "VariationWarehouseInput", exc)

        variation_warehouse_input = cls(
            warehouse_id=warehouse_id,
            remain_quantity=remain_quantity,
            batch_position=batch_position,
            shelf_position=shelf_position,
        )

        variation_warehouse_input.additional_properties = d
        return variation_warehouse_input

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
