from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseRequest")


@_attrs_define
class WarehouseRequest:
    """Body of “Tạo kho hàng” (`POST /shops/{shop_id}/warehouses`) and “Cập nhật kho hàng” (`PUT
    /shops/{shop_id}/warehouses/{warehouse_id}`); both sections print the same table. The table is headed “Query
    Parameters”, but its rows are the fields of the JSON body shown in the request example (ledger PP-207). The source
    types the four configuration objects only as `json`; their keys come from the examples (ledger PP-208).

        Attributes:
            name (str): Warehouse name.
            shelf_config (WarehouseRequestShelfConfig): Shelf layout configuration (the example sets `col`).
            phone_number (str | Unset): Warehouse phone number.
            address (str | Unset): Street address (house number, street, …).
            country_code (str | Unset): Country calling code (e.g. "84").
            province_id (str | Unset): Province id, from `GET /geo/provinces`.
            district_id (str | Unset): District id, from `GET /geo/districts`.
            commune_id (str | Unset): Ward/commune id, from `GET /geo/communes`.
            batch_config (WarehouseRequestBatchConfig | Unset): Batch (lot) layout configuration (the example sets `col`,
                `line`, `row`).
            custom_shelf_config (WarehouseRequestCustomShelfConfig | Unset): Custom shelf names.
            custom_batch_config (WarehouseRequestCustomBatchConfig | Unset): Custom batch (lot) names.
            hide_config_batch_shelf (bool | Unset): Custom batch/shelf configuration switch (“Mở cấu hình lô kệ tùy chỉnh”).
    """

    name: str
    shelf_config: WarehouseRequestShelfConfig
    phone_number: str | Unset = UNSET
    address: str | Unset = UNSET
    country_code: str | Unset = UNSET
    province_id: str | Unset = UNSET
    district_id: str | Unset = UNSET
    commune_id: str | Unset = UNSET
    batch_config: WarehouseRequestBatchConfig | Unset = UNSET
    custom_shelf_config: WarehouseRequestCustomShelfConfig | Unset = UNSET
    custom_batch_config: WarehouseRequestCustomBatchConfig | Unset = UNSET
    hide_config_batch_shelf: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            shelf_config = self.shelf_config.to_dict()
        except (AttributeError, TypeError):
            shelf_config = cast(Any, self.shelf_config)

        phone_number = self.phone_number

        address = self.address

        country_code = self.country_code

        province_id = self.province_id

        district_id = self.district_id

        commune_id = self.commune_id

        batch_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.batch_config, Unset):
            batch_config = self.batch_config.to_dict()

        custom_shelf_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_shelf_config, Unset):
            custom_shelf_config = self.custom_shelf_config.to_dict()

        custom_batch_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_batch_config, Unset):
            custom_batch_config = self.custom_batch_config.to_dict()

        hide_config_batch_shelf = self.hide_config_batch_shelf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "shelf_config": shelf_config,
            }
        )
        if isinstance(name, Unset):
            del field_dict["name"]
        if isinstance(shelf_config, Unset):
            del field_dict["shelf_config"]
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if address is not UNSET:
            field_dict["address"] = address
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if province_id is not UNSET:
            field_dict["province_id"] = province_id
        if district_id is not UNSET:
            field_dict["district_id"] = district_id
        if commune_id is not UNSET:
            field_dict["commune_id"] = commune_id
        if batch_config is not UNSET:
            field_dict["batch_config"] = batch_config
        if custom_shelf_config is not UNSET:
            field_dict["custom_shelf_config"] = custom_shelf_config
        if custom_batch_config is not UNSET:
            field_dict["custom_batch_config"] = custom_batch_config
        if hide_config_batch_shelf is not UNSET:
            field_dict["hide_config_batch_shelf"] = hide_config_batch_shelf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "WarehouseRequest", exc)

        try:
            shelf_config = WarehouseRequestShelfConfig.from_dict(d.pop("shelf_config"))

        except Exception as exc:
            shelf_config = types.undecoded(src_dict, "shelf_config", "WarehouseRequest", exc)

        try:
            phone_number = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(phone_number).__name__}")
        except Exception as exc:
            phone_number = types.undecoded(src_dict, "phone_number", "WarehouseRequest", exc)

        try:
            address = d.pop("address", UNSET)
            if not isinstance(address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(address).__name__}")
        except Exception as exc:
            address = types.undecoded(src_dict, "address", "WarehouseRequest", exc)

        try:
            country_code = d.pop("country_code", UNSET)
            if not isinstance(country_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(country_code).__name__}")
        except Exception as exc:
            country_code = types.undecoded(src_dict, "country_code", "WarehouseRequest", exc)

        try:
            province_id = d.pop("province_id", UNSET)
            if not isinstance(province_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(province_id).__name__}")
        except Exception as exc:
            province_id = types.undecoded(src_dict, "province_id", "WarehouseRequest", exc)

        try:
            district_id = d.pop("district_id", UNSET)
            if not isinstance(district_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(district_id).__name__}")
        except Exception as exc:
            district_id = types.undecoded(src_dict, "district_id", "WarehouseRequest", exc)

        try:
            commune_id = d.pop("commune_id", UNSET)
            if not isinstance(commune_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(commune_id).__name__}")
        except Exception as exc:
            commune_id = types.undecoded(src_dict, "commune_id", "WarehouseRequest", exc)

        try:
            _batch_config = d.pop("batch_config", UNSET)
            batch_config: WarehouseRequestBatchConfig | Unset
            if isinstance(_batch_config, Unset):
                batch_config = UNSET
            else:
                batch_config = WarehouseRequestBatchConfig.from_dict(_batch_config)

        except Exception as exc:
            batch_config = types.undecoded(src_dict, "batch_config", "WarehouseRequest", exc)

        try:
            _custom_shelf_config = d.pop("custom_shelf_config", UNSET)
            custom_shelf_config: WarehouseRequestCustomShelfConfig | Unset
            if isinstance(_custom_shelf_config, Unset):
                custom_shelf_config = UNSET
            else:
                custom_shelf_config = WarehouseRequestCustomShelfConfig.from_dict(_custom_shelf_config)

        except Exception as exc:
            custom_shelf_config = types.undecoded(src_dict, "custom_shelf_config", "WarehouseRequest", exc)

        try:
            _custom_batch_config = d.pop("custom_batch_config", UNSET)
            custom_batch_config: WarehouseRequestCustomBatchConfig | Unset
            if isinstance(_custom_batch_config, Unset):
                custom_batch_config = UNSET
            else:
                custom_batch_config = WarehouseRequestCustomBatchConfig.from_dict(_custom_batch_config)

        except Exception as exc:
            custom_batch_config = types.undecoded(src_dict, "custom_batch_config", "WarehouseRequest", exc)

        try:
            hide_config_batch_shelf = d.pop("hide_config_batch_shelf", UNSET)
            if not isinstance(hide_config_batch_shelf, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(hide_config_batch_shelf).__name__}")
        except Exception as exc:
            hide_config_batch_shelf = types.undecoded(src_dict, "hide_config_batch_shelf", "WarehouseRequest", exc)

        warehouse_request = cls(
            name=name,
            shelf_config=shelf_config,
            phone_number=phone_number,
            address=address,
            country_code=country_code,
            province_id=province_id,
            district_id=district_id,
            commune_id=commune_id,
            batch_config=batch_config,
            custom_shelf_config=custom_shelf_config,
            custom_batch_config=custom_batch_config,
            hide_config_batch_shelf=hide_config_batch_shelf,
        )

        warehouse_request.additional_properties = d
        return warehouse_request

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


from ..models.warehouse_request_batch_config import WarehouseRequestBatchConfig
from ..models.warehouse_request_custom_batch_config import (
    WarehouseRequestCustomBatchConfig,
)
from ..models.warehouse_request_custom_shelf_config import (
    WarehouseRequestCustomShelfConfig,
)
from ..models.warehouse_request_shelf_config import WarehouseRequestShelfConfig
