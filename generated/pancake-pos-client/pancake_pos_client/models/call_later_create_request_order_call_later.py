from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.call_later_status import CallLaterStatus, check_call_later_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallLaterCreateRequestOrderCallLater")


@_attrs_define
class CallLaterCreateRequestOrderCallLater:
    """
    Attributes:
        status (CallLaterStatus): Status of a call-back / reminder (“Hẹn gọi & nhắc nhở”), from the status table of
            “Danh sách hẹn gọi & nhắc nhở”. `-1` (“Tất cả trạng thái”, all statuses) is only a list filter value and is not
            part of this enum.
        needs_call_at (datetime.datetime): When the call is due (ISO 8601, e.g. "2024-08-29T05:50:31.700Z").
        phone_number (str): Phone number to call.
        notice_created (str | Unset): Notice text.
        need_notify_users (list[str] | Unset): Ids of the staff members who must handle it (from `GET
            /shops/{shop_id}/users`).
    """

    status: CallLaterStatus
    needs_call_at: datetime.datetime
    phone_number: str
    notice_created: str | Unset = UNSET
    need_notify_users: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            status: int = self.status
        except (AttributeError, TypeError):
            status = cast(Any, self.status)

        try:
            needs_call_at = self.needs_call_at.isoformat()
        except (AttributeError, TypeError):
            needs_call_at = cast(Any, self.needs_call_at)

        try:
            phone_number = self.phone_number
        except (AttributeError, TypeError):
            phone_number = cast(Any, self.phone_number)

        notice_created = self.notice_created

        need_notify_users: list[str] | Unset = UNSET
        if not isinstance(self.need_notify_users, Unset):
            need_notify_users = self.need_notify_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "needs_call_at": needs_call_at,
                "phone_number": phone_number,
            }
        )
        if isinstance(status, Unset):
            del field_dict["status"]
        if isinstance(needs_call_at, Unset):
            del field_dict["needs_call_at"]
        if isinstance(phone_number, Unset):
            del field_dict["phone_number"]
        if notice_created is not UNSET:
            field_dict["notice_created"] = notice_created
        if need_notify_users is not UNSET:
            field_dict["need_notify_users"] = need_notify_users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            status = check_call_later_status(d.pop("status"))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "CallLaterCreateRequestOrderCallLater", exc)

        try:
            needs_call_at = types.parse_datetime(d.pop("needs_call_at"))

        except Exception as exc:
            needs_call_at = types.undecoded(src_dict, "needs_call_at", "CallLaterCreateRequestOrderCallLater", exc)

        try:
            phone_number = d.pop("phone_number")
            if not isinstance(phone_number, str):
                raise types.Mistyped(f"expected str, got {type(phone_number).__name__}")
        except Exception as exc:
            phone_number = types.undecoded(src_dict, "phone_number", "CallLaterCreateRequestOrderCallLater", exc)

        try:
            notice_created = d.pop("notice_created", UNSET)
            if not isinstance(notice_created, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(notice_created).__name__}")
        except Exception as exc:
            notice_created = types.undecoded(src_dict, "notice_created", "CallLaterCreateRequestOrderCallLater", exc)

        try:
            need_notify_users = cast(list[str], d.pop("need_notify_users", UNSET))

        except Exception as exc:
            need_notify_users = types.undecoded(
                src_dict, "need_notify_users", "CallLaterCreateRequestOrderCallLater", exc
            )

        call_later_create_request_order_call_later = cls(
            status=status,
            needs_call_at=needs_call_at,
            phone_number=phone_number,
            notice_created=notice_created,
            need_notify_users=need_notify_users,
        )

        call_later_create_request_order_call_later.additional_properties = d
        return call_later_create_request_order_call_later

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
