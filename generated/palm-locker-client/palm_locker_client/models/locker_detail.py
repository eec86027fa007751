from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stack import Stack


T = TypeVar("T", bound="LockerDetail")


@_attrs_define
class LockerDetail:
    """A locker (device) as answered by "Get device's detail".

    Attributes:
        id (str): Locker id (UUID in the examples).
        name (str):
        address (str):
        city (None | str):
        dist (None | str): District.
        ward (None | str):
        longtitude (float | None | str): Longitude. A decimal string ("106.00000000") in this operation's example, a
            number in "List devices": both accepted (ledger PL-015).
        latitude (float | None | str): Latitude. A decimal string ("21.00000000") in this operation's example, a number
            in "List devices": both accepted (ledger PL-015).
        stacks (list[Stack]):
        short_id (str | Unset): The id without dashes.
        created_at (datetime.datetime | Unset):
    """

    id: str
    name: str
    address: str
    city: None | str
    dist: None | str
    ward: None | str
    longtitude: float | None | str
    latitude: float | None | str
    stacks: list[Stack]
    short_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
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

        longtitude: float | None | str
        longtitude = self.longtitude

        latitude: float | None | str
        latitude = self.latitude

        stacks = []
        for stacks_item_data in self.stacks:
            stacks_item = stacks_item_data.to_dict()
            stacks.append(stacks_item)

        short_id = self.short_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

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
            }
        )
        if short_id is not UNSET:
            field_dict["shortId"] = short_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        def _parse_longtitude(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        longtitude = _parse_longtitude(d.pop("longtitude"))

        def _parse_latitude(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        latitude = _parse_latitude(d.pop("latitude"))

        stacks = []
        _stacks = d.pop("stacks")
        for stacks_item_data in _stacks:
            stacks_item = Stack.from_dict(stacks_item_data)

            stacks.append(stacks_item)

        short_id = d.pop("shortId", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = types.parse_datetime(_created_at)

        locker_detail = cls(
            id=id,
            name=name,
            address=address,
            city=city,
            dist=dist,
            ward=ward,
            longtitude=longtitude,
            latitude=latitude,
            stacks=stacks,
            short_id=short_id,
            created_at=created_at,
        )

        locker_detail.additional_properties = d
        return locker_detail

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
