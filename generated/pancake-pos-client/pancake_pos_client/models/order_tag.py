from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderTag")


@_attrs_define
class OrderTag:
    """An order tag ("thẻ đơn hàng"). The table types `groups` only as `array`; its items' `id` and `name` are the fields
    of the example.

        Attributes:
            id (int): Tag id.
            name (str | Unset): Tag name.
            color (str | Unset): Tag colour, `#rrggbb`.
            is_system_tag (bool | Unset): true for a built-in system tag; absent on shop-defined tags in the example.
            groups (list[OrderTagGroupsItem] | Unset): Tag groups the tag belongs to.
    """

    id: int
    name: str | Unset = UNSET
    color: str | Unset = UNSET
    is_system_tag: bool | Unset = UNSET
    groups: list[OrderTagGroupsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        name = self.name

        color = self.color

        is_system_tag = self.is_system_tag

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if name is not UNSET:
            field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color
        if is_system_tag is not UNSET:
            field_dict["is_system_tag"] = is_system_tag
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, int):
                raise types.Mistyped(f"expected int, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "OrderTag", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "OrderTag", exc)

        try:
            color = d.pop("color", UNSET)
            if not isinstance(color, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(color).__name__}")
        except Exception as exc:
            color = types.undecoded(src_dict, "color", "OrderTag", exc)

        try:
            is_system_tag = d.pop("is_system_tag", UNSET)
            if not isinstance(is_system_tag, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_system_tag).__name__}")
        except Exception as exc:
            is_system_tag = types.undecoded(src_dict, "is_system_tag", "OrderTag", exc)

        try:
            _groups = d.pop("groups", UNSET)
            groups: list[OrderTagGroupsItem] | Unset = UNSET
            if _groups is not UNSET:
                if not isinstance(_groups, list):
                    raise TypeError(f"expected an array, got {type(_groups).__name__}")
                groups = []
                for groups_item_data in _groups:
                    try:
                        groups_item = OrderTagGroupsItem.from_dict(groups_item_data)

                    except Exception as item_exc:
                        groups_item = types.undecoded_item(groups_item_data, "groups", item_exc)
                    groups.append(groups_item)

        except Exception as exc:
            groups = types.undecoded(src_dict, "groups", "OrderTag", exc)

        order_tag = cls(
            id=id,
            name=name,
            color=color,
            is_system_tag=is_system_tag,
            groups=groups,
        )

        order_tag.additional_properties = d
        return order_tag

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


from ..models.order_tag_groups_item import OrderTagGroupsItem
