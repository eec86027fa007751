from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAddress")


@_attrs_define
class CustomerAddress:
    """A delivery address of a customer (`shop_customer_addresses[]`), as returned in customer objects. Newly created
    customers have an address holding only the phone number, with the other fields null (example of “Tạo khách hàng”).

        Attributes:
            id (UUID | Unset): Address id.
            full_name (None | str | Unset): Recipient name.
            phone_number (None | str | Unset): Recipient phone number.
            address (None | str | Unset): Street address.
            full_address (None | str | Unset): Full address including commune, district and province names.
            province_id (None | str | Unset): Province id.
            district_id (None | str | Unset): District id.
            commune_id (None | str | Unset): Ward/commune id.
            country_code (int | None | str | Unset): Country calling code. The update table says int and the create example
                shows 84; elsewhere (warehouses, order addresses) it is the string "84" (ledger PP-218).
    """

    id: UUID | Unset = UNSET
    full_name: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    full_address: None | str | Unset = UNSET
    province_id: None | str | Unset = UNSET
    district_id: None | str | Unset = UNSET
    commune_id: None | str | Unset = UNSET
    country_code: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        full_address: None | str | Unset
        if isinstance(self.full_address, Unset):
            full_address = UNSET
        else:
            full_address = self.full_address

        province_id: None | str | Unset
        if isinstance(self.province_id, Unset):
            province_id = UNSET
        else:
            province_id = self.province_id

        district_id: None | str | Unset
        if isinstance(self.district_id, Unset):
            district_id = UNSET
        else:
            district_id = self.district_id

        commune_id: None | str | Unset
        if isinstance(self.commune_id, Unset):
            commune_id = UNSET
        else:
            commune_id = self.commune_id

        country_code: int | None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if address is not UNSET:
            field_dict["address"] = address
        if full_address is not UNSET:
            field_dict["full_address"] = full_address
        if province_id is not UNSET:
            field_dict["province_id"] = province_id
        if district_id is not UNSET:
            field_dict["district_id"] = district_id
        if commune_id is not UNSET:
            field_dict["commune_id"] = commune_id
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

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
            id = types.undecoded(src_dict, "id", "CustomerAddress", exc)

        try:
            full_name: None | str | Unset = d.pop("full_name", UNSET)
            if not isinstance(full_name, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(full_name).__name__}")

        except Exception as exc:
            full_name = types.undecoded(src_dict, "full_name", "CustomerAddress", exc)

        try:
            phone_number: None | str | Unset = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(phone_number).__name__}")

        except Exception as exc:
            phone_number = types.undecoded(src_dict, "phone_number", "CustomerAddress", exc)

        try:
            address: None | str | Unset = d.pop("address", UNSET)
            if not isinstance(address, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(address).__name__}")

        except Exception as exc:
            address = types.undecoded(src_dict, "address", "CustomerAddress", exc)

        try:
            full_address: None | str | Unset = d.pop("full_address", UNSET)
            if not isinstance(full_address, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(full_address).__name__}")

        except Exception as exc:
            full_address = types.undecoded(src_dict, "full_address", "CustomerAddress", exc)

        try:
            province_id: None | str | Unset = d.pop("province_id", UNSET)
            if not isinstance(province_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(province_id).__name__}")

        except Exception as exc:
            province_id = types.undecoded(src_dict, "province_id", "CustomerAddress", exc)

        try:
            district_id: None | str | Unset = d.pop("district_id", UNSET)
            if not isinstance(district_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(district_id).__name__}")

        except Exception as exc:
            district_id = types.undecoded(src_dict, "district_id", "CustomerAddress", exc)

        try:
            commune_id: None | str | Unset = d.pop("commune_id", UNSET)
            if not isinstance(commune_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(commune_id).__name__}")

        except Exception as exc:
            commune_id = types.undecoded(src_dict, "commune_id", "CustomerAddress", exc)

        try:
            country_code: int | None | str | Unset = d.pop("country_code", UNSET)
            if not isinstance(country_code, (int, str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(country_code).__name__}")

        except Exception as exc:
            country_code = types.undecoded(src_dict, "country_code", "CustomerAddress", exc)

        customer_address = cls(
            id=id,
            full_name=full_name,
            phone_number=phone_number,
            address=address,
            full_address=full_address,
            province_id=province_id,
            district_id=district_id,
            commune_id=commune_id,
            country_code=country_code,
        )

        customer_address.additional_properties = d
        return customer_address

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
