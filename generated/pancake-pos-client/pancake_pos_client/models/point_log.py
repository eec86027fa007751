from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PointLog")


@_attrs_define
class PointLog:
    """One change of a customer's reward points (“Lịch sử điểm thưởng khách hàng”), as listed by `GET
    /shops/{shop_id}/customers/point_logs`.

        Attributes:
            amount (float | Unset): Points added (positive) or removed (negative). The table says int; the example shows
                10.0 and reward points can be fractional (ledger PP-216).
            current_point (float | Unset): Points after the change (table int, example 20.0; ledger PP-216).
            note (str | Unset): Reason for the change.
            inserted_at (str | Unset): Time of the change (ISO 8601 local date-time without offset, e.g.
                "2024-09-27T03:40:31").
            creator (UserProfile | Unset): A Pancake user (staff member) as embedded in other objects — `user` in the staff
                list, `creator` of call-laters, returned orders and point logs, `assigning_care`. Every field is optional
                because the embeddings show different subsets (point-log creators carry no email).
    """

    amount: float | Unset = UNSET
    current_point: float | Unset = UNSET
    note: str | Unset = UNSET
    inserted_at: str | Unset = UNSET
    creator: UserProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        current_point = self.current_point

        note = self.note

        inserted_at = self.inserted_at

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if current_point is not UNSET:
            field_dict["current_point"] = current_point
        if note is not UNSET:
            field_dict["note"] = note
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if creator is not UNSET:
            field_dict["creator"] = creator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            amount = d.pop("amount", UNSET)
            if not isinstance(amount, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(amount).__name__}")
        except Exception as exc:
            amount = types.undecoded(src_dict, "amount", "PointLog", exc)

        try:
            current_point = d.pop("current_point", UNSET)
            if not isinstance(current_point, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(current_point).__name__}")
        except Exception as exc:
            current_point = types.undecoded(src_dict, "current_point", "PointLog", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "PointLog", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "PointLog", exc)

        try:
            _creator = d.pop("creator", UNSET)
            creator: UserProfile | Unset
            if isinstance(_creator, Unset):
                creator = UNSET
            else:
                creator = UserProfile.from_dict(_creator)

        except Exception as exc:
            creator = types.undecoded(src_dict, "creator", "PointLog", exc)

        point_log = cls(
            amount=amount,
            current_point=current_point,
            note=note,
            inserted_at=inserted_at,
            creator=creator,
        )

        point_log.additional_properties = d
        return point_log

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
