from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

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
        try:
            address = self.address
        except (AttributeError, TypeError):
            address = cast(Any, self.address)

        try:
            coordinates = self.coordinates.to_dict()
        except (AttributeError, TypeError):
            coordinates = cast(Any, self.coordinates)

        try:
            details = self.details
        except (AttributeError, TypeError):
            details = cast(Any, self.details)

        try:
            zip_ = self.zip_
        except (AttributeError, TypeError):
            zip_ = cast(Any, self.zip_)

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
        if isinstance(address, Unset):
            del field_dict["address"]
        if isinstance(coordinates, Unset):
            del field_dict["coordinates"]
        if isinstance(details, Unset):
            del field_dict["details"]
        if isinstance(zip_, Unset):
            del field_dict["zip"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            address = d.pop("address")
            if not isinstance(address, str):
                raise types.Mistyped(f"expected str, got {type(address).__name__}")
        except Exception as exc:
            address = types.undecoded(src_dict, "address", "Address", exc)

        try:
            coordinates = Coordinates.from_dict(d.pop("coordinates"))

        except Exception as exc:
            coordinates = types.undecoded(src_dict, "coordinates", "Address", exc)

        try:
            details = d.pop("details")
            if not isinstance(details, str):
                raise types.Mistyped(f"expected str, got {type(details).__name__}")
        except Exception as exc:
            details = types.undecoded(src_dict, "details", "Address", exc)

        try:
            zip_ = d.pop("zip")
            if not isinstance(zip_, str):
                raise types.Mistyped(f"expected str, got {type(zip_).__name__}")
        except Exception as exc:
            zip_ = types.undecoded(src_dict, "zip", "Address", exc)

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


from ..models.coordinates import Coordinates
