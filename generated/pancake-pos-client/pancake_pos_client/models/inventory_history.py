from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryHistory")


@_attrs_define
class InventoryHistory:
    """One stock movement of a variation in a warehouse ("Lịch sử xuất nhập kho"). `ref_display_id`, `table_name`, `type`,
    the fields of `current_inventory`, `variation_now` and `warehouse` are not in the source's table; they are
    documented from its example.

        Attributes:
            id (int): Stock movement id.
            avg_price (int | Unset): Average purchase price.
            current_inventory (list[InventoryHistoryCurrentInventoryItem] | Unset): Current stock of the variation per
                warehouse.
            editor_id (str | Unset): Id (UUID) of the staff member who made the change.
            inserted_at (int | str | Unset): Time of the movement. The table says unix timestamp; the example sends an
                ISO-8601 local time with microseconds and without zone (`2024-06-10T10:03:53.015323`). Both are accepted.
            quantity (int | Unset): Quantity changed (negative for stock out).
            ref_display_id (str | Unset): Number of the document that caused the movement (e.g. the transfer number)
                (meaning assumed from the name; the document does not describe it).
            remain_quantity (int | Unset): Stock after the movement.
            table_name (str | Unset): Kind of document that caused the movement, e.g. `warehouse_transfers` (meaning assumed
                from the name; the document does not describe it).
            type_ (str | Unset): Human-readable description of the movement (Vietnamese), e.g. "Tạo phiếu chuyển kho
            variation_now (InventoryHistoryVariationNow | Unset): The variation as it is now.
            warehouse (InventoryHistoryWarehouse | Unset): Warehouse whose stock changed.
    """

    id: int
    avg_price: int | Unset = UNSET
    current_inventory: list[InventoryHistoryCurrentInventoryItem] | Unset = UNSET
    editor_id: str | Unset = UNSET
    inserted_at: int | str | Unset = UNSET
    quantity: int | Unset = UNSET
    ref_display_id: str | Unset = UNSET
    remain_quantity: int | Unset = UNSET
    table_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    variation_now: InventoryHistoryVariationNow | Unset = UNSET
    warehouse: InventoryHistoryWarehouse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        avg_price = self.avg_price

        current_inventory: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.current_inventory, Unset):
            current_inventory = []
            for current_inventory_item_data in self.current_inventory:
                current_inventory_item = current_inventory_item_data.to_dict()
                current_inventory.append(current_inventory_item)

        editor_id = self.editor_id

        inserted_at: int | str | Unset
        if isinstance(self.inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = self.inserted_at

        quantity = self.quantity

        ref_display_id = self.ref_display_id

        remain_quantity = self.remain_quantity

        table_name = self.table_name

        type_ = self.type_

        variation_now: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variation_now, Unset):
            variation_now = self.variation_now.to_dict()

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if avg_price is not UNSET:
            field_dict["avg_price"] = avg_price
        if current_inventory is not UNSET:
            field_dict["current_inventory"] = current_inventory
        if editor_id is not UNSET:
            field_dict["editor_id"] = editor_id
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if ref_display_id is not UNSET:
            field_dict["ref_display_id"] = ref_display_id
        if remain_quantity is not UNSET:
            field_dict["remain_quantity"] = remain_quantity
        if table_name is not UNSET:
            field_dict["table_name"] = table_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if variation_now is not UNSET:
            field_dict["variation_now"] = variation_now
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, int):
                raise types.Mistyped(f"expected int, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "InventoryHistory", exc)

        try:
            avg_price = d.pop("avg_price", UNSET)
            if not isinstance(avg_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(avg_price).__name__}")
        except Exception as exc:
            avg_price = types.undecoded(src_dict, "avg_price", "InventoryHistory", exc)

        try:
            _current_inventory = d.pop("current_inventory", UNSET)
            current_inventory: list[InventoryHistoryCurrentInventoryItem] | Unset = UNSET
            if _current_inventory is not UNSET:
                if not isinstance(_current_inventory, list):
                    raise TypeError(f"expected an array, got {type(_current_inventory).__name__}")
                current_inventory = []
                for current_inventory_item_data in _current_inventory:
                    try:
                        current_inventory_item = InventoryHistoryCurrentInventoryItem.from_dict(
                            current_inventory_item_data
                        )

                    except Exception as item_exc:
                        current_inventory_item = types.undecoded_item(
                            current_inventory_item_data, "current_inventory", item_exc
                        )
                    current_inventory.append(current_inventory_item)

        except Exception as exc:
            current_inventory = types.undecoded(src_dict, "current_inventory", "InventoryHistory", exc)

        try:
            editor_id = d.pop("editor_id", UNSET)
            if not isinstance(editor_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(editor_id).__name__}")
        except Exception as exc:
            editor_id = types.undecoded(src_dict, "editor_id", "InventoryHistory", exc)

        try:
            inserted_at: int | str | Unset = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(inserted_at).__name__}")

        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "InventoryHistory", exc)

        try:
            quantity = d.pop("quantity", UNSET)
            if not isinstance(quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "InventoryHistory", exc)

        try:
            ref_display_id = d.pop("ref_display_id", UNSET)
            if not isinstance(ref_display_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(ref_display_id).__name__}")
        except Exception as exc:
            ref_display_id = types.undecoded(src_dict, "ref_display_id", "InventoryHistory", exc)

        try:
            remain_quantity = d.pop("remain_quantity", UNSET)
            if not isinstance(remain_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(remain_quantity).__name__}")
        except Exception as exc:
            remain_quantity = types.undecoded(src_dict, "remain_quantity", "InventoryHistory", exc)

        try:
            table_name = d.pop("table_name", UNSET)
            if not isinstance(table_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(table_name).__name__}")
        except Exception as exc:
            table_name = types.undecoded(src_dict, "table_name", "InventoryHistory", exc)

        try:
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(type_).__name__}")
        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "InventoryHistory", exc)

        try:
            _variation_now = d.pop("variation_now", UNSET)
            variation_now: InventoryHistoryVariationNow | Unset
            if isinstance(_variation_now, Unset):
                variation_now = UNSET
            else:
                variation_now = InventoryHistoryVariationNow.from_dict(_variation_now)

        except Exception as exc:
            variation_now = types.undecoded(src_dict, "variation_now", "InventoryHistory", exc)

        try:
            _warehouse = d.pop("warehouse", UNSET)
            warehouse: InventoryHistoryWarehouse | Unset
            if isinstance(_warehouse, Unset):
                warehouse = UNSET
            else:
                warehouse = InventoryHistoryWarehouse.from_dict(_warehouse)

        except Exception as exc:
            warehouse = types.undecoded(src_dict, "warehouse", "InventoryHistory", exc)

        inventory_history = cls(
            id=id,
            avg_price=avg_price,
            current_inventory=current_inventory,
            editor_id=editor_id,
            inserted_at=inserted_at,
            quantity=quantity,
            ref_display_id=ref_display_id,
            remain_quantity=remain_quantity,
            table_name=table_name,
            type_=type_,
            variation_now=variation_now,
            warehouse=warehouse,
        )

        inventory_history.additional_properties = d
        return inventory_history

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


from ..models.inventory_history_current_inventory_item import (
    InventoryHistoryCurrentInventoryItem,
)
from ..models.inventory_history_variation_now import InventoryHistoryVariationNow
from ..models.inventory_history_warehouse import InventoryHistoryWarehouse
