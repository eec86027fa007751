from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.size_stack import SizeStack
    from ..models.stack import Stack


T = TypeVar("T", bound="LockerFull")


@_attrs_define
class LockerFull:
    """A locker (device) in the full format of "List devices" (`format=full`): every box listed. Distinguished from
    LockerCompact by `stackCount` and `sizeStack`.

        Attributes:
            id (str): Locker id (UUID in the examples); use it as `lockerId`.
            name (str):
            address (str):
            city (None | str):
            dist (None | str): District.
            ward (None | str):
            longtitude (float | None): Longitude (the vendor's spelling is the wire name).
            latitude (float | None):
            stacks (list[Stack]):
            stack_count (int): Number of boxes listed in `stacks`.
            size_stack (SizeStack): Dimensions of each box size of a locker (full format of "List devices").
            distance_km (float | Unset): Distance in km from the search point (latitude, longtitude). Shown in the example,
                which searched by coordinates; not listed as required because a search by city/dist/ward has no centre point.
    """

    id: str
    name: str
    address: str
    city: None | str
    dist: None | str
    ward: None | str
    longtitude: float | None
    latitude: float | None
    stacks: list[Stack]
    stack_count: int
    size_stack: SizeStack
    distance_km: float | Unset = UNSET
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

        stacks = []
        for stacks_item_data in self.stacks:
            stacks_item = stacks_item_data.to_dict()
            stacks.append(stacks_item)

        stack_count = self.stack_count

        size_stack = self.size_stack.to_dict()

        distance_km = self.distance_km

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
                "stacks": stacks,
                "stackCount": stack_count,
                "sizeStack": size_stack,
            }
        )
        if distance_km is not UNSET:
            field_dict["distance_km"] = distance_km

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.size_stack import SizeStack
        from ..models.stack import Stack

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

        stacks = []
        _stacks = d.pop("stacks")
        for stacks_item_data in _stacks:
            stacks_item = Stack.from_dict(stacks_item_data)

            stacks.append(stacks_item)

        stack_count = d.pop("stackCount")

        size_stack = SizeStack.from_dict(d.pop("sizeStack"))

        distance_km = d.pop("distance_km", UNSET)

        locker_full = cls(
            id=id,
            name=name,
            address=address,
            city=city,
            dist=dist,
            ward=ward,
            longtitude=longtitude,
            latitude=latitude,
            stacks=stacks,
            stack_count=stack_count,
            size_stack=size_stack,
            distance_km=distance_km,
        )

        locker_full.additional_properties = d
        return locker_full

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
