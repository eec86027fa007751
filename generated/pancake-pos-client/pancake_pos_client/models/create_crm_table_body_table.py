from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="CreateCrmTableBodyTable")


@_attrs_define
class CreateCrmTableBodyTable:
    """
    Attributes:
        name (str): Table name; must be unique in the shop.
        label (str): Table label.
    """

    name: str
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            label = self.label
        except (AttributeError, TypeError):
            label = cast(Any, self.label)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "label": label,
            }
        )
        if isinstance(name, Unset):
            del field_dict["name"]
        if isinstance(label, Unset):
            del field_dict["label"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "CreateCrmTableBodyTable", exc)

        try:
            label = d.pop("label")
            if not isinstance(label, str):
                raise types.Mistyped(f"expected str, got {type(label).__name__}")
        except Exception as exc:
            label = types.undecoded(src_dict, "label", "CreateCrmTableBodyTable", exc)

        create_crm_table_body_table = cls(
            name=name,
            label=label,
        )

        create_crm_table_body_table.additional_properties = d
        return create_crm_table_body_table

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
