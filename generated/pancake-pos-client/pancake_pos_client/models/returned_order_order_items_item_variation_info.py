from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnedOrderOrderItemsItemVariationInfo")


@_attrs_define
class ReturnedOrderOrderItemsItemVariationInfo:
    """
    Attributes:
        exact_price (int | Unset): Price actually charged per unit.
        last_imported_price (int | Unset): Last purchase (import) price.
    """

    exact_price: int | Unset = UNSET
    last_imported_price: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exact_price = self.exact_price

        last_imported_price = self.last_imported_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exact_price is not UNSET:
            field_dict["exact_price"] = exact_price
        if last_imported_price is not UNSET:
            field_dict["last_imported_price"] = last_imported_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            exact_price = d.pop("exact_price", UNSET)
            if not isinstance(exact_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(exact_price).__name__}")
        except Exception as exc:
            exact_price = types.undecoded(src_dict, "exact_price", "ReturnedOrderOrderItemsItemVariationInfo", exc)

        try:
            last_imported_price = d.pop("last_imported_price", UNSET)
            if not isinstance(last_imported_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(last_imported_price).__name__}")
        except Exception as exc:
            last_imported_price = types.undecoded(
                src_dict, "last_imported_price", "ReturnedOrderOrderItemsItemVariationInfo", exc
            )

        returned_order_order_items_item_variation_info = cls(
            exact_price=exact_price,
            last_imported_price=last_imported_price,
        )

        returned_order_order_items_item_variation_info.additional_properties = d
        return returned_order_order_items_item_variation_info

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
