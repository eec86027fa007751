from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="PaymentStatusRequest")


@_attrs_define
class PaymentStatusRequest:
    """Body of "Update Payment status".

    Attributes:
        order_id (str): The unique identifier of the order.
        payment_status (bool): The new payment status (`true` paid, `false` unpaid).
    """

    order_id: str
    payment_status: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            order_id = self.order_id
        except (AttributeError, TypeError):
            order_id = cast(Any, self.order_id)

        try:
            payment_status = self.payment_status
        except (AttributeError, TypeError):
            payment_status = cast(Any, self.payment_status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "paymentStatus": payment_status,
            }
        )
        if isinstance(order_id, Unset):
            del field_dict["orderId"]
        if isinstance(payment_status, Unset):
            del field_dict["paymentStatus"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            order_id = d.pop("orderId")
            if not isinstance(order_id, str):
                raise types.Mistyped(f"expected str, got {type(order_id).__name__}")
        except Exception as exc:
            order_id = types.undecoded(src_dict, "orderId", "PaymentStatusRequest", exc)

        try:
            payment_status = d.pop("paymentStatus")
            if not isinstance(payment_status, bool):
                raise types.Mistyped(f"expected bool, got {type(payment_status).__name__}")
        except Exception as exc:
            payment_status = types.undecoded(src_dict, "paymentStatus", "PaymentStatusRequest", exc)

        payment_status_request = cls(
            order_id=order_id,
            payment_status=payment_status,
        )

        payment_status_request.additional_properties = d
        return payment_status_request

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
