from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionCouponInfo")


@_attrs_define
class PromotionCouponInfo:
    """Coupon settings (Thông tin phiếu giảm giá).

    Attributes:
        discount (int | Unset): Discount.
        is_percent (bool | Unset): Whether the discount is a percentage.
    """

    discount: int | Unset = UNSET
    is_percent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount = self.discount

        is_percent = self.is_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount is not UNSET:
            field_dict["discount"] = discount
        if is_percent is not UNSET:
            field_dict["is_percent"] = is_percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            discount = d.pop("discount", UNSET)
            if not isinstance(discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(src_dict, "discount", "PromotionCouponInfo", exc)

        try:
            is_percent = d.pop("is_percent", UNSET)
            if not isinstance(is_percent, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_percent).__name__}")
        except Exception as exc:
            is_percent = types.undecoded(src_dict, "is_percent", "PromotionCouponInfo", exc)

        promotion_coupon_info = cls(
            discount=discount,
            is_percent=is_percent,
        )

        promotion_coupon_info.additional_properties = d
        return promotion_coupon_info

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
