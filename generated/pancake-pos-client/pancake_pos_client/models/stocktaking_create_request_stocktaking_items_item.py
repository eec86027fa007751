from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

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
        try:
            variation_id = self.variation_id
        except (AttributeError, TypeError):
            variation_id = cast(Any, self.variation_id)

        try:
            changed_quantity = self.changed_quantity
        except (AttributeError, TypeError):
            changed_quantity = cast(Any, self.changed_quantity)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variation_id": variation_id,
                "changed_quantity": changed_quantity,
            }
        )
        if isinstance(variation_id, Unset):
            del field_dict["variation_id"]
        if isinstance(changed_quantity, Unset):
            del field_dict["changed_quantity"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            variation_id = d.pop("variation_id")
            if not isinstance(variation_id, str):
                raise types.Mistyped(f"expected str, got {type(variation_id).__name__}")
        except Exception as exc:
            variation_id = types.undecoded(
                src_dict, "variation_id", "StocktakingCreateRequestStocktakingItemsItem", exc
            )

        try:
            changed_quantity = d.pop("changed_quantity")
            if not isinstance(changed_quantity, int):
                raise types.Mistyped(f"expected int, got {type(changed_quantity).__name__}")
        except Exception as exc:
            changed_quantity = types.undecoded(
                src_dict, "changed_quantity", "StocktakingCreateRequestStocktakingItemsItem", exc
            )

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
