from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnedOrderOrderPrepaidByPoint")


@_attrs_define
class ReturnedOrderOrderPrepaidByPoint:
    """Part of the order paid with reward points (meaning assumed from the name; the document does not describe it).

    Attributes:
        money (int | Unset): Money value of the points used (meaning assumed from the name; the document does not
            describe it).
        point (float | Unset): Points used (meaning assumed from the name; the document does not describe it).
    """

    money: int | Unset = UNSET
    point: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        money = self.money

        point = self.point

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if money is not UNSET:
            field_dict["money"] = money
        if point is not UNSET:
            field_dict["point"] = point

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            money = d.pop("money", UNSET)
            if not isinstance(money, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(money).__name__}")
        except Exception as exc:
            money = types.undecoded(src_dict, "money", "ReturnedOrderOrderPrepaidByPoint", exc)

        try:
            point = d.pop("point", UNSET)
            if not isinstance(point, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(point).__name__}")
        except Exception as exc:
            point = types.undecoded(src_dict, "point", "ReturnedOrderOrderPrepaidByPoint", exc)

        returned_order_order_prepaid_by_point = cls(
            money=money,
            point=point,
        )

        returned_order_order_prepaid_by_point.additional_properties = d
        return returned_order_order_prepaid_by_point

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
