from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="Coordinates")


@_attrs_define
class Coordinates:
    """Coordinates of the point (`{ lat: double, lon: double }` in the source; AM-018).

    Attributes:
        lat (float): Latitude.
        lon (float): Longitude.
    """

    lat: float
    lon: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            lat = self.lat
        except (AttributeError, TypeError):
            lat = cast(Any, self.lat)

        try:
            lon = self.lon
        except (AttributeError, TypeError):
            lon = cast(Any, self.lon)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lat": lat,
                "lon": lon,
            }
        )
        if isinstance(lat, Unset):
            del field_dict["lat"]
        if isinstance(lon, Unset):
            del field_dict["lon"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            lat = d.pop("lat")
            if not isinstance(lat, (int, float)):
                raise types.Mistyped(f"expected number, got {type(lat).__name__}")
        except Exception as exc:
            lat = types.undecoded(src_dict, "lat", "Coordinates", exc)

        try:
            lon = d.pop("lon")
            if not isinstance(lon, (int, float)):
                raise types.Mistyped(f"expected number, got {type(lon).__name__}")
        except Exception as exc:
            lon = types.undecoded(src_dict, "lon", "Coordinates", exc)

        coordinates = cls(
            lat=lat,
            lon=lon,
        )

        coordinates.additional_properties = d
        return coordinates

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
