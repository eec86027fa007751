from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPartnerDetails")


@_attrs_define
class OrderPartnerDetails:
    """Additional details about the order.

    Attributes:
        instock (bool | Unset): Whether all order items are in stock.
        store_id (str | Unset): Store id.
        store_title (str | Unset): Store title.
    """

    instock: bool | Unset = UNSET
    store_id: str | Unset = UNSET
    store_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instock = self.instock

        store_id = self.store_id

        store_title = self.store_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instock is not UNSET:
            field_dict["instock"] = instock
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if store_title is not UNSET:
            field_dict["store_title"] = store_title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            instock = d.pop("instock", UNSET)
            if not isinstance(instock, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(instock).__name__}")
        except Exception as exc:
            instock = types.undecoded(src_dict, "instock", "OrderPartnerDetails", exc)

        try:
            store_id = d.pop("store_id", UNSET)
            if not isinstance(store_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(store_id).__name__}")
        except Exception as exc:
            store_id = types.undecoded(src_dict, "store_id", "OrderPartnerDetails", exc)

        try:
            store_title = d.pop("store_title", UNSET)
            if not isinstance(store_title, (str, Unset)):
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
