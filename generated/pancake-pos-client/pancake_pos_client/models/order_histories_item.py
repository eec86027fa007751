from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderHistoriesItem")


@_attrs_define
class OrderHistoriesItem:
    """
    Attributes:
        editor_id (UUID | Unset): Id of the user who made the change.
        updated_at (str | Unset): Time of the change.
        items (list[OrderHistoriesItemItemsItem] | Unset): Changed order lines.
    """

    editor_id: UUID | Unset = UNSET
    updated_at: str | Unset = UNSET
    items: list[OrderHistoriesItemItemsItem] | Unset = UNSET
    additional_properties: dict[str, OrderHistoriesItemAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        editor_id: str | Unset = UNSET
        if not isinstance(self.editor_id, Unset):
            editor_id = str(self.editor_id)

        updated_at = self.updated_at

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if editor_id is not UNSET:
            field_dict["editor_id"] = editor_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _editor_id = d.pop("editor_id", UNSET)
            editor_id: UUID | Unset
            if isinstance(_editor_id, Unset):
                editor_id = UNSET
            else:
                editor_id = types.parse_uuid(_editor_id)

        except Exception as exc:
            editor_id = types.undecoded(src_dict, "editor_id", "OrderHistoriesItem", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "OrderHistoriesItem", exc)

        try:
            _items = d.pop("items", UNSET)
            items: list[OrderHistoriesItemItemsItem] | Unset = UNSET
            if _items is not UNSET:
                if not isinstance(_items, list):
                    raise TypeError(f"expected an array, got {type(_items).__name__}")
                items = []
                for items_item_data in _items:
                    try:
                        items_item = OrderHistoriesItemItemsItem.from_dict(items_item_data)

                    except Exception as item_exc:
                        items_item = types.undecoded_item(items_item_data, "items", item_exc)
                    items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "OrderHistoriesItem", exc)

        order_histories_item = cls(
            editor_id=editor_id,
            updated_at=updated_at,
            items=items,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = OrderHistoriesItemAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        order_histories_item.additional_properties = additional_properties
        return order_histories_item

    def __repr__(self) -> str:
        return types.model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> OrderHistoriesItemAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: OrderHistoriesItemAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.order_histories_item_additional_property import (
    OrderHistoriesItemAdditionalProperty,
)
from ..models.order_histories_item_items_item import OrderHistoriesItemItemsItem
