from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderLineItem")


@_attrs_define
class CreateOrderLineItem:
    """A line item sent with Create Order. The table requires `id` and `unit_price`; the request example sends neither and
    prices the item with `raw_price` instead. Both price names are accepted — at least one of them is required — and
    `id` is optional (ledger SO-006, SO-007).

        Attributes:
            sku (str): SKU of the purchased line item.
            name (str): Name of the purchased line item.
            quantity (int): Quantity of the line item.
            discount (float): Discount value applied on the line item (source type double).
            id (int | Unset): Id of the product (table: required int). The request example omits it, so it is not required
                here (ledger SO-007).
            unit_price (float | Unset): Unit price of the line item (after discount), source type double. Table name; send
                this or `raw_price` (ledger SO-006).
            raw_price (float | Unset): Item price as the request and response examples name it (not in the table); send this
                or `unit_price` (ledger SO-006).
    """

    sku: str
    name: str
    quantity: int
    discount: float
    id: int | Unset = UNSET
    unit_price: float | Unset = UNSET
    raw_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
            discount = self.discount
        except (AttributeError, TypeError):
            discount = cast(Any, self.discount)

        id = self.id

        unit_price = self.unit_price

        raw_price = self.raw_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
                "name": name,
                "quantity": quantity,
                "discount": discount,
            }
        )
        if isinstance(sku, Unset):
            del field_dict["sku"]
        if isinstance(name, Unset):
            del field_dict["name"]
        if isinstance(quantity, Unset):
            del field_dict["quantity"]
        if isinstance(discount, Unset):
            del field_dict["discount"]
        if id is not UNSET:
            field_dict["id"] = id
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if raw_price is not UNSET:
            field_dict["raw_price"] = raw_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            sku = d.pop("sku")
            if not isinstance(sku, str):
                raise types.Mistyped(f"expected str, got {type(sku).__name__}")
        except Exception as exc:
            sku = types.undecoded(src_dict, "sku", "CreateOrderLineItem", exc)

        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "CreateOrderLineItem", exc)

        try:
            quantity = d.pop("quantity")
            if not isinstance(quantity, int):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "CreateOrderLineItem", exc)

        try:
            discount = d.pop("discount")
            if not isinstance(discount, (int, float)):
                raise types.Mistyped(f"expected number, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(src_dict, "discount", "CreateOrderLineItem", exc)

        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "CreateOrderLineItem", exc)

        try:
            unit_price = d.pop("unit_price", UNSET)
            if not isinstance(unit_price, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(unit_price).__name__}")
        except Exception as exc:
            unit_price = types.undecoded(src_dict, "unit_price", "CreateOrderLineItem", exc)

        try:
            raw_price = d.pop("raw_price", UNSET)
            if not isinstance(raw_price, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(raw_price).__name__}")
        except Exception as exc:
            raw_price = types.undecoded(src_dict, "raw_price", "CreateOrderLineItem", exc)

        create_order_line_item = cls(
            sku=sku,
            name=name,
            quantity=quantity,
            discount=discount,
            id=id,
            unit_price=unit_price,
            raw_price=raw_price,
        )

        create_order_line_item.additional_properties = d
        return create_order_line_item

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
