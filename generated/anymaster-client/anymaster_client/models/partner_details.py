from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.partner_details_delivery_type import (
    PartnerDetailsDeliveryType,
    check_partner_details_delivery_type,
)
from ..types import Unset

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
        try:
            store_id = self.store_id
        except (AttributeError, TypeError):
            store_id = cast(Any, self.store_id)

        try:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        except (AttributeError, TypeError):
            items = cast(Any, self.items)

        try:
            instock = self.instock
        except (AttributeError, TypeError):
            instock = cast(Any, self.instock)

        try:
            delivery_type: str = self.delivery_type
        except (AttributeError, TypeError):
            delivery_type = cast(Any, self.delivery_type)

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
        if isinstance(store_id, Unset):
            del field_dict["store_id"]
        if isinstance(items, Unset):
            del field_dict["items"]
        if isinstance(instock, Unset):
            del field_dict["instock"]
        if isinstance(delivery_type, Unset):
            del field_dict["delivery_type"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            store_id = d.pop("store_id")
            if not isinstance(store_id, str):
                raise types.Mistyped(f"expected str, got {type(store_id).__name__}")
        except Exception as exc:
            store_id = types.undecoded(src_dict, "store_id", "PartnerDetails", exc)

        try:
            items = []
            _items = d.pop("items")
            if not isinstance(_items, list):
                raise TypeError(f"expected an array, got {type(_items).__name__}")
            for items_item_data in _items:
                try:
                    items_item = Item.from_dict(items_item_data)

                except Exception as item_exc:
                    items_item = types.undecoded_item(items_item_data, "items", item_exc)
                items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "PartnerDetails", exc)

        try:
            instock = d.pop("instock")
            if not isinstance(instock, bool):
                raise types.Mistyped(f"expected bool, got {type(instock).__name__}")
        except Exception as exc:
            instock = types.undecoded(src_dict, "instock", "PartnerDetails", exc)

        try:
            delivery_type = check_partner_details_delivery_type(d.pop("delivery_type"))

        except Exception as exc:
            delivery_type = types.undecoded(src_dict, "delivery_type", "PartnerDetails", exc)

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


from ..models.item import Item
