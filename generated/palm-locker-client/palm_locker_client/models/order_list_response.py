from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderListResponse")


@_attrs_define
class OrderListResponse:
    """Answer of "List orders". Unlike every other answer it is not wrapped in `data` and its pagination fields differ from
    "List devices" (ledger PL-005).

        Attributes:
            orders (list[OrderSummary]):
            total_orders (int | Unset): Total number of orders matching the filter (assumed from the name: the document does
                not describe it).
            current_page (int | Unset): Index of the returned page (assumed from the name: the document does not describe
                it).
            total_pages (int | Unset): Number of pages (assumed from the name: the document does not describe it).
    """

    orders: list[OrderSummary]
    total_orders: int | Unset = UNSET
    current_page: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        except (AttributeError, TypeError):
            orders = cast(Any, self.orders)

        total_orders = self.total_orders

        current_page = self.current_page

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
            }
        )
        if isinstance(orders, Unset):
            del field_dict["orders"]
        if total_orders is not UNSET:
            field_dict["totalOrders"] = total_orders
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            orders = []
            _orders = d.pop("orders")
            if not isinstance(_orders, list):
                raise TypeError(f"expected an array, got {type(_orders).__name__}")
            for orders_item_data in _orders:
                try:
                    orders_item = OrderSummary.from_dict(orders_item_data)

                except Exception as item_exc:
                    orders_item = types.undecoded_item(orders_item_data, "orders", item_exc)
                orders.append(orders_item)

        except Exception as exc:
            orders = types.undecoded(src_dict, "orders", "OrderListResponse", exc)

        try:
            total_orders = d.pop("totalOrders", UNSET)
            if not isinstance(total_orders, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_orders).__name__}")
        except Exception as exc:
            total_orders = types.undecoded(src_dict, "totalOrders", "OrderListResponse", exc)

        try:
            current_page = d.pop("currentPage", UNSET)
            if not isinstance(current_page, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(current_page).__name__}")
        except Exception as exc:
            current_page = types.undecoded(src_dict, "currentPage", "OrderListResponse", exc)

        try:
            total_pages = d.pop("totalPages", UNSET)
            if not isinstance(total_pages, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_pages).__name__}")
        except Exception as exc:
            total_pages = types.undecoded(src_dict, "totalPages", "OrderListResponse", exc)

        order_list_response = cls(
            orders=orders,
            total_orders=total_orders,
            current_page=current_page,
            total_pages=total_pages,
        )

        order_list_response.additional_properties = d
        return order_list_response

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


from ..models.order_summary import OrderSummary
