from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.order_status import OrderStatus, check_order_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderWebhookPayload")


@_attrs_define
class OrderWebhookPayload:
    """Body Palm posts to the partner's webhook URL when an order is created or updated. `descripion` (sic) is the vendor's
    wire name; `createdAt`/`updatedAt` are shown as plain dates, so no date-time format is enforced (ledger PL-012,
    PL-013).

        Attributes:
            id (str): Order id.
            order_status (OrderStatus | str | Unset): An order status as Palm answers it: one of the documented
                `OrderStatus` values, or any other string (the "List orders" example answers "Delivered", ledger PL-027). Open
                so that a client never fails on a status Palm adds; requests (the `orderStatus` filter) keep the closed list.
            cost (int | Unset):
            payment_status (bool | Unset):
            delivery_status (bool | Unset):
            receiver_phone (str | Unset):
            receiver_name (str | Unset):
            order_code (str | Unset):
            order_type (str | Unset): Order type; only `locker` is documented (ledger PL-018).
            sender_phone (str | Unset):
            descripion (str | Unset): Order description (the vendor's misspelling of `description` is the wire name).
            created_at (str | Unset): Creation time ("2025-02-01" in the example; not an ISO date-time).
            updated_at (str | Unset): Last update time ("2025-02-02" in the example; not an ISO date-time).
            user_token (str | Unset): Current token of the order's owner, used to open a web view where the owner sees all
                orders not yet opened. Valid until the next webhook for this owner is created.
            partner_location_id (str | Unset): Id of the partner's project (assumed from the name: the document does not
                describe it).
    """

    id: str
    order_status: OrderStatus | str | Unset = UNSET
    cost: int | Unset = UNSET
    payment_status: bool | Unset = UNSET
    delivery_status: bool | Unset = UNSET
    receiver_phone: str | Unset = UNSET
    receiver_name: str | Unset = UNSET
    order_code: str | Unset = UNSET
    order_type: str | Unset = UNSET
    sender_phone: str | Unset = UNSET
    descripion: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    user_token: str | Unset = UNSET
    partner_location_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        order_status: str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        elif isinstance(self.order_status, str):
            order_status = self.order_status
        else:
            order_status = self.order_status

        cost = self.cost

        payment_status = self.payment_status

        delivery_status = self.delivery_status

        receiver_phone = self.receiver_phone

        receiver_name = self.receiver_name

        order_code = self.order_code

        order_type = self.order_type

        sender_phone = self.sender_phone

        descripion = self.descripion

        created_at = self.created_at

        updated_at = self.updated_at

        user_token = self.user_token

        partner_location_id = self.partner_location_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if cost is not UNSET:
            field_dict["cost"] = cost
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status
        if delivery_status is not UNSET:
            field_dict["deliveryStatus"] = delivery_status
        if receiver_phone is not UNSET:
            field_dict["receiverPhone"] = receiver_phone
        if receiver_name is not UNSET:
            field_dict["receiverName"] = receiver_name
        if order_code is not UNSET:
            field_dict["orderCode"] = order_code
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if sender_phone is not UNSET:
            field_dict["senderPhone"] = sender_phone
        if descripion is not UNSET:
            field_dict["descripion"] = descripion
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if user_token is not UNSET:
            field_dict["userToken"] = user_token
        if partner_location_id is not UNSET:
            field_dict["partnerLocationId"] = partner_location_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "OrderWebhookPayload", exc)

        try:

            def _parse_order_status(data: object) -> OrderStatus | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_order_status_value_type_0 = check_order_status(data)

                    return componentsschemas_order_status_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, str):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(OrderStatus | str | Unset, data)

            order_status = _parse_order_status(d.pop("orderStatus", UNSET))

        except Exception as exc:
            order_status = types.undecoded(src_dict, "orderStatus", "OrderWebhookPayload", exc)

        try:
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cost).__name__}")
        except Exception as exc:
            cost = types.undecoded(src_dict, "cost", "OrderWebhookPayload", exc)

        try:
            payment_status = d.pop("paymentStatus", UNSET)
            if not isinstance(payment_status, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(payment_status).__name__}")
        except Exception as exc:
            payment_status = types.undecoded(src_dict, "paymentStatus", "OrderWebhookPayload", exc)

        try:
            delivery_status = d.pop("deliveryStatus", UNSET)
            if not isinstance(delivery_status, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(delivery_status).__name__}")
        except Exception as exc:
            delivery_status = types.undecoded(src_dict, "deliveryStatus", "OrderWebhookPayload", exc)

        try:
            receiver_phone = d.pop("receiverPhone", UNSET)
            if not isinstance(receiver_phone, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(receiver_phone).__name__}")
        except Exception as exc:
            receiver_phone = types.undecoded(src_dict, "receiverPhone", "OrderWebhookPayload", exc)

        try:
            receiver_name = d.pop("receiverName", UNSET)
            if not isinstance(receiver_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(receiver_name).__name__}")
        except Exception as exc:
            receiver_name = types.undecoded(src_dict, "receiverName", "OrderWebhookPayload", exc)

        try:
            order_code = d.pop("orderCode", UNSET)
            if not isinstance(order_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_code).__name__}")
        except Exception as exc:
            order_code = types.undecoded(src_dict, "orderCode", "OrderWebhookPayload", exc)

        try:
            order_type = d.pop("orderType", UNSET)
            if not isinstance(order_type, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_type).__name__}")
        except Exception as exc:
            order_type = types.undecoded(src_dict, "orderType", "OrderWebhookPayload", exc)

        try:
            sender_phone = d.pop("senderPhone", UNSET)
            if not isinstance(sender_phone, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(sender_phone).__name__}")
        except Exception as exc:
            sender_phone = types.undecoded(src_dict, "senderPhone", "OrderWebhookPayload", exc)

        try:
            descripion = d.pop("descripion", UNSET)
            if not isinstance(descripion, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(descripion).__name__}")
        except Exception as exc:
            descripion = types.undecoded(src_dict, "descripion", "OrderWebhookPayload", exc)

        try:
            created_at = d.pop("createdAt", UNSET)
            if not isinstance(created_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(created_at).__name__}")
        except Exception as exc:
            created_at = types.undecoded(src_dict, "createdAt", "OrderWebhookPayload", exc)

        try:
            updated_at = d.pop("updatedAt", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updatedAt", "OrderWebhookPayload", exc)

        try:
            user_token = d.pop("userToken", UNSET)
            if not isinstance(user_token, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(user_token).__name__}")
        except Exception as exc:
            user_token = types.undecoded(src_dict, "userToken", "OrderWebhookPayload", exc)

        try:
            partner_location_id = d.pop("partnerLocationId", UNSET)
            if not isinstance(partner_location_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(partner_location_id).__name__}")
        except Exception as exc:
            partner_location_id = types.undecoded(src_dict, "partnerLocationId", "OrderWebhookPayload", exc)

        order_webhook_payload = cls(
            id=id,
            order_status=order_status,
            cost=cost,
            payment_status=payment_status,
            delivery_status=delivery_status,
            receiver_phone=receiver_phone,
            receiver_name=receiver_name,
            order_code=order_code,
            order_type=order_type,
            sender_phone=sender_phone,
            descripion=descripion,
            created_at=created_at,
            updated_at=updated_at,
            user_token=user_token,
            partner_location_id=partner_location_id,
        )

        order_webhook_payload.additional_properties = d
        return order_webhook_payload

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
