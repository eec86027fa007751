from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseSeparateInputItemsItem")


@_attrs_define
class PurchaseSeparateInputItemsItem:
    """
    Attributes:
        imported_price (int): Purchase (import) price.
        quantity (int): Quantity.
        variation_id (str): Variation id (UUID).
        index (int | Unset): Position of the line.
    """

    imported_price: int
    quantity: int
    variation_id: str
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            imported_price = self.imported_price
        except (AttributeError, TypeError):
            imported_price = cast(Any, self.imported_price)

        try:
            quantity = self.quantity
        except (AttributeError, TypeError):
            quantity = cast(Any, self.quantity)

        try:
            variation_id = self.variation_id
        except (AttributeError, TypeError):
            variation_id = cast(Any, self.variation_id)

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imported_price": imported_price,
                "quantity": quantity,
                "variation_id": variation_id,
            }
        )
        if isinstance(imported_price, Unset):
            del field_dict["imported_price"]
        if isinstance(quantity, Unset):
            del field_dict["quantity"]
        if isinstance(variation_id, Unset):
            del field_dict["variation_id"]
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            imported_price = d.pop("imported_price")
            if not isinstance(imported_price, int):
                raise types.Mistyped(f"expected int, got {type(imported_price).__name__}")
        except Exception as exc:
            imported_price = types.undecoded(src_dict, "imported_price", "PurchaseSeparateInputItemsItem", exc)

        try:
            quantity = d.pop("quantity")
            if not isinstance(quantity, int):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "PurchaseSeparateInputItemsItem", exc)

        try:
            variation_id = d.pop("variation_id")
            if not isinstance(variation_id, str):
                raise types.Mistyped(f"expected str, got {type(variation_id).__name__}")
        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "PurchaseSeparateInputItemsItem", exc)

        try:
            index = d.pop("index", UNSET)
            if not isinstance(index, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(index).__name__}")
        except Exception as exc:
            index = types.undecoded(src_dict, "index", "PurchaseSeparateInputItemsItem", exc)

        purchase_separate_input_items_item = cls(
            imported_price=imported_price,
            quantity=quantity,
            variation_id=variation_id,
            index=index,
        )

        purchase_separate_input_items_item.additional_properties = d
        return purchase_separate_input_items_item

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
