from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOrdersRequest")


@_attrs_define
class UpdateOrdersRequest:
    """Body of Update Order: one optional array per target status. Each entry names a SIRCLO Platform order id (`Order.id`,
    not the partner's `order_id`) and the order's last updated timestamp. The source does not say that at least one
    array must be present.

        Attributes:
            accepted (list[UpdateOrdersRequestAcceptedItem] | Unset): Array of orders that should be accepted.
            packed (list[UpdateOrdersRequestPackedItem] | Unset): Array of orders that should be packed.
            completed (list[UpdateOrdersRequestCompletedItem] | Unset): Array of orders that should be completed.
            cancelled (list[UpdateOrdersRequestCancelledItem] | Unset): Array of orders that should be cancelled.
    """

    accepted: list[UpdateOrdersRequestAcceptedItem] | Unset = UNSET
    packed: list[UpdateOrdersRequestPackedItem] | Unset = UNSET
    completed: list[UpdateOrdersRequestCompletedItem] | Unset = UNSET
    cancelled: list[UpdateOrdersRequestCancelledItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accepted, Unset):
            accepted = []
            for accepted_item_data in self.accepted:
                accepted_item = accepted_item_data.to_dict()
                accepted.append(accepted_item)

        packed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packed, Unset):
            packed = []
            for packed_item_data in self.packed:
                packed_item = packed_item_data.to_dict()
                packed.append(packed_item)

        completed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.completed, Unset):
            completed = []
            for completed_item_data in self.completed:
                completed_item = completed_item_data.to_dict()
                completed.append(completed_item)

        cancelled: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cancelled, Unset):
            cancelled = []
            for cancelled_item_data in self.cancelled:
                cancelled_item = cancelled_item_data.to_dict()
                cancelled.append(cancelled_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if packed is not UNSET:
            field_dict["packed"] = packed
        if completed is not UNSET:
            field_dict["completed"] = completed
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _accepted = d.pop("accepted", UNSET)
            accepted: list[UpdateOrdersRequestAcceptedItem] | Unset = UNSET
            if _accepted is not UNSET:
                if not isinstance(_accepted, list):
                    raise TypeError(f"expected an array, got {type(_accepted).__name__}")
                accepted = []
                for accepted_item_data in _accepted:
                    try:
                        accepted_item = UpdateOrdersRequestAcceptedItem.from_dict(accepted_item_data)

                    except Exception as item_exc:
                        accepted_item = types.undecoded_item(accepted_item_data, "accepted", item_exc)
                    accepted.append(accepted_item)

        except Exception as exc:
            accepted = types.undecoded(src_dict, "accepted", "UpdateOrdersRequest", exc)

        try:
            _packed = d.pop("packed", UNSET)
            packed: list[UpdateOrdersRequestPackedItem] | Unset = UNSET
            if _packed is not UNSET:
                if not isinstance(_packed, list):
                    raise TypeError(f"expected an array, got {type(_packed).__name__}")
                packed = []
                for packed_item_data in _packed:
                    try:
                        packed_item = UpdateOrdersRequestPackedItem.from_dict(packed_item_data)

                    except Exception as item_exc:
                        packed_item = types.undecoded_item(packed_item_data, "packed", item_exc)
                    packed.append(packed_item)

        except Exception as exc:
            packed = types.undecoded(src_dict, "packed", "UpdateOrdersRequest", exc)

        try:
            _completed = d.pop("completed", UNSET)
            completed: list[UpdateOrdersRequestCompletedItem] | Unset = UNSET
            if _completed is not UNSET:
                if not isinstance(_completed, list):
                    raise TypeError(f"expected an array, got {type(_completed).__name__}")
                completed = []
                for completed_item_data in _completed:
                    try:
                        completed_item = UpdateOrdersRequestCompletedItem.from_dict(completed_item_data)

                    except Exception as item_exc:
                        completed_item = types.undecoded_item(completed_item_data, "completed", item_exc)
                    completed.append(completed_item)

        except Exception as exc:
            completed = types.undecoded(src_dict, "completed", "UpdateOrdersRequest", exc)

        try:
            _cancelled = d.pop("cancelled", UNSET)
            cancelled: list[UpdateOrdersRequestCancelledItem] | Unset = UNSET
            if _cancelled is not UNSET:
                if not isinstance(_cancelled, list):
                    raise TypeError(f"expected an array, got {type(_cancelled).__name__}")
                cancelled = []
                for cancelled_item_data in _cancelled:
                    try:
                        cancelled_item = UpdateOrdersRequestCancelledItem.from_dict(cancelled_item_data)

                    except Exception as item_exc:
                        cancelled_item = types.undecoded_item(cancelled_item_data, "cancelled", item_exc)
                    cancelled.append(cancelled_item)

        except Exception as exc:
            cancelled = types.undecoded(src_dict, "cancelled", "UpdateOrdersRequest", exc)

        update_orders_request = cls(
            accepted=accepted,
            packed=packed,
            completed=completed,
            cancelled=cancelled,
        )

        update_orders_request.additional_properties = d
        return update_orders_request

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


from ..models.update_orders_request_accepted_item import UpdateOrdersRequestAcceptedItem
from ..models.update_orders_request_cancelled_item import (
    UpdateOrdersRequestCancelledItem,
)
from ..models.update_orders_request_completed_item import (
    UpdateOrdersRequestCompletedItem,
)
from ..models.update_orders_request_packed_item import UpdateOrdersRequestPackedItem
