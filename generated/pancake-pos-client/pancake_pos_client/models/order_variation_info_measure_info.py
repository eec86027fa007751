from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderVariationInfoMeasureInfo")


@_attrs_define
class OrderVariationInfoMeasureInfo:
    """Unit of measure ("Thông tin ĐVT").

    Attributes:
        measure_id (int | Unset): Unit id ("Mã ĐVT").
        exchange_value (int | Unset): Conversion factor ("Giá trị quy đổi").
    """

    measure_id: int | Unset = UNSET
    exchange_value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        measure_id = self.measure_id

        exchange_value = self.exchange_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if measure_id is not UNSET:
            field_dict["measure_id"] = measure_id
        if exchange_value is not UNSET:
            field_dict["exchange_value"] = exchange_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            measure_id = d.pop("measure_id", UNSET)
            if not isinstance(measure_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(measure_id).__name__}")
        except Exception as exc:
            measure_id = types.undecoded(src_dict, "measure_id", "OrderVariationInfoMeasureInfo", exc)

        try:
            exchange_value = d.pop("exchange_value", UNSET)
            if not isinstance(exchange_value, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(exchange_value).__name__}")
        except Exception as exc:
            exchange_value = types.undecoded(src_dict, "exchange_value", "OrderVariationInfoMeasureInfo", exc)

        order_variation_info_measure_info = cls(
            measure_id=measure_id,
            exchange_value=exchange_value,
        )

        order_variation_info_measure_info.additional_properties = d
        return order_variation_info_measure_info

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
