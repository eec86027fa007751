from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.order_status import OrderStatus, check_order_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order, as answered by "Create new order" and "Get order's information".

    Attributes:
        id (str): Order id (UUID in the examples); the `orderId` of the other operations.
        payment_status (bool | Unset): Whether the order is paid (set by "Update Payment status").
        delivery_status (bool | Unset): Whether the order has been delivered into the locker (assumed from the name: the
            document does not describe it).
        order_status (OrderStatus | str | Unset): An order status as Palm answers it: one of the documented
            `OrderStatus` values, or any other string (the "List orders" example answers "Delivered", ledger PL-027). Open
            so that a client never fails on a status Palm adds; requests (the `orderStatus` filter) keep the closed list.
        outdate_length (int | Unset): Time the order has stayed in the locker beyond the threshold (assumed from the
            name: the document does not describe it).
        outdate_fee (int | Unset): Overdue fee charged (assumed from the name: the document does not describe it).
        outdate_fee_paid (int | Unset): Overdue fee already paid (assumed from the name: the document does not describe
            it).
        partner_outdate_threshold (float | Unset): Maximum time in milliseconds the partner keeps the order in the
            locker before fees start.
        sender_phone (str | Unset):
        receiver_phone (str | Unset):
        cost (int | Unset): Total cost of the order.
        locker_id (str | Unset):
        order_type (str | Unset): Order type; only `locker` is documented (ledger PL-018).
        partner_id (str | Unset):
        order_code (str | Unset): Short order code, e.g. "O1Y2GAEP".
        order_pass (str | Unset): Order pass, renewed by "Renew Order pass" (which calls the renewed value "The updated
            order code after renewal"). Who uses it and what it opens is not stated (assumed: the receiver's code for the
            box).
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    payment_status: bool | Unset = UNSET
    delivery_status: bool | Unset = UNSET
    order_status: OrderStatus | str | Unset = UNSET
    outdate_length: int | Unset = UNSET
    outdate_fee: int | Unset = UNSET
    outdate_fee_paid: int | Unset = UNSET
    partner_outdate_threshold: float | Unset = UNSET
    sender_phone: str | Unset = UNSET
    receiver_phone: str | Unset = UNSET
    cost: int | Unset = UNSET
    locker_id: str | Unset = UNSET
    order_type: str | Unset = UNSET
    partner_id: str | Unset = UNSET
    order_code: str | Unset = UNSET
    order_pass: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        payment_status = self.payment_status

        delivery_status = self.delivery_status

        order_status: str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        elif isinstance(self.order_status, str):
            order_status = self.order_status
        else:
            order_status = self.order_status

        outdate_length = self.outdate_length

        outdate_fee = self.outdate_fee

        outdate_fee_paid = self.outdate_fee_paid

        partner_outdate_threshold = self.partner_outdate_threshold

        sender_phone = self.sender_phone

        receiver_phone = self.receiver_phone

        cost = self.cost

        locker_id = self.locker_id

        order_type = self.order_type

        partner_id = self.partner_id

        order_code = self.order_code

        order_pass = self.order_pass

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status
        if delivery_status is not UNSET:
            field_dict["deliveryStatus"] = delivery_status
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if outdate_length is not UNSET:
            field_dict["outdateLength"] = outdate_length
        if outdate_fee is not UNSET:
            field_dict["outdateFee"] = outdate_fee
        if outdate_fee_paid is not UNSET:
            field_dict["outdateFeePaid"] = outdate_fee_paid
        if partner_outdate_threshold is not UNSET:
            field_dict["partnerOutdateThreshold"] = partner_outdate_threshold
        if sender_phone is not UNSET:
            field_dict["senderPhone"] = sender_phone
        if receiver_phone is not UNSET:
            field_dict["receiverPhone"] = receiver_phone
        if cost is not UNSET:
            field_dict["cost"] = cost
        if locker_id is not UNSET:
            field_dict["lockerId"] = locker_id
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if partner_id is not UNSET:
            field_dict["partnerId"] = partner_id
        if order_code is not UNSET:
            field_dict["orderCode"] = order_code
        if order_pass is not UNSET:
            field_dict["orderPass"] = order_pass
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Order", exc)

        try:
            payment_status = d.pop("paymentStatus", UNSET)
            if not isinstance(payment_status, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(payment_status).__name__}")
        except Exception as exc:
            payment_status = types.undecoded(src_dict, "paymentStatus", "Order", exc)

        try:
            delivery_status = d.pop("deliveryStatus", UNSET)
            if not isinstance(delivery_status, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(delivery_status).__name__}")
        except Exception as exc:
            delivery_status = types.undecoded(src_dict, "deliveryStatus", "Order", exc)

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
            order_status = types.undecoded(src_dict, "orderStatus", "Order", exc)

        try:
            outdate_length = d.pop("outdateLength", UNSET)
            if not isinstance(outdate_length, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(outdate_length).__name__}")
        except Exception as exc:
            outdate_length = types.undecoded(src_dict, "outdateLength", "Order", exc)

        try:
            outdate_fee = d.pop("outdateFee", UNSET)
            if not isinstance(outdate_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(outdate_fee).__name__}")
        except Exception as exc:
            outdate_fee = types.undecoded(src_dict, "outdateFee", "Order", exc)

        try:
            outdate_fee_paid = d.pop("outdateFeePaid", UNSET)
            if not isinstance(outdate_fee_paid, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(outdate_fee_paid).__name__}")
        except Exception as exc:
            outdate_fee_paid = types.undecoded(src_dict, "outdateFeePaid", "Order", exc)

        try:
            partner_outdate_threshold = d.pop("partnerOutdateThreshold", UNSET)
            if not isinstance(partner_outdate_threshold, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(partner_outdate_threshold).__name__}")
        except Exception as exc:
            partner_outdate_threshold = types.undecoded(src_dict, "partnerOutdateThreshold", "Order", exc)

        try:
            sender_phone = d.pop("senderPhone", UNSET)
            if not isinstance(sender_phone, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(sender_phone).__name__}")
        except Exception as exc:
            sender_phone = types.undecoded(src_dict, "senderPhone", "Order", exc)

        try:
            receiver_phone = d.pop("receiverPhone", UNSET)
            if not isinstance(receiver_phone, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(receiver_phone).__name__}")
        except Exception as exc:
            receiver_phone = types.undecoded(src_dict, "receiverPhone", "Order", exc)

        try:
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cost).__name__}")
        except Exception as exc:
            cost = types.undecoded(src_dict, "cost", "Order", exc)

        try:
            locker_id = d.pop("lockerId", UNSET)
            if not isinstance(locker_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(locker_id).__name__}")
        except Exception as exc:
            locker_id = types.undecoded(src_dict, "lockerId", "Order", exc)

        try:
            order_type = d.pop("orderType", UNSET)
            if not isinstance(order_type, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_type).__name__}")
        except Exception as exc:
            order_type = types.undecoded(src_dict, "orderType", "Order", exc)

        try:
            partner_id = d.pop("partnerId", UNSET)
            if not isinstance(partner_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(partner_id).__name__}")
        except Exception as exc:
            partner_id = types.undecoded(src_dict, "partnerId", "Order", exc)

        try:
            order_code = d.pop("orderCode", UNSET)
            if not isinstance(order_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_code).__name__}")
        except Exception as exc:
            order_code = types.undecoded(src_dict, "orderCode", "Order", exc)

        try:
            order_pass = d.pop("orderPass", UNSET)
            if not isinstance(order_pass, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_pass).__name__}")
        except Exception as exc:
            order_pass = types.undecoded(src_dict, "orderPass", "Order", exc)

        try:
            _created_at = d.pop("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = types.parse_datetime(_created_at)

        except Exception as exc:
            created_at = types.undecoded(src_dict, "createdAt", "Order", exc)

        try:
            _updated_at = d.pop("updatedAt", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = types.parse_datetime(_updated_at)

        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updatedAt", "Order", exc)

        order = cls(
            id=id,
            payment_status=payment_status,
            delivery_status=delivery_status,
            order_status=order_status,
            outdate_length=outdate_length,
            outdate_fee=outdate_fee,
            outdate_fee_paid=outdate_fee_paid,
            partner_outdate_threshold=partner_outdate_threshold,
            sender_phone=sender_phone,
            receiver_phone=receiver_phone,
            cost=cost,
            locker_id=locker_id,
            order_type=order_type,
            partner_id=partner_id,
            order_code=order_code,
            order_pass=order_pass,
            created_at=created_at,
            updated_at=updated_at,
        )

        order.additional_properties = d
        return order

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
