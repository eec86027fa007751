from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types

T = TypeVar("T", bound="StocktakingCreateRequestStocktakingItemsItem")


@_attrs_define
class StocktakingCreateRequestStocktakingItemsItem:
    """
    Attributes:
        variation_id (str): Variation id (UUID).
        changed_quantity (int): Difference between counted and recorded stock.
    """

    variation_id: str
    changed_quantity: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variation_id = self.variation_id

        changed_quantity = self.changed_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variation_id": variation_id,
                "changed_quantity": changed_quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        variation_id = d.pop("variation_id")

        changed_quantity = d.pop("changed_quantity")

        stocktaking_create_request_stocktaking_items_item = cls(
            variation_id=variation_id,
            changed_quantity=changed_quantity,
        )

        stocktaking_create_request_stocktaking_items_item.additional_properties = d
        return stocktaking_create_request_stocktaking_items_item

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
