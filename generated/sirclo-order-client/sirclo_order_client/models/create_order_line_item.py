from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
        sku = self.sku

        name = self.name

        quantity = self.quantity

        discount = self.discount

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
        sku = d.pop("sku")

        name = d.pop("name")

        quantity = d.pop("quantity")

        discount = d.pop("discount")

        id = d.pop("id", UNSET)

        unit_price = d.pop("unit_price", UNSET)

        raw_price = d.pop("raw_price", UNSET)

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
