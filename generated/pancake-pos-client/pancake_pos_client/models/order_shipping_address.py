from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderShippingAddress")


@_attrs_define
class OrderShippingAddress:
    """Delivery address of an order (`shipping_address`, "Thông tin nhận hàng"; table "shipping_address (1.5)"). Used in
    responses and in the create/update request bodies.

        Attributes:
            address (str | Unset): Street address — house number, street ("Địa chỉ chi tiết nhận hàng").
            full_address (str | Unset): Full delivery address ("Địa chỉ đầy đủ nhận hàng").
            full_name (str | Unset): Recipient name ("Tên khách hàng").
            phone_number (str | Unset): Recipient phone number (assumed from the name and the examples). The table's label,
                "Số điện thoại, tên khách hàng, ghi chú, ..." (phone number, customer name, note, ...), reads like a label
                copied from elsewhere (ledger PP-438).
            province_id (str | Unset): Province id ("Mã tỉnh thành phố"), from `GET /geo/provinces`.
            district_id (str | Unset): District id ("Mã quận huyện"), from `GET /geo/districts`.
            commune_id (str | Unset): Ward/commune id ("Mã phường xã"), from `GET /geo/communes`.
            country_code (None | str | Unset): Country calling code, e.g. "84" for Viet Nam ("Mã quốc gia").
            post_code (None | str | Unset): Postal code (only in examples, always null; type assumed, ledger PP-123).
            province_name (str | Unset): Province name ("Tỉnh / thành phố").
            district_name (str | Unset): District name ("Quận / Huyện").
            commnue_name (str | Unset): Ward/commune name ("Phường / Xã"). The wire name is spelled `commnue_name`.
            commune_code_sicepat (None | str | Unset): Commune code for the SiCepat carrier. Only in the returned-orders
                example, where it is null; in no table (ledger PP-432).
    """

    address: str | Unset = UNSET
    full_address: str | Unset = UNSET
    full_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    province_id: str | Unset = UNSET
    district_id: str | Unset = UNSET
    commune_id: str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    post_code: None | str | Unset = UNSET
    province_name: str | Unset = UNSET
    district_name: str | Unset = UNSET
    commnue_name: str | Unset = UNSET
    commune_code_sicepat: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        full_address = self.full_address

        full_name = self.full_name

        phone_number = self.phone_number

        province_id = self.province_id

        district_id = self.district_id

        commune_id = self.commune_id

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        post_code: None | str | Unset
        if isinstance(self.post_code, Unset):
            post_code = UNSET
        else:
            post_code = self.post_code

        province_name = self.province_name

        district_name = self.district_name

        commnue_name = self.commnue_name

        commune_code_sicepat: None | str | Unset
        if isinstance(self.commune_code_sicepat, Unset):
            commune_code_sicepat = UNSET
        else:
            commune_code_sicepat = self.commune_code_sicepat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if full_address is not UNSET:
            field_dict["full_address"] = full_address
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if province_id is not UNSET:
            field_dict["province_id"] = province_id
        if district_id is not UNSET:
            field_dict["district_id"] = district_id
        if commune_id is not UNSET:
            field_dict["commune_id"] = commune_id
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if post_code is not UNSET:
            field_dict["post_code"] = post_code
        if province_name is not UNSET:
            field_dict["province_name"] = province_name
        if district_name is not UNSET:
            field_dict["district_name"] = district_name
        if commnue_name is not UNSET:
            field_dict["commnue_name"] = commnue_name
        if commune_code_sicepat is not UNSET:
            field_dict["commune_code_sicepat"] = commune_code_sicepat

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            address = d.pop("address", UNSET)
            if not isinstance(address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(address).__name__}")
        except Exception as exc:
            address = types.undecoded(src_dict, "address", "OrderShippingAddress", exc)

        try:
            full_address = d.pop("full_address", UNSET)
            if not isinstance(full_address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(full_address).__name__}")
        except Exception as exc:
            full_address = types.undecoded(src_dict, "full_address", "OrderShippingAddress", exc)

        try:
            full_name = d.pop("full_name", UNSET)
            if not isinstance(full_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(full_name).__name__}")
        except Exception as exc:
            full_name = types.undecoded(src_dict, "full_name", "OrderShippingAddress", exc)

        try:
            phone_number = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(phone_number).__name__}")
        except Exception as exc:
            phone_number = types.undecoded(src_dict, "phone_number", "OrderShippingAddress", exc)

        try:
            province_id = d.pop("province_id", UNSET)
            if not isinstance(province_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(province_id).__name__}")
        except Exception as exc:
            province_id = types.undecoded(src_dict, "province_id", "OrderShippingAddress", exc)

        try:
            district_id = d.pop("district_id", UNSET)
            if not isinstance(district_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(district_id).__name__}")
        except Exception as exc:
            district_id = types.undecoded(src_dict, "district_id", "OrderShippingAddress", exc)

        try:
            commune_id = d.pop("commune_id", UNSET)
            if not isinstance(commune_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(commune_id).__name__}")
        except Exception as exc:
            commune_id = types.undecoded(src_dict, "commune_id", "OrderShippingAddress", exc)

        try:
            country_code: None | str | Unset = d.pop("country_code", UNSET)
            if not isinstance(country_code, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(country_code).__name__}")

        except Exception as exc:
            country_code = types.undecoded(src_dict, "country_code", "OrderShippingAddress", exc)

        try:
            post_code: None | str | Unset = d.pop("post_code", UNSET)
            if not isinstance(post_code, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(post_code).__name__}")

        except Exception as exc:
            post_code = types.undecoded(src_dict, "post_code", "OrderShippingAddress", exc)

        try:
            province_name = d.pop("province_name", UNSET)
            if not isinstance(province_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(province_name).__name__}")
        except Exception as exc:
            province_name = types.undecoded(src_dict, "province_name", "OrderShippingAddress", exc)

        try:
            district_name = d.pop("district_name", UNSET)
            if not isinstance(district_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(district_name).__name__}")
        except Exception as exc:
            district_name = types.undecoded(src_dict, "district_name", "OrderShippingAddress", exc)

        try:
            commnue_name = d.pop("commnue_name", UNSET)
            if not isinstance(commnue_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(commnue_name).__name__}")
        except Exception as exc:
            commnue_name = types.undecoded(src_dict, "commnue_name", "OrderShippingAddress", exc)

        try:
            commune_code_sicepat: None | str | Unset = d.pop("commune_code_sicepat", UNSET)
            if not isinstance(commune_code_sicepat, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(commune_code_sicepat).__name__}")

        except Exception as exc:
            commune_code_sicepat = types.undecoded(src_dict, "commune_code_sicepat", "OrderShippingAddress", exc)

        order_shipping_address = cls(
            address=address,
            full_address=full_address,
            full_name=full_name,
            phone_number=phone_number,
            province_id=province_id,
            district_id=district_id,
            commune_id=commune_id,
            country_code=country_code,
            post_code=post_code,
            province_name=province_name,
            district_name=district_name,
            commnue_name=commnue_name,
            commune_code_sicepat=commune_code_sicepat,
        )

        order_shipping_address.additional_properties = d
        return order_shipping_address

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
