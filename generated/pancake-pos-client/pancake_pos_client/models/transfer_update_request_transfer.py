from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferUpdateRequestTransfer")


@_attrs_define
class TransferUpdateRequestTransfer:
    """
    Attributes:
        status (int): Status of a warehouse transfer ("phiếu chuyển kho"). The source's status table lists code 2 twice
            (Hoàn tất and Đã hủy), so no enum is set; the code of "Đã hủy" (cancelled) is unknown (probably 3).
        from_warehouse_id (str): Source warehouse id (UUID).
        shipping_fee (int | Unset): Shipping fee.
        note (str | Unset): Note.
        images (list[str] | Unset): Image URLs of the transfer.
        inserted_at (int | Unset): Creation time, unix timestamp (seconds); send `change_inserted_at` with it.
        change_inserted_at (bool | Unset): Change the creation time; required (true) when `inserted_at` is sent.
        items (list[TransferUpdateRequestTransferItemsItem] | Unset): Products (variations) to transfer.
    """

    status: int
    from_warehouse_id: str
    shipping_fee: int | Unset = UNSET
    note: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    inserted_at: int | Unset = UNSET
    change_inserted_at: bool | Unset = UNSET
    items: list[TransferUpdateRequestTransferItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            status = self.status
        except (AttributeError, TypeError):
            status = cast(Any, self.status)

        try:
            from_warehouse_id = self.from_warehouse_id
        except (AttributeError, TypeError):
            from_warehouse_id = cast(Any, self.from_warehouse_id)

        shipping_fee = self.shipping_fee

        note = self.note

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        inserted_at = self.inserted_at

        change_inserted_at = self.change_inserted_at

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
                "status": status,
                "from_warehouse_id": from_warehouse_id,
            }
        )
        if isinstance(status, Unset):
            del field_dict["status"]
        if isinstance(from_warehouse_id, Unset):
            del field_dict["from_warehouse_id"]
        if shipping_fee is not UNSET:
            field_dict["shipping_fee"] = shipping_fee
        if note is not UNSET:
            field_dict["note"] = note
        if images is not UNSET:
            field_dict["images"] = images
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if change_inserted_at is not UNSET:
            field_dict["change_inserted_at"] = change_inserted_at
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            status = d.pop("status")
            if not isinstance(status, int):
                raise types.Mistyped(f"expected int, got {type(status).__name__}")
        except Exception as exc:
            status = types.undecoded(src_dict, "status", "TransferUpdateRequestTransfer", exc)

        try:
            from_warehouse_id = d.pop("from_warehouse_id")
            if not isinstance(from_warehouse_id, str):
                raise types.Mistyped(f"expected str, got {type(from_warehouse_id).__name__}")
        except Exception as exc:
            from_warehouse_id = types.undecoded(src_dict, "from_warehouse_id", "TransferUpdateRequestTransfer", exc)

        try:
            shipping_fee = d.pop("shipping_fee", UNSET)
            if not isinstance(shipping_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shipping_fee).__name__}")
        except Exception as exc:
            shipping_fee = types.undecoded(src_dict, "shipping_fee", "TransferUpdateRequestTransfer", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "TransferUpdateRequestTransfer", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "TransferUpdateRequestTransfer", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "TransferUpdateRequestTransfer", exc)

        try:
            change_inserted_at = d.pop("change_inserted_at", UNSET)
            if not isinstance(change_inserted_at, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(change_inserted_at).__name__}")
        except Exception as exc:
            change_inserted_at = types.undecoded(src_dict, "change_inserted_at", "TransferUpdateRequestTransfer", exc)

        try:
            _items = d.pop("items", UNSET)
            items: list[TransferUpdateRequestTransferItemsItem] | Unset = UNSET
            if _items is not UNSET:
                if not isinstance(_items, list):
                    raise TypeError(f"expected an array, got {type(_items).__name__}")
                items = []
                for items_item_data in _items:
                    try:
                        items_item = TransferUpdateRequestTransferItemsItem.from_dict(items_item_data)

                    except Exception as item_exc:
                        items_item = types.undecoded_item(items_item_data, "items", item_exc)
                    items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "TransferUpdateRequestTransfer", exc)

        transfer_update_request_transfer = cls(
            status=status,
            from_warehouse_id=from_warehouse_id,
            shipping_fee=shipping_fee,
            note=note,
            images=images,
            inserted_at=inserted_at,
            change_inserted_at=change_inserted_at,
            items=items,
        )

        transfer_update_request_transfer.additional_properties = d
        return transfer_update_request_transfer

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


from ..models.transfer_update_request_transfer_items_item import (
    TransferUpdateRequestTransferItemsItem,
)
