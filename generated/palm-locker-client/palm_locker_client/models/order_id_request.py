from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="OrderIdRequest")


@_attrs_define
class OrderIdRequest:
    """A body naming one order ("Cancel order", "Renew Partner Code", "Renew Order pass").

    Attributes:
        order_id (str): The unique identifier of the order (the `id` of Order).
    """

    order_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            order_id = self.order_id
        except (AttributeError, TypeError):
            order_id = cast(Any, self.order_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
            }
        )
        if isinstance(order_id, Unset):
            del field_dict["orderId"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            order_id = d.pop("orderId")
            if not isinstance(order_id, str):
                raise types.Mistyped(f"expected str, got {type(order_id).__name__}")
        except Exception as exc:
            order_id = types.undecoded(src_dict, "orderId", "OrderIdRequest", exc)

        order_id_request = cls(
            order_id=order_id,
        )

        order_id_request.additional_properties = d
        return order_id_request

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
