from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.datetime_timeslot import DatetimeTimeslot, check_datetime_timeslot
from ..types import Unset

T = TypeVar("T", bound="Datetime")


@_attrs_define
class Datetime:
    """A date and time slot that the customer prefers for the work.

    Attributes:
        date (datetime.date): Date of work (YYYY-MM-DD).
        timeslot (DatetimeTimeslot): Time slot of the work; strings with a leading zero, not numbers (AM-011).
    """

    date: datetime.date
    timeslot: DatetimeTimeslot
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            date = self.date.isoformat()
        except (AttributeError, TypeError):
            date = cast(Any, self.date)

        try:
            timeslot: str = self.timeslot
        except (AttributeError, TypeError):
            timeslot = cast(Any, self.timeslot)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "timeslot": timeslot,
            }
        )
        if isinstance(date, Unset):
            del field_dict["date"]
        if isinstance(timeslot, Unset):
            del field_dict["timeslot"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            date = datetime.date.fromisoformat(d.pop("date"))

        except Exception as exc:
            date = types.undecoded(src_dict, "date", "Datetime", exc)

        try:
            timeslot = check_datetime_timeslot(d.pop("timeslot"))

        except Exception as exc:
            timeslot = types.undecoded(src_dict, "timeslot", "Datetime", exc)

        datetime_ = cls(
            date=date,
            timeslot=timeslot,
        )

        datetime_.additional_properties = d
        return datetime_

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
