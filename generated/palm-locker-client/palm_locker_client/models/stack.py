from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.box_size import BoxSize, check_box_size
from ..types import UNSET, Unset

T = TypeVar("T", bound="Stack")


@_attrs_define
class Stack:
    """One box (stack) of a locker, as listed by the full format of "List devices" and by "Get device's detail" (only the
    latter shows `shortId`).

        Attributes:
            id (str): Stack id (UUID in the examples).
            short_id (str | Unset): The id without dashes. Shown only by "Get device's detail" (assumed from the name: the
                document does not describe it).
            size (BoxSize | str | Unset): `BoxSize` as the API answers it: one of the documented values, or any other
                string. Open because Palm could add a box size class with a new locker model; a client must not fail on a value
                it does not know. Requests keep the closed `BoxSize`.
            position (int | Unset): Position of the box in the locker (the `stackPosition` of "Create new order").
            is_used (bool | Unset): Whether the box currently holds an order (assumed from the name: the document does not
                describe it).
            status (bool | Unset): Whether the box is in service (assumed from the name: the document does not describe it).
    """

    id: str
    short_id: str | Unset = UNSET
    size: BoxSize | str | Unset = UNSET
    position: int | Unset = UNSET
    is_used: bool | Unset = UNSET
    status: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        short_id = self.short_id

        size: str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, str):
            size = self.size
        else:
            size = self.size

        position = self.position

        is_used = self.is_used

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if short_id is not UNSET:
            field_dict["shortId"] = short_id
        if size is not UNSET:
            field_dict["size"] = size
        if position is not UNSET:
            field_dict["position"] = position
        if is_used is not UNSET:
            field_dict["isUsed"] = is_used
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Stack", exc)

        try:
            short_id = d.pop("shortId", UNSET)
            if not isinstance(short_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(short_id).__name__}")
        except Exception as exc:
            short_id = types.undecoded(src_dict, "shortId", "Stack", exc)

        try:

            def _parse_size(data: object) -> BoxSize | str | Unset:
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

            size = _parse_size(d.pop("size", UNSET))

        except Exception as exc:
            size = types.undecoded(src_dict, "size", "Stack", exc)

        try:
            position = d.pop("position", UNSET)
            if not isinstance(position, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(position).__name__}")
        except Exception as exc:
            position = types.undecoded(src_dict, "position", "Stack", exc)

        try:
            is_used = d.pop("isUsed", UNSET)
            if not isinstance(is_used, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_used).__name__}")
        except Exception as exc:
            is_used = types.undecoded(src_dict, "isUsed", "Stack", exc)

        try:
            status = d.pop("status", UNSET)
            if not isinstance(status, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(status).__name__}")
        except Exception as exc:
            status = types.undecoded(src_dict, "status", "Stack", exc)

        stack = cls(
            id=id,
            short_id=short_id,
            size=size,
            position=position,
            is_used=is_used,
            status=status,
        )

        stack.additional_properties = d
        return stack

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
