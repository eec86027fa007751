from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderSummary")


@_attrs_define
class OrderSummary:
    """One order in the "List orders" answer. Its example shows fields (`receiverName`, `trackingCode`) and values
    (`orderStatus` "Delivered", `orderType` "Standard") that the rest of the document does not know (ledger PL-005,
    PL-027).

        Attributes:
            id (str): Order id.
            order_status (str | Unset): Order status. The filter documents init/success/failed; the response example shows
                "Delivered", so any string is accepted.
            order_type (str | Unset): Order type ("locker" elsewhere, "Standard" in this example).
            receiver_name (str | Unset):
            receiver_phone (str | Unset):
            cost (int | Unset):
            order_code (str | Unset):
            tracking_code (str | Unset): Tracking code (appears only in this example).
            created_at (datetime.datetime | Unset):
            updated_at (datetime.datetime | Unset):
    """

    id: str
    order_status: str | Unset = UNSET
    order_type: str | Unset = UNSET
    receiver_name: str | Unset = UNSET
    receiver_phone: str | Unset = UNSET
    cost: int | Unset = UNSET
    order_code: str | Unset = UNSET
    tracking_code: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        order_status = self.order_status

        order_type = self.order_type

        receiver_name = self.receiver_name

        receiver_phone = self.receiver_phone

        cost = self.cost

        order_code = self.order_code

        tracking_code = self.tracking_code

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
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if receiver_name is not UNSET:
            field_dict["receiverName"] = receiver_name
        if receiver_phone is not UNSET:
            field_dict["receiverPhone"] = receiver_phone
        if cost is not UNSET:
            field_dict["cost"] = cost
        if order_code is not UNSET:
            field_dict["orderCode"] = order_code
        if tracking_code is not UNSET:
            field_dict["trackingCode"] = tracking_code
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
            id = types.undecoded(src_dict, "id", "OrderSummary", exc)

        try:
            order_status = d.pop("orderStatus", UNSET)
            if not isinstance(order_status, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_status).__name__}")
        except Exception as exc:
            order_status = types.undecoded(src_dict, "orderStatus", "OrderSummary", exc)

        try:
            order_type = d.pop("orderType", UNSET)
            if not isinstance(order_type, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_type).__name__}")
        except Exception as exc:
            order_type = types.undecoded(src_dict, "orderType", "OrderSummary", exc)

        try:
            receiver_name = d.pop("receiverName", UNSET)
            if not isinstance(receiver_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(receiver_name).__name__}")
        except Exception as exc:
            receiver_name = types.undecoded(src_dict, "receiverName", "OrderSummary", exc)

        try:
            receiver_phone = d.pop("receiverPhone", UNSET)
            if not isinstance(receiver_phone, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(receiver_phone).__name__}")
        except Exception as exc:
            receiver_phone = types.undecoded(src_dict, "receiverPhone", "OrderSummary", exc)

        try:
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cost).__name__}")
        except Exception as exc:
            cost = types.undecoded(src_dict, "cost", "OrderSummary", exc)

        try:
            order_code = d.pop("orderCode", UNSET)
            if not isinstance(order_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_code).__name__}")
        except Exception as exc:
            order_code = types.undecoded(src_dict, "orderCode", "OrderSummary", exc)

        try:
            tracking_code = d.pop("trackingCode", UNSET)
            if not isinstance(tracking_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(tracking_code).__name__}")
        except Exception as exc:
            tracking_code = types.undecoded(src_dict, "trackingCode", "OrderSummary", exc)

        try:
            _created_at = d.pop("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = types.parse_datetime(_created_at)

        except Exception as exc:
            created_at = types.undecoded(src_dict, "createdAt", "OrderSummary", exc)

        try:
            _updated_at = d.pop("updatedAt", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = types.parse_datetime(_updated_at)

        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updatedAt", "OrderSummary", exc)

        order_summary = cls(
            id=id,
            order_status=order_status,
            order_type=order_type,
            receiver_name=receiver_name,
            receiver_phone=receiver_phone,
            cost=cost,
            order_code=order_code,
            tracking_code=tracking_code,
            created_at=created_at,
            updated_at=updated_at,
        )

        order_summary.additional_properties = d
        return order_summary

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
