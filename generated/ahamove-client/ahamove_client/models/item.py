from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

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
        try:
            field_id = self.field_id
        except (AttributeError, TypeError):
            field_id = cast(Any, self.field_id)

        try:
            store_id = self.store_id
        except (AttributeError, TypeError):
            store_id = cast(Any, self.store_id)

        try:
            name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            price = self.price
        except (AttributeError, TypeError):
            price = cast(Any, self.price)

        try:
            num = self.num
        except (AttributeError, TypeError):
            num = cast(Any, self.num)

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
        if isinstance(field_id, Unset):
            del field_dict["_id"]
        if isinstance(store_id, Unset):
            del field_dict["store_id"]
        if isinstance(name, Unset):
            del field_dict["name"]
        if isinstance(price, Unset):
            del field_dict["price"]
        if isinstance(num, Unset):
            del field_dict["num"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            field_id = d.pop("_id")
            if not isinstance(field_id, int):
                raise types.Mistyped(f"expected int, got {type(field_id).__name__}")
        except Exception as exc:
            field_id = types.undecoded(src_dict, "_id", "Item", exc)

        try:
            store_id = d.pop("store_id")
            if not isinstance(store_id, int):
                raise types.Mistyped(f"expected int, got {type(store_id).__name__}")
        except Exception as exc:
            store_id = types.undecoded(src_dict, "store_id", "Item", exc)

        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "Item", exc)

        try:
            price = d.pop("price")
            if not isinstance(price, int):
                raise types.Mistyped(f"expected int, got {type(price).__name__}")
        except Exception as exc:
            price = types.undecoded(src_dict, "price", "Item", exc)

        try:
            num = d.pop("num")
            if not isinstance(num, int):
                raise types.Mistyped(f"expected int, got {type(num).__name__}")
        except Exception as exc:
            num = types.undecoded(src_dict, "num", "Item", exc)

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
