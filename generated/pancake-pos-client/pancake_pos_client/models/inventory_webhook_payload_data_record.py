from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.inventory_webhook_payload_data_record_type import (
    InventoryWebhookPayloadDataRecordType,
    check_inventory_webhook_payload_data_record_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryWebhookPayloadDataRecord")


@_attrs_define
class InventoryWebhookPayloadDataRecord:
    """The stock change (meaning assumed from the name; the document does not describe it).

    Attributes:
        variation_id (UUID): Variation id.
        warehouse_id (UUID): Warehouse id.
        actual_remain_quantity (int | Unset): Quantity in stock.
        remain_quantity (int | Unset): Remaining (sellable) quantity of the variation.
        type_ (InventoryWebhookPayloadDataRecordType | Unset): Kind of webhook data; `variations_warehouses` for this
            payload. In the example only; not in the table.
        change_quantity (int | Unset): Quantity change.
        is_actual_remain_quantity (bool | Unset): false: the change is to the sellable quantity; true: the change is to
            the quantity in stock.
        inserted_at (str | Unset): Time of the change, e.g. `2023-05-26 04:02:00.324609`.
    """

    variation_id: UUID
    warehouse_id: UUID
    actual_remain_quantity: int | Unset = UNSET
    remain_quantity: int | Unset = UNSET
    type_: InventoryWebhookPayloadDataRecordType | Unset = UNSET
    change_quantity: int | Unset = UNSET
    is_actual_remain_quantity: bool | Unset = UNSET
    inserted_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            variation_id = str(self.variation_id)
        except (AttributeError, TypeError):
            variation_id = cast(Any, self.variation_id)

        try:
            warehouse_id = str(self.warehouse_id)
        except (AttributeError, TypeError):
            warehouse_id = cast(Any, self.warehouse_id)

        actual_remain_quantity = self.actual_remain_quantity

        remain_quantity = self.remain_quantity

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        change_quantity = self.change_quantity

        is_actual_remain_quantity = self.is_actual_remain_quantity

        inserted_at = self.inserted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variation_id": variation_id,
                "warehouse_id": warehouse_id,
            }
        )
        if isinstance(variation_id, Unset):
            del field_dict["variation_id"]
        if isinstance(warehouse_id, Unset):
            del field_dict["warehouse_id"]
        if actual_remain_quantity is not UNSET:
            field_dict["actual_remain_quantity"] = actual_remain_quantity
        if remain_quantity is not UNSET:
            field_dict["remain_quantity"] = remain_quantity
        if type_ is not UNSET:
            field_dict["type"] = type_
        if change_quantity is not UNSET:
            field_dict["change_quantity"] = change_quantity
        if is_actual_remain_quantity is not UNSET:
            field_dict["is_actual_remain_quantity"] = is_actual_remain_quantity
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            variation_id = types.parse_uuid(d.pop("variation_id"))

        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "InventoryWebhookPayloadDataRecord", exc)

        try:
            warehouse_id = types.parse_uuid(d.pop("warehouse_id"))

        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "InventoryWebhookPayloadDataRecord", exc)

        try:
            actual_remain_quantity = d.pop("actual_remain_quantity", UNSET)
            if not isinstance(actual_remain_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(actual_remain_quantity).__name__}")
        except Exception as exc:
            actual_remain_quantity = types.undecoded(
                src_dict, "actual_remain_quantity", "InventoryWebhookPayloadDataRecord", exc
            )

        try:
            remain_quantity = d.pop("remain_quantity", UNSET)
            if not isinstance(remain_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(remain_quantity).__name__}")
        except Exception as exc:
            remain_quantity = types.undecoded(src_dict, "remain_quantity", "InventoryWebhookPayloadDataRecord", exc)

        try:
            _type_ = d.pop("type", UNSET)
            type_: InventoryWebhookPayloadDataRecordType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_inventory_webhook_payload_data_record_type(_type_)

        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "InventoryWebhookPayloadDataRecord", exc)

        try:
            change_quantity = d.pop("change_quantity", UNSET)
            if not isinstance(change_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(change_quantity).__name__}")
        except Exception as exc:
            change_quantity = types.undecoded(src_dict, "change_quantity", "InventoryWebhookPayloadDataRecord", exc)

        try:
            is_actual_remain_quantity = d.pop("is_actual_remain_quantity", UNSET)
            if not isinstance(is_actual_remain_quantity, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_actual_remain_quantity).__name__}")
        except Exception as exc:
            is_actual_remain_quantity = types.undecoded(
                src_dict, "is_actual_remain_quantity", "InventoryWebhookPayloadDataRecord", exc
            )

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "InventoryWebhookPayloadDataRecord", exc)

        inventory_webhook_payload_data_record = cls(
            variation_id=variation_id,
            warehouse_id=warehouse_id,
            actual_remain_quantity=actual_remain_quantity,
            remain_quantity=remain_quantity,
            type_=type_,
            change_quantity=change_quantity,
            is_actual_remain_quantity=is_actual_remain_quantity,
            inserted_at=inserted_at,
        )

        inventory_webhook_payload_data_record.additional_properties = d
        return inventory_webhook_payload_data_record

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
