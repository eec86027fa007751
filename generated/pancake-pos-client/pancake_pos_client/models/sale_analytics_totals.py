from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="SaleAnalyticsTotals")


@_attrs_define
class SaleAnalyticsTotals:
    """Totals of one group of orders in a sales-analytics row (`success` or `returned`).

    Attributes:
        cod (int | Unset): Total amount to collect (COD).
        discount (int | Unset): Discount.
        order_count (int | Unset): Number of orders (purchases).
        price (int | Unset): Value of the goods.
        product_count (int | Unset): Number of products in the orders.
        shipping_fee (int | Unset): Shipping fee.
    """

    cod: int | Unset = UNSET
    discount: int | Unset = UNSET
    order_count: int | Unset = UNSET
    price: int | Unset = UNSET
    product_count: int | Unset = UNSET
    shipping_fee: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cod = self.cod

        discount = self.discount

        order_count = self.order_count

        price = self.price

        product_count = self.product_count

        shipping_fee = self.shipping_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cod is not UNSET:
            field_dict["cod"] = cod
        if discount is not UNSET:
            field_dict["discount"] = discount
        if order_count is not UNSET:
            field_dict["order_count"] = order_count
        if price is not UNSET:
            field_dict["price"] = price
        if product_count is not UNSET:
            field_dict["product_count"] = product_count
        if shipping_fee is not UNSET:
            field_dict["shipping_fee"] = shipping_fee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            cod = d.pop("cod", UNSET)
            if not isinstance(cod, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cod).__name__}")
        except Exception as exc:
            cod = types.undecoded(src_dict, "cod", "SaleAnalyticsTotals", exc)

        try:
            discount = d.pop("discount", UNSET)
            if not isinstance(discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(src_dict, "discount", "SaleAnalyticsTotals", exc)

        try:
            order_count = d.pop("order_count", UNSET)
            if not isinstance(order_count, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(order_count).__name__}")
        except Exception as exc:
            order_count = types.undecoded(src_dict, "order_count", "SaleAnalyticsTotals", exc)

        try:
            price = d.pop("price", UNSET)
            if not isinstance(price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(price).__name__}")
        except Exception as exc:
            price = types.undecoded(src_dict, "price", "SaleAnalyticsTotals", exc)

        try:
            product_count = d.pop("product_count", UNSET)
            if not isinstance(product_count, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(product_count).__name__}")
        except Exception as exc:
            product_count = types.undecoded(src_dict, "product_count", "SaleAnalyticsTotals", exc)

        try:
            shipping_fee = d.pop("shipping_fee", UNSET)
            if not isinstance(shipping_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shipping_fee).__name__}")
        except Exception as exc:
            shipping_fee = types.undecoded(src_dict, "shipping_fee", "SaleAnalyticsTotals", exc)

        sale_analytics_totals = cls(
            cod=cod,
            discount=discount,
            order_count=order_count,
            price=price,
            product_count=product_count,
            shipping_fee=shipping_fee,
        )

        sale_analytics_totals.additional_properties = d
        return sale_analytics_totals

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
