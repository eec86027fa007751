from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.datetime_timeslot import DatetimeTimeslot, check_datetime_timeslot

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
        date = self.date.isoformat()

        timeslot: str = self.timeslot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "timeslot": timeslot,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        timeslot = check_datetime_timeslot(d.pop("timeslot"))

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
