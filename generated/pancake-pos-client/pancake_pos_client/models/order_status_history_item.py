from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.order_status import OrderStatus, check_order_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStatusHistoryItem")


@_attrs_define
class OrderStatusHistoryItem:
    """
    Attributes:
        status (int | OrderStatus | Unset): `OrderStatus` as the API answers it: one of the documented values, or any
            other integer. Open because a vendor order state machine that can grow (ledger PP-431); a client must not fail
            on a value it does not know. Requests keep the closed `OrderStatus`.
        old_status (int | None | OrderStatus | Unset): Previous status (null for the first entry) (meaning assumed from
            the name; the document does not describe it).
        updated_at (str | Unset): Time of the change.
        editor (OrderStaff | Unset): A staff member (user) as embedded in an order: `creator`, `last_editor`,
            `assigning_seller`, `assigning_care`, `marketer`, `status_history[].editor`. The source documents only
            `creator.fb_id` and `creator.name`; the other fields come from its examples.
        editor_id (UUID | Unset): Id of the user who changed the status.
        editor_fb (None | str | Unset): Facebook id of the user who changed the status (meaning assumed from the name;
            the document does not describe it).
        name (str | Unset): Name of the user who changed the status.
        avatar_url (None | str | Unset): Avatar of the user who changed the status.
    """

    status: int | OrderStatus | Unset = UNSET
    old_status: int | None | OrderStatus | Unset = UNSET
    updated_at: str | Unset = UNSET
    editor: OrderStaff | Unset = UNSET
    editor_id: UUID | Unset = UNSET
    editor_fb: None | str | Unset = UNSET
    name: str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        old_status: int | None | Unset
        if isinstance(self.old_status, Unset):
            old_status = UNSET
        elif isinstance(self.old_status, int):
            old_status = self.old_status
        else:
            old_status = self.old_status

        updated_at = self.updated_at

        editor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.editor, Unset):
            editor = self.editor.to_dict()

        editor_id: str | Unset = UNSET
        if not isinstance(self.editor_id, Unset):
            editor_id = str(self.editor_id)

        editor_fb: None | str | Unset
        if isinstance(self.editor_fb, Unset):
            editor_fb = UNSET
        else:
            editor_fb = self.editor_fb

        name = self.name

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if old_status is not UNSET:
            field_dict["old_status"] = old_status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if editor is not UNSET:
            field_dict["editor"] = editor
        if editor_id is not UNSET:
            field_dict["editor_id"] = editor_id
        if editor_fb is not UNSET:
            field_dict["editor_fb"] = editor_fb
        if name is not UNSET:
            field_dict["name"] = name
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:

            def _parse_status(data: object) -> int | OrderStatus | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_order_status_value_type_0 = check_order_status(data)

                    return componentsschemas_order_status_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, int):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(int | OrderStatus | Unset, data)

            status = _parse_status(d.pop("status", UNSET))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "OrderStatusHistoryItem", exc)

        try:

            def _parse_old_status(data: object) -> int | None | OrderStatus | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_order_status_value_type_0 = check_order_status(data)

                    return componentsschemas_order_status_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, (int, type(None))):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(int | None | OrderStatus | Unset, data)

            old_status = _parse_old_status(d.pop("old_status", UNSET))

        except Exception as exc:
            old_status = types.undecoded(src_dict, "old_status", "OrderStatusHistoryItem", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "OrderStatusHistoryItem", exc)

        try:
            _editor = d.pop("editor", UNSET)
            editor: OrderStaff | Unset
            if isinstance(_editor, Unset):
                editor = UNSET
            else:
                editor = OrderStaff.from_dict(_editor)

        except Exception as exc:
            editor = types.undecoded(src_dict, "editor", "OrderStatusHistoryItem", exc)

        try:
            _editor_id = d.pop("editor_id", UNSET)
            editor_id: UUID | Unset
            if isinstance(_editor_id, Unset):
                editor_id = UNSET
            else:
                editor_id = types.parse_uuid(_editor_id)

        except Exception as exc:
            editor_id = types.undecoded(src_dict, "editor_id", "OrderStatusHistoryItem", exc)

        try:
            editor_fb: None | str | Unset = d.pop("editor_fb", UNSET)
            if not isinstance(editor_fb, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(editor_fb).__name__}")

        except Exception as exc:
            editor_fb = types.undecoded(src_dict, "editor_fb", "OrderStatusHistoryItem", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "OrderStatusHistoryItem", exc)

        try:
            avatar_url: None | str | Unset = d.pop("avatar_url", UNSET)
            if not isinstance(avatar_url, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(avatar_url).__name__}")

        except Exception as exc:
            avatar_url = types.undecoded(src_dict, "avatar_url", "OrderStatusHistoryItem", exc)

        order_status_history_item = cls(
            status=status,
            old_status=old_status,
            updated_at=updated_at,
            editor=editor,
            editor_id=editor_id,
            editor_fb=editor_fb,
            name=name,
            avatar_url=avatar_url,
        )

        order_status_history_item.additional_properties = d
        return order_status_history_item

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


from ..models.order_staff import OrderStaff
