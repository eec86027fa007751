from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="StopPoint")


@_attrs_define
class StopPoint:
    """A stop point of the order path (pickup or drop-off).

    Attributes:
        address (str): Text address.
        lat (float): Latitude.
        lng (float): Longitude.
        name (str): Name of receiver or sender.
        mobile (str): Mobile phone of receiver or sender.
        cod (int | Unset): COD amount at this stop point.
        formatted_address (str | Unset): Formatted text address.
        short_address (str | Unset): Short address text.
        address_code (str | Unset): Address code.
        remarks (str | Unset): A note for the supplier.
        item_value (int | Unset): Item's value.
        tracking_number (str | Unset): Partner tracking number of this stop point (FACTS.md).
    """

    address: str
    lat: float
    lng: float
    name: str
    mobile: str
    cod: int | Unset = UNSET
    formatted_address: str | Unset = UNSET
    short_address: str | Unset = UNSET
    address_code: str | Unset = UNSET
    remarks: str | Unset = UNSET
    item_value: int | Unset = UNSET
    tracking_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            address = self.address
        except (AttributeError, TypeError):
            address = cast(Any, self.address)

        try:
            lat = self.lat
        except (AttributeError, TypeError):
            lat = cast(Any, self.lat)

        try:
            lng = self.lng
        except (AttributeError, TypeError):
            lng = cast(Any, self.lng)

        try:
            name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            mobile = self.mobile
        except (AttributeError, TypeError):
            mobile = cast(Any, self.mobile)

        cod = self.cod

        formatted_address = self.formatted_address

        short_address = self.short_address

        address_code = self.address_code

        remarks = self.remarks

        item_value = self.item_value

        tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "lat": lat,
                "lng": lng,
                "name": name,
                "mobile": mobile,
            }
        )
        if isinstance(address, Unset):
            del field_dict["address"]
        if isinstance(lat, Unset):
            del field_dict["lat"]
        if isinstance(lng, Unset):
            del field_dict["lng"]
        if isinstance(name, Unset):
            del field_dict["name"]
        if isinstance(mobile, Unset):
            del field_dict["mobile"]
        if cod is not UNSET:
            field_dict["cod"] = cod
        if formatted_address is not UNSET:
            field_dict["formatted_address"] = formatted_address
        if short_address is not UNSET:
            field_dict["short_address"] = short_address
        if address_code is not UNSET:
            field_dict["address_code"] = address_code
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if item_value is not UNSET:
            field_dict["item_value"] = item_value
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            address = d.pop("address")
            if not isinstance(address, str):
                raise types.Mistyped(f"expected str, got {type(address).__name__}")
        except Exception as exc:
            address = types.undecoded(src_dict, "address", "StopPoint", exc)

        try:
            lat = d.pop("lat")
            if not isinstance(lat, (int, float)):
                raise types.Mistyped(f"expected number, got {type(lat).__name__}")
        except Exception as exc:
            lat = types.undecoded(src_dict, "lat", "StopPoint", exc)

        try:
            lng = d.pop("lng")
            if not isinstance(lng, (int, float)):
                raise types.Mistyped(f"expected number, got {type(lng).__name__}")
        except Exception as exc:
            lng = types.undecoded(src_dict, "lng", "StopPoint", exc)

        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "StopPoint", exc)

        try:
            mobile = d.pop("mobile")
            if not isinstance(mobile, str):
                raise types.Mistyped(f"expected str, got {type(mobile).__name__}")
        except Exception as exc:
            mobile = types.undecoded(src_dict, "mobile", "StopPoint", exc)

        try:
            cod = d.pop("cod", UNSET)
            if not isinstance(cod, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cod).__name__}")
        except Exception as exc:
            cod = types.undecoded(src_dict, "cod", "StopPoint", exc)

        try:
            formatted_address = d.pop("formatted_address", UNSET)
            if not isinstance(formatted_address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(formatted_address).__name__}")
        except Exception as exc:
            formatted_address = types.undecoded(src_dict, "formatted_address", "StopPoint", exc)

        try:
            short_address = d.pop("short_address", UNSET)
            if not isinstance(short_address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(short_address).__name__}")
        except Exception as exc:
            short_address = types.undecoded(src_dict, "short_address", "StopPoint", exc)

        try:
            address_code = d.pop("address_code", UNSET)
            if not isinstance(address_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(address_code).__name__}")
        except Exception as exc:
            address_code = types.undecoded(src_dict, "address_code", "StopPoint", exc)

        try:
            remarks = d.pop("remarks", UNSET)
            if not isinstance(remarks, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(remarks).__name__}")
        except Exception as exc:
            remarks = types.undecoded(src_dict, "remarks", "StopPoint", exc)

        try:
            item_value = d.pop("item_value", UNSET)
            if not isinstance(item_value, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(item_value).__name__}")
        except Exception as exc:
            item_value = types.undecoded(src_dict, "item_value", "StopPoint", exc)

        try:
            tracking_number = d.pop("tracking_number", UNSET)
            if not isinstance(tracking_number, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(tracking_number).__name__}")
        except Exception as exc:
            tracking_number = types.undecoded(src_dict, "tracking_number", "StopPoint", exc)

        stop_point = cls(
            address=address,
            lat=lat,
            lng=lng,
            name=name,
            mobile=mobile,
            cod=cod,
            formatted_address=formatted_address,
            short_address=short_address,
            address_code=address_code,
            remarks=remarks,
            item_value=item_value,
            tracking_number=tracking_number,
        )

        stop_point.additional_properties = d
        return stop_point

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
