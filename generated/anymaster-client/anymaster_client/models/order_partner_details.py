from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="OrderPartnerDetails")


@_attrs_define
class OrderPartnerDetails:
    """Additional details about the order.

    Attributes:
        instock (bool): Whether all order items are in stock.
        store_id (str): Store id.
        store_title (str): Store title.
    """

    instock: bool
    store_id: str
    store_title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            instock = self.instock
        except (AttributeError, TypeError):
            instock = cast(Any, self.instock)

        try:
            store_id = self.store_id
        except (AttributeError, TypeError):
            store_id = cast(Any, self.store_id)

        try:
            store_title = self.store_title
        except (AttributeError, TypeError):
            store_title = cast(Any, self.store_title)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instock": instock,
                "store_id": store_id,
                "store_title": store_title,
            }
        )
        if isinstance(instock, Unset):
            del field_dict["instock"]
        if isinstance(store_id, Unset):
            del field_dict["store_id"]
        if isinstance(store_title, Unset):
            del field_dict["store_title"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            instock = d.pop("instock")
            if not isinstance(instock, bool):
                raise types.Mistyped(f"expected bool, got {type(instock).__name__}")
        except Exception as exc:
            instock = types.undecoded(src_dict, "instock", "OrderPartnerDetails", exc)

        try:
            store_id = d.pop("store_id")
            if not isinstance(store_id, str):
                raise types.Mistyped(f"expected str, got {type(store_id).__name__}")
        except Exception as exc:
            store_id = types.undecoded(src_dict, "store_id", "OrderPartnerDetails", exc)

        try:
            store_title = d.pop("store_title")
            if not isinstance(store_title, str):
                raise types.Mistyped(f"expected str, got {type(store_title).__name__}")
        except Exception as exc:
            store_title = types.undecoded(src_dict, "store_title", "OrderPartnerDetails", exc)

        order_partner_details = cls(
            instock=instock,
            store_id=store_id,
            store_title=store_title,
        )

        order_partner_details.additional_properties = d
        return order_partner_details

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
