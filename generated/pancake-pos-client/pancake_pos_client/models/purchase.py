from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.purchase_status import PurchaseStatus, check_purchase_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Purchase")


@_attrs_define
class Purchase:
    """A purchase (goods receipt, "phiếu nhập kho"). `id` is not in the source's table; it is in the example.

    Attributes:
        id (str): Purchase id (UUID); `purchase_id` of "Cập nhật phiếu nhập kho".
        auto_create_debts (bool | Unset): Create a debt to the supplier automatically.
        total_remain_quantity (int | Unset): Total quantity still to be received.
        status (int | PurchaseStatus | Unset): `PurchaseStatus` as the API answers it: one of the documented values, or
            any other integer. Open because a vendor state machine that can grow (ledger PP-431); a client must not fail on
            a value it does not know. Requests keep the closed `PurchaseStatus`.
        display_id (int | Unset): Purchase number shown to users.
        total_quantity (int | Unset): Total quantity.
        bill_images (list[str] | Unset): Invoice image URLs.
        not_create_transaction (bool | Unset): Do not create a payment transaction for the purchase.
        inserted_at (int | str | Unset): Creation time. The table says unix timestamp; the example sends an ISO-8601
            local time without zone. Both are accepted.
        transport_fee (int | Unset): Transport fee.
        items (list[PurchaseItem] | Unset): Lines (variations) of the purchase.
        is_lock (bool | None | Unset): Locked; null in the example.
        images (list[str] | Unset): Image URLs attached to the note.
        user_id (str | Unset): Id (UUID) of the staff member who created the purchase.
        prepaid_debt (int | Unset): Amount prepaid to the supplier.
        total_price (int | Unset): Total purchase price.
        received_at (int | str | Unset): Expected arrival date. The table says unix timestamp; the example sends an
            ISO-8601 local time without zone. Both are accepted.
        updated_at (int | str | Unset): Last update time. The table says unix timestamp; the example sends an ISO-8601
            local time without zone. Both are accepted.
        total_remain_price (int | Unset): Total price still outstanding.
        tags (list[int] | Unset): Tag ids.
        warehouse_id (str | Unset): Warehouse id (UUID).
        supplier_products_id (int | Unset): Supplier id.
        discount (int | Unset): Discount.
        created_type (str | Unset): Kind of purchase (`actual_purchase` in the example; the values are not documented).
        user (CreatorSummary | Unset): Short profile of the staff member who created a record: `creator` of a
            transaction, `user` of a purchase or an export. The source's tables type it only as `json` ("Thông tin người
            tạo"); the fields below are those of its examples.
        separate_by_display_ids (int | None | Unset): Number of the purchase this one was split from ("Tách phiếu nhập
            kho"); the table says int, the example sends null.
        note (str | Unset): Note.
    """

    id: str
    auto_create_debts: bool | Unset = UNSET
    total_remain_quantity: int | Unset = UNSET
    status: int | PurchaseStatus | Unset = UNSET
    display_id: int | Unset = UNSET
    total_quantity: int | Unset = UNSET
    bill_images: list[str] | Unset = UNSET
    not_create_transaction: bool | Unset = UNSET
    inserted_at: int | str | Unset = UNSET
    transport_fee: int | Unset = UNSET
    items: list[PurchaseItem] | Unset = UNSET
    is_lock: bool | None | Unset = UNSET
    images: list[str] | Unset = UNSET
    user_id: str | Unset = UNSET
    prepaid_debt: int | Unset = UNSET
    total_price: int | Unset = UNSET
    received_at: int | str | Unset = UNSET
    updated_at: int | str | Unset = UNSET
    total_remain_price: int | Unset = UNSET
    tags: list[int] | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    supplier_products_id: int | Unset = UNSET
    discount: int | Unset = UNSET
    created_type: str | Unset = UNSET
    user: CreatorSummary | Unset = UNSET
    separate_by_display_ids: int | None | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        auto_create_debts = self.auto_create_debts

        total_remain_quantity = self.total_remain_quantity

        status: int | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        display_id = self.display_id

        total_quantity = self.total_quantity

        bill_images: list[str] | Unset = UNSET
        if not isinstance(self.bill_images, Unset):
            bill_images = self.bill_images

        not_create_transaction = self.not_create_transaction

        inserted_at: int | str | Unset
        if isinstance(self.inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = self.inserted_at

        transport_fee = self.transport_fee

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        is_lock: bool | None | Unset
        if isinstance(self.is_lock, Unset):
            is_lock = UNSET
        else:
            is_lock = self.is_lock

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        user_id = self.user_id

        prepaid_debt = self.prepaid_debt

        total_price = self.total_price

        received_at: int | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        else:
            received_at = self.received_at

        updated_at: int | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        total_remain_price = self.total_remain_price

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        warehouse_id = self.warehouse_id

        supplier_products_id = self.supplier_products_id

        discount = self.discount

        created_type = self.created_type

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        separate_by_display_ids: int | None | Unset
        if isinstance(self.separate_by_display_ids, Unset):
            separate_by_display_ids = UNSET
        else:
            separate_by_display_ids = self.separate_by_display_ids

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if auto_create_debts is not UNSET:
            field_dict["auto_create_debts"] = auto_create_debts
        if total_remain_quantity is not UNSET:
            field_dict["total_remain_quantity"] = total_remain_quantity
        if status is not UNSET:
            field_dict["status"] = status
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if total_quantity is not UNSET:
            field_dict["total_quantity"] = total_quantity
        if bill_images is not UNSET:
            field_dict["bill_images"] = bill_images
        if not_create_transaction is not UNSET:
            field_dict["not_create_transaction"] = not_create_transaction
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if transport_fee is not UNSET:
            field_dict["transport_fee"] = transport_fee
        if items is not UNSET:
            field_dict["items"] = items
        if is_lock is not UNSET:
            field_dict["is_lock"] = is_lock
        if images is not UNSET:
            field_dict["images"] = images
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if prepaid_debt is not UNSET:
            field_dict["prepaid_debt"] = prepaid_debt
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if total_remain_price is not UNSET:
            field_dict["total_remain_price"] = total_remain_price
        if tags is not UNSET:
            field_dict["tags"] = tags
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if supplier_products_id is not UNSET:
            field_dict["supplier_products_id"] = supplier_products_id
        if discount is not UNSET:
            field_dict["discount"] = discount
        if created_type is not UNSET:
            field_dict["created_type"] = created_type
        if user is not UNSET:
            field_dict["user"] = user
        if separate_by_display_ids is not UNSET:
            field_dict["separate_by_display_ids"] = separate_by_display_ids
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Purchase", exc)

        try:
            auto_create_debts = d.pop("auto_create_debts", UNSET)
            if not isinstance(auto_create_debts, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(auto_create_debts).__name__}")
        except Exception as exc:
            auto_create_debts = types.undecoded(src_dict, "auto_create_debts", "Purchase", exc)

        try:
            total_remain_quantity = d.pop("total_remain_quantity", UNSET)
            if not isinstance(total_remain_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_remain_quantity).__name__}")
        except Exception as exc:
            total_remain_quantity = types.undecoded(src_dict, "total_remain_quantity", "Purchase", exc)

        try:

            def _parse_status(data: object) -> int | PurchaseStatus | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_purchase_status_value_type_0 = check_purchase_status(data)

                    return componentsschemas_purchase_status_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, int):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(int | PurchaseStatus | Unset, data)

            status = _parse_status(d.pop("status", UNSET))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "Purchase", exc)

        try:
            display_id = d.pop("display_id", UNSET)
            if not isinstance(display_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(display_id).__name__}")
        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "Purchase", exc)

        try:
            total_quantity = d.pop("total_quantity", UNSET)
            if not isinstance(total_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_quantity).__name__}")
        except Exception as exc:
            total_quantity = types.undecoded(src_dict, "total_quantity", "Purchase", exc)

        try:
            bill_images = cast(list[str], d.pop("bill_images", UNSET))

        except Exception as exc:
            bill_images = types.undecoded(src_dict, "bill_images", "Purchase", exc)

        try:
            not_create_transaction = d.pop("not_create_transaction", UNSET)
            if not isinstance(not_create_transaction, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(not_create_transaction).__name__}")
        except Exception as exc:
            not_create_transaction = types.undecoded(src_dict, "not_create_transaction", "Purchase", exc)

        try:
            inserted_at: int | str | Unset = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(inserted_at).__name__}")

        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "Purchase", exc)

        try:
            transport_fee = d.pop("transport_fee", UNSET)
            if not isinstance(transport_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(transport_fee).__name__}")
        except Exception as exc:
            transport_fee = types.undecoded(src_dict, "transport_fee", "Purchase", exc)

        try:
            _items = d.pop("items", UNSET)
            items: list[PurchaseItem] | Unset = UNSET
            if _items is not UNSET:
                if not isinstance(_items, list):
                    raise TypeError(f"expected an array, got {type(_items).__name__}")
                items = []
                for items_item_data in _items:
                    try:
                        items_item = PurchaseItem.from_dict(items_item_data)

                    except Exception as item_exc:
                        items_item = types.undecoded_item(items_item_data, "items", item_exc)
                    items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "Purchase", exc)

        try:
            is_lock: bool | None | Unset = d.pop("is_lock", UNSET)
            if not isinstance(is_lock, (bool, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(is_lock).__name__}")

        except Exception as exc:
            is_lock = types.undecoded(src_dict, "is_lock", "Purchase", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "Purchase", exc)

        try:
            user_id = d.pop("user_id", UNSET)
            if not isinstance(user_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(user_id).__name__}")
        except Exception as exc:
            user_id = types.undecoded(src_dict, "user_id", "Purchase", exc)

        try:
            prepaid_debt = d.pop("prepaid_debt", UNSET)
            if not isinstance(prepaid_debt, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(prepaid_debt).__name__}")
        except Exception as exc:
            prepaid_debt = types.undecoded(src_dict, "prepaid_debt", "Purchase", exc)

        try:
            total_price = d.pop("total_price", UNSET)
            if not isinstance(total_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_price).__name__}")
        except Exception as exc:
            total_price = types.undecoded(src_dict, "total_price", "Purchase", exc)

        try:
            received_at: int | str | Unset = d.pop("received_at", UNSET)
            if not isinstance(received_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(received_at).__name__}")

        except Exception as exc:
            received_at = types.undecoded(src_dict, "received_at", "Purchase", exc)

        try:
            updated_at: int | str | Unset = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(updated_at).__name__}")

        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "Purchase", exc)

        try:
            total_remain_price = d.pop("total_remain_price", UNSET)
            if not isinstance(total_remain_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_remain_price).__name__}")
        except Exception as exc:
            total_remain_price = types.undecoded(src_dict, "total_remain_price", "Purchase", exc)

        try:
            tags = cast(list[int], d.pop("tags", UNSET))

        except Exception as exc:
            tags = types.undecoded(src_dict, "tags", "Purchase", exc)

        try:
            warehouse_id = d.pop("warehouse_id", UNSET)
            if not isinstance(warehouse_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "Purchase", exc)

        try:
            supplier_products_id = d.pop("supplier_products_id", UNSET)
            if not isinstance(supplier_products_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(supplier_products_id).__name__}")
        except Exception as exc:
            supplier_products_id = types.undecoded(src_dict, "supplier_products_id", "Purchase", exc)

        try:
            discount = d.pop("discount", UNSET)
            if not isinstance(discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(src_dict, "discount", "Purchase", exc)

        try:
            created_type = d.pop("created_type", UNSET)
            if not isinstance(created_type, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(created_type).__name__}")
        except Exception as exc:
            created_type = types.undecoded(src_dict, "created_type", "Purchase", exc)

        try:
            _user = d.pop("user", UNSET)
            user: CreatorSummary | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = CreatorSummary.from_dict(_user)

        except Exception as exc:
            user = types.undecoded(src_dict, "user", "Purchase", exc)

        try:
            separate_by_display_ids: int | None | Unset = d.pop("separate_by_display_ids", UNSET)
            if not isinstance(separate_by_display_ids, (int, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(separate_by_display_ids).__name__}")

        except Exception as exc:
            separate_by_display_ids = types.undecoded(src_dict, "separate_by_display_ids", "Purchase", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "Purchase", exc)

        purchase = cls(
            id=id,
            auto_create_debts=auto_create_debts,
            total_remain_quantity=total_remain_quantity,
            status=status,
            display_id=display_id,
            total_quantity=total_quantity,
            bill_images=bill_images,
            not_create_transaction=not_create_transaction,
            inserted_at=inserted_at,
            transport_fee=transport_fee,
            items=items,
            is_lock=is_lock,
            images=images,
            user_id=user_id,
            prepaid_debt=prepaid_debt,
            total_price=total_price,
            received_at=received_at,
            updated_at=updated_at,
            total_remain_price=total_remain_price,
            tags=tags,
            warehouse_id=warehouse_id,
            supplier_products_id=supplier_products_id,
            discount=discount,
            created_type=created_type,
            user=user,
            separate_by_display_ids=separate_by_display_ids,
            note=note,
        )

        purchase.additional_properties = d
        return purchase

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


from ..models.creator_summary import CreatorSummary
from ..models.purchase_item import PurchaseItem
