from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="StocktakingUpdateRequestStocktakingItemsItem")


@_attrs_define
class StocktakingUpdateRequestStocktakingItemsItem:
    """
    Attributes:
        changed_quantity (int): Difference between counted and recorded stock.
        variation_id (str): Variation id (UUID).
        id (str | Unset): Stocktaking line id (UUID): sent for a line that already exists ("true (Cập nhật)"), left out
            for a line added by this update ("false (Tạo)").
    """

    changed_quantity: int
    variation_id: str
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            changed_quantity = self.changed_quantity
        except (AttributeError, TypeError):
            changed_quantity = cast(Any, self.changed_quantity)

        try:
            variation_id = self.variation_id
        except (AttributeError, TypeError):
            variation_id = cast(Any, self.variation_id)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed_quantity": changed_quantity,
                "variation_id": variation_id,
            }
        )
        if isinstance(changed_quantity, Unset):
            del field_dict["changed_quantity"]
        if isinstance(variation_id, Unset):
            del field_dict["variation_id"]
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            changed_quantity = d.pop("changed_quantity")
            if not isinstance(changed_quantity, int):
                raise types.Mistyped(f"expected int, got {type(changed_quantity).__name__}")
        except Exception as exc:
            changed_quantity = types.undecoded(
                src_dict, "changed_quantity", "StocktakingUpdateRequestStocktakingItemsItem", exc
            )

        try:
            variation_id = d.pop("variation_id")
            if not isinstance(variation_id, str):
                raise types.Mistyped(f"expected str, got {type(variation_id).__name__}")
        except Exception as exc:
            variation_id = types.undecoded(
                src_dict, "variation_id", "StocktakingUpdateRequestStocktakingItemsItem", exc
            )

        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "StocktakingUpdateRequestStocktakingItemsItem", exc)

        stocktaking_update_request_stocktaking_items_item = cls(
            changed_quantity=changed_quantity,
            variation_id=variation_id,
            id=id,
        )

        stocktaking_update_request_stocktaking_items_item.additional_properties = d
        return stocktaking_update_request_stocktaking_items_item

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
