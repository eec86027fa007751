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
            size (BoxSize | str): `BoxSize` as the API answers it: one of the documented values, or any other string. Open
                because Palm could add a box size class with a new locker model; a client must not fail on a value it does not
                know. Requests keep the closed `BoxSize`.
            position (int): Position of the box in the locker (the `stackPosition` of "Create new order").
            is_used (bool): Whether the box currently holds an order.
            status (bool): Whether the box is in service.
            short_id (str | Unset): The id without dashes. Shown only by "Get device's detail".
    """

    id: str
    size: BoxSize | str
    position: int
    is_used: bool
    status: bool
    short_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        size: str
        if isinstance(self.size, str):
            size = self.size
        else:
            size = self.size

        position = self.position

        is_used = self.is_used

        status = self.status

        short_id = self.short_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "size": size,
                "position": position,
                "isUsed": is_used,
                "status": status,
            }
        )
        if short_id is not UNSET:
            field_dict["shortId"] = short_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_size(data: object) -> BoxSize | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_box_size_value_type_0 = check_box_size(data)

                return componentsschemas_box_size_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoxSize | str, data)

        size = _parse_size(d.pop("size"))

        position = d.pop("position")

        is_used = d.pop("isUsed")

        status = d.pop("status")

        short_id = d.pop("shortId", UNSET)

        stack = cls(
            id=id,
            size=size,
            position=position,
            is_used=is_used,
            status=status,
            short_id=short_id,
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
