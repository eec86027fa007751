from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.webhook_type import WebhookType, check_webhook_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShopWebhookConfig")


@_attrs_define
class ShopWebhookConfig:
    """Webhook settings of a shop (Cấu hình Webhook).

    Attributes:
        webhook_enable (bool | Unset): Turns the webhook on or off.
        webhook_url (str | Unset): URL the webhook calls are sent to.
        webhook_email (str | Unset): Email address notified about delivery errors.
        webhook_types (list[str | WebhookType] | Unset): Kinds of data to deliver.
        webhook_partner (str | Unset): Partner.
        webhook_headers (ShopWebhookConfigWebhookHeaders | Unset): Request headers (name → value) sent with every
            webhook call, e.g. an `X-API-KEY` the receiver checks. In the example only; not in the table.
    """

    webhook_enable: bool | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_email: str | Unset = UNSET
    webhook_types: list[str | WebhookType] | Unset = UNSET
    webhook_partner: str | Unset = UNSET
    webhook_headers: ShopWebhookConfigWebhookHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_enable = self.webhook_enable

        webhook_url = self.webhook_url

        webhook_email = self.webhook_email

        webhook_types: list[str] | Unset = UNSET
        if not isinstance(self.webhook_types, Unset):
            webhook_types = []
            for webhook_types_item_data in self.webhook_types:
                webhook_types_item: str
                if isinstance(webhook_types_item_data, str):
                    webhook_types_item = webhook_types_item_data
                else:
                    webhook_types_item = webhook_types_item_data
                webhook_types.append(webhook_types_item)

        webhook_partner = self.webhook_partner

        webhook_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook_headers, Unset):
            webhook_headers = self.webhook_headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_enable is not UNSET:
            field_dict["webhook_enable"] = webhook_enable
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_email is not UNSET:
            field_dict["webhook_email"] = webhook_email
        if webhook_types is not UNSET:
            field_dict["webhook_types"] = webhook_types
        if webhook_partner is not UNSET:
            field_dict["webhook_partner"] = webhook_partner
        if webhook_headers is not UNSET:
            field_dict["webhook_headers"] = webhook_headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            webhook_enable = d.pop("webhook_enable", UNSET)
            if not isinstance(webhook_enable, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(webhook_enable).__name__}")
        except Exception as exc:
            webhook_enable = types.undecoded(src_dict, "webhook_enable", "ShopWebhookConfig", exc)

        try:
            webhook_url = d.pop("webhook_url", UNSET)
            if not isinstance(webhook_url, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(webhook_url).__name__}")
        except Exception as exc:
            webhook_url = types.undecoded(src_dict, "webhook_url", "ShopWebhookConfig", exc)

        try:
            webhook_email = d.pop("webhook_email", UNSET)
            if not isinstance(webhook_email, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(webhook_email).__name__}")
        except Exception as exc:
            webhook_email = types.undecoded(src_dict, "webhook_email", "ShopWebhookConfig", exc)

        try:
            _webhook_types = d.pop("webhook_types", UNSET)
            webhook_types: list[str | WebhookType] | Unset = UNSET
            if _webhook_types is not UNSET:
                if not isinstance(_webhook_types, list):
                    raise TypeError(f"expected an array, got {type(_webhook_types).__name__}")
                webhook_types = []
                for webhook_types_item_data in _webhook_types:
                    try:

                        def _parse_webhook_types_item(data: object) -> str | WebhookType:
                            try:
                                if not isinstance(data, str):
                                    raise TypeError()
                                componentsschemas_webhook_type_value_type_0 = check_webhook_type(data)

                                return componentsschemas_webhook_type_value_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if types.is_strict() and not isinstance(data, str):
                                raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                            return cast(str | WebhookType, data)

                        webhook_types_item = _parse_webhook_types_item(webhook_types_item_data)

                    except Exception as item_exc:
                        webhook_types_item = types.undecoded_item(webhook_types_item_data, "webhook_types", item_exc)
                    webhook_types.append(webhook_types_item)

        except Exception as exc:
            webhook_types = types.undecoded(src_dict, "webhook_types", "ShopWebhookConfig", exc)

        try:
            webhook_partner = d.pop("webhook_partner", UNSET)
            if not isinstance(webhook_partner, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(webhook_partner).__name__}")
        except Exception as exc:
            webhook_partner = types.undecoded(src_dict, "webhook_partner", "ShopWebhookConfig", exc)

        try:
            _webhook_headers = d.pop("webhook_headers", UNSET)
            webhook_headers: ShopWebhookConfigWebhookHeaders | Unset
            if isinstance(_webhook_headers, Unset):
                webhook_headers = UNSET
            else:
                webhook_headers = ShopWebhookConfigWebhookHeaders.from_dict(_webhook_headers)

        except Exception as exc:
            webhook_headers = types.undecoded(src_dict, "webhook_headers", "ShopWebhookConfig", exc)

        shop_webhook_config = cls(
            webhook_enable=webhook_enable,
            webhook_url=webhook_url,
            webhook_email=webhook_email,
            webhook_types=webhook_types,
            webhook_partner=webhook_partner,
            webhook_headers=webhook_headers,
        )

        shop_webhook_config.additional_properties = d
        return shop_webhook_config

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


from ..models.shop_webhook_config_webhook_headers import ShopWebhookConfigWebhookHeaders
