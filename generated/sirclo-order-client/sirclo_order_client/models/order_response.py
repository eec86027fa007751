from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="OrderResponse")


@_attrs_define
class OrderResponse:
    """Response of Create Order, in SIRCLO's `{data, message, reference}` envelope.

    Attributes:
        data (Order): An order as SIRCLO returns it (Get Order, Create Order). The source has no response table: fields
            come from the response examples, descriptions from the Create Order request table. Fields present in both
            response examples are required; `tax_total` appears only in the Get Order example (ledger SO-011).
        message (str): Message (empty in the example).
        reference (str): Reference (empty in the example; not explained by the source).
    """

    data: Order
    message: str
    reference: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        message = self.message

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "message": message,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order import Order

        d = dict(src_dict)
        data = Order.from_dict(d.pop("data"))

        message = d.pop("message")

        reference = d.pop("reference")

        order_response = cls(
            data=data,
            message=message,
            reference=reference,
        )

        order_response.additional_properties = d
        return order_response

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
