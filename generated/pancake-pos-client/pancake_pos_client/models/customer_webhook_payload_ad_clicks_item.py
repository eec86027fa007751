from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerWebhookPayloadAdClicksItem")


@_attrs_define
class CustomerWebhookPayloadAdClicksItem:
    """
    Attributes:
        ad_id (str | Unset): Ad id (meaning assumed from the name; the document does not describe it).
        inserted_at (str | Unset): Click time. Vendor datetime string without time zone, e.g. `2021-10-13T02:22:04`.
        post_id (str | Unset): Post id (meaning assumed from the name; the document does not describe it).
    """

    ad_id: str | Unset = UNSET
    inserted_at: str | Unset = UNSET
    post_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_id = self.ad_id

        inserted_at = self.inserted_at

        post_id = self.post_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_id is not UNSET:
            field_dict["ad_id"] = ad_id
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if post_id is not UNSET:
            field_dict["post_id"] = post_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            ad_id = d.pop("ad_id", UNSET)
            if not isinstance(ad_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(ad_id).__name__}")
        except Exception as exc:
            ad_id = types.undecoded(src_dict, "ad_id", "CustomerWebhookPayloadAdClicksItem", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "CustomerWebhookPayloadAdClicksItem", exc)

        try:
            post_id = d.pop("post_id", UNSET)
            if not isinstance(post_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(post_id).__name__}")
        except Exception as exc:
            post_id = types.undecoded(src_dict, "post_id", "CustomerWebhookPayloadAdClicksItem", exc)

        customer_webhook_payload_ad_clicks_item = cls(
            ad_id=ad_id,
            inserted_at=inserted_at,
            post_id=post_id,
        )

        customer_webhook_payload_ad_clicks_item.additional_properties = d
        return customer_webhook_payload_ad_clicks_item

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
