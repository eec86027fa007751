from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="VariationQuantityUpdateRequestVariationsWarehousesItem")


@_attrs_define
class VariationQuantityUpdateRequestVariationsWarehousesItem:
    """
    Attributes:
        warehouse_id (str | Unset): Warehouse id.
        remain_quantity (int | Unset): New quantity in that warehouse.
    """

    warehouse_id: str | Unset = UNSET
    remain_quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        remain_quantity = self.remain_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if remain_quantity is not UNSET:
            field_dict["remain_quantity"] = remain_quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            warehouse_id = d.pop("warehouse_id", UNSET)
            if not isinstance(warehouse_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(
                src_dict, "warehouse_id", "VariationQuantityUpdateRequestVariationsWarehousesItem", exc
            )

        try:
            remain_quantity = d.pop("remain_quantity", UNSET)
            if not isinstance(remain_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(remain_quantity).__name__}")
        except Exception as exc:
            remain_quantity = types.undecoded(
                src_dict, "remain_quantity", "VariationQuantityUpdateRequestVariationsWarehousesItem", exc
            )

        variation_quantity_update_request_variations_warehouses_item = cls(
            warehouse_id=warehouse_id,
            remain_quantity=remain_quantity,
        )

        variation_quantity_update_request_variations_warehouses_item.additional_properties = d
        return variation_quantity_update_request_variations_warehouses_item

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
