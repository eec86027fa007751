from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderAdvancedPlatformFee")


@_attrs_define
class OrderAdvancedPlatformFee:
    """Marketplace fees ("Phí sàn"; table "advanced_platform_fee (1.0)").

    Attributes:
        affiliate_commission (int | Unset): Affiliate commission ("Phí hoa hồng (Sàn TMĐT)").
        diff_shipping_fee (int | Unset): Shipping fee difference ("Chênh lệch phí vận chuyển (Sàn TMĐT)").
        marketplace_voucher (int | Unset): Marketplace subsidy ("Sàn trợ giá").
        payment_fee (int | Unset): Fixed/transaction fee ("Phí cố định, giao dịch (Sàn TMĐT)").
        platform_commission (int | Unset): Platform commission ("Phí hoa hồng nền tảng (Sàn TMĐT)").
        seller_transaction_fee (int | Unset): Payment fee ("Phí thanh toán (Sàn TMĐT)").
        service_fee (int | Unset): Service fee ("Phí dịch vụ (Sàn TMĐT)").
        sfp_service_fee (int | Unset): SFP service fee ("Phí dịch vụ SFP (Sàn TMĐT)").
    """

    affiliate_commission: int | Unset = UNSET
    diff_shipping_fee: int | Unset = UNSET
    marketplace_voucher: int | Unset = UNSET
    payment_fee: int | Unset = UNSET
    platform_commission: int | Unset = UNSET
    seller_transaction_fee: int | Unset = UNSET
    service_fee: int | Unset = UNSET
    sfp_service_fee: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affiliate_commission = self.affiliate_commission

        diff_shipping_fee = self.diff_shipping_fee

        marketplace_voucher = self.marketplace_voucher

        payment_fee = self.payment_fee

        platform_commission = self.platform_commission

        seller_transaction_fee = self.seller_transaction_fee

        service_fee = self.service_fee

        sfp_service_fee = self.sfp_service_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if affiliate_commission is not UNSET:
            field_dict["affiliate_commission"] = affiliate_commission
        if diff_shipping_fee is not UNSET:
            field_dict["diff_shipping_fee"] = diff_shipping_fee
        if marketplace_voucher is not UNSET:
            field_dict["marketplace_voucher"] = marketplace_voucher
        if payment_fee is not UNSET:
            field_dict["payment_fee"] = payment_fee
        if platform_commission is not UNSET:
            field_dict["platform_commission"] = platform_commission
        if seller_transaction_fee is not UNSET:
            field_dict["seller_transaction_fee"] = seller_transaction_fee
        if service_fee is not UNSET:
            field_dict["service_fee"] = service_fee
        if sfp_service_fee is not UNSET:
            field_dict["sfp_service_fee"] = sfp_service_fee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            affiliate_commission = d.pop("affiliate_commission", UNSET)
            if not isinstance(affiliate_commission, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(affiliate_commission).__name__}")
        except Exception as exc:
            affiliate_commission = types.undecoded(src_dict, "affiliate_commission", "OrderAdvancedPlatformFee", exc)

        try:
            diff_shipping_fee = d.pop("diff_shipping_fee", UNSET)
            if not isinstance(diff_shipping_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(diff_shipping_fee).__name__}")
        except Exception as exc:
            diff_shipping_fee = types.undecoded(src_dict, "diff_shipping_fee", "OrderAdvancedPlatformFee", exc)

        try:
            marketplace_voucher = d.pop("marketplace_voucher", UNSET)
            if not isinstance(marketplace_voucher, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(marketplace_voucher).__name__}")
        except Exception as exc:
            marketplace_voucher = types.undecoded(src_dict, "marketplace_voucher", "OrderAdvancedPlatformFee", exc)

        try:
            payment_fee = d.pop("payment_fee", UNSET)
            if not isinstance(payment_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(payment_fee).__name__}")
        except Exception as exc:
            payment_fee = types.undecoded(src_dict, "payment_fee", "OrderAdvancedPlatformFee", exc)

        try:
            platform_commission = d.pop("platform_commission", UNSET)
            if not isinstance(platform_commission, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(platform_commission).__name__}")
        except Exception as exc:
            platform_commission = types.undecoded(src_dict, "platform_commission", "OrderAdvancedPlatformFee", exc)

        try:
            seller_transaction_fee = d.pop("seller_transaction_fee", UNSET)
            if not isinstance(seller_transaction_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(seller_transaction_fee).__name__}")
        except Exception as exc:
            seller_transaction_fee = types.undecoded(
                src_dict, "seller_transaction_fee", "OrderAdvancedPlatformFee", exc
            )

        try:
            service_fee = d.pop("service_fee", UNSET)
            if not isinstance(service_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(service_fee).__name__}")
        except Exception as exc:
            service_fee = types.undecoded(src_dict, "service_fee", "OrderAdvancedPlatformFee", exc)

        try:
            sfp_service_fee = d.pop("sfp_service_fee", UNSET)
            if not isinstance(sfp_service_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(sfp_service_fee).__name__}")
        except Exception as exc:
            sfp_service_fee = types.undecoded(src_dict, "sfp_service_fee", "OrderAdvancedPlatformFee", exc)

        order_advanced_platform_fee = cls(
            affiliate_commission=affiliate_commission,
            diff_shipping_fee=diff_shipping_fee,
            marketplace_voucher=marketplace_voucher,
            payment_fee=payment_fee,
            platform_commission=platform_commission,
            seller_transaction_fee=seller_transaction_fee,
            service_fee=service_fee,
            sfp_service_fee=sfp_service_fee,
        )

        order_advanced_platform_fee.additional_properties = d
        return order_advanced_platform_fee

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
