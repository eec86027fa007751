from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherPromoCodeInfo")


@_attrs_define
class VoucherPromoCodeInfo:
    """Discount of a voucher ("Thông tin giảm giá").

    Attributes:
        discount (int | Unset): Discount amount (or percentage when `is_percent` is true).
        is_percent (bool | Unset): The discount is a percentage.
        max_discount_by_percent (int | Unset): Maximum discount for a percentage discount.
    """

    discount: int | Unset = UNSET
    is_percent: bool | Unset = UNSET
    max_discount_by_percent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount = self.discount

        is_percent = self.is_percent

        max_discount_by_percent = self.max_discount_by_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount is not UNSET:
            field_dict["discount"] = discount
        if is_percent is not UNSET:
            field_dict["is_percent"] = is_percent
        if max_discount_by_percent is not UNSET:
            field_dict["max_discount_by_percent"] = max_discount_by_percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            discount = d.pop("discount", UNSET)
            if not isinstance(discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(src_dict, "discount", "VoucherPromoCodeInfo", exc)

        try:
            is_percent = d.pop("is_percent", UNSET)
            if not isinstance(is_percent, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_percent).__name__}")
        except Exception as exc:
            is_percent = types.undecoded(src_dict, "is_percent", "VoucherPromoCodeInfo", exc)

        try:
            max_discount_by_percent = d.pop("max_discount_by_percent", UNSET)
            if not isinstance(max_discount_by_percent, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(max_discount_by_percent).__name__}")
        except Exception as exc:
            max_discount_by_percent = types.undecoded(src_dict, "max_discount_by_percent", "VoucherPromoCodeInfo", exc)

        voucher_promo_code_info = cls(
            discount=discount,
            is_percent=is_percent,
            max_discount_by_percent=max_discount_by_percent,
        )

        voucher_promo_code_info.additional_properties = d
        return voucher_promo_code_info

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
