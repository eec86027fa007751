from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvCostTransaction")


@_attrs_define
class AdvCostTransaction:
    """The receipt/payment transaction recorded for the cost.

    Attributes:
        name (str | Unset): Name of the advertising cost.
        is_locked (bool | Unset): Lock the transaction.
        note (str | Unset): Note.
        status (str | Unset): Status, a string here (`"0"` in the example) although transactions report an integer
            status (0 new, 1 in effect, 2 cancelled, 3 deleted).
        time_incurred (str | Unset): When the cost occurred, `YYYY-MM-DD HH:MM:SS` in the example.
        tags (list[str] | Unset): Tag names of the advertising cost.
    """

    name: str | Unset = UNSET
    is_locked: bool | Unset = UNSET
    note: str | Unset = UNSET
    status: str | Unset = UNSET
    time_incurred: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_locked = self.is_locked

        note = self.note

        status = self.status

        time_incurred = self.time_incurred

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if is_locked is not UNSET:
            field_dict["is_locked"] = is_locked
        if note is not UNSET:
            field_dict["note"] = note
        if status is not UNSET:
            field_dict["status"] = status
        if time_incurred is not UNSET:
            field_dict["time_incurred"] = time_incurred
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "AdvCostTransaction", exc)

        try:
            is_locked = d.pop("is_locked", UNSET)
            if not isinstance(is_locked, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_locked).__name__}")
        except Exception as exc:
            is_locked = types.undecoded(src_dict, "is_locked", "AdvCostTransaction", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "AdvCostTransaction", exc)

        try:
            status = d.pop("status", UNSET)
            if not isinstance(status, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(status).__name__}")
        except Exception as exc:
            status = types.undecoded(src_dict, "status", "AdvCostTransaction", exc)

        try:
            time_incurred = d.pop("time_incurred", UNSET)
            if not isinstance(time_incurred, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(time_incurred).__name__}")
        except Exception as exc:
            time_incurred = types.undecoded(src_dict, "time_incurred", "AdvCostTransaction", exc)

        try:
            tags = cast(list[str], d.pop("tags", UNSET))

        except Exception as exc:
            tags = types.undecoded(src_dict, "tags", "AdvCostTransaction", exc)

        adv_cost_transaction = cls(
            name=name,
            is_locked=is_locked,
            note=note,
            status=status,
            time_incurred=time_incurred,
            tags=tags,
        )

        adv_cost_transaction.additional_properties = d
        return adv_cost_transaction

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
