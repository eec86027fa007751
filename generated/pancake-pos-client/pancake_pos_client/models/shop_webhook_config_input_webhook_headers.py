from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types

T = TypeVar("T", bound="ShopWebhookConfigInputWebhookHeaders")


@_attrs_define
class ShopWebhookConfigInputWebhookHeaders:
    """Request headers (name → value) sent with every webhook call, e.g. an `X-API-KEY` the receiver checks. In the example
    only; not in the table.

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        shop_webhook_config_input_webhook_headers = cls()

        shop_webhook_config_input_webhook_headers.additional_properties = d
        return shop_webhook_config_input_webhook_headers

    def __repr__(self) -> str:
        return types.model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
