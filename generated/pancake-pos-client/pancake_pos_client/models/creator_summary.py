from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatorSummary")


@_attrs_define
class CreatorSummary:
    """Short profile of the staff member who created a record: `creator` of a transaction, `user` of a purchase or an
    export. The source's tables type it only as `json` ("Thông tin người tạo"); the fields below are those of its
    examples.

        Attributes:
            avatar_url (None | str | Unset): Avatar URL; null when the user has none.
            fb_id (str | Unset): Facebook user id of the staff member.
            id (str | Unset): User id (UUID).
            name (str | Unset): Display name.
    """

    avatar_url: None | str | Unset = UNSET
    fb_id: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        fb_id = self.fb_id

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if fb_id is not UNSET:
            field_dict["fb_id"] = fb_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            avatar_url: None | str | Unset = d.pop("avatar_url", UNSET)
            if not isinstance(avatar_url, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(avatar_url).__name__}")

        except Exception as exc:
            avatar_url = types.undecoded(src_dict, "avatar_url", "CreatorSummary", exc)

        try:
            fb_id = d.pop("fb_id", UNSET)
            if not isinstance(fb_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(fb_id).__name__}")
        except Exception as exc:
            fb_id = types.undecoded(src_dict, "fb_id", "CreatorSummary", exc)

        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "CreatorSummary", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "CreatorSummary", exc)

        creator_summary = cls(
            avatar_url=avatar_url,
            fb_id=fb_id,
            id=id,
            name=name,
        )

        creator_summary.additional_properties = d
        return creator_summary

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
