from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="CallLaterCreateRequest")


@_attrs_define
class CallLaterCreateRequest:
    """Body of “Tạo hẹn gọi & nhắc nhở” (`POST /shops/{shop_id}/order_call_laters`). The table (headed “Query Parameters”)
    lists the fields flat; the request example wraps them in `order_call_later`, which is the shape taken here (ledger
    PP-207, PP-210).

        Attributes:
            order_call_later (CallLaterCreateRequestOrderCallLater):
    """

    order_call_later: CallLaterCreateRequestOrderCallLater
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            order_call_later = self.order_call_later.to_dict()
        except (AttributeError, TypeError):
            order_call_later = cast(Any, self.order_call_later)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_call_later": order_call_later,
            }
        )
        if isinstance(order_call_later, Unset):
            del field_dict["order_call_later"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            order_call_later = CallLaterCreateRequestOrderCallLater.from_dict(d.pop("order_call_later"))

        except Exception as exc:
            order_call_later = types.undecoded(src_dict, "order_call_later", "CallLaterCreateRequest", exc)

        call_later_create_request = cls(
            order_call_later=order_call_later,
        )

        call_later_create_request.additional_properties = d
        return call_later_create_request

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


from ..models.call_later_create_request_order_call_later import (
    CallLaterCreateRequestOrderCallLater,
)
