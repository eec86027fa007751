from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryHistoryCurrentInventoryItem")


@_attrs_define
class InventoryHistoryCurrentInventoryItem:
    """
    Attributes:
        actual_remain_quantity (int | Unset): Actual quantity in stock.
        avg_price (float | Unset): Average purchase price (a decimal in the example).
        id (str | Unset): Warehouse id (UUID).
        name (str | Unset): Warehouse name.
        remain_quantity (int | Unset): Quantity in stock available for sale.
        total_quantity (int | Unset): Total quantity.
    """

    actual_remain_quantity: int | Unset = UNSET
    avg_price: float | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    remain_quantity: int | Unset = UNSET
    total_quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actual_remain_quantity = self.actual_remain_quantity

        avg_price = self.avg_price

        id = self.id

        name = self.name

        remain_quantity = self.remain_quantity

        total_quantity = self.total_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actual_remain_quantity is not UNSET:
            field_dict["actual_remain_quantity"] = actual_remain_quantity
        if avg_price is not UNSET:
            field_dict["avg_price"] = avg_price
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if remain_quantity is not UNSET:
            field_dict["remain_quantity"] = remain_quantity
        if total_quantity is not UNSET:
            field_dict["total_quantity"] = total_quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            actual_remain_quantity = d.pop("actual_remain_quantity", UNSET)
            if not isinstance(actual_remain_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(actual_remain_quantity).__name__}")
        except Exception as exc:
            actual_remain_quantity = types.undecoded(
                src_dict, "actual_remain_quantity", "InventoryHistoryCurrentInventoryItem", exc
            )

        try:
            avg_price = d.pop("avg_price", UNSET)
            if not isinstance(avg_price, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(avg_price).__name__}")
        except Exception as exc:
            avg_price = types.undecoded(src_dict, "avg_price", "InventoryHistoryCurrentInventoryItem", exc)

        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "InventoryHistoryCurrentInventoryItem", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "InventoryHistoryCurrentInventoryItem", exc)

        try:
            remain_quantity = d.pop("remain_quantity", UNSET)
            if not isinstance(remain_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(remain_quantity).__name__}")
        except Exception as exc:
            remain_quantity = types.undecoded(src_dict, "remain_quantity", "InventoryHistoryCurrentInventoryItem", exc)

        try:
            total_quantity = d.pop("total_quantity", UNSET)
            if not isinstance(total_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_quantity).__name__}")
        except Exception as exc:
            total_quantity = types.undecoded(src_dict, "total_quantity", "InventoryHistoryCurrentInventoryItem", exc)

        inventory_history_current_inventory_item = cls(
            actual_remain_quantity=actual_remain_quantity,
            avg_price=avg_price,
            id=id,
            name=name,
            remain_quantity=remain_quantity,
            total_quantity=total_quantity,
        )

        inventory_history_current_inventory_item.additional_properties = d
        return inventory_history_current_inventory_item

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
