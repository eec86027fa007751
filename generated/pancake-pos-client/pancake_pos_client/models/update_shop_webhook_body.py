from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="UpdateShopWebhookBody")


@_attrs_define
class UpdateShopWebhookBody:
    """
    Attributes:
        shop (ShopWebhookConfigInput): Webhook settings as "Cấu hình Webhook" sends them: the fields of
            `ShopWebhookConfig`, with `webhook_types` limited to the documented kinds (a request is as strict as the source;
            the answer accepts kinds the document does not list, ledger PP-414).
    """

    shop: ShopWebhookConfigInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            shop = self.shop.to_dict()
        except (AttributeError, TypeError):
            shop = cast(Any, self.shop)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shop": shop,
            }
        )
        if isinstance(shop, Unset):
            del field_dict["shop"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            shop = ShopWebhookConfigInput.from_dict(d.pop("shop"))

        except Exception as exc:
            shop = types.undecoded(src_dict, "shop", "UpdateShopWebhookBody", exc)

        update_shop_webhook_body = cls(
            shop=shop,
        )

        update_shop_webhook_body.additional_properties = d
        return update_shop_webhook_body

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


from ..models.shop_webhook_config_input import ShopWebhookConfigInput
