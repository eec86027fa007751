from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="OpenStackRequest")


@_attrs_define
class OpenStackRequest:
    """Body of "Open stack api".

    Attributes:
        order_id (str): The order whose box is to be opened.
        locker_id (str): The locker holding the order.
    """

    order_id: str
    locker_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            order_id = self.order_id
        except (AttributeError, TypeError):
            order_id = cast(Any, self.order_id)

        try:
            locker_id = self.locker_id
        except (AttributeError, TypeError):
            locker_id = cast(Any, self.locker_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "lockerId": locker_id,
            }
        )
        if isinstance(order_id, Unset):
            del field_dict["orderId"]
        if isinstance(locker_id, Unset):
            del field_dict["lockerId"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            order_id = d.pop("orderId")
            if not isinstance(order_id, str):
                raise types.Mistyped(f"expected str, got {type(order_id).__name__}")
        except Exception as exc:
            order_id = types.undecoded(src_dict, "orderId", "OpenStackRequest", exc)

        try:
            locker_id = d.pop("lockerId")
            if not isinstance(locker_id, str):
                raise types.Mistyped(f"expected str, got {type(locker_id).__name__}")
        except Exception as exc:
            locker_id = types.undecoded(src_dict, "lockerId", "OpenStackRequest", exc)

        open_stack_request = cls(
            order_id=order_id,
            locker_id=locker_id,
        )

        open_stack_request.additional_properties = d
        return open_stack_request

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
