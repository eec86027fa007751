from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types

T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """An item to log in the order.

    Attributes:
        field_id (int): Item ID (`int` in the source, AH-015).
        store_id (int): Store ID.
        name (str): Item name.
        price (int): Item price.
        num (int): Number of items.
    """

    field_id: int
    store_id: int
    name: str
    price: int
    num: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        store_id = self.store_id

        name = self.name

        price = self.price

        num = self.num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "store_id": store_id,
                "name": name,
                "price": price,
                "num": num,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        store_id = d.pop("store_id")

        name = d.pop("name")

        price = d.pop("price")

        num = d.pop("num")

        item = cls(
            field_id=field_id,
            store_id=store_id,
            name=name,
            price=price,
            num=num,
        )

        item.additional_properties = d
        return item

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
