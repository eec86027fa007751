from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeasurementNodesItem")


@_attrs_define
class MeasurementNodesItem:
    """
    Attributes:
        id (int | Unset): Unit id.
        name (str | Unset): Unit name (e.g. "30 ml").
        exchange_value (int | Unset): Conversion factor to the base unit.
        is_default (bool | Unset): Default unit of the group.
        parent_id (int | Unset): Id of the unit group.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    exchange_value: int | Unset = UNSET
    is_default: bool | Unset = UNSET
    parent_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        exchange_value = self.exchange_value

        is_default = self.is_default

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if exchange_value is not UNSET:
            field_dict["exchange_value"] = exchange_value
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "MeasurementNodesItem", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "MeasurementNodesItem", exc)

        try:
            exchange_value = d.pop("exchange_value", UNSET)
            if not isinstance(exchange_value, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(exchange_value).__name__}")
        except Exception as exc:
            exchange_value = types.undecoded(src_dict, "exchange_value", "MeasurementNodesItem", exc)

        try:
            is_default = d.pop("is_default", UNSET)
            if not isinstance(is_default, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_default).__name__}")
        except Exception as exc:
            is_default = types.undecoded(src_dict, "is_default", "MeasurementNodesItem", exc)

        try:
            parent_id = d.pop("parent_id", UNSET)
            if not isinstance(parent_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(parent_id).__name__}")
        except Exception as exc:
            parent_id = types.undecoded(src_dict, "parent_id", "MeasurementNodesItem", exc)

        measurement_nodes_item = cls(
            id=id,
            name=name,
            exchange_value=exchange_value,
            is_default=is_default,
            parent_id=parent_id,
        )

        measurement_nodes_item.additional_properties = d
        return measurement_nodes_item

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
