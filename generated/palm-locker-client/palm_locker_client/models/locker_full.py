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
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        try:
            name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            address = self.address
        except (AttributeError, TypeError):
            address = cast(Any, self.address)

        try:
            city: None | str
            city = self.city
        except (AttributeError, TypeError):
            city = cast(Any, self.city)

        try:
            dist: None | str
            dist = self.dist
        except (AttributeError, TypeError):
            dist = cast(Any, self.dist)

        try:
            ward: None | str
            ward = self.ward
        except (AttributeError, TypeError):
            ward = cast(Any, self.ward)

        try:
            longtitude: float | None
            longtitude = self.longtitude
        except (AttributeError, TypeError):
            longtitude = cast(Any, self.longtitude)

        try:
            latitude: float | None
            latitude = self.latitude
        except (AttributeError, TypeError):
            latitude = cast(Any, self.latitude)

        try:
            stacks = []
            for stacks_item_data in self.stacks:
                stacks_item = stacks_item_data.to_dict()
                stacks.append(stacks_item)

        except (AttributeError, TypeError):
            stacks = cast(Any, self.stacks)

        try:
            stack_count = self.stack_count
        except (AttributeError, TypeError):
            stack_count = cast(Any, self.stack_count)

        try:
            size_stack = self.size_stack.to_dict()
        except (AttributeError, TypeError):
            size_stack = cast(Any, self.size_stack)

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
        if isinstance(id, Unset):
            del field_dict["id"]
        if isinstance(name, Unset):
            del field_dict["name"]
        if isinstance(address, Unset):
            del field_dict["address"]
        if isinstance(city, Unset):
            del field_dict["city"]
        if isinstance(dist, Unset):
            del field_dict["dist"]
        if isinstance(ward, Unset):
            del field_dict["ward"]
        if isinstance(longtitude, Unset):
            del field_dict["longtitude"]
        if isinstance(latitude, Unset):
            del field_dict["latitude"]
        if isinstance(stacks, Unset):
            del field_dict["stacks"]
        if isinstance(stack_count, Unset):
            del field_dict["stackCount"]
        if isinstance(size_stack, Unset):
            del field_dict["sizeStack"]
        if distance_km is not UNSET:
            field_dict["distance_km"] = distance_km

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.size_stack import SizeStack
        from ..models.stack import Stack

        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "LockerFull", exc)

        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "LockerFull", exc)

        try:
            address = d.pop("address")
            if not isinstance(address, str):
                raise types.Mistyped(f"expected str, got {type(address).__name__}")
        except Exception as exc:
            address = types.undecoded(src_dict, "address", "LockerFull", exc)

        try:

            def _parse_city(data: object) -> None | str:
                if data is None:
                    return data
                if types.is_strict() and not isinstance(data, (str, type(None))):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(None | str, data)

            city = _parse_city(d.pop("city"))

        except Exception as exc:
            city = types.undecoded(src_dict, "city", "LockerFull", exc)

        try:

            def _parse_dist(data: object) -> None | str:
                if data is None:
                    return data
                if types.is_strict() and not isinstance(data, (str, type(None))):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(None | str, data)

            dist = _parse_dist(d.pop("dist"))

        except Exception as exc:
            dist = types.undecoded(src_dict, "dist", "LockerFull", exc)

        try:

            def _parse_ward(data: object) -> None | str:
                if data is None:
                    return data
                if types.is_strict() and not isinstance(data, (str, type(None))):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(None | str, data)

            ward = _parse_ward(d.pop("ward"))

        except Exception as exc:
            ward = types.undecoded(src_dict, "ward", "LockerFull", exc)

        try:

            def _parse_longtitude(data: object) -> float | None:
                if data is None:
                    return data
                if types.is_strict() and not isinstance(data, (int, float, type(None))):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(float | None, data)

            longtitude = _parse_longtitude(d.pop("longtitude"))

        except Exception as exc:
            longtitude = types.undecoded(src_dict, "longtitude", "LockerFull", exc)

        try:

            def _parse_latitude(data: object) -> float | None:
                if data is None:
                    return data
                if types.is_strict() and not isinstance(data, (int, float, type(None))):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(float | None, data)

            latitude = _parse_latitude(d.pop("latitude"))

        except Exception as exc:
            latitude = types.undecoded(src_dict, "latitude", "LockerFull", exc)

        try:
            stacks = []
            _stacks = d.pop("stacks")
            if not isinstance(_stacks, list):
                raise TypeError(f"expected an array, got {type(_stacks).__name__}")
            for stacks_item_data in _stacks:
                try:
                    stacks_item = Stack.from_dict(stacks_item_data)

                except Exception as item_exc:
                    stacks_item = types.undecoded_item(stacks_item_data, "stacks", item_exc)
                stacks.append(stacks_item)

        except Exception as exc:
            stacks = types.undecoded(src_dict, "stacks", "LockerFull", exc)

        try:
            stack_count = d.pop("stackCount")
            if not isinstance(stack_count, int):
                raise types.Mistyped(f"expected int, got {type(stack_count).__name__}")
        except Exception as exc:
            stack_count = types.undecoded(src_dict, "stackCount", "LockerFull", exc)

        try:
            size_stack = SizeStack.from_dict(d.pop("sizeStack"))

        except Exception as exc:
            size_stack = types.undecoded(src_dict, "sizeStack", "LockerFull", exc)

        try:
            distance_km = d.pop("distance_km", UNSET)
            if not isinstance(distance_km, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(distance_km).__name__}")
        except Exception as exc:
            distance_km = types.undecoded(src_dict, "distance_km", "LockerFull", exc)

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
