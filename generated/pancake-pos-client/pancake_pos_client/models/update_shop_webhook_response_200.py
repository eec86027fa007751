from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="UpdateShopWebhookResponse200")


@_attrs_define
class UpdateShopWebhookResponse200:
    """
    Attributes:
        shop (ShopWebhookConfig): Webhook settings of a shop (Cấu hình Webhook).
    """

    shop: ShopWebhookConfig
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
            shop = ShopWebhookConfig.from_dict(d.pop("shop"))

        except Exception as exc:
            shop = types.undecoded(src_dict, "shop", "UpdateShopWebhookResponse200", exc)

        update_shop_webhook_response_200 = cls(
            shop=shop,
        )

        update_shop_webhook_response_200.additional_properties = d
        return update_shop_webhook_response_200

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


from ..models.shop_webhook_config import ShopWebhookConfig
