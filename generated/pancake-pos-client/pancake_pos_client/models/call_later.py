from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.call_later_status import CallLaterStatus, check_call_later_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallLater")


@_attrs_define
class CallLater:
    """A call-back appointment or reminder attached to an order (“Hẹn gọi & nhắc nhở”), as listed by `GET
    /shops/{shop_id}/order_call_laters`.

        Attributes:
            id (UUID): Call-later id (only in the example, not in the table; ledger PP-206).
            display_id (int | Unset): Call-later number shown to users.
            order_id (int | Unset): Id of the order the call-later belongs to (only in the example; ledger PP-206).
            order_display_id (str | Unset): Display code of the order (e.g. "SOICUN-12943-02").
            status (CallLaterStatus | int | Unset): `CallLaterStatus` as the API answers it: one of the documented values,
                or any other integer. Open because a vendor state machine that can grow (ledger PP-431); a client must not fail
                on a value it does not know. Requests keep the closed `CallLaterStatus`.
            type_ (str | Unset): Kind of notice (e.g. "call"); the source lists no values.
            notice_created (str | Unset): Notice text.
            needs_call_at (int | str | Unset): When the call/handling is due. The table says unix timestamp; the example
                shows an ISO-8601 local date-time string (ledger PP-209).
            called_at (int | str | Unset): When the call was made / the reminder handled. The table says unix timestamp; the
                example shows an ISO-8601 local date-time string (ledger PP-209).
            need_notify_users (list[UUID] | Unset): Ids of the staff members who must handle it.
            creator (UserProfile | Unset): A Pancake user (staff member) as embedded in other objects — `user` in the staff
                list, `creator` of call-laters, returned orders and point logs, `assigning_care`. Every field is optional
                because the embeddings show different subsets (point-log creators carry no email).
    """

    id: UUID
    display_id: int | Unset = UNSET
    order_id: int | Unset = UNSET
    order_display_id: str | Unset = UNSET
    status: CallLaterStatus | int | Unset = UNSET
    type_: str | Unset = UNSET
    notice_created: str | Unset = UNSET
    needs_call_at: int | str | Unset = UNSET
    called_at: int | str | Unset = UNSET
    need_notify_users: list[UUID] | Unset = UNSET
    creator: UserProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = str(self.id)
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        display_id = self.display_id

        order_id = self.order_id

        order_display_id = self.order_display_id

        status: int | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        type_ = self.type_

        notice_created = self.notice_created

        needs_call_at: int | str | Unset
        if isinstance(self.needs_call_at, Unset):
            needs_call_at = UNSET
        else:
            needs_call_at = self.needs_call_at

        called_at: int | str | Unset
        if isinstance(self.called_at, Unset):
            called_at = UNSET
        else:
            called_at = self.called_at

        need_notify_users: list[str] | Unset = UNSET
        if not isinstance(self.need_notify_users, Unset):
            need_notify_users = []
            for need_notify_users_item_data in self.need_notify_users:
                need_notify_users_item = str(need_notify_users_item_data)
                need_notify_users.append(need_notify_users_item)

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order_display_id is not UNSET:
            field_dict["order_display_id"] = order_display_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if notice_created is not UNSET:
            field_dict["notice_created"] = notice_created
        if needs_call_at is not UNSET:
            field_dict["needs_call_at"] = needs_call_at
        if called_at is not UNSET:
            field_dict["called_at"] = called_at
        if need_notify_users is not UNSET:
            field_dict["need_notify_users"] = need_notify_users
        if creator is not UNSET:
            field_dict["creator"] = creator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = types.parse_uuid(d.pop("id"))

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "CallLater", exc)

        try:
            display_id = d.pop("display_id", UNSET)
            if not isinstance(display_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(display_id).__name__}")
        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "CallLater", exc)

        try:
            order_id = d.pop("order_id", UNSET)
            if not isinstance(order_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(order_id).__name__}")
        except Exception as exc:
            order_id = types.undecoded(src_dict, "order_id", "CallLater", exc)

        try:
            order_display_id = d.pop("order_display_id", UNSET)
            if not isinstance(order_display_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_display_id).__name__}")
        except Exception as exc:
            order_display_id = types.undecoded(src_dict, "order_display_id", "CallLater", exc)

        try:

            def _parse_status(data: object) -> CallLaterStatus | int | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_call_later_status_value_type_0 = check_call_later_status(data)

                    return componentsschemas_call_later_status_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, int):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(CallLaterStatus | int | Unset, data)

            status = _parse_status(d.pop("status", UNSET))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "CallLater", exc)

        try:
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(type_).__name__}")
        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "CallLater", exc)

        try:
            notice_created = d.pop("notice_created", UNSET)
            if not isinstance(notice_created, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(notice_created).__name__}")
        except Exception as exc:
            notice_created = types.undecoded(src_dict, "notice_created", "CallLater", exc)

        try:
            needs_call_at: int | str | Unset = d.pop("needs_call_at", UNSET)
            if not isinstance(needs_call_at, (str, int, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(needs_call_at).__name__}")

        except Exception as exc:
            needs_call_at = types.undecoded(src_dict, "needs_call_at", "CallLater", exc)

        try:
            called_at: int | str | Unset = d.pop("called_at", UNSET)
            if not isinstance(called_at, (str, int, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(called_at).__name__}")

        except Exception as exc:
            called_at = types.undecoded(src_dict, "called_at", "CallLater", exc)

        try:
            _need_notify_users = d.pop("need_notify_users", UNSET)
            need_notify_users: list[UUID] | Unset = UNSET
            if _need_notify_users is not UNSET:
                if not isinstance(_need_notify_users, list):
                    raise TypeError(f"expected an array, got {type(_need_notify_users).__name__}")
                need_notify_users = []
                for need_notify_users_item_data in _need_notify_users:
                    try:
                        need_notify_users_item = types.parse_uuid(need_notify_users_item_data)

                    except Exception as item_exc:
                        need_notify_users_item = types.undecoded_item(
                            need_notify_users_item_data, "need_notify_users", item_exc
                        )
                    need_notify_users.append(need_notify_users_item)

        except Exception as exc:
            need_notify_users = types.undecoded(src_dict, "need_notify_users", "CallLater", exc)

        try:
            _creator = d.pop("creator", UNSET)
            creator: UserProfile | Unset
            if isinstance(_creator, Unset):
                creator = UNSET
            else:
                creator = UserProfile.from_dict(_creator)

        except Exception as exc:
            creator = types.undecoded(src_dict, "creator", "CallLater", exc)

        call_later = cls(
            id=id,
            display_id=display_id,
            order_id=order_id,
            order_display_id=order_display_id,
            status=status,
            type_=type_,
            notice_created=notice_created,
            needs_call_at=needs_call_at,
            called_at=called_at,
            need_notify_users=need_notify_users,
            creator=creator,
        )

        call_later.additional_properties = d
        return call_later

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


from ..models.user_profile import UserProfile
