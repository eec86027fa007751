from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnedOrderStatusHistoriesItem")


@_attrs_define
class ReturnedOrderStatusHistoriesItem:
    """
    Attributes:
        id (UUID | Unset): History entry id.
        editor_id (UUID | Unset): User who changed the status.
        old_status (int | None | Unset): Previous status (null for the first entry); codes of `ReturnedOrderStatus`
            (meaning assumed from the name; the document does not describe it).
        status (int | Unset): New status; codes of `ReturnedOrderStatus`.
        inserted_at (str | Unset): Time the entry was created.
        updated_at (str | Unset): Time the entry was updated.
    """

    id: UUID | Unset = UNSET
    editor_id: UUID | Unset = UNSET
    old_status: int | None | Unset = UNSET
    status: int | Unset = UNSET
    inserted_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        editor_id: str | Unset = UNSET
        if not isinstance(self.editor_id, Unset):
            editor_id = str(self.editor_id)

        old_status: int | None | Unset
        if isinstance(self.old_status, Unset):
            old_status = UNSET
        else:
            old_status = self.old_status

        status = self.status

        inserted_at = self.inserted_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if editor_id is not UNSET:
            field_dict["editor_id"] = editor_id
        if old_status is not UNSET:
            field_dict["old_status"] = old_status
        if status is not UNSET:
            field_dict["status"] = status
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
            id = types.undecoded(src_dict, "id", "ReturnedOrderStatusHistoriesItem", exc)

        try:
            _editor_id = d.pop("editor_id", UNSET)
            editor_id: UUID | Unset
            if isinstance(_editor_id, Unset):
                editor_id = UNSET
            else:
                editor_id = types.parse_uuid(_editor_id)

        except Exception as exc:
            editor_id = types.undecoded(src_dict, "editor_id", "ReturnedOrderStatusHistoriesItem", exc)

        try:
            old_status: int | None | Unset = d.pop("old_status", UNSET)
            if not isinstance(old_status, (int, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(old_status).__name__}")

        except Exception as exc:
            old_status = types.undecoded(src_dict, "old_status", "ReturnedOrderStatusHistoriesItem", exc)

        try:
            status = d.pop("status", UNSET)
            if not isinstance(status, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(status).__name__}")
        except Exception as exc:
            status = types.undecoded(src_dict, "status", "ReturnedOrderStatusHistoriesItem", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "ReturnedOrderStatusHistoriesItem", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "ReturnedOrderStatusHistoriesItem", exc)

        returned_order_status_histories_item = cls(
            id=id,
            editor_id=editor_id,
            old_status=old_status,
            status=status,
            inserted_at=inserted_at,
            updated_at=updated_at,
        )

        returned_order_status_histories_item.additional_properties = d
        return returned_order_status_histories_item

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
