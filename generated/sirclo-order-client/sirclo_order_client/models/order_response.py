from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

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
        try:
            data = self.data.to_dict()
        except (AttributeError, TypeError):
            data = cast(Any, self.data)

        try:
            message = self.message
        except (AttributeError, TypeError):
            message = cast(Any, self.message)

        try:
            reference = self.reference
        except (AttributeError, TypeError):
            reference = cast(Any, self.reference)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "message": message,
                "reference": reference,
            }
        )
        if isinstance(data, Unset):
            del field_dict["data"]
        if isinstance(message, Unset):
            del field_dict["message"]
        if isinstance(reference, Unset):
            del field_dict["reference"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            data = Order.from_dict(d.pop("data"))

        except Exception as exc:
            data = types.undecoded(src_dict, "data", "OrderResponse", exc)

        try:
            message = d.pop("message")
            if not isinstance(message, str):
                raise types.Mistyped(f"expected str, got {type(message).__name__}")
        except Exception as exc:
            message = types.undecoded(src_dict, "message", "OrderResponse", exc)

        try:
            reference = d.pop("reference")
            if not isinstance(reference, str):
                raise types.Mistyped(f"expected str, got {type(reference).__name__}")
        except Exception as exc:
            reference = types.undecoded(src_dict, "reference", "OrderResponse", exc)

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


from ..models.order import Order
