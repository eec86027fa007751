from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.partner_details_delivery_type import (
    PartnerDetailsDeliveryType,
    check_partner_details_delivery_type,
)

if TYPE_CHECKING:
    from ..models.item import Item


T = TypeVar("T", bound="PartnerDetails")


@_attrs_define
class PartnerDetails:
    """Partner details of the order: store, items, stock flag and delivery type (composed from the partner's profile and
    "Get item list"). The source's description of this object, "delivery type", is copied from `delivery_type` (AM-010).

        Attributes:
            store_id (str): Store id (see "store ids", not included in the source).
            items (list[Item]): Items of the order (see "Get item list").
            instock (bool): Whether all items are in stock.
            delivery_type (PartnerDetailsDeliveryType): Delivery type. Marked required by the source although it also gives
                the default `to_pavement` (AM-009). Default: 'to_pavement'.
    """

    store_id: str
    items: list[Item]
    instock: bool
    delivery_type: PartnerDetailsDeliveryType = "to_pavement"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_id = self.store_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        instock = self.instock

        delivery_type: str = self.delivery_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "store_id": store_id,
                "items": items,
                "instock": instock,
                "delivery_type": delivery_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item import Item

        d = dict(src_dict)
        store_id = d.pop("store_id")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Item.from_dict(items_item_data)

            items.append(items_item)

        instock = d.pop("instock")

        delivery_type = check_partner_details_delivery_type(d.pop("delivery_type"))

        partner_details = cls(
            store_id=store_id,
            items=items,
            instock=instock,
            delivery_type=delivery_type,
        )

        partner_details.additional_properties = d
        return partner_details

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
