from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types

if TYPE_CHECKING:
    from ..models.stack_summary import StackSummary


T = TypeVar("T", bound="LockerCompact")


@_attrs_define
class LockerCompact:
    """A locker (device) in the compact format of "List devices" (`format=compact`, the default): free boxes counted per
    size. Distinguished from LockerFull by `createdAt` and by `stacks` items carrying `boxSize`.

        Attributes:
            id (str): Locker id (UUID in the examples); use it as `lockerId`.
            name (str):
            address (str):
            city (None | str):
            dist (None | str): District.
            ward (None | str):
            longtitude (float | None): Longitude (the vendor's spelling is the wire name).
            latitude (float | None):
            created_at (datetime.datetime):
            stacks (list[StackSummary]):
    """

    id: str
    name: str
    address: str
    city: None | str
    dist: None | str
    ward: None | str
    longtitude: float | None
    latitude: float | None
    created_at: datetime.datetime
    stacks: list[StackSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        address = self.address

        city: None | str
        city = self.city

        dist: None | str
        dist = self.dist

        ward: None | str
        ward = self.ward

        longtitude: float | None
        longtitude = self.longtitude

        latitude: float | None
        latitude = self.latitude

        created_at = self.created_at.isoformat()

        stacks = []
        for stacks_item_data in self.stacks:
            stacks_item = stacks_item_data.to_dict()
            stacks.append(stacks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "address": address,
                "city": city,
                "dist": dist,
                "ward": ward,
                "longtitude": longtitude,
                "latitude": latitude,
                "createdAt": created_at,
                "stacks": stacks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stack_summary import StackSummary

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        address = d.pop("address")

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))

        def _parse_dist(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dist = _parse_dist(d.pop("dist"))

        def _parse_ward(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ward = _parse_ward(d.pop("ward"))

        def _parse_longtitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longtitude = _parse_longtitude(d.pop("longtitude"))

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        created_at = types.parse_datetime(d.pop("createdAt"))

        stacks = []
        _stacks = d.pop("stacks")
        for stacks_item_data in _stacks:
            stacks_item = StackSummary.from_dict(stacks_item_data)

            stacks.append(stacks_item)

        locker_compact = cls(
            id=id,
            name=name,
            address=address,
            city=city,
            dist=dist,
            ward=ward,
            longtitude=longtitude,
            latitude=latitude,
            created_at=created_at,
            stacks=stacks,
        )

        locker_compact.additional_properties = d
        return locker_compact

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
