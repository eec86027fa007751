from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="GetLogisticsShippingDocumentBody")


@_attrs_define
class GetLogisticsShippingDocumentBody:
    """
    Attributes:
        params (list[GetLogisticsShippingDocumentBodyParamsItem]): The orders to print.
    """

    params: list[GetLogisticsShippingDocumentBodyParamsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        except (AttributeError, TypeError):
            params = cast(Any, self.params)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "params": params,
            }
        )
        if isinstance(params, Unset):
            del field_dict["params"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            params = []
            _params = d.pop("params")
            if not isinstance(_params, list):
                raise TypeError(f"expected an array, got {type(_params).__name__}")
            for params_item_data in _params:
                try:
                    params_item = GetLogisticsShippingDocumentBodyParamsItem.from_dict(params_item_data)

                except Exception as item_exc:
                    params_item = types.undecoded_item(params_item_data, "params", item_exc)
                params.append(params_item)

        except Exception as exc:
            params = types.undecoded(src_dict, "params", "GetLogisticsShippingDocumentBody", exc)

        get_logistics_shipping_document_body = cls(
            params=params,
        )

        get_logistics_shipping_document_body.additional_properties = d
        return get_logistics_shipping_document_body

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


from ..models.get_logistics_shipping_document_body_params_item import (
    GetLogisticsShippingDocumentBodyParamsItem,
)
