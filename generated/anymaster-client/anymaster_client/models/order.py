from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order as answered by "Create new partner order" (Response section).

    Attributes:
        field_id (int): Unique id of the order (the example shows the placeholder 0; AM-013).
        title (str | Unset): Title of the order (set on creation).
        field_status (str | Unset): Current status of the order (see "Statuses", not included in the source; AM-014).
        field_substatus (str | Unset): Current substatus of the order (see "Substatuses", not included in the source;
            AM-014).
        partner (str | Unset): Partner name for whom this order was created.
        partner_details (OrderPartnerDetails | Unset): Additional details about the order.
        created_at (datetime.datetime | Unset): Creation time (only in the example, not in the property list; AM-012).
    """

    field_id: int
    title: str | Unset = UNSET
    field_status: str | Unset = UNSET
    field_substatus: str | Unset = UNSET
    partner: str | Unset = UNSET
    partner_details: OrderPartnerDetails | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            field_id = self.field_id
        except (AttributeError, TypeError):
            field_id = cast(Any, self.field_id)

        title = self.title

        field_status = self.field_status

        field_substatus = self.field_substatus

        partner = self.partner

        partner_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_details, Unset):
            partner_details = self.partner_details.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if isinstance(field_id, Unset):
            del field_dict["_id"]
        if title is not UNSET:
            field_dict["title"] = title
        if field_status is not UNSET:
            field_dict["_status"] = field_status
        if field_substatus is not UNSET:
            field_dict["_substatus"] = field_substatus
        if partner is not UNSET:
            field_dict["partner"] = partner
        if partner_details is not UNSET:
            field_dict["partner_details"] = partner_details
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            field_id = d.pop("_id")
            if not isinstance(field_id, int):
                raise types.Mistyped(f"expected int, got {type(field_id).__name__}")
        except Exception as exc:
            field_id = types.undecoded(src_dict, "_id", "Order", exc)

        try:
            title = d.pop("title", UNSET)
            if not isinstance(title, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(title).__name__}")
        except Exception as exc:
            title = types.undecoded(src_dict, "title", "Order", exc)

        try:
            field_status = d.pop("_status", UNSET)
            if not isinstance(field_status, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(field_status).__name__}")
        except Exception as exc:
            field_status = types.undecoded(src_dict, "_status", "Order", exc)

        try:
            field_substatus = d.pop("_substatus", UNSET)
            if not isinstance(field_substatus, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(field_substatus).__name__}")
        except Exception as exc:
            field_substatus = types.undecoded(src_dict, "_substatus", "Order", exc)

        try:
            partner = d.pop("partner", UNSET)
            if not isinstance(partner, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(partner).__name__}")
        except Exception as exc:
            partner = types.undecoded(src_dict, "partner", "Order", exc)

        try:
            _partner_details = d.pop("partner_details", UNSET)
            partner_details: OrderPartnerDetails | Unset
            if isinstance(_partner_details, Unset):
                partner_details = UNSET
            else:
                partner_details = OrderPartnerDetails.from_dict(_partner_details)

        except Exception as exc:
            partner_details = types.undecoded(src_dict, "partner_details", "Order", exc)

        try:
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = types.parse_datetime(_created_at)

        except Exception as exc:
            created_at = types.undecoded(src_dict, "created_at", "Order", exc)

        order = cls(
            field_id=field_id,
            title=title,
            field_status=field_status,
            field_substatus=field_substatus,
            partner=partner,
            partner_details=partner_details,
            created_at=created_at,
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


from ..models.order_partner_details import OrderPartnerDetails
