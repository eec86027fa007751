from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAddressInput")


@_attrs_define
class CustomerAddressInput:
    """A customer address in “Cập nhật khách hàng” (table “Shop_customer_address (1.2)”); with `id` it edits that address.
    No field is required.

        Attributes:
            id (UUID | Unset): Address id.
            country_code (int | Unset): Country calling code (e.g. 84).
            province_id (str | Unset): Province id.
            district_id (str | Unset): District id.
            commune_id (str | Unset): Ward/commune id.
            address (str | Unset): Street address.
            full_name (str | Unset): Recipient name.
            phone_number (str | Unset): Recipient phone number.
    """

    id: UUID | Unset = UNSET
    country_code: int | Unset = UNSET
    province_id: str | Unset = UNSET
    district_id: str | Unset = UNSET
    commune_id: str | Unset = UNSET
    address: str | Unset = UNSET
    full_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        country_code = self.country_code

        province_id = self.province_id

        district_id = self.district_id

        commune_id = self.commune_id

        address = self.address

        full_name = self.full_name

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if province_id is not UNSET:
            field_dict["province_id"] = province_id
        if district_id is not UNSET:
            field_dict["district_id"] = district_id
        if commune_id is not UNSET:
            field_dict["commune_id"] = commune_id
        if address is not UNSET:
            field_dict["address"] = address
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _id = d.pop("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = types.parse_uuid(_id)

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "CustomerAddressInput", exc)

        try:
            country_code = d.pop("country_code", UNSET)
            if not isinstance(country_code, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(country_code).__name__}")
        except Exception as exc:
            country_code = types.undecoded(src_dict, "country_code", "CustomerAddressInput", exc)

        try:
            province_id = d.pop("province_id", UNSET)
            if not isinstance(province_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(province_id).__name__}")
        except Exception as exc:
            province_id = types.undecoded(src_dict, "province_id", "CustomerAddressInput", exc)

        try:
            district_id = d.pop("district_id", UNSET)
            if not isinstance(district_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(district_id).__name__}")
        except Exception as exc:
            district_id = types.undecoded(src_dict, "district_id", "CustomerAddressInput", exc)

        try:
            commune_id = d.pop("commune_id", UNSET)
            if not isinstance(commune_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(commune_id).__name__}")
        except Exception as exc:
            commune_id = types.undecoded(src_dict, "commune_id", "CustomerAddressInput", exc)

        try:
            address = d.pop("address", UNSET)
            if not isinstance(address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(address).__name__}")
        except Exception as exc:
            address = types.undecoded(src_dict, "address", "CustomerAddressInput", exc)

        try:
            full_name = d.pop("full_name", UNSET)
            if not isinstance(full_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(full_name).__name__}")
        except Exception as exc:
            full_name = types.undecoded(src_dict, "full_name", "CustomerAddressInput", exc)

        try:
            phone_number = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(phone_number).__name__}")
        except Exception as exc:
            phone_number = types.undecoded(src_dict, "phone_number", "CustomerAddressInput", exc)

        customer_address_input = cls(
            id=id,
            country_code=country_code,
            province_id=province_id,
            district_id=district_id,
            commune_id=commune_id,
            address=address,
            full_name=full_name,
            phone_number=phone_number,
        )

        customer_address_input.additional_properties = d
        return customer_address_input

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
