from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherCreateMultiRequest")


@_attrs_define
class VoucherCreateMultiRequest:
    """Body of "Tạo hàng loạt phiếu giảm giá" (many vouchers at once, with generated codes). `create_multi_voucher` (how
    many) is required: it is what tells this body from `VoucherCreateRequest`, which carries a `name` instead.

        Attributes:
            create_multi_voucher (int): Number of vouchers to create.
            start_time (int | str | Unset): Start of validity. The table says unix timestamp; the example sends an ISO-8601
                local time without zone. Both are accepted.
            end_time (int | str | Unset): End of validity. The table says unix timestamp; the example sends an ISO-8601
                local time without zone. Both are accepted.
            promo_code_info (VoucherPromoCodeInfo | Unset): Discount of a voucher ("Thông tin giảm giá").
            is_free_shipping (bool | Unset): Free shipping.
            is_activated (bool | Unset): Activated.
            customer_tags (list[str] | Unset): Customer tags the vouchers apply to.
    """

    create_multi_voucher: int
    start_time: int | str | Unset = UNSET
    end_time: int | str | Unset = UNSET
    promo_code_info: VoucherPromoCodeInfo | Unset = UNSET
    is_free_shipping: bool | Unset = UNSET
    is_activated: bool | Unset = UNSET
    customer_tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            create_multi_voucher = self.create_multi_voucher
        except (AttributeError, TypeError):
            create_multi_voucher = cast(Any, self.create_multi_voucher)

        start_time: int | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: int | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        promo_code_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promo_code_info, Unset):
            promo_code_info = self.promo_code_info.to_dict()

        is_free_shipping = self.is_free_shipping

        is_activated = self.is_activated

        customer_tags: list[str] | Unset = UNSET
        if not isinstance(self.customer_tags, Unset):
            customer_tags = self.customer_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "create_multi_voucher": create_multi_voucher,
            }
        )
        if isinstance(create_multi_voucher, Unset):
            del field_dict["create_multi_voucher"]
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if promo_code_info is not UNSET:
            field_dict["promo_code_info"] = promo_code_info
        if is_free_shipping is not UNSET:
            field_dict["is_free_shipping"] = is_free_shipping
        if is_activated is not UNSET:
            field_dict["is_activated"] = is_activated
        if customer_tags is not UNSET:
            field_dict["customer_tags"] = customer_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            create_multi_voucher = d.pop("create_multi_voucher")
            if not isinstance(create_multi_voucher, int):
                raise types.Mistyped(f"expected int, got {type(create_multi_voucher).__name__}")
        except Exception as exc:
            create_multi_voucher = types.undecoded(src_dict, "create_multi_voucher", "VoucherCreateMultiRequest", exc)

        try:
            start_time: int | str | Unset = d.pop("start_time", UNSET)
            if not isinstance(start_time, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(start_time).__name__}")

        except Exception as exc:
            start_time = types.undecoded(src_dict, "start_time", "VoucherCreateMultiRequest", exc)

        try:
            end_time: int | str | Unset = d.pop("end_time", UNSET)
            if not isinstance(end_time, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(end_time).__name__}")

        except Exception as exc:
            end_time = types.undecoded(src_dict, "end_time", "VoucherCreateMultiRequest", exc)

        try:
            _promo_code_info = d.pop("promo_code_info", UNSET)
            promo_code_info: VoucherPromoCodeInfo | Unset
            if isinstance(_promo_code_info, Unset):
                promo_code_info = UNSET
            else:
                promo_code_info = VoucherPromoCodeInfo.from_dict(_promo_code_info)

        except Exception as exc:
            promo_code_info = types.undecoded(src_dict, "promo_code_info", "VoucherCreateMultiRequest", exc)

        try:
            is_free_shipping = d.pop("is_free_shipping", UNSET)
            if not isinstance(is_free_shipping, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_free_shipping).__name__}")
        except Exception as exc:
            is_free_shipping = types.undecoded(src_dict, "is_free_shipping", "VoucherCreateMultiRequest", exc)

        try:
            is_activated = d.pop("is_activated", UNSET)
            if not isinstance(is_activated, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_activated).__name__}")
        except Exception as exc:
            is_activated = types.undecoded(src_dict, "is_activated", "VoucherCreateMultiRequest", exc)

        try:
            customer_tags = cast(list[str], d.pop("customer_tags", UNSET))

        except Exception as exc:
            customer_tags = types.undecoded(src_dict, "customer_tags", "VoucherCreateMultiRequest", exc)

        voucher_create_multi_request = cls(
            create_multi_voucher=create_multi_voucher,
            start_time=start_time,
            end_time=end_time,
            promo_code_info=promo_code_info,
            is_free_shipping=is_free_shipping,
            is_activated=is_activated,
            customer_tags=customer_tags,
        )

        voucher_create_multi_request.additional_properties = d
        return voucher_create_multi_request

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


from ..models.voucher_promo_code_info import VoucherPromoCodeInfo
