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
            sku (str): SKU of the purchased line item.
            name (str): Name of the purchased line item.
            quantity (int): Quantity of the line item.
            raw_price (float): Price of the line item as the examples return it. Not in the table, which names the price
                field `unit_price` ("unit price of the line item (after discount)"); ledger SO-006.
            discount (float): Discount value applied on the line item (source type double).
            unit_price (float | Unset): Unit price of the line item (after discount), as the Create Order table names it. No
                example contains it; ledger SO-006.
    """

    id: int
    sku: str
    name: str
    quantity: int
    raw_price: float
    discount: float
    unit_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        try:
            sku = self.sku
        except (AttributeError, TypeError):
            sku = cast(Any, self.sku)

        try:
            name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            quantity = self.quantity
        except (AttributeError, TypeError):
            quantity = cast(Any, self.quantity)

        try:
            raw_price = self.raw_price
        except (AttributeError, TypeError):
            raw_price = cast(Any, self.raw_price)

        try:
            discount = self.discount
        except (AttributeError, TypeError):
            discount = cast(Any, self.discount)

        unit_price = self.unit_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sku": sku,
                "name": name,
                "quantity": quantity,
                "raw_price": raw_price,
                "discount": discount,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if isinstance(sku, Unset):
            del field_dict["sku"]
        if isinstance(name, Unset):
            del field_dict["name"]
        if isinstance(quantity, Unset):
            del field_dict["quantity"]
        if isinstance(raw_price, Unset):
            del field_dict["raw_price"]
        if isinstance(discount, Unset):
            del field_dict["discount"]
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price

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
            sku = d.pop("sku")
            if not isinstance(sku, str):
                raise types.Mistyped(f"expected str, got {type(sku).__name__}")
        except Exception as exc:
            sku = types.undecoded(src_dict, "sku", "LineItem", exc)

        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "LineItem", exc)

        try:
            quantity = d.pop("quantity")
            if not isinstance(quantity, int):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "LineItem", exc)

        try:
            raw_price = d.pop("raw_price")
            if not isinstance(raw_price, (int, float)):
                raise types.Mistyped(f"expected number, got {type(raw_price).__name__}")
        except Exception as exc:
            raw_price = types.undecoded(src_dict, "raw_price", "LineItem", exc)

        try:
            discount = d.pop("discount")
            if not isinstance(discount, (int, float)):
                raise types.Mistyped(f"expected number, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(src_dict, "discount", "LineItem", exc)

        try:
            unit_price = d.pop("unit_price", UNSET)
            if not isinstance(unit_price, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(unit_price).__name__}")
        except Exception as exc:
            unit_price = types.undecoded(src_dict, "unit_price", "LineItem", exc)

        line_item = cls(
            id=id,
            sku=sku,
            name=name,
            quantity=quantity,
            raw_price=raw_price,
            discount=discount,
            unit_price=unit_price,
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
