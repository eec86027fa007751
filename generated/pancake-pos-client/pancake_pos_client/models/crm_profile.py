from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmProfile")


@_attrs_define
class CrmProfile:
    """A CRM profile (permission group).

    Attributes:
        id (str): Profile id (uuid).
        can_remove (bool | Unset): Whether the profile can be removed.
        is_admin (bool | str | Unset): Whether the profile is an administrator. The table says string; the example sends
            booleans.
        is_removed (bool | Unset): Whether the profile is removed.
        name (str | Unset): Profile name.
        reports_to (None | str | Unset): Name of the profile this profile reports to; null at the top.
        role (int | Unset): Role code (0 in every example; meaning not documented).
        shop_id (int | Unset): Shop id.
    """

    id: str
    can_remove: bool | Unset = UNSET
    is_admin: bool | str | Unset = UNSET
    is_removed: bool | Unset = UNSET
    name: str | Unset = UNSET
    reports_to: None | str | Unset = UNSET
    role: int | Unset = UNSET
    shop_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        can_remove = self.can_remove

        is_admin: bool | str | Unset
        if isinstance(self.is_admin, Unset):
            is_admin = UNSET
        else:
            is_admin = self.is_admin

        is_removed = self.is_removed

        name = self.name

        reports_to: None | str | Unset
        if isinstance(self.reports_to, Unset):
            reports_to = UNSET
        else:
            reports_to = self.reports_to

        role = self.role

        shop_id = self.shop_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if can_remove is not UNSET:
            field_dict["can_remove"] = can_remove
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if is_removed is not UNSET:
            field_dict["is_removed"] = is_removed
        if name is not UNSET:
            field_dict["name"] = name
        if reports_to is not UNSET:
            field_dict["reports_to"] = reports_to
        if role is not UNSET:
            field_dict["role"] = role
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "CrmProfile", exc)

        try:
            can_remove = d.pop("can_remove", UNSET)
            if not isinstance(can_remove, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(can_remove).__name__}")
        except Exception as exc:
            can_remove = types.undecoded(src_dict, "can_remove", "CrmProfile", exc)

        try:
            is_admin: bool | str | Unset = d.pop("is_admin", UNSET)
            if not isinstance(is_admin, (bool, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(is_admin).__name__}")

        except Exception as exc:
            is_admin = types.undecoded(src_dict, "is_admin", "CrmProfile", exc)

        try:
            is_removed = d.pop("is_removed", UNSET)
            if not isinstance(is_removed, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_removed).__name__}")
        except Exception as exc:
            is_removed = types.undecoded(src_dict, "is_removed", "CrmProfile", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "CrmProfile", exc)

        try:
            reports_to: None | str | Unset = d.pop("reports_to", UNSET)
            if not isinstance(reports_to, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(reports_to).__name__}")

        except Exception as exc:
            reports_to = types.undecoded(src_dict, "reports_to", "CrmProfile", exc)

        try:
            role = d.pop("role", UNSET)
            if not isinstance(role, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(role).__name__}")
        except Exception as exc:
            role = types.undecoded(src_dict, "role", "CrmProfile", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "CrmProfile", exc)

        crm_profile = cls(
            id=id,
            can_remove=can_remove,
            is_admin=is_admin,
            is_removed=is_removed,
            name=name,
            reports_to=reports_to,
            role=role,
            shop_id=shop_id,
        )

        crm_profile.additional_properties = d
        return crm_profile

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
