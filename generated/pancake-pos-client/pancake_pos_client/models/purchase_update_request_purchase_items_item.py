from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseUpdateRequestPurchaseItemsItem")


@_attrs_define
class PurchaseUpdateRequestPurchaseItemsItem:
    """
    Attributes:
        imported_price (int): Purchase (import) price.
        quantity (int | Unset): Quantity received.
        variation_id (str | Unset): Variation id (UUID).
    """

    imported_price: int
    quantity: int | Unset = UNSET
    variation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imported_price = self.imported_price

        quantity = self.quantity

        variation_id = self.variation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imported_price": imported_price,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        imported_price = d.pop("imported_price")

        quantity = d.pop("quantity", UNSET)

        variation_id = d.pop("variation_id", UNSET)

        purchase_update_request_purchase_items_item = cls(
            imported_price=imported_price,
            quantity=quantity,
            variation_id=variation_id,
        )

        purchase_update_request_purchase_items_item.additional_properties = d
        return purchase_update_request_purchase_items_item

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
