from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItem")


@_attrs_define
class LineItem:
    """A line item of an order as SIRCLO returns it. Fields and required set follow the response examples of Get Order and
    Create Order; descriptions follow the Create Order table.

        Attributes:
            id (int): Line-item id (the Create Order table calls `line_items - id` "id of the product"; in the responses it
                is assigned by SIRCLO). Ledger SO-007.
            sku (str | Unset): SKU of the purchased line item.
            name (str | Unset): Name of the purchased line item.
            quantity (int | Unset): Quantity of the line item.
            raw_price (float | Unset): Price of the line item as the examples return it. Not in the table, which names the
                price field `unit_price` ("unit price of the line item (after discount)"); ledger SO-006.
            unit_price (float | Unset): Unit price of the line item (after discount), as the Create Order table names it. No
                example contains it; ledger SO-006.
            discount (float | Unset): Discount value applied on the line item (source type double).
    """

    id: int
    sku: str | Unset = UNSET
    name: str | Unset = UNSET
    quantity: int | Unset = UNSET
    raw_price: float | Unset = UNSET
    unit_price: float | Unset = UNSET
    discount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        sku = self.sku

        name = self.name

        quantity = self.quantity

        raw_price = self.raw_price

        unit_price = self.unit_price

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if sku is not UNSET:
            field_dict["sku"] = sku
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if raw_price is not UNSET:
            field_dict["raw_price"] = raw_price
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, int):
                raise types.Mistyped(f"expected int, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "LineItem", exc)

        try:
            sku = d.pop("sku", UNSET)
            if not isinstance(sku, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(sku).__name__}")
        except Exception as exc:
            sku = types.undecoded(src_dict, "sku", "LineItem", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "LineItem", exc)

        try:
            quantity = d.pop("quantity", UNSET)
            if not isinstance(quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "LineItem", exc)

        try:
            raw_price = d.pop("raw_price", UNSET)
            if not isinstance(raw_price, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(raw_price).__name__}")
        except Exception as exc:
            raw_price = types.undecoded(src_dict, "raw_price", "LineItem", exc)

        try:
            unit_price = d.pop("unit_price", UNSET)
            if not isinstance(unit_price, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(unit_price).__name__}")
        except Exception as exc:
            unit_price = types.undecoded(src_dict, "unit_price", "LineItem", exc)

        try:
            discount = d.pop("discount", UNSET)
            if not isinstance(discount, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(src_dict, "discount", "LineItem", exc)

        line_item = cls(
            id=id,
            sku=sku,
            name=name,
            quantity=quantity,
            raw_price=raw_price,
            unit_price=unit_price,
            discount=discount,
        )

        line_item.additional_properties = d
        return line_item

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
