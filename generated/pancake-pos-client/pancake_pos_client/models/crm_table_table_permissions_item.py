from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmTableTablePermissionsItem")


@_attrs_define
class CrmTableTablePermissionsItem:
    """
    Attributes:
        id (str | Unset): Permission id (uuid).
        profile_id (str | Unset): Profile id (uuid), see `GET /shops/{shop_id}/crm/profile` (meaning assumed from the
            name; the document does not describe it).
        role (int | Unset): Permission bits (63 and 31 in the example; meaning not documented).
        table_id (str | Unset): Table name.
    """

    id: str | Unset = UNSET
    profile_id: str | Unset = UNSET
    role: int | Unset = UNSET
    table_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        profile_id = self.profile_id

        role = self.role

        table_id = self.table_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if profile_id is not UNSET:
            field_dict["profile_id"] = profile_id
        if role is not UNSET:
            field_dict["role"] = role
        if table_id is not UNSET:
            field_dict["table_id"] = table_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "CrmTableTablePermissionsItem", exc)

        try:
            profile_id = d.pop("profile_id", UNSET)
            if not isinstance(profile_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(profile_id).__name__}")
        except Exception as exc:
            profile_id = types.undecoded(src_dict, "profile_id", "CrmTableTablePermissionsItem", exc)

        try:
            role = d.pop("role", UNSET)
            if not isinstance(role, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(role).__name__}")
        except Exception as exc:
            role = types.undecoded(src_dict, "role", "CrmTableTablePermissionsItem", exc)

        try:
            table_id = d.pop("table_id", UNSET)
            if not isinstance(table_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(table_id).__name__}")
        except Exception as exc:
            table_id = types.undecoded(src_dict, "table_id", "CrmTableTablePermissionsItem", exc)

        crm_table_table_permissions_item = cls(
            id=id,
            profile_id=profile_id,
            role=role,
            table_id=table_id,
        )

        crm_table_table_permissions_item.additional_properties = d
        return crm_table_table_permissions_item

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
