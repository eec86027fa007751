from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.best_service_code import BestServiceCode, check_best_service_code
from ..models.ghn_service_code import GhnServiceCode, check_ghn_service_code
from ..models.vnpost_service_code import VnpostServiceCode, check_vnpost_service_code
from ..models.vtp_service_code import VtpServiceCode, check_vtp_service_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceComparingRequest")


@_attrs_define
class PriceComparingRequest:
    """Shipping-fee comparison request. Every field is a string, as the table says.

    Attributes:
        des_province (str): Destination province code.
        des_district (str): Destination district code.
        des_commune (str): Destination commune code.
        weight (str): Weight (numeric string).
        warehouse_id (str): Sending warehouse id.
        shop_id (str): Shop id (the example sends an empty string).
        quantity (str): Quantity (numeric string).
        price_product (str): Product price (numeric string).
        cod (str): Amount to collect on delivery (numeric string).
        service_vtp (VtpServiceCode | Unset): Viettel Post service code (Mã dịch vụ VTP).
        service_vnpost (VnpostServiceCode | Unset): VNPost service code (Mã dịch vụ VNPOST).
        service_best (BestServiceCode | Unset): Best Express service code (Mã dịch vụ BEST), sent as a string.
        service_ghn (GhnServiceCode | Unset): GHN (Giao hàng nhanh) service code (Mã dịch vụ GHN), sent as a string.
    """

    des_province: str
    des_district: str
    des_commune: str
    weight: str
    warehouse_id: str
    shop_id: str
    quantity: str
    price_product: str
    cod: str
    service_vtp: VtpServiceCode | Unset = UNSET
    service_vnpost: VnpostServiceCode | Unset = UNSET
    service_best: BestServiceCode | Unset = UNSET
    service_ghn: GhnServiceCode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            des_province = self.des_province
        except (AttributeError, TypeError):
            des_province = cast(Any, self.des_province)

        try:
            des_district = self.des_district
        except (AttributeError, TypeError):
            des_district = cast(Any, self.des_district)

        try:
            des_commune = self.des_commune
        except (AttributeError, TypeError):
            des_commune = cast(Any, self.des_commune)

        try:
            weight = self.weight
        except (AttributeError, TypeError):
            weight = cast(Any, self.weight)

        try:
            warehouse_id = self.warehouse_id
        except (AttributeError, TypeError):
            warehouse_id = cast(Any, self.warehouse_id)

        try:
            shop_id = self.shop_id
        except (AttributeError, TypeError):
            shop_id = cast(Any, self.shop_id)

        try:
            quantity = self.quantity
        except (AttributeError, TypeError):
            quantity = cast(Any, self.quantity)

        try:
            price_product = self.price_product
        except (AttributeError, TypeError):
            price_product = cast(Any, self.price_product)

        try:
            cod = self.cod
        except (AttributeError, TypeError):
            cod = cast(Any, self.cod)

        service_vtp: str | Unset = UNSET
        if not isinstance(self.service_vtp, Unset):
            service_vtp = self.service_vtp

        service_vnpost: str | Unset = UNSET
        if not isinstance(self.service_vnpost, Unset):
            service_vnpost = self.service_vnpost

        service_best: str | Unset = UNSET
        if not isinstance(self.service_best, Unset):
            service_best = self.service_best

        service_ghn: str | Unset = UNSET
        if not isinstance(self.service_ghn, Unset):
            service_ghn = self.service_ghn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "des_province": des_province,
                "des_district": des_district,
                "des_commune": des_commune,
                "weight": weight,
                "warehouse_id": warehouse_id,
                "shop_id": shop_id,
                "quantity": quantity,
                "price_product": price_product,
                "cod": cod,
            }
        )
        if isinstance(des_province, Unset):
            del field_dict["des_province"]
        if isinstance(des_district, Unset):
            del field_dict["des_district"]
        if isinstance(des_commune, Unset):
            del field_dict["des_commune"]
        if isinstance(weight, Unset):
            del field_dict["weight"]
        if isinstance(warehouse_id, Unset):
            del field_dict["warehouse_id"]
        if isinstance(shop_id, Unset):
            del field_dict["shop_id"]
        if isinstance(quantity, Unset):
            del field_dict["quantity"]
        if isinstance(price_product, Unset):
            del field_dict["price_product"]
        if isinstance(cod, Unset):
            del field_dict["cod"]
        if service_vtp is not UNSET:
            field_dict["service_vtp"] = service_vtp
        if service_vnpost is not UNSET:
            field_dict["service_vnpost"] = service_vnpost
        if service_best is not UNSET:
            field_dict["service_best"] = service_best
        if service_ghn is not UNSET:
            field_dict["service_ghn"] = service_ghn

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            des_province = d.pop("des_province")
            if not isinstance(des_province, str):
                raise types.Mistyped(f"expected str, got {type(des_province).__name__}")
        except Exception as exc:
            des_province = types.undecoded(src_dict, "des_province", "PriceComparingRequest", exc)

        try:
            des_district = d.pop("des_district")
            if not isinstance(des_district, str):
                raise types.Mistyped(f"expected str, got {type(des_district).__name__}")
        except Exception as exc:
            des_district = types.undecoded(src_dict, "des_district", "PriceComparingRequest", exc)

        try:
            des_commune = d.pop("des_commune")
            if not isinstance(des_commune, str):
                raise types.Mistyped(f"expected str, got {type(des_commune).__name__}")
        except Exception as exc:
            des_commune = types.undecoded(src_dict, "des_commune", "PriceComparingRequest", exc)

        try:
            weight = d.pop("weight")
            if not isinstance(weight, str):
                raise types.Mistyped(f"expected str, got {type(weight).__name__}")
        except Exception as exc:
            weight = types.undecoded(src_dict, "weight", "PriceComparingRequest", exc)

        try:
            warehouse_id = d.pop("warehouse_id")
            if not isinstance(warehouse_id, str):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "PriceComparingRequest", exc)

        try:
            shop_id = d.pop("shop_id")
            if not isinstance(shop_id, str):
                raise types.Mistyped(f"expected str, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "PriceComparingRequest", exc)

        try:
            quantity = d.pop("quantity")
            if not isinstance(quantity, str):
                raise types.Mistyped(f"expected str, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "PriceComparingRequest", exc)

        try:
            price_product = d.pop("price_product")
            if not isinstance(price_product, str):
                raise types.Mistyped(f"expected str, got {type(price_product).__name__}")
        except Exception as exc:
            price_product = types.undecoded(src_dict, "price_product", "PriceComparingRequest", exc)

        try:
            cod = d.pop("cod")
            if not isinstance(cod, str):
                raise types.Mistyped(f"expected str, got {type(cod).__name__}")
        except Exception as exc:
            cod = types.undecoded(src_dict, "cod", "PriceComparingRequest", exc)

        try:
            _service_vtp = d.pop("service_vtp", UNSET)
            service_vtp: VtpServiceCode | Unset
            if isinstance(_service_vtp, Unset):
                service_vtp = UNSET
            else:
                service_vtp = check_vtp_service_code(_service_vtp)

        except Exception as exc:
            service_vtp = types.undecoded(src_dict, "service_vtp", "PriceComparingRequest", exc)

        try:
            _service_vnpost = d.pop("service_vnpost", UNSET)
            service_vnpost: VnpostServiceCode | Unset
            if isinstance(_service_vnpost, Unset):
                service_vnpost = UNSET
            else:
                service_vnpost = check_vnpost_service_code(_service_vnpost)

        except Exception as exc:
            service_vnpost = types.undecoded(src_dict, "service_vnpost", "PriceComparingRequest", exc)

        try:
            _service_best = d.pop("service_best", UNSET)
            service_best: BestServiceCode | Unset
            if isinstance(_service_best, Unset):
                service_best = UNSET
            else:
                service_best = check_best_service_code(_service_best)

        except Exception as exc:
            service_best = types.undecoded(src_dict, "service_best", "PriceComparingRequest", exc)

        try:
            _service_ghn = d.pop("service_ghn", UNSET)
            service_ghn: GhnServiceCode | Unset
            if isinstance(_service_ghn, Unset):
                service_ghn = UNSET
            else:
                service_ghn = check_ghn_service_code(_service_ghn)

        except Exception as exc:
            service_ghn = types.undecoded(src_dict, "service_ghn", "PriceComparingRequest", exc)

        price_comparing_request = cls(
            des_province=des_province,
            des_district=des_district,
            des_commune=des_commune,
            weight=weight,
            warehouse_id=warehouse_id,
            shop_id=shop_id,
            quantity=quantity,
            price_product=price_product,
            cod=cod,
            service_vtp=service_vtp,
            service_vnpost=service_vnpost,
            service_best=service_best,
            service_ghn=service_ghn,
        )

        price_comparing_request.additional_properties = d
        return price_comparing_request

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
