from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Warehouse")


@_attrs_define
class Warehouse:
    """A warehouse of the shop (“Kho hàng”), as listed by `GET /shops/{shop_id}/warehouses`.

    Attributes:
        id (UUID): Warehouse id.
        name (str | Unset): Warehouse name.
        shop_id (int | Unset): Shop id (only in the example, not in the table; ledger PP-206).
        custom_id (None | str | Unset): Shop's own warehouse code (the table says string; null in the example).
        phone_number (str | Unset): Warehouse phone number.
        address (str | Unset): Street address (house number, street, …).
        full_address (str | Unset): Full address including commune, district and province names.
        province_id (str | Unset): Province id, from `GET /geo/provinces`.
        district_id (str | Unset): District id, from `GET /geo/districts`.
        commune_id (str | Unset): Ward/commune id, from `GET /geo/communes`.
        country_code (str | Unset): Country calling code (e.g. "84").
        allow_create_order (bool | Unset): Whether orders can be created from this warehouse.
    """

    id: UUID
    name: str | Unset = UNSET
    shop_id: int | Unset = UNSET
    custom_id: None | str | Unset = UNSET
    phone_number: str | Unset = UNSET
    address: str | Unset = UNSET
    full_address: str | Unset = UNSET
    province_id: str | Unset = UNSET
    district_id: str | Unset = UNSET
    commune_id: str | Unset = UNSET
    country_code: str | Unset = UNSET
    allow_create_order: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = str(self.id)
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        name = self.name

        shop_id = self.shop_id

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        phone_number = self.phone_number

        address = self.address

        full_address = self.full_address

        province_id = self.province_id

        district_id = self.district_id

        commune_id = self.commune_id

        country_code = self.country_code

        allow_create_order = self.allow_create_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if name is not UNSET:
            field_dict["name"] = name
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
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
        if allow_create_order is not UNSET:
            field_dict["allow_create_order"] = allow_create_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = types.parse_uuid(d.pop("id"))

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Warehouse", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "Warehouse", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "Warehouse", exc)

        try:
            custom_id: None | str | Unset = d.pop("custom_id", UNSET)
            if not isinstance(custom_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(custom_id).__name__}")

        except Exception as exc:
            custom_id = types.undecoded(src_dict, "custom_id", "Warehouse", exc)

        try:
            phone_number = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(phone_number).__name__}")
        except Exception as exc:
            phone_number = types.undecoded(src_dict, "phone_number", "Warehouse", exc)

        try:
            address = d.pop("address", UNSET)
            if not isinstance(address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(address).__name__}")
        except Exception as exc:
            address = types.undecoded(src_dict, "address", "Warehouse", exc)

        try:
            full_address = d.pop("full_address", UNSET)
            if not isinstance(full_address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(full_address).__name__}")
        except Exception as exc:
            full_address = types.undecoded(src_dict, "full_address", "Warehouse", exc)

        try:
            province_id = d.pop("province_id", UNSET)
            if not isinstance(province_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(province_id).__name__}")
        except Exception as exc:
            province_id = types.undecoded(src_dict, "province_id", "Warehouse", exc)

        try:
            district_id = d.pop("district_id", UNSET)
            if not isinstance(district_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(district_id).__name__}")
        except Exception as exc:
            district_id = types.undecoded(src_dict, "district_id", "Warehouse", exc)

        try:
            commune_id = d.pop("commune_id", UNSET)
            if not isinstance(commune_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(commune_id).__name__}")
        except Exception as exc:
            commune_id = types.undecoded(src_dict, "commune_id", "Warehouse", exc)

        try:
            country_code = d.pop("country_code", UNSET)
            if not isinstance(country_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(country_code).__name__}")
        except Exception as exc:
            country_code = types.undecoded(src_dict, "country_code", "Warehouse", exc)

        try:
            allow_create_order = d.pop("allow_create_order", UNSET)
            if not isinstance(allow_create_order, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(allow_create_order).__name__}")
        except Exception as exc:
            allow_create_order = types.undecoded(src_dict, "allow_create_order", "Warehouse", exc)

        warehouse = cls(
            id=id,
            name=name,
            shop_id=shop_id,
            custom_id=custom_id,
            phone_number=phone_number,
            address=address,
            full_address=full_address,
            province_id=province_id,
            district_id=district_id,
            commune_id=commune_id,
            country_code=country_code,
            allow_create_order=allow_create_order,
        )

        warehouse.additional_properties = d
        return warehouse

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
