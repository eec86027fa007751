from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="UpdateOrdersRequestPackedItem")


@_attrs_define
class UpdateOrdersRequestPackedItem:
    """
    Attributes:
        id (int): SIRCLO Platform order id.
        airwaybill_number (str): The airwaybill number for this order.
        updated_at (datetime.datetime | str): "The last updated timestamp for this order" (source; presumably checked
            against the order's current `updatedAt` to reject stale updates). The table says it must be an RFC 3339
            timestamp; the request example sends `2019-05-27 06:05:11.979185`, the form in which SIRCLO returns `updatedAt`.
            Both forms are accepted (ledger SO-009).
    """

    id: int
    airwaybill_number: str
    updated_at: datetime.datetime | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        try:
            airwaybill_number = self.airwaybill_number
        except (AttributeError, TypeError):
            airwaybill_number = cast(Any, self.airwaybill_number)

        try:
            updated_at: str
            if isinstance(self.updated_at, datetime.datetime):
                updated_at = self.updated_at.isoformat()
            else:
                updated_at = self.updated_at
        except (AttributeError, TypeError):
            updated_at = cast(Any, self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "airwaybill_number": airwaybill_number,
                "updated_at": updated_at,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if isinstance(airwaybill_number, Unset):
            del field_dict["airwaybill_number"]
        if isinstance(updated_at, Unset):
            del field_dict["updated_at"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, int):
                raise types.Mistyped(f"expected int, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "UpdateOrdersRequestPackedItem", exc)

        try:
            airwaybill_number = d.pop("airwaybill_number")
            if not isinstance(airwaybill_number, str):
                raise types.Mistyped(f"expected str, got {type(airwaybill_number).__name__}")
        except Exception as exc:
            airwaybill_number = types.undecoded(src_dict, "airwaybill_number", "UpdateOrdersRequestPackedItem", exc)

        try:

            def _parse_updated_at(data: object) -> datetime.datetime | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_updated_at_type_0 = types.parse_datetime(data)

                    return componentsschemas_updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, str):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(datetime.datetime | str, data)

            updated_at = _parse_updated_at(d.pop("updated_at"))

        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "UpdateOrdersRequestPackedItem", exc)

        update_orders_request_packed_item = cls(
            id=id,
            airwaybill_number=airwaybill_number,
            updated_at=updated_at,
        )

        update_orders_request_packed_item.additional_properties = d
        return update_orders_request_packed_item

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
