from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="VariationWarehouse")


@_attrs_define
class VariationWarehouse:
    """Stock of one variation in one warehouse (`variations_warehouses[]` of a variation; “Thông tin tồn kho chi tiết”).
    Two quantities matter to the quantity-update operations: `actual_remain_quantity` is the physical stock (“Tồn kho”,
    set when `is_actual_remain_quantity` is true) and `remain_quantity` is the quantity available to sell (“Có thể bán”,
    set when it is false; what an omitted flag sets is not stated, ledger PP-214); see `POST
    /shops/{shop_id}/variations/{variation_id}/update_quantity`.

        Attributes:
            warehouse_id (UUID | Unset): Warehouse id (see `GET /shops/{shop_id}/warehouses`).
            remain_quantity (int | Unset): Quantity of the variation left in this warehouse that can be sold.
            actual_remain_quantity (int | Unset): Physical stock in this warehouse.
            pending_quantity (int | Unset): Quantity incoming (ordered from suppliers, not yet received).
            returning_quantity (int | Unset): Quantity being returned to this warehouse.
            total_quantity (int | Unset): Total quantity.
            batch_position (str | Unset): Batch (lot) position, as the product create/update bodies send it ("lô 1"); no
                answer example of this object shows it (assumed).
            shelf_position (str | Unset): Shelf position, as the product create/update bodies send it ("1.2"); no answer
                example of this object shows it (assumed).
    """

    warehouse_id: UUID | Unset = UNSET
    remain_quantity: int | Unset = UNSET
    actual_remain_quantity: int | Unset = UNSET
    pending_quantity: int | Unset = UNSET
    returning_quantity: int | Unset = UNSET
    total_quantity: int | Unset = UNSET
    batch_position: str | Unset = UNSET
    shelf_position: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id: str | Unset = UNSET
        if not isinstance(self.warehouse_id, Unset):
            warehouse_id = str(self.warehouse_id)

        remain_quantity = self.remain_quantity

        actual_remain_quantity = self.actual_remain_quantity

        pending_quantity = self.pending_quantity

        returning_quantity = self.returning_quantity

        total_quantity = self.total_quantity

        batch_position = self.batch_position

        shelf_position = self.shelf_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if remain_quantity is not UNSET:
            field_dict["remain_quantity"] = remain_quantity
        if actual_remain_quantity is not UNSET:
            field_dict["actual_remain_quantity"] = actual_remain_quantity
        if pending_quantity is not UNSET:
            field_dict["pending_quantity"] = pending_quantity
        if returning_quantity is not UNSET:
            field_dict["returning_quantity"] = returning_quantity
        if total_quantity is not UNSET:
            field_dict["total_quantity"] = total_quantity
        if batch_position is not UNSET:
            field_dict["batch_position"] = batch_position
        if shelf_position is not UNSET:
            field_dict["shelf_position"] = shelf_position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _warehouse_id = d.pop("warehouse_id", UNSET)
            warehouse_id: UUID | Unset
            if isinstance(_warehouse_id, Unset):
                warehouse_id = UNSET
            else:
                warehouse_id = types.parse_uuid(_warehouse_id)

        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "VariationWarehouse", exc)

        try:
            remain_quantity = d.pop("remain_quantity", UNSET)
            if not isinstance(remain_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(remain_quantity).__name__}")
        except Exception as exc:
            remain_quantity = types.undecoded(src_dict, "remain_quantity", "VariationWarehouse", exc)

        try:
            actual_remain_quantity = d.pop("actual_remain_quantity", UNSET)
            if not isinstance(actual_remain_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(actual_remain_quantity).__name__}")
        except Exception as exc:
            actual_remain_quantity = types.undecoded(src_dict, "actual_remain_quantity", "VariationWarehouse", exc)

        try:
            pending_quantity = d.pop("pending_quantity", UNSET)
            if not isinstance(pending_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(pending_quantity).__name__}")
        except Exception as exc:
            pending_quantity = types.undecoded(src_dict, "pending_quantity", "VariationWarehouse", exc)

        try:
            returning_quantity = d.pop("returning_quantity", UNSET)
            if not isinstance(returning_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(returning_quantity).__name__}")
        except Exception as exc:
            returning_quantity = types.undecoded(src_dict, "returning_quantity", "VariationWarehouse", exc)

        try:
            total_quantity = d.pop("total_quantity", UNSET)
            if not isinstance(total_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_quantity).__name__}")
        except Exception as exc:
            total_quantity = types.undecoded(src_dict, "total_quantity", "VariationWarehouse", exc)

        try:
            batch_position = d.pop("batch_position", UNSET)
            if not isinstance(batch_position, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(batch_position).__name__}")
        except Exception as exc:
            batch_position = types.undecoded(src_dict, "batch_position", "VariationWarehouse", exc)

        try:
            shelf_position = d.pop("shelf_position", UNSET)
            if not isinstance(shelf_position, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(shelf_position).__name__}")
        except Exception as exc:
            shelf_position = types.undecoded(src_dict, "shelf_position", "VariationWarehouse", exc)

        variation_warehouse = cls(
            warehouse_id=warehouse_id,
            remain_quantity=remain_quantity,
            actual_remain_quantity=actual_remain_quantity,
            pending_quantity=pending_quantity,
            returning_quantity=returning_quantity,
            total_quantity=total_quantity,
            batch_position=batch_position,
            shelf_position=shelf_position,
        )

        variation_warehouse.additional_properties = d
        return variation_warehouse

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
