from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerUpdateRequestCustomerNotesItem")


@_attrs_define
class CustomerUpdateRequestCustomerNotesItem:
    """
    Attributes:
        id (UUID | Unset): Note id (to edit an existing note).
        message (str | Unset): Note text.
        images (list[CustomerUpdateRequestCustomerNotesItemImagesItem] | Unset): Note images.
    """

    id: UUID | Unset = UNSET
    message: str | Unset = UNSET
    images: list[CustomerUpdateRequestCustomerNotesItemImagesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        message = self.message

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if message is not UNSET:
            field_dict["message"] = message
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _id = d.pop("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = types.parse_uuid(_id)

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "CustomerUpdateRequestCustomerNotesItem", exc)

        try:
            message = d.pop("message", UNSET)
            if not isinstance(message, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(message).__name__}")
        except Exception as exc:
            message = types.undecoded(src_dict, "message", "CustomerUpdateRequestCustomerNotesItem", exc)

        try:
            _images = d.pop("images", UNSET)
            images: list[CustomerUpdateRequestCustomerNotesItemImagesItem] | Unset = UNSET
            if _images is not UNSET:
                if not isinstance(_images, list):
                    raise TypeError(f"expected an array, got {type(_images).__name__}")
                images = []
                for images_item_data in _images:
                    try:
                        images_item = CustomerUpdateRequestCustomerNotesItemImagesItem.from_dict(images_item_data)

                    except Exception as item_exc:
                        images_item = types.undecoded_item(images_item_data, "images", item_exc)
                    images.append(images_item)

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "CustomerUpdateRequestCustomerNotesItem", exc)

        customer_update_request_customer_notes_item = cls(
            id=id,
            message=message,
            images=images,
        )

        customer_update_request_customer_notes_item.additional_properties = d
        return customer_update_request_customer_notes_item

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


from ..models.customer_update_request_customer_notes_item_images_item import (
    CustomerUpdateRequestCustomerNotesItemImagesItem,
)
