from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.purchase_status import PurchaseStatus, check_purchase_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseUpdateRequestPurchase")


@_attrs_define
class PurchaseUpdateRequestPurchase:
    """
    Attributes:
        warehouse_id (str): Warehouse id (UUID).
        note (str | Unset): Note.
        status (PurchaseStatus | Unset): Status of a purchase (goods receipt, "phiếu nhập kho").
        not_create_transaction (bool | Unset): Do not create a payment transaction.
        auto_create_debts (bool | Unset): Create a debt to the supplier automatically.
        supplier_products_id (int | Unset): Supplier id.
        change_received_at (bool | Unset): Change the expected arrival date (send with `received_at`).
        received_at (int | Unset): Expected arrival date, unix timestamp (seconds).
        images (list[str] | Unset): Image URLs of the receipt.
        items (list[PurchaseUpdateRequestPurchaseItemsItem] | Unset): Products (variations) received.
    """

    warehouse_id: str
    note: str | Unset = UNSET
    status: PurchaseStatus | Unset = UNSET
    not_create_transaction: bool | Unset = UNSET
    auto_create_debts: bool | Unset = UNSET
    supplier_products_id: int | Unset = UNSET
    change_received_at: bool | Unset = UNSET
    received_at: int | Unset = UNSET
    images: list[str] | Unset = UNSET
    items: list[PurchaseUpdateRequestPurchaseItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            warehouse_id = self.warehouse_id
        except (AttributeError, TypeError):
            warehouse_id = cast(Any, self.warehouse_id)

        note = self.note

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        not_create_transaction = self.not_create_transaction

        auto_create_debts = self.auto_create_debts

        supplier_products_id = self.supplier_products_id

        change_received_at = self.change_received_at

        received_at = self.received_at

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "warehouse_id": warehouse_id,
            }
        )
        if isinstance(warehouse_id, Unset):
            del field_dict["warehouse_id"]
        if note is not UNSET:
            field_dict["note"] = note
        if status is not UNSET:
            field_dict["status"] = status
        if not_create_transaction is not UNSET:
            field_dict["not_create_transaction"] = not_create_transaction
        if auto_create_debts is not UNSET:
            field_dict["auto_create_debts"] = auto_create_debts
        if supplier_products_id is not UNSET:
            field_dict["supplier_products_id"] = supplier_products_id
        if change_received_at is not UNSET:
            field_dict["change_received_at"] = change_received_at
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if images is not UNSET:
            field_dict["images"] = images
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            warehouse_id = d.pop("warehouse_id")
            if not isinstance(warehouse_id, str):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "PurchaseUpdateRequestPurchase", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "PurchaseUpdateRequestPurchase", exc)

        try:
            _status = d.pop("status", UNSET)
            status: PurchaseStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_purchase_status(_status)

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "PurchaseUpdateRequestPurchase", exc)

        try:
            not_create_transaction = d.pop("not_create_transaction", UNSET)
            if not isinstance(not_create_transaction, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(not_create_transaction).__name__}")
        except Exception as exc:
            not_create_transaction = types.undecoded(
                src_dict, "not_create_transaction", "PurchaseUpdateRequestPurchase", exc
            )

        try:
            auto_create_debts = d.pop("auto_create_debts", UNSET)
            if not isinstance(auto_create_debts, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(auto_create_debts).__name__}")
        except Exception as exc:
            auto_create_debts = types.undecoded(src_dict, "auto_create_debts", "PurchaseUpdateRequestPurchase", exc)

        try:
            supplier_products_id = d.pop("supplier_products_id", UNSET)
            if not isinstance(supplier_products_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(supplier_products_id).__name__}")
        except Exception as exc:
            supplier_products_id = types.undecoded(
                src_dict, "supplier_products_id", "PurchaseUpdateRequestPurchase", exc
            )

        try:
            change_received_at = d.pop("change_received_at", UNSET)
            if not isinstance(change_received_at, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(change_received_at).__name__}")
        except Exception as exc:
            change_received_at = types.undecoded(src_dict, "change_received_at", "PurchaseUpdateRequestPurchase", exc)

        try:
            received_at = d.pop("received_at", UNSET)
            if not isinstance(received_at, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(received_at).__name__}")
        except Exception as exc:
            received_at = types.undecoded(src_dict, "received_at", "PurchaseUpdateRequestPurchase", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "PurchaseUpdateRequestPurchase", exc)

        try:
            _items = d.pop("items", UNSET)
            items: list[PurchaseUpdateRequestPurchaseItemsItem] | Unset = UNSET
            if _items is not UNSET:
                if not isinstance(_items, list):
                    raise TypeError(f"expected an array, got {type(_items).__name__}")
                items = []
                for items_item_data in _items:
                    try:
                        items_item = PurchaseUpdateRequestPurchaseItemsItem.from_dict(items_item_data)

                    except Exception as item_exc:
                        items_item = types.undecoded_item(items_item_data, "items", item_exc)
                    items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "PurchaseUpdateRequestPurchase", exc)

        purchase_update_request_purchase = cls(
            warehouse_id=warehouse_id,
            note=note,
            status=status,
            not_create_transaction=not_create_transaction,
            auto_create_debts=auto_create_debts,
            supplier_products_id=supplier_products_id,
            change_received_at=change_received_at,
            received_at=received_at,
            images=images,
            items=items,
        )

        purchase_update_request_purchase.additional_properties = d
        return purchase_update_request_purchase

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


from ..models.purchase_update_request_purchase_items_item import (
    PurchaseUpdateRequestPurchaseItemsItem,
)
