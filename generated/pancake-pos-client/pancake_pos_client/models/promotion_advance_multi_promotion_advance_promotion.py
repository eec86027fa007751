from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionAdvanceMultiPromotionAdvancePromotion")


@_attrs_define
class PromotionAdvanceMultiPromotionAdvancePromotion:
    """
    Attributes:
        type_ (str): Promotion type (the example uses "discount_by_coupon_id"; the source lists no values).
        is_activated (bool): Promotion is active.
        promo_code_info (PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo): Discount settings.
        start_time (datetime.datetime | Unset): Start time (ISO 8601).
        end_time (datetime.datetime | Unset): End time (ISO 8601).
        warehouse_ids (list[str] | Unset): Warehouses where the promotion applies.
        customer_tags (list[str] | Unset): Customer tags the promotion applies to.
    """

    type_: str
    is_activated: bool
    promo_code_info: PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    warehouse_ids: list[str] | Unset = UNSET
    customer_tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            type_ = self.type_
        except (AttributeError, TypeError):
            type_ = cast(Any, self.type_)

        try:
            is_activated = self.is_activated
        except (AttributeError, TypeError):
            is_activated = cast(Any, self.is_activated)

        try:
            promo_code_info = self.promo_code_info.to_dict()
        except (AttributeError, TypeError):
            promo_code_info = cast(Any, self.promo_code_info)

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        warehouse_ids: list[str] | Unset = UNSET
        if not isinstance(self.warehouse_ids, Unset):
            warehouse_ids = self.warehouse_ids

        customer_tags: list[str] | Unset = UNSET
        if not isinstance(self.customer_tags, Unset):
            customer_tags = self.customer_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "is_activated": is_activated,
                "promo_code_info": promo_code_info,
            }
        )
        if isinstance(type_, Unset):
            del field_dict["type"]
        if isinstance(is_activated, Unset):
            del field_dict["is_activated"]
        if isinstance(promo_code_info, Unset):
            del field_dict["promo_code_info"]
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if warehouse_ids is not UNSET:
            field_dict["warehouse_ids"] = warehouse_ids
        if customer_tags is not UNSET:
            field_dict["customer_tags"] = customer_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            type_ = d.pop("type")
            if not isinstance(type_, str):
                raise types.Mistyped(f"expected str, got {type(type_).__name__}")
        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "PromotionAdvanceMultiPromotionAdvancePromotion", exc)

        try:
            is_activated = d.pop("is_activated")
            if not isinstance(is_activated, bool):
                raise types.Mistyped(f"expected bool, got {type(is_activated).__name__}")
        except Exception as exc:
            is_activated = types.undecoded(
                src_dict, "is_activated", "PromotionAdvanceMultiPromotionAdvancePromotion", exc
            )

        try:
            promo_code_info = PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo.from_dict(
                d.pop("promo_code_info")
            )

        except Exception as exc:
            promo_code_info = types.undecoded(
                src_dict, "promo_code_info", "PromotionAdvanceMultiPromotionAdvancePromotion", exc
            )

        try:
            _start_time = d.pop("start_time", UNSET)
            start_time: datetime.datetime | Unset
            if isinstance(_start_time, Unset):
                start_time = UNSET
            else:
                start_time = types.parse_datetime(_start_time)

        except Exception as exc:
            start_time = types.undecoded(src_dict, "start_time", "PromotionAdvanceMultiPromotionAdvancePromotion", exc)

        try:
            _end_time = d.pop("end_time", UNSET)
            end_time: datetime.datetime | Unset
            if isinstance(_end_time, Unset):
                end_time = UNSET
            else:
                end_time = types.parse_datetime(_end_time)

        except Exception as exc:
            end_time = types.undecoded(src_dict, "end_time", "PromotionAdvanceMultiPromotionAdvancePromotion", exc)

        try:
            warehouse_ids = cast(list[str], d.pop("warehouse_ids", UNSET))

        except Exception as exc:
            warehouse_ids = types.undecoded(
                src_dict, "warehouse_ids", "PromotionAdvanceMultiPromotionAdvancePromotion", exc
            )

        try:
            customer_tags = cast(list[str], d.pop("customer_tags", UNSET))

        except Exception as exc:
            customer_tags = types.undecoded(
                src_dict, "customer_tags", "PromotionAdvanceMultiPromotionAdvancePromotion", exc
            )

        promotion_advance_multi_promotion_advance_promotion = cls(
            type_=type_,
            is_activated=is_activated,
            promo_code_info=promo_code_info,
            start_time=start_time,
            end_time=end_time,
            warehouse_ids=warehouse_ids,
            customer_tags=customer_tags,
        )

        promotion_advance_multi_promotion_advance_promotion.additional_properties = d
        return promotion_advance_multi_promotion_advance_promotion

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


from ..models.promotion_advance_multi_promotion_advance_promotion_promo_code_info import (
    PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo,
)
