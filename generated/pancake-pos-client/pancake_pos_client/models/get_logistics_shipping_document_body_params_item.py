from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="GetLogisticsShippingDocumentBodyParamsItem")


@_attrs_define
class GetLogisticsShippingDocumentBodyParamsItem:
    """
    Attributes:
        order_id (str): Order id ("Mã đơn hàng"), as a string.
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
                "order_id": order_id,
            }
        )
        if isinstance(order_id, Unset):
            del field_dict["order_id"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            order_id = d.pop("order_id")
            if not isinstance(order_id, str):
                raise types.Mistyped(f"expected str, got {type(order_id).__name__}")
        except Exception as exc:
            order_id = types.undecoded(src_dict, "order_id", "GetLogisticsShippingDocumentBodyParamsItem", exc)

        get_logistics_shipping_document_body_params_item = cls(
            order_id=order_id,
        )

        get_logistics_shipping_document_body_params_item.additional_properties = d
        return get_logistics_shipping_document_body_params_item

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
