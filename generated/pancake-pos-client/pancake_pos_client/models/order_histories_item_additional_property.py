from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderHistoriesItemAdditionalProperty")


@_attrs_define
class OrderHistoriesItemAdditionalProperty:
    """Change of one order field.

    Attributes:
        new (Any | Unset): Value after the change.
        old (Any | Unset): Value before the change.
    """

    new: Any | Unset = UNSET
    old: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new = self.new

        old = self.old

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new is not UNSET:
            field_dict["new"] = new
        if old is not UNSET:
            field_dict["old"] = old

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            new = d.pop("new", UNSET)
        except Exception as exc:
            new = types.undecoded(src_dict, "new", "OrderHistoriesItemAdditionalProperty", exc)

        try:
            old = d.pop("old", UNSET)
        except Exception as exc:
            old = types.undecoded(src_dict, "old", "OrderHistoriesItemAdditionalProperty", exc)

        order_histories_item_additional_property = cls(
            new=new,
            old=old,
        )

        order_histories_item_additional_property.additional_properties = d
        return order_histories_item_additional_property

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
