from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.crm_table_permission_type_type_0 import (
    CrmTablePermissionTypeType0,
    check_crm_table_permission_type_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmTable")


@_attrs_define
class CrmTable:
    """A CRM table (bảng dữ liệu).

    Attributes:
        name (str | Unset): Table name (used as `{table_name}` in the record paths).
        label (str | Unset): Table label.
        auto_create_config (Any | Unset): Auto-create configuration. Type not documented; the source only shows null.
        can_remove (bool | Unset): Whether the table can be removed.
        creator_id (None | str | Unset): Creator user id (uuid).
        filters (list[Any] | Unset): Saved filters. Item structure not documented (the source only shows empty arrays).
        icon (Any | Unset): Icon. Type not documented; the source only shows null.
        inserted_at (str | Unset): Creation time (vendor datetime string).
        updated_at (str | Unset): Last update time (vendor datetime string).
        is_removed (bool | Unset): Whether the table is removed.
        modified_id (Any | Unset): Last editor id. Type not documented; the source only shows null.
        permission_type (CrmTablePermissionTypeType0 | int | Unset): Who can see the table. Open (ledger PP-431); a
            permission kind the document does not list is kept.
        sections (list[CrmSection] | Unset): Sections of the table.
        show_fields (Any | Unset): Fields shown in lists. Type not documented; the source only shows null.
        table_permissions (list[CrmTableTablePermissionsItem] | Unset): Permission of each group (profile) in the table.
    """

    name: str | Unset = UNSET
    label: str | Unset = UNSET
    auto_create_config: Any | Unset = UNSET
    can_remove: bool | Unset = UNSET
    creator_id: None | str | Unset = UNSET
    filters: list[Any] | Unset = UNSET
    icon: Any | Unset = UNSET
    inserted_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    is_removed: bool | Unset = UNSET
    modified_id: Any | Unset = UNSET
    permission_type: CrmTablePermissionTypeType0 | int | Unset = UNSET
    sections: list[CrmSection] | Unset = UNSET
    show_fields: Any | Unset = UNSET
    table_permissions: list[CrmTableTablePermissionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        auto_create_config = self.auto_create_config

        can_remove = self.can_remove

        creator_id: None | str | Unset
        if isinstance(self.creator_id, Unset):
            creator_id = UNSET
        else:
            creator_id = self.creator_id

        filters: list[Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters

        icon = self.icon

        inserted_at = self.inserted_at

        updated_at = self.updated_at

        is_removed = self.is_removed

        modified_id = self.modified_id

        permission_type: int | Unset
        if isinstance(self.permission_type, Unset):
            permission_type = UNSET
        elif isinstance(self.permission_type, int):
            permission_type = self.permission_type
        else:
            permission_type = self.permission_type

        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        show_fields = self.show_fields

        table_permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.table_permissions, Unset):
            table_permissions = []
            for table_permissions_item_data in self.table_permissions:
                table_permissions_item = table_permissions_item_data.to_dict()
                table_permissions.append(table_permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if auto_create_config is not UNSET:
            field_dict["auto_create_config"] = auto_create_config
        if can_remove is not UNSET:
            field_dict["can_remove"] = can_remove
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if filters is not UNSET:
            field_dict["filters"] = filters
        if icon is not UNSET:
            field_dict["icon"] = icon
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if is_removed is not UNSET:
            field_dict["is_removed"] = is_removed
        if modified_id is not UNSET:
            field_dict["modified_id"] = modified_id
        if permission_type is not UNSET:
            field_dict["permission_type"] = permission_type
        if sections is not UNSET:
            field_dict["sections"] = sections
        if show_fields is not UNSET:
            field_dict["show_fields"] = show_fields
        if table_permissions is not UNSET:
            field_dict["table_permissions"] = table_permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "CrmTable", exc)

        try:
            label = d.pop("label", UNSET)
            if not isinstance(label, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(label).__name__}")
        except Exception as exc:
            label = types.undecoded(src_dict, "label", "CrmTable", exc)

        try:
            auto_create_config = d.pop("auto_create_config", UNSET)
        except Exception as exc:
            auto_create_config = types.undecoded(src_dict, "auto_create_config", "CrmTable", exc)

        try:
            can_remove = d.pop("can_remove", UNSET)
            if not isinstance(can_remove, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(can_remove).__name__}")
        except Exception as exc:
            can_remove = types.undecoded(src_dict, "can_remove", "CrmTable", exc)

        try:
            creator_id: None | str | Unset = d.pop("creator_id", UNSET)
            if not isinstance(creator_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(creator_id).__name__}")

        except Exception as exc:
            creator_id = types.undecoded(src_dict, "creator_id", "CrmTable", exc)

        try:
            filters: list[Any] = d.pop("filters", UNSET)

        except Exception as exc:
            filters = types.undecoded(src_dict, "filters", "CrmTable", exc)

        try:
            icon = d.pop("icon", UNSET)
        except Exception as exc:
            icon = types.undecoded(src_dict, "icon", "CrmTable", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "CrmTable", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "CrmTable", exc)

        try:
            is_removed = d.pop("is_removed", UNSET)
            if not isinstance(is_removed, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_removed).__name__}")
        except Exception as exc:
            is_removed = types.undecoded(src_dict, "is_removed", "CrmTable", exc)

        try:
            modified_id = d.pop("modified_id", UNSET)
        except Exception as exc:
            modified_id = types.undecoded(src_dict, "modified_id", "CrmTable", exc)

        try:

            def _parse_permission_type(data: object) -> CrmTablePermissionTypeType0 | int | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    permission_type_type_0 = check_crm_table_permission_type_type_0(data)

                    return permission_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, int):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(CrmTablePermissionTypeType0 | int | Unset, data)

            permission_type = _parse_permission_type(d.pop("permission_type", UNSET))

        except Exception as exc:
            permission_type = types.undecoded(src_dict, "permission_type", "CrmTable", exc)

        try:
            _sections = d.pop("sections", UNSET)
            sections: list[CrmSection] | Unset = UNSET
            if _sections is not UNSET:
                if not isinstance(_sections, list):
                    raise TypeError(f"expected an array, got {type(_sections).__name__}")
                sections = []
                for sections_item_data in _sections:
                    try:
                        sections_item = CrmSection.from_dict(sections_item_data)

                    except Exception as item_exc:
                        sections_item = types.undecoded_item(sections_item_data, "sections", item_exc)
                    sections.append(sections_item)

        except Exception as exc:
            sections = types.undecoded(src_dict, "sections", "CrmTable", exc)

        try:
            show_fields = d.pop("show_fields", UNSET)
        except Exception as exc:
            show_fields = types.undecoded(src_dict, "show_fields", "CrmTable", exc)

        try:
            _table_permissions = d.pop("table_permissions", UNSET)
            table_permissions: list[CrmTableTablePermissionsItem] | Unset = UNSET
            if _table_permissions is not UNSET:
                if not isinstance(_table_permissions, list):
                    raise TypeError(f"expected an array, got {type(_table_permissions).__name__}")
                table_permissions = []
                for table_permissions_item_data in _table_permissions:
                    try:
                        table_permissions_item = CrmTableTablePermissionsItem.from_dict(table_permissions_item_data)

                    except Exception as item_exc:
                        table_permissions_item = types.undecoded_item(
                            table_permissions_item_data, "table_permissions", item_exc
                        )
                    table_permissions.append(table_permissions_item)

        except Exception as exc:
            table_permissions = types.undecoded(src_dict, "table_permissions", "CrmTable", exc)

        crm_table = cls(
            name=name,
            label=label,
            auto_create_config=auto_create_config,
            can_remove=can_remove,
            creator_id=creator_id,
            filters=filters,
            icon=icon,
            inserted_at=inserted_at,
            updated_at=updated_at,
            is_removed=is_removed,
            modified_id=modified_id,
            permission_type=permission_type,
            sections=sections,
            show_fields=show_fields,
            table_permissions=table_permissions,
        )

        crm_table.additional_properties = d
        return crm_table

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


from ..models.crm_section import CrmSection
from ..models.crm_table_table_permissions_item import CrmTableTablePermissionsItem
