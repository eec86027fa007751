from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageDetail")


@_attrs_define
class PackageDetail:
    """
    Attributes:
        weight (float): Item weight (kg).
        length (float | Unset): Item length (m).
        width (float | Unset): Item width (m).
        height (float | Unset): Item height (m).
        description (str | Unset): Item description (the source's type column says `description`; AH-004).
    """

    weight: float
    length: float | Unset = UNSET
    width: float | Unset = UNSET
    height: float | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            weight = self.weight
        except (AttributeError, TypeError):
            weight = cast(Any, self.weight)

        length = self.length

        width = self.width

        height = self.height

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "weight": weight,
            }
        )
        if isinstance(weight, Unset):
            del field_dict["weight"]
        if length is not UNSET:
            field_dict["length"] = length
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            weight = d.pop("weight")
            if not isinstance(weight, (int, float)):
                raise types.Mistyped(f"expected number, got {type(weight).__name__}")
        except Exception as exc:
            weight = types.undecoded(src_dict, "weight", "PackageDetail", exc)

        try:
            length = d.pop("length", UNSET)
            if not isinstance(length, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(length).__name__}")
        except Exception as exc:
            length = types.undecoded(src_dict, "length", "PackageDetail", exc)

        try:
            width = d.pop("width", UNSET)
            if not isinstance(width, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(width).__name__}")
        except Exception as exc:
            width = types.undecoded(src_dict, "width", "PackageDetail", exc)

        try:
            height = d.pop("height", UNSET)
            if not isinstance(height, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(height).__name__}")
        except Exception as exc:
            height = types.undecoded(src_dict, "height", "PackageDetail", exc)

        try:
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(description).__name__}")
        except Exception as exc:
            description = types.undecoded(src_dict, "description", "PackageDetail", exc)

        package_detail = cls(
            weight=weight,
            length=length,
            width=width,
            height=height,
            description=description,
        )

        package_detail.additional_properties = d
        return package_detail

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
