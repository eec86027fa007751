from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_partner_details import OrderPartnerDetails


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order as answered by "Create new partner order" (Response section).

    Attributes:
        field_id (int): Unique id of the order (the example shows the placeholder 0; AM-013).
        title (str): Title of the order (set on creation).
        field_status (str): Current status of the order (see "Statuses", not included in the source; AM-014).
        field_substatus (str): Current substatus of the order (see "Substatuses", not included in the source; AM-014).
        partner (str): Partner name for whom this order was created.
        partner_details (OrderPartnerDetails): Additional details about the order.
        created_at (datetime.datetime | Unset): Creation time (only in the example, not in the property list; AM-012).
    """

    field_id: int
    title: str
    field_status: str
    field_substatus: str
    partner: str
    partner_details: OrderPartnerDetails
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            field_id = self.field_id
        except (AttributeError, TypeError):
            field_id = cast(Any, self.field_id)

        try:
            title = self.title
        except (AttributeError, TypeError):
            title = cast(Any, self.title)

        try:
            field_status = self.field_status
        except (AttributeError, TypeError):
            field_status = cast(Any, self.field_status)

        try:
            field_substatus = self.field_substatus
        except (AttributeError, TypeError):
            field_substatus = cast(Any, self.field_substatus)

        try:
            partner = self.partner
        except (AttributeError, TypeError):
            partner = cast(Any, self.partner)

        try:
            partner_details = self.partner_details.to_dict()
        except (AttributeError, TypeError):
            partner_details = cast(Any, self.partner_details)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "title": title,
                "_status": field_status,
                "_substatus": field_substatus,
                "partner": partner,
                "partner_details": partner_details,
            }
        )
        if isinstance(field_id, Unset):
            del field_dict["_id"]
        if isinstance(title, Unset):
            del field_dict["title"]
        if isinstance(field_status, Unset):
            del field_dict["_status"]
        if isinstance(field_substatus, Unset):
            del field_dict["_substatus"]
        if isinstance(partner, Unset):
            del field_dict["partner"]
        if isinstance(partner_details, Unset):
            del field_dict["partner_details"]
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_partner_details import OrderPartnerDetails

        d = dict(src_dict)
        try:
            field_id = d.pop("_id")
            if not isinstance(field_id, int):
                raise types.Mistyped(f"expected int, got {type(field_id).__name__}")
        except Exception as exc:
            field_id = types.undecoded(src_dict, "_id", "Order", exc)

        try:
            title = d.pop("title")
            if not isinstance(title, str):
                raise types.Mistyped(f"expected str, got {type(title).__name__}")
        except Exception as exc:
            title = types.undecoded(src_dict, "title", "Order", exc)

        try:
            field_status = d.pop("_status")
            if not isinstance(field_status, str):
                raise types.Mistyped(f"expected str, got {type(field_status).__name__}")
        except Exception as exc:
            field_status = types.undecoded(src_dict, "_status", "Order", exc)

        try:
            field_substatus = d.pop("_substatus")
            if not isinstance(field_substatus, str):
                raise types.Mistyped(f"expected str, got {type(field_substatus).__name__}")
        except Exception as exc:
            field_substatus = types.undecoded(src_dict, "_substatus", "Order", exc)

        try:
            partner = d.pop("partner")
            if not isinstance(partner, str):
                raise types.Mistyped(f"expected str, got {type(partner).__name__}")
        except Exception as exc:
            partner = types.undecoded(src_dict, "partner", "Order", exc)

        try:
            partner_details = OrderPartnerDetails.from_dict(d.pop("partner_details"))

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
