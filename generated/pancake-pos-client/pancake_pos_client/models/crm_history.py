from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmHistory")


@_attrs_define
class CrmHistory:
    """One change of a CRM record.

    Attributes:
        id (str): History entry id (uuid).
        changes (list[CrmHistoryChangesItem] | Unset): Changed fields (meaning assumed from the name; the document does
            not describe it).
        editor_id (str | Unset): Editor user id (uuid).
        editor_name (str | Unset): Name of the editor ("Người chỉnh sửa"): the last row of the source's table; the
            example does not show it (ledger PP-427).
        record_id (str | Unset): Record id (uuid) (meaning assumed from the name; the document does not describe it).
        shop_id (int | Unset): Shop id.
        updated_at (str | Unset): Time of the change. Vendor datetime string without time zone, e.g.
            `2021-10-13T02:22:04`.
    """

    id: str
    changes: list[CrmHistoryChangesItem] | Unset = UNSET
    editor_id: str | Unset = UNSET
    editor_name: str | Unset = UNSET
    record_id: str | Unset = UNSET
    shop_id: int | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        editor_id = self.editor_id

        editor_name = self.editor_name

        record_id = self.record_id

        shop_id = self.shop_id

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if changes is not UNSET:
            field_dict["changes"] = changes
        if editor_id is not UNSET:
            field_dict["editor_id"] = editor_id
        if editor_name is not UNSET:
            field_dict["editor_name"] = editor_name
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "CrmHistory", exc)

        try:
            _changes = d.pop("changes", UNSET)
            changes: list[CrmHistoryChangesItem] | Unset = UNSET
            if _changes is not UNSET:
                if not isinstance(_changes, list):
                    raise TypeError(f"expected an array, got {type(_changes).__name__}")
                changes = []
                for changes_item_data in _changes:
                    try:
                        changes_item = CrmHistoryChangesItem.from_dict(changes_item_data)

                    except Exception as item_exc:
                        changes_item = types.undecoded_item(changes_item_data, "changes", item_exc)
                    changes.append(changes_item)

        except Exception as exc:
            changes = types.undecoded(src_dict, "changes", "CrmHistory", exc)

        try:
            editor_id = d.pop("editor_id", UNSET)
            if not isinstance(editor_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(editor_id).__name__}")
        except Exception as exc:
            editor_id = types.undecoded(src_dict, "editor_id", "CrmHistory", exc)

        try:
            editor_name = d.pop("editor_name", UNSET)
            if not isinstance(editor_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(editor_name).__name__}")
        except Exception as exc:
            editor_name = types.undecoded(src_dict, "editor_name", "CrmHistory", exc)

        try:
            record_id = d.pop("record_id", UNSET)
            if not isinstance(record_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(record_id).__name__}")
        except Exception as exc:
            record_id = types.undecoded(src_dict, "record_id", "CrmHistory", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "CrmHistory", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "CrmHistory", exc)

        crm_history = cls(
            id=id,
            changes=changes,
            editor_id=editor_id,
            editor_name=editor_name,
            record_id=record_id,
            shop_id=shop_id,
            updated_at=updated_at,
        )

        crm_history.additional_properties = d
        return crm_history

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


from ..models.crm_history_changes_item import CrmHistoryChangesItem
