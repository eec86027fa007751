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
        payment_status (bool): Whether the order is paid (set by "Update Payment status").
        delivery_status (bool): Whether the order has been delivered into the locker.
        order_status (OrderStatus | str): An order status as Palm answers it: one of the documented `OrderStatus`
            values, or any other string (the "List orders" example answers "Delivered", ledger PL-027). Open so that a
            client never fails on a status Palm adds; requests (the `orderStatus` filter) keep the closed list.
        locker_id (str):
        order_type (str): Order type; only `locker` is documented (ledger PL-018).
        order_code (str): Short order code, e.g. "O1Y2GAEP".
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        outdate_length (int | Unset): Time the order has stayed in the locker beyond the threshold.
        outdate_fee (int | Unset): Overdue fee charged.
        outdate_fee_paid (int | Unset): Overdue fee already paid.
        partner_outdate_threshold (float | Unset): Maximum time in milliseconds the partner keeps the order in the
            locker before fees start.
        sender_phone (str | Unset):
        receiver_phone (str | Unset):
        cost (int | Unset): Total cost of the order.
        partner_id (str | Unset):
        order_pass (str | Unset): Pass code that opens the box for the receiver (renewed by "Renew Order pass").
    """

    id: str
    payment_status: bool
    delivery_status: bool
    order_status: OrderStatus | str
    locker_id: str
    order_type: str
    order_code: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    outdate_length: int | Unset = UNSET
    outdate_fee: int | Unset = UNSET
    outdate_fee_paid: int | Unset = UNSET
    partner_outdate_threshold: float | Unset = UNSET
    sender_phone: str | Unset = UNSET
    receiver_phone: str | Unset = UNSET
    cost: int | Unset = UNSET
    partner_id: str | Unset = UNSET
    order_pass: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        try:
            payment_status = self.payment_status
        except (AttributeError, TypeError):
            payment_status = cast(Any, self.payment_status)

        try:
            delivery_status = self.delivery_status
        except (AttributeError, TypeError):
            delivery_status = cast(Any, self.delivery_status)

        try:
            order_status: str
            if isinstance(self.order_status, str):
                order_status = self.order_status
            else:
                order_status = self.order_status
        except (AttributeError, TypeError):
            order_status = cast(Any, self.order_status)

        try:
            locker_id = self.locker_id
        except (AttributeError, TypeError):
            locker_id = cast(Any, self.locker_id)

        try:
            order_type = self.order_type
        except (AttributeError, TypeError):
            order_type = cast(Any, self.order_type)

        try:
            order_code = self.order_code
        except (AttributeError, TypeError):
            order_code = cast(Any, self.order_code)

        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError):
            created_at = cast(Any, self.created_at)

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError):
            updated_at = cast(Any, self.updated_at)

        outdate_length = self.outdate_length

        outdate_fee = self.outdate_fee

        outdate_fee_paid = self.outdate_fee_paid

        partner_outdate_threshold = self.partner_outdate_threshold

        sender_phone = self.sender_phone

        receiver_phone = self.receiver_phone

        cost = self.cost

        partner_id = self.partner_id

        order_pass = self.order_pass

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "paymentStatus": payment_status,
                "deliveryStatus": delivery_status,
                "orderStatus": order_status,
                "lockerId": locker_id,
                "orderType": order_type,
                "orderCode": order_code,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if isinstance(payment_status, Unset):
            del field_dict["paymentStatus"]
        if isinstance(delivery_status, Unset):
            del field_dict["deliveryStatus"]
        if isinstance(order_status, Unset):
            del field_dict["orderStatus"]
        if isinstance(locker_id, Unset):
            del field_dict["lockerId"]
        if isinstance(order_type, Unset):
            del field_dict["orderType"]
        if isinstance(order_code, Unset):
            del field_dict["orderCode"]
        if isinstance(created_at, Unset):
            del field_dict["createdAt"]
        if isinstance(updated_at, Unset):
            del field_dict["updatedAt"]
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
        if partner_id is not UNSET:
            field_dict["partnerId"] = partner_id
        if order_pass is not UNSET:
            field_dict["orderPass"] = order_pass

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
            payment_status = d.pop("paymentStatus")
            if not isinstance(payment_status, bool):
                raise types.Mistyped(f"expected bool, got {type(payment_status).__name__}")
        except Exception as exc:
            payment_status = types.undecoded(src_dict, "paymentStatus", "Order", exc)

        try:
            delivery_status = d.pop("deliveryStatus")
            if not isinstance(delivery_status, bool):
                raise types.Mistyped(f"expected bool, got {type(delivery_status).__name__}")
        except Exception as exc:
            delivery_status = types.undecoded(src_dict, "deliveryStatus", "Order", exc)

        try:

            def _parse_order_status(data: object) -> OrderStatus | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_order_status_value_type_0 = check_order_status(data)

                    return componentsschemas_order_status_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, str):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(OrderStatus | str, data)

            order_status = _parse_order_status(d.pop("orderStatus"))

        except Exception as exc:
            order_status = types.undecoded(src_dict, "orderStatus", "Order", exc)

        try:
            locker_id = d.pop("lockerId")
            if not isinstance(locker_id, str):
                raise types.Mistyped(f"expected str, got {type(locker_id).__name__}")
        except Exception as exc:
            locker_id = types.undecoded(src_dict, "lockerId", "Order", exc)

        try:
            order_type = d.pop("orderType")
            if not isinstance(order_type, str):
                raise types.Mistyped(f"expected str, got {type(order_type).__name__}")
        except Exception as exc:
            order_type = types.undecoded(src_dict, "orderType", "Order", exc)

        try:
            order_code = d.pop("orderCode")
            if not isinstance(order_code, str):
                raise types.Mistyped(f"expected str, got {type(order_code).__name__}")
        except Exception as exc:
            order_code = types.undecoded(src_dict, "orderCode", "Order", exc)

        try:
            created_at = types.parse_datetime(d.pop("createdAt"))

        except Exception as exc:
            created_at = types.undecoded(src_dict, "createdAt", "Order", exc)

        try:
            updated_at = types.parse_datetime(d.pop("updatedAt"))

        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updatedAt", "Order", exc)

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
            partner_id = d.pop("partnerId", UNSET)
            if not isinstance(partner_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(partner_id).__name__}")
        except Exception as exc:
            partner_id = types.undecoded(src_dict, "partnerId", "Order", exc)

        try:
            order_pass = d.pop("orderPass", UNSET)
            if not isinstance(order_pass, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_pass).__name__}")
        except Exception as exc:
            order_pass = types.undecoded(src_dict, "orderPass", "Order", exc)

        order = cls(
            id=id,
            payment_status=payment_status,
            delivery_status=delivery_status,
            order_status=order_status,
            locker_id=locker_id,
            order_type=order_type,
            order_code=order_code,
            created_at=created_at,
            updated_at=updated_at,
            outdate_length=outdate_length,
            outdate_fee=outdate_fee,
            outdate_fee_paid=outdate_fee_paid,
            partner_outdate_threshold=partner_outdate_threshold,
            sender_phone=sender_phone,
            receiver_phone=receiver_phone,
            cost=cost,
            partner_id=partner_id,
            order_pass=order_pass,
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
