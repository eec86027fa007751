from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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
        id = self.id

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
        id = d.pop("id")

        order_status = d.pop("orderStatus", UNSET)

        order_type = d.pop("orderType", UNSET)

        receiver_name = d.pop("receiverName", UNSET)

        receiver_phone = d.pop("receiverPhone", UNSET)

        cost = d.pop("cost", UNSET)

        order_code = d.pop("orderCode", UNSET)

        tracking_code = d.pop("trackingCode", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = types.parse_datetime(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = types.parse_datetime(_updated_at)

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
