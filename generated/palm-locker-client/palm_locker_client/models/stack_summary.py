from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.box_size import BoxSize, check_box_size
from ..types import UNSET, Unset

T = TypeVar("T", bound="StackSummary")


@_attrs_define
class StackSummary:
    """Availability of one box size in a locker (compact format of "List devices").

    Attributes:
        box_size (BoxSize | str | Unset): `BoxSize` as the API answers it: one of the documented values, or any other
            string. Open because Palm could add a box size class with a new locker model; a client must not fail on a value
            it does not know. Requests keep the closed `BoxSize`.
        available_box (int | Unset): Number of free boxes of this size (assumed from the name: the document does not
            describe it).
        info (str | Unset): Box dimensions, e.g. "24x12x48 cm".
    """

    box_size: BoxSize | str | Unset = UNSET
    available_box: int | Unset = UNSET
    info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        box_size: str | Unset
        if isinstance(self.box_size, Unset):
            box_size = UNSET
        elif isinstance(self.box_size, str):
            box_size = self.box_size
        else:
            box_size = self.box_size

        available_box = self.available_box

        info = self.info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if box_size is not UNSET:
            field_dict["boxSize"] = box_size
        if available_box is not UNSET:
            field_dict["availableBox"] = available_box
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:

            def _parse_box_size(data: object) -> BoxSize | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_box_size_value_type_0 = check_box_size(data)

                    return componentsschemas_box_size_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, str):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(BoxSize | str | Unset, data)

            box_size = _parse_box_size(d.pop("boxSize", UNSET))

        except Exception as exc:
            box_size = types.undecoded(src_dict, "boxSize", "StackSummary", exc)

        try:
            available_box = d.pop("availableBox", UNSET)
            if not isinstance(available_box, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(available_box).__name__}")
        except Exception as exc:
            available_box = types.undecoded(src_dict, "availableBox", "StackSummary", exc)

        try:
            info = d.pop("info", UNSET)
            if not isinstance(info, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(info).__name__}")
        except Exception as exc:
            info = types.undecoded(src_dict, "info", "StackSummary", exc)

        stack_summary = cls(
            box_size=box_size,
            available_box=available_box,
            info=info,
        )

        stack_summary.additional_properties = d
        return stack_summary

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
