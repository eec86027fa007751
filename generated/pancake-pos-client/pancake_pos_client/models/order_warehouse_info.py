from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderWarehouseInfo")


@_attrs_define
class OrderWarehouseInfo:
    """Snapshot of the shipping warehouse on an order (`warehouse_info`, "Thông tin kho hàng"). The source types it only as
    "json"; the fields come from its examples.

        Attributes:
            name (str | Unset): Warehouse name.
            phone_number (str | Unset): Warehouse phone number.
            address (str | Unset): Street address.
            full_address (str | Unset): Full address.
            province_id (str | Unset): Province id.
            district_id (str | Unset): District id.
            commune_id (str | Unset): Ward/commune id.
            custom_id (None | str | Unset): Shop's own warehouse code (only null in the examples; ledger PP-123).
            affiliate_id (None | str | Unset): Affiliate id (only null in the examples; ledger PP-123).
            ffm_id (None | str | Unset): Fulfilment id (only null in the examples; ledger PP-123).
            has_snappy_service (bool | Unset): Whether the warehouse has the Snappy service (meaning assumed from the name;
                the document does not describe it).
    """

    name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    address: str | Unset = UNSET
    full_address: str | Unset = UNSET
    province_id: str | Unset = UNSET
    district_id: str | Unset = UNSET
    commune_id: str | Unset = UNSET
    custom_id: None | str | Unset = UNSET
    affiliate_id: None | str | Unset = UNSET
    ffm_id: None | str | Unset = UNSET
    has_snappy_service: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone_number = self.phone_number

        address = self.address

        full_address = self.full_address

        province_id = self.province_id

        district_id = self.district_id

        commune_id = self.commune_id

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        affiliate_id: None | str | Unset
        if isinstance(self.affiliate_id, Unset):
            affiliate_id = UNSET
        else:
            affiliate_id = self.affiliate_id

        ffm_id: None | str | Unset
        if isinstance(self.ffm_id, Unset):
            ffm_id = UNSET
        else:
            ffm_id = self.ffm_id

        has_snappy_service = self.has_snappy_service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if affiliate_id is not UNSET:
            field_dict["affiliate_id"] = affiliate_id
        if ffm_id is not UNSET:
            field_dict["ffm_id"] = ffm_id
        if has_snappy_service is not UNSET:
            field_dict["has_snappy_service"] = has_snappy_service

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "OrderWarehouseInfo", exc)

        try:
            phone_number = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(phone_number).__name__}")
        except Exception as exc:
            phone_number = types.undecoded(src_dict, "phone_number", "OrderWarehouseInfo", exc)

        try:
            address = d.pop("address", UNSET)
            if not isinstance(address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(address).__name__}")
        except Exception as exc:
            address = types.undecoded(src_dict, "address", "OrderWarehouseInfo", exc)

        try:
            full_address = d.pop("full_address", UNSET)
            if not isinstance(full_address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(full_address).__name__}")
        except Exception as exc:
            full_address = types.undecoded(src_dict, "full_address", "OrderWarehouseInfo", exc)

        try:
            province_id = d.pop("province_id", UNSET)
            if not isinstance(province_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(province_id).__name__}")
        except Exception as exc:
            province_id = types.undecoded(src_dict, "province_id", "OrderWarehouseInfo", exc)

        try:
            district_id = d.pop("district_id", UNSET)
            if not isinstance(district_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(district_id).__name__}")
        except Exception as exc:
            district_id = types.undecoded(src_dict, "district_id", "OrderWarehouseInfo", exc)

        try:
            commune_id = d.pop("commune_id", UNSET)
            if not isinstance(commune_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(commune_id).__name__}")
        except Exception as exc:
            commune_id = types.undecoded(src_dict, "commune_id", "OrderWarehouseInfo", exc)

        try:
            custom_id: None | str | Unset = d.pop("custom_id", UNSET)
            if not isinstance(custom_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(custom_id).__name__}")

        except Exception as exc:
            custom_id = types.undecoded(src_dict, "custom_id", "OrderWarehouseInfo", exc)

        try:
            affiliate_id: None | str | Unset = d.pop("affiliate_id", UNSET)
            if not isinstance(affiliate_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(affiliate_id).__name__}")

        except Exception as exc:
            affiliate_id = types.undecoded(src_dict, "affiliate_id", "OrderWarehouseInfo", exc)

        try:
            ffm_id: None | str | Unset = d.pop("ffm_id", UNSET)
            if not isinstance(ffm_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(ffm_id).__name__}")

        except Exception as exc:
            ffm_id = types.undecoded(src_dict, "ffm_id", "OrderWarehouseInfo", exc)

        try:
            has_snappy_service = d.pop("has_snappy_service", UNSET)
            if not isinstance(has_snappy_service, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(has_snappy_service).__name__}")
        except Exception as exc:
            has_snappy_service = types.undecoded(src_dict, "has_snappy_service", "OrderWarehouseInfo", exc)

        order_warehouse_info = cls(
            name=name,
            phone_number=phone_number,
            address=address,
            full_address=full_address,
            province_id=province_id,
            district_id=district_id,
            commune_id=commune_id,
            custom_id=custom_id,
            affiliate_id=affiliate_id,
            ffm_id=ffm_id,
            has_snappy_service=has_snappy_service,
        )

        order_warehouse_info.additional_properties = d
        return order_warehouse_info

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
