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
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        try:
            count = self.count
        except (AttributeError, TypeError):
            count = cast(Any, self.count)

        try:
            delivery = self.delivery
        except (AttributeError, TypeError):
            delivery = cast(Any, self.delivery)

        try:
            assembly = self.assembly
        except (AttributeError, TypeError):
            assembly = cast(Any, self.assembly)

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
        if isinstance(id, Unset):
            del field_dict["id"]
        if isinstance(count, Unset):
            del field_dict["count"]
        if isinstance(delivery, Unset):
            del field_dict["delivery"]
        if isinstance(assembly, Unset):
            del field_dict["assembly"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, int):
                raise types.Mistyped(f"expected int, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Item", exc)

        try:
            count = d.pop("count")
            if not isinstance(count, int):
                raise types.Mistyped(f"expected int, got {type(count).__name__}")
        except Exception as exc:
            count = types.undecoded(src_dict, "count", "Item", exc)

        try:
            delivery = d.pop("delivery")
            if not isinstance(delivery, bool):
                raise types.Mistyped(f"expected bool, got {type(delivery).__name__}")
        except Exception as exc:
            delivery = types.undecoded(src_dict, "delivery", "Item", exc)

        try:
            assembly = d.pop("assembly")
            if not isinstance(assembly, bool):
                raise types.Mistyped(f"expected bool, got {type(assembly).__name__}")
        except Exception as exc:
            assembly = types.undecoded(src_dict, "assembly", "Item", exc)

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
