from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.purchase_status import PurchaseStatus, check_purchase_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseSeparateRequestOldPurchase")


@_attrs_define
class PurchaseSeparateRequestOldPurchase:
    """
    Attributes:
        items (list[PurchaseSeparateInputItemsItem]): Products (variations) of this side of the split.
        status (PurchaseStatus): Status of a purchase (goods receipt, "phiếu nhập kho").
        warehouse_id (str): Warehouse id (UUID).
        id (str): Purchase id (UUID) — for `oldPurchase` only.
        auto_create_debts (bool | Unset): Create a debt to the supplier automatically.
        discount (int | Unset): Discount.
        images (list[str] | Unset): Image URLs of the receipt.
        not_create_transaction (bool | Unset): Do not create a payment transaction.
        note (str | Unset): Note.
        prepaid_debt (int | Unset): Amount prepaid to the supplier.
        received_at (int | Unset): Expected arrival date, unix timestamp (seconds).
        supplier_products_id (int | Unset): Supplier id.
        tags (list[int] | Unset): Purchase tag ids.
        transport_fee (int | Unset): Transport fee.
    """

    items: list[PurchaseSeparateInputItemsItem]
    status: PurchaseStatus
    warehouse_id: str
    id: str
    auto_create_debts: bool | Unset = UNSET
    discount: int | Unset = UNSET
    images: list[str] | Unset = UNSET
    not_create_transaction: bool | Unset = UNSET
    note: str | Unset = UNSET
    prepaid_debt: int | Unset = UNSET
    received_at: int | Unset = UNSET
    supplier_products_id: int | Unset = UNSET
    tags: list[int] | Unset = UNSET
    transport_fee: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        except (AttributeError, TypeError):
            items = cast(Any, self.items)

        try:
            status: int = self.status
        except (AttributeError, TypeError):
            status = cast(Any, self.status)

        try:
            warehouse_id = self.warehouse_id
        except (AttributeError, TypeError):
            warehouse_id = cast(Any, self.warehouse_id)

        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        auto_create_debts = self.auto_create_debts

        discount = self.discount

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        not_create_transaction = self.not_create_transaction

        note = self.note

        prepaid_debt = self.prepaid_debt

        received_at = self.received_at

        supplier_products_id = self.supplier_products_id

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        transport_fee = self.transport_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "status": status,
                "warehouse_id": warehouse_id,
                "id": id,
            }
        )
        if isinstance(items, Unset):
            del field_dict["items"]
        if isinstance(status, Unset):
            del field_dict["status"]
        if isinstance(warehouse_id, Unset):
            del field_dict["warehouse_id"]
        if isinstance(id, Unset):
            del field_dict["id"]
        if auto_create_debts is not UNSET:
            field_dict["auto_create_debts"] = auto_create_debts
        if discount is not UNSET:
            field_dict["discount"] = discount
        if images is not UNSET:
            field_dict["images"] = images
        if not_create_transaction is not UNSET:
            field_dict["not_create_transaction"] = not_create_transaction
        if note is not UNSET:
            field_dict["note"] = note
        if prepaid_debt is not UNSET:
            field_dict["prepaid_debt"] = prepaid_debt
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if supplier_products_id is not UNSET:
            field_dict["supplier_products_id"] = supplier_products_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if transport_fee is not UNSET:
            field_dict["transport_fee"] = transport_fee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            items = []
            _items = d.pop("items")
            if not isinstance(_items, list):
                raise TypeError(f"expected an array, got {type(_items).__name__}")
            for items_item_data in _items:
                try:
                    items_item = PurchaseSeparateInputItemsItem.from_dict(items_item_data)

                except Exception as item_exc:
                    items_item = types.undecoded_item(items_item_data, "items", item_exc)
                items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "PurchaseSeparateRequestOldPurchase", exc)

        try:
            status = check_purchase_status(d.pop("status"))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "PurchaseSeparateRequestOldPurchase", exc)

        try:
            warehouse_id = d.pop("warehouse_id")
            if not isinstance(warehouse_id, str):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "PurchaseSeparateRequestOldPurchase", exc)

        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "PurchaseSeparateRequestOldPurchase", exc)

        try:
            auto_create_debts = d.pop("auto_create_debts", UNSET)
            if not isinstance(auto_create_debts, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(auto_create_debts).__name__}")
        except Exception as exc:
            auto_create_debts = types.undecoded(
                src_dict, "auto_create_debts", "PurchaseSeparateRequestOldPurchase", exc
            )

        try:
            discount = d.pop("discount", UNSET)
            if not isinstance(discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(src_dict, "discount", "PurchaseSeparateRequestOldPurchase", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "PurchaseSeparateRequestOldPurchase", exc)

        try:
            not_create_transaction = d.pop("not_create_transaction", UNSET)
            if not isinstance(not_create_transaction, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(not_create_transaction).__name__}")
        except Exception as exc:
            not_create_transaction = types.undecoded(
                src_dict, "not_create_transaction", "PurchaseSeparateRequestOldPurchase", exc
            )

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "PurchaseSeparateRequestOldPurchase", exc)

        try:
            prepaid_debt = d.pop("prepaid_debt", UNSET)
            if not isinstance(prepaid_debt, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(prepaid_debt).__name__}")
        except Exception as exc:
            prepaid_debt = types.undecoded(src_dict, "prepaid_debt", "PurchaseSeparateRequestOldPurchase", exc)

        try:
            received_at = d.pop("received_at", UNSET)
            if not isinstance(received_at, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(received_at).__name__}")
        except Exception as exc:
            received_at = types.undecoded(src_dict, "received_at", "PurchaseSeparateRequestOldPurchase", exc)

        try:
            supplier_products_id = d.pop("supplier_products_id", UNSET)
            if not isinstance(supplier_products_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(supplier_products_id).__name__}")
        except Exception as exc:
            supplier_products_id = types.undecoded(
                src_dict, "supplier_products_id", "PurchaseSeparateRequestOldPurchase", exc
            )

        try:
            tags = cast(list[int], d.pop("tags", UNSET))

        except Exception as exc:
            tags = types.undecoded(src_dict, "tags", "PurchaseSeparateRequestOldPurchase", exc)

        try:
            transport_fee = d.pop("transport_fee", UNSET)
            if not isinstance(transport_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(transport_fee).__name__}")
        except Exception as exc:
            transport_fee = types.undecoded(src_dict, "transport_fee", "PurchaseSeparateRequestOldPurchase", exc)

        purchase_separate_request_old_purchase = cls(
            items=items,
            status=status,
            warehouse_id=warehouse_id,
            id=id,
            auto_create_debts=auto_create_debts,
            discount=discount,
            images=images,
            not_create_transaction=not_create_transaction,
            note=note,
            prepaid_debt=prepaid_debt,
            received_at=received_at,
            supplier_products_id=supplier_products_id,
            tags=tags,
            transport_fee=transport_fee,
        )

        purchase_separate_request_old_purchase.additional_properties = d
        return purchase_separate_request_old_purchase

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


from ..models.purchase_separate_input_items_item import PurchaseSeparateInputItemsItem
