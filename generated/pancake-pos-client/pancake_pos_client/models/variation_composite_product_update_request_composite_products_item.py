from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="VariationCompositeProductUpdateRequestCompositeProductsItem")


@_attrs_define
class VariationCompositeProductUpdateRequestCompositeProductsItem:
    """
    Attributes:
        component_id (str | Unset): Variation id of the component.
        quantity (int | Unset): Quantity of the component in one unit of the composite variation.
    """

    component_id: str | Unset = UNSET
    quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component_id = self.component_id

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if component_id is not UNSET:
            field_dict["component_id"] = component_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            component_id = d.pop("component_id", UNSET)
            if not isinstance(component_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(component_id).__name__}")
        except Exception as exc:
            component_id = types.undecoded(
                src_dict, "component_id", "VariationCompositeProductUpdateRequestCompositeProductsItem", exc
            )

        try:
            quantity = d.pop("quantity", UNSET)
            if not isinstance(quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(
                src_dict, "quantity", "VariationCompositeProductUpdateRequestCompositeProductsItem", exc
            )

        variation_composite_product_update_request_composite_products_item = cls(
            component_id=component_id,
            quantity=quantity,
        )

        variation_composite_product_update_request_composite_products_item.additional_properties = d
        return variation_composite_product_update_request_composite_products_item

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
