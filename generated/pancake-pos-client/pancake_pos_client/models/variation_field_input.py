from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="VariationFieldInput")


@_attrs_define
class VariationFieldInput:
    """One attribute value of a variation in the product create/update bodies (`variations[].fields[]`), e.g. `{name:
    "Màu", value: "Trắng"}`; `name` is one of the product's `product_attributes[].name`.

        Attributes:
            name (str | Unset): Attribute name.
            value (str | Unset): Attribute value.
    """

    name: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "VariationFieldInput", exc)

        try:
            value = d.pop("value", UNSET)
            if not isinstance(value, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(value).__name__}")
        except Exception as exc:
            value = types.undecoded(src_dict, "value", "VariationFieldInput", exc)

        variation_field_input = cls(
            name=name,
            value=value,
        )

        variation_field_input.additional_properties = d
        return variation_field_input

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
