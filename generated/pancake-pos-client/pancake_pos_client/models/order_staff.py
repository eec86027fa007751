from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStaff")


@_attrs_define
class OrderStaff:
    """A staff member (user) as embedded in an order: `creator`, `last_editor`, `assigning_seller`, `assigning_care`,
    `marketer`, `status_history[].editor`. The source documents only `creator.fb_id` and `creator.name`; the other
    fields come from its examples.

        Attributes:
            id (UUID | Unset): User id.
            name (str | Unset): Display name ("Tên người tạo đơn" for the creator).
            fb_id (None | str | Unset): Facebook id of the user ("ID facebook người tạo đơn" for the creator).
            avatar_url (None | str | Unset): Avatar image URL.
            email (None | str | Unset): Email address.
            phone_number (None | str | Unset): Phone number (only null in the examples; type assumed, ledger PP-123).
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    fb_id: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        fb_id: None | str | Unset
        if isinstance(self.fb_id, Unset):
            fb_id = UNSET
        else:
            fb_id = self.fb_id

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if fb_id is not UNSET:
            field_dict["fb_id"] = fb_id
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

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
            id = types.undecoded(src_dict, "id", "OrderStaff", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "OrderStaff", exc)

        try:
            fb_id: None | str | Unset = d.pop("fb_id", UNSET)
            if not isinstance(fb_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(fb_id).__name__}")

        except Exception as exc:
            fb_id = types.undecoded(src_dict, "fb_id", "OrderStaff", exc)

        try:
            avatar_url: None | str | Unset = d.pop("avatar_url", UNSET)
            if not isinstance(avatar_url, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(avatar_url).__name__}")

        except Exception as exc:
            avatar_url = types.undecoded(src_dict, "avatar_url", "OrderStaff", exc)

        try:
            email: None | str | Unset = d.pop("email", UNSET)
            if not isinstance(email, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(email).__name__}")

        except Exception as exc:
            email = types.undecoded(src_dict, "email", "OrderStaff", exc)

        try:
            phone_number: None | str | Unset = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(phone_number).__name__}")

        except Exception as exc:
            phone_number = types.undecoded(src_dict, "phone_number", "OrderStaff", exc)

        order_staff = cls(
            id=id,
            name=name,
            fb_id=fb_id,
            avatar_url=avatar_url,
            email=email,
            phone_number=phone_number,
        )

        order_staff.additional_properties = d
        return order_staff

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
