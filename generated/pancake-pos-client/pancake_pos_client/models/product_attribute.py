from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductAttribute")


@_attrs_define
class ProductAttribute:
    """A product attribute and its possible values (`product_attributes[]`, “Thông tin thuộc tính”), e.g. `{name: "Màu",
    values: ["Đen", "Trắng", "Đỏ"]}`.

        Attributes:
            name (str | Unset): Attribute name (e.g. "Màu", colour).
            values (list[str] | Unset): Possible values of the attribute (meaning assumed from the name; the document does
                not describe it).
    """

    name: str | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "ProductAttribute", exc)

        try:
            values = cast(list[str], d.pop("values", UNSET))

        except Exception as exc:
            values = types.undecoded(src_dict, "values", "ProductAttribute", exc)

        product_attribute = cls(
            name=name,
            values=values,
        )

        product_attribute.additional_properties = d
        return product_attribute

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
