from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="SizeStack")


@_attrs_define
class SizeStack:
    """Dimensions of each box size of a locker (full format of "List devices").

    Attributes:
        s (str | Unset): Dimensions of size `s`, e.g. "24x12x48 cm".
        m (str | Unset): Dimensions of size `m`.
        l (str | Unset): Dimensions of size `l`.
        xl (str | Unset): Dimensions of size `xl`.
    """

    s: str | Unset = UNSET
    m: str | Unset = UNSET
    l: str | Unset = UNSET
    xl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        s = self.s

        m = self.m

        l = self.l

        xl = self.xl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if s is not UNSET:
            field_dict["s"] = s
        if m is not UNSET:
            field_dict["m"] = m
        if l is not UNSET:
            field_dict["l"] = l
        if xl is not UNSET:
            field_dict["xl"] = xl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            s = d.pop("s", UNSET)
            if not isinstance(s, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(s).__name__}")
        except Exception as exc:
            s = types.undecoded(src_dict, "s", "SizeStack", exc)

        try:
            m = d.pop("m", UNSET)
            if not isinstance(m, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(m).__name__}")
        except Exception as exc:
            m = types.undecoded(src_dict, "m", "SizeStack", exc)

        try:
            l = d.pop("l", UNSET)
            if not isinstance(l, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(l).__name__}")
        except Exception as exc:
            l = types.undecoded(src_dict, "l", "SizeStack", exc)

        try:
            xl = d.pop("xl", UNSET)
            if not isinstance(xl, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(xl).__name__}")
        except Exception as exc:
            xl = types.undecoded(src_dict, "xl", "SizeStack", exc)

        size_stack = cls(
            s=s,
            m=m,
            l=l,
            xl=xl,
        )

        size_stack.additional_properties = d
        return size_stack

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
