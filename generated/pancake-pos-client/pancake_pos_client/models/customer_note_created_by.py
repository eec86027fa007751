from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerNoteCreatedBy")


@_attrs_define
class CustomerNoteCreatedBy:
    """Author of the note.

    Attributes:
        uid (UUID | Unset): User id (meaning assumed from the name; the document does not describe it).
        fb_id (None | str | Unset): Facebook id of the user.
        fb_name (str | Unset): Facebook name of the user (meaning assumed from the name; the document does not describe
            it).
    """

    uid: UUID | Unset = UNSET
    fb_id: None | str | Unset = UNSET
    fb_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uid: str | Unset = UNSET
        if not isinstance(self.uid, Unset):
            uid = str(self.uid)

        fb_id: None | str | Unset
        if isinstance(self.fb_id, Unset):
            fb_id = UNSET
        else:
            fb_id = self.fb_id

        fb_name = self.fb_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not UNSET:
            field_dict["uid"] = uid
        if fb_id is not UNSET:
            field_dict["fb_id"] = fb_id
        if fb_name is not UNSET:
            field_dict["fb_name"] = fb_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _uid = d.pop("uid", UNSET)
            uid: UUID | Unset
            if isinstance(_uid, Unset):
                uid = UNSET
            else:
                uid = types.parse_uuid(_uid)

        except Exception as exc:
            uid = types.undecoded(src_dict, "uid", "CustomerNoteCreatedBy", exc)

        try:
            fb_id: None | str | Unset = d.pop("fb_id", UNSET)
            if not isinstance(fb_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(fb_id).__name__}")

        except Exception as exc:
            fb_id = types.undecoded(src_dict, "fb_id", "CustomerNoteCreatedBy", exc)

        try:
            fb_name = d.pop("fb_name", UNSET)
            if not isinstance(fb_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(fb_name).__name__}")
        except Exception as exc:
            fb_name = types.undecoded(src_dict, "fb_name", "CustomerNoteCreatedBy", exc)

        customer_note_created_by = cls(
            uid=uid,
            fb_id=fb_id,
            fb_name=fb_name,
        )

        customer_note_created_by.additional_properties = d
        return customer_note_created_by

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
