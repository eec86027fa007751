from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferCreateRequestTransfer")


@_attrs_define
class TransferCreateRequestTransfer:
    """
    Attributes:
        from_warehouse_id (str): Source warehouse id (UUID).
        to_warehouse_ids (list[str]): Destination warehouse ids (UUIDs).
        items (list[TransferCreateRequestTransferItemsItem]): Products (variations) to transfer (the table writes
            `item.quantity`, `item.variation_id`).
        shipping_fee (int | Unset): Shipping fee.
        note (str | Unset): Note.
        images (list[str] | Unset): Image URLs of the transfer.
        inserted_at (int | Unset): Creation time, unix timestamp (seconds).
    """

    from_warehouse_id: str
    to_warehouse_ids: list[str]
    items: list[TransferCreateRequestTransferItemsItem]
    shipping_fee: int | Unset = UNSET
    note: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    inserted_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            from_warehouse_id = self.from_warehouse_id
        except (AttributeError, TypeError):
            from_warehouse_id = cast(Any, self.from_warehouse_id)

        try:
            to_warehouse_ids = self.to_warehouse_ids

        except (AttributeError, TypeError):
            to_warehouse_ids = cast(Any, self.to_warehouse_ids)

        try:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        except (AttributeError, TypeError):
            items = cast(Any, self.items)

        shipping_fee = self.shipping_fee

        note = self.note

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        inserted_at = self.inserted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_warehouse_id": from_warehouse_id,
                "to_warehouse_ids": to_warehouse_ids,
                "items": items,
            }
        )
        if isinstance(from_warehouse_id, Unset):
            del field_dict["from_warehouse_id"]
        if isinstance(to_warehouse_ids, Unset):
            del field_dict["to_warehouse_ids"]
        if isinstance(items, Unset):
            del field_dict["items"]
        if shipping_fee is not UNSET:
            field_dict["shipping_fee"] = shipping_fee
        if note is not UNSET:
            field_dict["note"] = note
        if images is not UNSET:
            field_dict["images"] = images
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            from_warehouse_id = d.pop("from_warehouse_id")
            if not isinstance(from_warehouse_id, str):
                raise types.Mistyped(f"expected str, got {type(from_warehouse_id).__name__}")
        except Exception as exc:
            from_warehouse_id = types.undecoded(src_dict, "from_warehouse_id", "TransferCreateRequestTransfer", exc)

        try:
            to_warehouse_ids = cast(list[str], d.pop("to_warehouse_ids"))

        except Exception as exc:
            to_warehouse_ids = types.undecoded(src_dict, "to_warehouse_ids", "TransferCreateRequestTransfer", exc)

        try:
            items = []
            _items = d.pop("items")
            if not isinstance(_items, list):
                raise TypeError(f"expected an array, got {type(_items).__name__}")
            for items_item_data in _items:
                try:
                    items_item = TransferCreateRequestTransferItemsItem.from_dict(items_item_data)

                except Exception as item_exc:
                    items_item = types.undecoded_item(items_item_data, "items", item_exc)
                items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "TransferCreateRequestTransfer", exc)

        try:
            shipping_fee = d.pop("shipping_fee", UNSET)
            if not isinstance(shipping_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shipping_fee).__name__}")
        except Exception as exc:
            shipping_fee = types.undecoded(src_dict, "shipping_fee", "TransferCreateRequestTransfer", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "TransferCreateRequestTransfer", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "TransferCreateRequestTransfer", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "TransferCreateRequestTransfer", exc)

        transfer_create_request_transfer = cls(
            from_warehouse_id=from_warehouse_id,
            to_warehouse_ids=to_warehouse_ids,
            items=items,
            shipping_fee=shipping_fee,
            note=note,
            images=images,
            inserted_at=inserted_at,
        )

        transfer_create_request_transfer.additional_properties = d
        return transfer_create_request_transfer

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


from ..models.transfer_create_request_transfer_items_item import (
    TransferCreateRequestTransferItemsItem,
)
