from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PageSettings")


@_attrs_define
class PageSettings:
    """Page settings (meaning assumed from the name; the document does not describe it).

    Attributes:
        auto_create_order (bool | Unset): Whether orders are created automatically from this page (meaning assumed from
            the name; the document does not describe it).
    """

    auto_create_order: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_create_order = self.auto_create_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_create_order is not UNSET:
            field_dict["auto_create_order"] = auto_create_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            auto_create_order = d.pop("auto_create_order", UNSET)
            if not isinstance(auto_create_order, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(auto_create_order).__name__}")
        except Exception as exc:
            auto_create_order = types.undecoded(src_dict, "auto_create_order", "PageSettings", exc)

        page_settings = cls(
            auto_create_order=auto_create_order,
        )

        page_settings.additional_properties = d
        return page_settings

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
