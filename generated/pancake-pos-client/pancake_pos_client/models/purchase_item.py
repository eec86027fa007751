from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseItem")


@_attrs_define
class PurchaseItem:
    """A line (variation) of a purchase. `id` is not in the source's table; it is in the example.

    Attributes:
        id (str | Unset): Purchase line id (UUID).
        imported_price (int | Unset): Purchase (import) price.
        note_purchase (int | str | Unset): Note of the line. The table says int; the example sends text (`"áo nam thời
            trang"`). Both are accepted.
        product_name (str | Unset): Product name.
        quantity (int | Unset): Quantity received.
        selling_status (str | Unset): Selling status of the variation (`bad` in the example; the values are not
            documented).
        variation_id (str | Unset): Variation id (UUID).
    """

    id: str | Unset = UNSET
    imported_price: int | Unset = UNSET
    note_purchase: int | str | Unset = UNSET
    product_name: str | Unset = UNSET
    quantity: int | Unset = UNSET
    selling_status: str | Unset = UNSET
    variation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        imported_price = self.imported_price

        note_purchase: int | str | Unset
        if isinstance(self.note_purchase, Unset):
            note_purchase = UNSET
        else:
            note_purchase = self.note_purchase

        product_name = self.product_name

        quantity = self.quantity

        selling_status = self.selling_status

        variation_id = self.variation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if imported_price is not UNSET:
            field_dict["imported_price"] = imported_price
        if note_purchase is not UNSET:
            field_dict["note_purchase"] = note_purchase
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if selling_status is not UNSET:
            field_dict["selling_status"] = selling_status
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "PurchaseItem", exc)

        try:
            imported_price = d.pop("imported_price", UNSET)
            if not isinstance(imported_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(imported_price).__name__}")
        except Exception as exc:
            imported_price = types.undecoded(src_dict, "imported_price", "PurchaseItem", exc)

        try:
            note_purchase: int | str | Unset = d.pop("note_purchase", UNSET)
            if not isinstance(note_purchase, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(note_purchase).__name__}")

        except Exception as exc:
            note_purchase = types.undecoded(src_dict, "note_purchase", "PurchaseItem", exc)

        try:
            product_name = d.pop("product_name", UNSET)
            if not isinstance(product_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(product_name).__name__}")
        except Exception as exc:
            product_name = types.undecoded(src_dict, "product_name", "PurchaseItem", exc)

        try:
            quantity = d.pop("quantity", UNSET)
            if not isinstance(quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "PurchaseItem", exc)

        try:
            selling_status = d.pop("selling_status", UNSET)
            if not isinstance(selling_status, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(selling_status).__name__}")
        except Exception as exc:
            selling_status = types.undecoded(src_dict, "selling_status", "PurchaseItem", exc)

        try:
            variation_id = d.pop("variation_id", UNSET)
            if not isinstance(variation_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(variation_id).__name__}")
        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "PurchaseItem", exc)

        purchase_item = cls(
            id=id,
            imported_price=imported_price,
            note_purchase=note_purchase,
            product_name=product_name,
            quantity=quantity,
            selling_status=selling_status,
            variation_id=variation_id,
        )

        purchase_item.additional_properties = d
        return purchase_item

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
