from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types

if TYPE_CHECKING:
    from ..models.coordinates import Coordinates


T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """Delivery/assembly address. The object is optional in the body, but when it is sent all four fields are required
    (AM-008).

        Attributes:
            address (str): String representing the address.
            coordinates (Coordinates): Coordinates of the point (`{ lat: double, lon: double }` in the source; AM-018).
            details (str): Detailed information about the address.
            zip_ (str): Post code of the address.
    """

    address: str
    coordinates: Coordinates
    details: str
    zip_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        coordinates = self.coordinates.to_dict()

        details = self.details

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "coordinates": coordinates,
                "details": details,
                "zip": zip_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.coordinates import Coordinates

        d = dict(src_dict)
        address = d.pop("address")

        coordinates = Coordinates.from_dict(d.pop("coordinates"))

        details = d.pop("details")

        zip_ = d.pop("zip")

        address = cls(
            address=address,
            coordinates=coordinates,
            details=details,
            zip_=zip_,
        )

        address.additional_properties = d
        return address

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
