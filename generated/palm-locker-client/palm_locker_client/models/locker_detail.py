from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="LockerDetail")


@_attrs_define
class LockerDetail:
    """A locker (device) as answered by "Get device's detail".

    Attributes:
        id (str): Locker id (UUID in the examples).
        short_id (str | Unset): The id without dashes (assumed from the name: the document does not describe it).
        name (str | Unset):
        address (str | Unset):
        city (None | str | Unset):
        dist (None | str | Unset): District.
        ward (None | str | Unset):
        longtitude (float | None | str | Unset): Longitude. A decimal string ("106.00000000") in this operation's
            example, a number in "List devices": both accepted (ledger PL-015).
        latitude (float | None | str | Unset): Latitude. A decimal string ("21.00000000") in this operation's example, a
            number in "List devices": both accepted (ledger PL-015).
        created_at (datetime.datetime | Unset):
        stacks (list[Stack] | Unset):
    """

    id: str
    short_id: str | Unset = UNSET
    name: str | Unset = UNSET
    address: str | Unset = UNSET
    city: None | str | Unset = UNSET
    dist: None | str | Unset = UNSET
    ward: None | str | Unset = UNSET
    longtitude: float | None | str | Unset = UNSET
    latitude: float | None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    stacks: list[Stack] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        short_id = self.short_id

        name = self.name

        address = self.address

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        dist: None | str | Unset
        if isinstance(self.dist, Unset):
            dist = UNSET
        else:
            dist = self.dist

        ward: None | str | Unset
        if isinstance(self.ward, Unset):
            ward = UNSET
        else:
            ward = self.ward

        longtitude: float | None | str | Unset
        if isinstance(self.longtitude, Unset):
            longtitude = UNSET
        else:
            longtitude = self.longtitude

        latitude: float | None | str | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        stacks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stacks, Unset):
            stacks = []
            for stacks_item_data in self.stacks:
                stacks_item = stacks_item_data.to_dict()
                stacks.append(stacks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if short_id is not UNSET:
            field_dict["shortId"] = short_id
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if dist is not UNSET:
            field_dict["dist"] = dist
        if ward is not UNSET:
            field_dict["ward"] = ward
        if longtitude is not UNSET:
            field_dict["longtitude"] = longtitude
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if stacks is not UNSET:
            field_dict["stacks"] = stacks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "LockerDetail", exc)

        try:
            short_id = d.pop("shortId", UNSET)
            if not isinstance(short_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(short_id).__name__}")
        except Exception as exc:
            short_id = types.undecoded(src_dict, "shortId", "LockerDetail", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "LockerDetail", exc)

        try:
            address = d.pop("address", UNSET)
            if not isinstance(address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(address).__name__}")
        except Exception as exc:
            address = types.undecoded(src_dict, "address", "LockerDetail", exc)

        try:
            city: None | str | Unset = d.pop("city", UNSET)
            if not isinstance(city, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(city).__name__}")

        except Exception as exc:
            city = types.undecoded(src_dict, "city", "LockerDetail", exc)

        try:
            dist: None | str | Unset = d.pop("dist", UNSET)
            if not isinstance(dist, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(dist).__name__}")

        except Exception as exc:
            dist = types.undecoded(src_dict, "dist", "LockerDetail", exc)

        try:
            ward: None | str | Unset = d.pop("ward", UNSET)
            if not isinstance(ward, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(ward).__name__}")

        except Exception as exc:
            ward = types.undecoded(src_dict, "ward", "LockerDetail", exc)

        try:
            longtitude: float | None | str | Unset = d.pop("longtitude", UNSET)
            if not isinstance(longtitude, (int, float, str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(longtitude).__name__}")

        except Exception as exc:
            longtitude = types.undecoded(src_dict, "longtitude", "LockerDetail", exc)

        try:
            latitude: float | None | str | Unset = d.pop("latitude", UNSET)
            if not isinstance(latitude, (int, float, str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(latitude).__name__}")

        except Exception as exc:
            latitude = types.undecoded(src_dict, "latitude", "LockerDetail", exc)

        try:
            _created_at = d.pop("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = types.parse_datetime(_created_at)

        except Exception as exc:
            created_at = types.undecoded(src_dict, "createdAt", "LockerDetail", exc)

        try:
            _stacks = d.pop("stacks", UNSET)
            stacks: list[Stack] | Unset = UNSET
            if _stacks is not UNSET:
                if not isinstance(_stacks, list):
                    raise TypeError(f"expected an array, got {type(_stacks).__name__}")
                stacks = []
                for stacks_item_data in _stacks:
                    try:
                        stacks_item = Stack.from_dict(stacks_item_data)

                    except Exception as item_exc:
                        stacks_item = types.undecoded_item(stacks_item_data, "stacks", item_exc)
                    stacks.append(stacks_item)

        except Exception as exc:
            stacks = types.undecoded(src_dict, "stacks", "LockerDetail", exc)

        locker_detail = cls(
            id=id,
            short_id=short_id,
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


from ..models.stack import Stack
