from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimateRequestPrice")


@_attrs_define
class EstimateRequestPrice:
    """
    Attributes:
        field_id (str | Unset): Special request ID (e.g. `SGN-BIKE-TIP`).
        num (int | Unset): Number of units.
        price (float | Unset): Price of the special request.
    """

    field_id: str | Unset = UNSET
    num: int | Unset = UNSET
    price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        num = self.num

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if num is not UNSET:
            field_dict["num"] = num
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            field_id = d.pop("_id", UNSET)
            if not isinstance(field_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(field_id).__name__}")
        except Exception as exc:
            field_id = types.undecoded(src_dict, "_id", "EstimateRequestPrice", exc)

        try:
            num = d.pop("num", UNSET)
            if not isinstance(num, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(num).__name__}")
        except Exception as exc:
            num = types.undecoded(src_dict, "num", "EstimateRequestPrice", exc)

        try:
            price = d.pop("price", UNSET)
            if not isinstance(price, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(price).__name__}")
        except Exception as exc:
            price = types.undecoded(src_dict, "price", "EstimateRequestPrice", exc)

        estimate_request_price = cls(
            field_id=field_id,
            num=num,
            price=price,
        )

        estimate_request_price.additional_properties = d
        return estimate_request_price

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
