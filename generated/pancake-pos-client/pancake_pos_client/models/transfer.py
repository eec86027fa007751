from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Transfer")


@_attrs_define
class Transfer:
    """A warehouse transfer ("phiếu chuyển kho"). `id` is not in the source's table; it is in the example.

    Attributes:
        id (str): Transfer id (UUID); `transfer_id` of "Cập nhật phiếu chuyển kho".
        creator_id (str | Unset): Id (UUID) of the staff member who created the transfer.
        display_id (int | Unset): Transfer number shown to users.
        from_warehouse_id (str | Unset): Source warehouse id (UUID).
        from_warehouse_name (str | Unset): Source warehouse name.
        images (list[str] | Unset): Image URLs of the transfer.
        inserted_at (int | str | Unset): Creation time (table type "time"; ISO-8601 local time without zone in the
            example).
        items (list[TransferItem] | Unset): Products (variations) transferred.
        note (str | Unset): Note.
        shipping_fee (int | Unset): Shipping fee.
        shop_id (int | Unset): Shop id.
        status (int | Unset): Status of a warehouse transfer ("phiếu chuyển kho"). The source's status table lists code
            2 twice (Hoàn tất and Đã hủy), so no enum is set; the code of "Đã hủy" (cancelled) is unknown (probably 3).
        to_warehouse_id (str | Unset): Destination warehouse id (UUID).
        to_warehouse_name (str | Unset): Destination warehouse name.
        total_quantity (int | Unset): Total quantity.
        updated_status_at (int | str | Unset): Time of the last status change (table type "time"; ISO-8601 in the
            example).
    """

    id: str
    creator_id: str | Unset = UNSET
    display_id: int | Unset = UNSET
    from_warehouse_id: str | Unset = UNSET
    from_warehouse_name: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    inserted_at: int | str | Unset = UNSET
    items: list[TransferItem] | Unset = UNSET
    note: str | Unset = UNSET
    shipping_fee: int | Unset = UNSET
    shop_id: int | Unset = UNSET
    status: int | Unset = UNSET
    to_warehouse_id: str | Unset = UNSET
    to_warehouse_name: str | Unset = UNSET
    total_quantity: int | Unset = UNSET
    updated_status_at: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        creator_id = self.creator_id

        display_id = self.display_id

        from_warehouse_id = self.from_warehouse_id

        from_warehouse_name = self.from_warehouse_name

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        inserted_at: int | str | Unset
        if isinstance(self.inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = self.inserted_at

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        note = self.note

        shipping_fee = self.shipping_fee

        shop_id = self.shop_id

        status = self.status

        to_warehouse_id = self.to_warehouse_id

        to_warehouse_name = self.to_warehouse_name

        total_quantity = self.total_quantity

        updated_status_at: int | str | Unset
        if isinstance(self.updated_status_at, Unset):
            updated_status_at = UNSET
        else:
            updated_status_at = self.updated_status_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if from_warehouse_id is not UNSET:
            field_dict["from_warehouse_id"] = from_warehouse_id
        if from_warehouse_name is not UNSET:
            field_dict["from_warehouse_name"] = from_warehouse_name
        if images is not UNSET:
            field_dict["images"] = images
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if items is not UNSET:
            field_dict["items"] = items
        if note is not UNSET:
            field_dict["note"] = note
        if shipping_fee is not UNSET:
            field_dict["shipping_fee"] = shipping_fee
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if status is not UNSET:
            field_dict["status"] = status
        if to_warehouse_id is not UNSET:
            field_dict["to_warehouse_id"] = to_warehouse_id
        if to_warehouse_name is not UNSET:
            field_dict["to_warehouse_name"] = to_warehouse_name
        if total_quantity is not UNSET:
            field_dict["total_quantity"] = total_quantity
        if updated_status_at is not UNSET:
            field_dict["updated_status_at"] = updated_status_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Transfer", exc)

        try:
            creator_id = d.pop("creator_id", UNSET)
            if not isinstance(creator_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(creator_id).__name__}")
        except Exception as exc:
            creator_id = types.undecoded(src_dict, "creator_id", "Transfer", exc)

        try:
            display_id = d.pop("display_id", UNSET)
            if not isinstance(display_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(display_id).__name__}")
        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "Transfer", exc)

        try:
            from_warehouse_id = d.pop("from_warehouse_id", UNSET)
            if not isinstance(from_warehouse_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(from_warehouse_id).__name__}")
        except Exception as exc:
            from_warehouse_id = types.undecoded(src_dict, "from_warehouse_id", "Transfer", exc)

        try:
            from_warehouse_name = d.pop("from_warehouse_name", UNSET)
            if not isinstance(from_warehouse_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(from_warehouse_name).__name__}")
        except Exception as exc:
            from_warehouse_name = types.undecoded(src_dict, "from_warehouse_name", "Transfer", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "Transfer", exc)

        try:
            inserted_at: int | str | Unset = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(inserted_at).__name__}")

        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "Transfer", exc)

        try:
            _items = d.pop("items", UNSET)
            items: list[TransferItem] | Unset = UNSET
            if _items is not UNSET:
                if not isinstance(_items, list):
                    raise TypeError(f"expected an array, got {type(_items).__name__}")
                items = []
                for items_item_data in _items:
                    try:
                        items_item = TransferItem.from_dict(items_item_data)

                    except Exception as item_exc:
                        items_item = types.undecoded_item(items_item_data, "items", item_exc)
                    items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "Transfer", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "Transfer", exc)

        try:
            shipping_fee = d.pop("shipping_fee", UNSET)
            if not isinstance(shipping_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shipping_fee).__name__}")
        except Exception as exc:
            shipping_fee = types.undecoded(src_dict, "shipping_fee", "Transfer", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "Transfer", exc)

        try:
            status = d.pop("status", UNSET)
            if not isinstance(status, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(status).__name__}")
        except Exception as exc:
            status = types.undecoded(src_dict, "status", "Transfer", exc)

        try:
            to_warehouse_id = d.pop("to_warehouse_id", UNSET)
            if not isinstance(to_warehouse_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(to_warehouse_id).__name__}")
        except Exception as exc:
            to_warehouse_id = types.undecoded(src_dict, "to_warehouse_id", "Transfer", exc)

        try:
            to_warehouse_name = d.pop("to_warehouse_name", UNSET)
            if not isinstance(to_warehouse_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(to_warehouse_name).__name__}")
        except Exception as exc:
            to_warehouse_name = types.undecoded(src_dict, "to_warehouse_name", "Transfer", exc)

        try:
            total_quantity = d.pop("total_quantity", UNSET)
            if not isinstance(total_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_quantity).__name__}")
        except Exception as exc:
            total_quantity = types.undecoded(src_dict, "total_quantity", "Transfer", exc)

        try:
            updated_status_at: int | str | Unset = d.pop("updated_status_at", UNSET)
            if not isinstance(updated_status_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(updated_status_at).__name__}")

        except Exception as exc:
            updated_status_at = types.undecoded(src_dict, "updated_status_at", "Transfer", exc)

        transfer = cls(
            id=id,
            creator_id=creator_id,
            display_id=display_id,
            from_warehouse_id=from_warehouse_id,
            from_warehouse_name=from_warehouse_name,
            images=images,
            inserted_at=inserted_at,
            items=items,
            note=note,
            shipping_fee=shipping_fee,
            shop_id=shop_id,
            status=status,
            to_warehouse_id=to_warehouse_id,
            to_warehouse_name=to_warehouse_name,
            total_quantity=total_quantity,
            updated_status_at=updated_status_at,
        )

        transfer.additional_properties = d
        return transfer

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


from ..models.transfer_item import TransferItem
