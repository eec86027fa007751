from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.customer_webhook_payload_type import (
    CustomerWebhookPayloadType,
    check_customer_webhook_payload_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerWebhookPayload")


@_attrs_define
class CustomerWebhookPayload:
    """Payload of the customer webhook (Khách hàng). The source gives only an example; it differs from the customer object
    of the Customers section (`birthday`, `customer_tags`, `ad_clicks`, `adjust_points`, `page_id`, `type`).

        Attributes:
            id (str): Customer id (uuid).
            type_ (CustomerWebhookPayloadType): Kind of webhook data; `customers` for this payload.
            name (str | Unset): Customer name.
            phone_numbers (list[str] | Unset): Phone numbers.
            ad_clicks (list[CustomerWebhookPayloadAdClicksItem] | Unset): Ad clicks of the customer (meaning assumed from
                the name; the document does not describe it).
            birthday (None | str | Unset): Birthday; null in the example.
            gender (str | Unset): Gender (e.g. `male`).
            customer_tags (list[str] | Unset): Customer tags.
            emails (list[str] | Unset): Email addresses.
            page_id (str | Unset): Facebook page id.
            reward_point (float | Unset): Reward points (a float in the Customers section).
            adjust_points (float | Unset): Adjusted reward points (meaning assumed from the name; the document does not
                describe it).
            shop_id (int | Unset): Shop id.
    """

    id: str
    type_: CustomerWebhookPayloadType
    name: str | Unset = UNSET
    phone_numbers: list[str] | Unset = UNSET
    ad_clicks: list[CustomerWebhookPayloadAdClicksItem] | Unset = UNSET
    birthday: None | str | Unset = UNSET
    gender: str | Unset = UNSET
    customer_tags: list[str] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    page_id: str | Unset = UNSET
    reward_point: float | Unset = UNSET
    adjust_points: float | Unset = UNSET
    shop_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        try:
            type_: str = self.type_
        except (AttributeError, TypeError):
            type_ = cast(Any, self.type_)

        name = self.name

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        ad_clicks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ad_clicks, Unset):
            ad_clicks = []
            for ad_clicks_item_data in self.ad_clicks:
                ad_clicks_item = ad_clicks_item_data.to_dict()
                ad_clicks.append(ad_clicks_item)

        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        else:
            birthday = self.birthday

        gender = self.gender

        customer_tags: list[str] | Unset = UNSET
        if not isinstance(self.customer_tags, Unset):
            customer_tags = self.customer_tags

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        page_id = self.page_id

        reward_point = self.reward_point

        adjust_points = self.adjust_points

        shop_id = self.shop_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if isinstance(type_, Unset):
            del field_dict["type"]
        if name is not UNSET:
            field_dict["name"] = name
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if ad_clicks is not UNSET:
            field_dict["ad_clicks"] = ad_clicks
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if gender is not UNSET:
            field_dict["gender"] = gender
        if customer_tags is not UNSET:
            field_dict["customer_tags"] = customer_tags
        if emails is not UNSET:
            field_dict["emails"] = emails
        if page_id is not UNSET:
            field_dict["page_id"] = page_id
        if reward_point is not UNSET:
            field_dict["reward_point"] = reward_point
        if adjust_points is not UNSET:
            field_dict["adjust_points"] = adjust_points
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "CustomerWebhookPayload", exc)

        try:
            type_ = check_customer_webhook_payload_type(d.pop("type"))

        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "CustomerWebhookPayload", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "CustomerWebhookPayload", exc)

        try:
            phone_numbers = cast(list[str], d.pop("phone_numbers", UNSET))

        except Exception as exc:
            phone_numbers = types.undecoded(src_dict, "phone_numbers", "CustomerWebhookPayload", exc)

        try:
            _ad_clicks = d.pop("ad_clicks", UNSET)
            ad_clicks: list[CustomerWebhookPayloadAdClicksItem] | Unset = UNSET
            if _ad_clicks is not UNSET:
                if not isinstance(_ad_clicks, list):
                    raise TypeError(f"expected an array, got {type(_ad_clicks).__name__}")
                ad_clicks = []
                for ad_clicks_item_data in _ad_clicks:
                    try:
                        ad_clicks_item = CustomerWebhookPayloadAdClicksItem.from_dict(ad_clicks_item_data)

                    except Exception as item_exc:
                        ad_clicks_item = types.undecoded_item(ad_clicks_item_data, "ad_clicks", item_exc)
                    ad_clicks.append(ad_clicks_item)

        except Exception as exc:
            ad_clicks = types.undecoded(src_dict, "ad_clicks", "CustomerWebhookPayload", exc)

        try:
            birthday: None | str | Unset = d.pop("birthday", UNSET)
            if not isinstance(birthday, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(birthday).__name__}")

        except Exception as exc:
            birthday = types.undecoded(src_dict, "birthday", "CustomerWebhookPayload", exc)

        try:
            gender = d.pop("gender", UNSET)
            if not isinstance(gender, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(gender).__name__}")
        except Exception as exc:
            gender = types.undecoded(src_dict, "gender", "CustomerWebhookPayload", exc)

        try:
            customer_tags = cast(list[str], d.pop("customer_tags", UNSET))

        except Exception as exc:
            customer_tags = types.undecoded(src_dict, "customer_tags", "CustomerWebhookPayload", exc)

        try:
            emails = cast(list[str], d.pop("emails", UNSET))

        except Exception as exc:
            emails = types.undecoded(src_dict, "emails", "CustomerWebhookPayload", exc)

        try:
            page_id = d.pop("page_id", UNSET)
            if not isinstance(page_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(page_id).__name__}")
        except Exception as exc:
            page_id = types.undecoded(src_dict, "page_id", "CustomerWebhookPayload", exc)

        try:
            reward_point = d.pop("reward_point", UNSET)
            if not isinstance(reward_point, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(reward_point).__name__}")
        except Exception as exc:
            reward_point = types.undecoded(src_dict, "reward_point", "CustomerWebhookPayload", exc)

        try:
            adjust_points = d.pop("adjust_points", UNSET)
            if not isinstance(adjust_points, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(adjust_points).__name__}")
        except Exception as exc:
            adjust_points = types.undecoded(src_dict, "adjust_points", "CustomerWebhookPayload", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "CustomerWebhookPayload", exc)

        customer_webhook_payload = cls(
            id=id,
            type_=type_,
            name=name,
            phone_numbers=phone_numbers,
            ad_clicks=ad_clicks,
            birthday=birthday,
            gender=gender,
            customer_tags=customer_tags,
            emails=emails,
            page_id=page_id,
            reward_point=reward_point,
            adjust_points=adjust_points,
            shop_id=shop_id,
        )

        customer_webhook_payload.additional_properties = d
        return customer_webhook_payload

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


from ..models.customer_webhook_payload_ad_clicks_item import (
    CustomerWebhookPayloadAdClicksItem,
)
