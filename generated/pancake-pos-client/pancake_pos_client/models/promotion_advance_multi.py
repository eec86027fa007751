from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="PromotionAdvanceMulti")


@_attrs_define
class PromotionAdvanceMulti:
    """Body of “Tạo khuyến mãi theo khách hàng” (`POST /shops/{shop_id}/promotion_advance/create_multi`): one coupon-style
    promotion (`promotion`) created for each of the listed customers (`shop_customer_ids`). The table (“Request
    Parameters”) lists the fields without their nesting; the nesting is the example's (`promotion_advance.promotion…`,
    ledger PP-210). `disable` appears only in the example (ledger PP-206).

        Attributes:
            promotion_advance (PromotionAdvanceMultiPromotionAdvance):
    """

    promotion_advance: PromotionAdvanceMultiPromotionAdvance
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            promotion_advance = self.promotion_advance.to_dict()
        except (AttributeError, TypeError):
            promotion_advance = cast(Any, self.promotion_advance)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "promotion_advance": promotion_advance,
            }
        )
        if isinstance(promotion_advance, Unset):
            del field_dict["promotion_advance"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            promotion_advance = PromotionAdvanceMultiPromotionAdvance.from_dict(d.pop("promotion_advance"))

        except Exception as exc:
            promotion_advance = types.undecoded(src_dict, "promotion_advance", "PromotionAdvanceMulti", exc)

        promotion_advance_multi = cls(
            promotion_advance=promotion_advance,
        )

        promotion_advance_multi.additional_properties = d
        return promotion_advance_multi

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


from ..models.promotion_advance_multi_promotion_advance import (
    PromotionAdvanceMultiPromotionAdvance,
)
