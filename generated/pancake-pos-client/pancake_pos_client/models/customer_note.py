from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerNote")


@_attrs_define
class CustomerNote:
    """A note on a customer (“Ghi chú khách hàng”), as returned by `GET
    /shops/{shop_id}/customers/{customer_id}/load_customer_notes` and in a customer's `notes`.

        Attributes:
            id (UUID): Note id.
            message (str | Unset): Note text.
            images (list[CustomerNoteImagesItemType1 | str] | Unset): Images of the note. The response table says “links”;
                the update body sends objects `{url}`; both forms are accepted.
            order_id (None | str | Unset): Id of the order the note was written on (a numeric string in the example).
            created_at (int | Unset): Creation time as a unix timestamp. The example (1678075407193) is in milliseconds, not
                seconds (ledger PP-217).
            updated_at (int | None | Unset): Last edit time, unix timestamp (null when never edited).
            removed_at (int | None | Unset): Deletion time, unix timestamp (null when not deleted).
            created_by (CustomerNoteCreatedBy | Unset): Author of the note.
            edit_history (list[Any] | Unset): Earlier versions of the note (empty in the example; item shape not documented,
                ledger PP-204).
    """

    id: UUID
    message: str | Unset = UNSET
    images: list[CustomerNoteImagesItemType1 | str] | Unset = UNSET
    order_id: None | str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    removed_at: int | None | Unset = UNSET
    created_by: CustomerNoteCreatedBy | Unset = UNSET
    edit_history: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = str(self.id)
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        message = self.message

        images: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item: dict[str, Any] | str
                if isinstance(images_item_data, CustomerNoteImagesItemType1):
                    images_item = images_item_data.to_dict()
                else:
                    images_item = images_item_data
                images.append(images_item)

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        removed_at: int | None | Unset
        if isinstance(self.removed_at, Unset):
            removed_at = UNSET
        else:
            removed_at = self.removed_at

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        edit_history: list[Any] | Unset = UNSET
        if not isinstance(self.edit_history, Unset):
            edit_history = self.edit_history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if message is not UNSET:
            field_dict["message"] = message
        if images is not UNSET:
            field_dict["images"] = images
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if removed_at is not UNSET:
            field_dict["removed_at"] = removed_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if edit_history is not UNSET:
            field_dict["edit_history"] = edit_history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = types.parse_uuid(d.pop("id"))

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "CustomerNote", exc)

        try:
            message = d.pop("message", UNSET)
            if not isinstance(message, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(message).__name__}")
        except Exception as exc:
            message = types.undecoded(src_dict, "message", "CustomerNote", exc)

        try:
            _images = d.pop("images", UNSET)
            images: list[CustomerNoteImagesItemType1 | str] | Unset = UNSET
            if _images is not UNSET:
                if not isinstance(_images, list):
                    raise TypeError(f"expected an array, got {type(_images).__name__}")
                images = []
                for images_item_data in _images:
                    try:

                        def _parse_images_item(data: object) -> CustomerNoteImagesItemType1 | str:
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                images_item_type_1 = CustomerNoteImagesItemType1.from_dict(data)

                                return images_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if types.is_strict() and not isinstance(data, str):
                                raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                            return cast(CustomerNoteImagesItemType1 | str, data)

                        images_item = _parse_images_item(images_item_data)

                    except Exception as item_exc:
                        images_item = types.undecoded_item(images_item_data, "images", item_exc)
                    images.append(images_item)

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "CustomerNote", exc)

        try:
            order_id: None | str | Unset = d.pop("order_id", UNSET)
            if not isinstance(order_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(order_id).__name__}")

        except Exception as exc:
            order_id = types.undecoded(src_dict, "order_id", "CustomerNote", exc)

        try:
            created_at = d.pop("created_at", UNSET)
            if not isinstance(created_at, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(created_at).__name__}")
        except Exception as exc:
            created_at = types.undecoded(src_dict, "created_at", "CustomerNote", exc)

        try:
            updated_at: int | None | Unset = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (int, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(updated_at).__name__}")

        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "CustomerNote", exc)

        try:
            removed_at: int | None | Unset = d.pop("removed_at", UNSET)
            if not isinstance(removed_at, (int, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(removed_at).__name__}")

        except Exception as exc:
            removed_at = types.undecoded(src_dict, "removed_at", "CustomerNote", exc)

        try:
            _created_by = d.pop("created_by", UNSET)
            created_by: CustomerNoteCreatedBy | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = CustomerNoteCreatedBy.from_dict(_created_by)

        except Exception as exc:
            created_by = types.undecoded(src_dict, "created_by", "CustomerNote", exc)

        try:
            edit_history: list[Any] = d.pop("edit_history", UNSET)

        except Exception as exc:
            edit_history = types.undecoded(src_dict, "edit_history", "CustomerNote", exc)

        customer_note = cls(
            id=id,
            message=message,
            images=images,
            order_id=order_id,
            created_at=created_at,
            updated_at=updated_at,
            removed_at=removed_at,
            created_by=created_by,
            edit_history=edit_history,
        )

        customer_note.additional_properties = d
        return customer_note

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


from ..models.customer_note_created_by import CustomerNoteCreatedBy
from ..models.customer_note_images_item_type_1 import CustomerNoteImagesItemType1
