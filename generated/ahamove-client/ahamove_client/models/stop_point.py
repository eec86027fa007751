from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
        address = self.address

        lat = self.lat

        lng = self.lng

        name = self.name

        mobile = self.mobile

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
        address = d.pop("address")

        lat = d.pop("lat")

        lng = d.pop("lng")

        name = d.pop("name")

        mobile = d.pop("mobile")

        cod = d.pop("cod", UNSET)

        formatted_address = d.pop("formatted_address", UNSET)

        short_address = d.pop("short_address", UNSET)

        address_code = d.pop("address_code", UNSET)

        remarks = d.pop("remarks", UNSET)

        item_value = d.pop("item_value", UNSET)

        tracking_number = d.pop("tracking_number", UNSET)

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
