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
    """An item of the order (see "Get item list", "Find items by name").

    Attributes:
        id (int): Item id (see "Get item list"). Integer per the table; the summary line also shows a string variant
            (AM-007).
        count (int): Count of items.
        delivery (bool): Whether delivery is needed for this item. Marked required with default false (AM-009). Default:
            False.
        assembly (bool): Whether assembly is needed for this item. Marked required with default false (AM-009). Default:
            False.
    """

    id: int
    count: int
    delivery: bool = False
    assembly: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        count = self.count

        delivery = self.delivery

        assembly = self.assembly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "count": count,
                "delivery": delivery,
                "assembly": assembly,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        count = d.pop("count")

        delivery = d.pop("delivery")

        assembly = d.pop("assembly")

        item = cls(
            id=id,
            count=count,
            delivery=delivery,
            assembly=assembly,
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
