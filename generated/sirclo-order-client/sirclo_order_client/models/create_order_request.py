from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.create_order_request_status import (
    CreateOrderRequestStatus,
    check_create_order_request_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """Body of Create Order ("Request body must be a JSON document with the following properties").

    Attributes:
        order_id (str): Id of the order in the partner's application.
        order_date (datetime.datetime): The date of the order (must be in RFC3339 format timestamp). The source's
            request example sends Go's layout string `2006-01-02T15:04:05Z07:00`, which is not a timestamp (ledger SO-008).
        shipment_reference (str): Shipment reference value (required; the examples send an empty string).
        line_items (list[CreateOrderLineItem]):
        customer_reference (str | Unset): Customer reference value.
        status (CreateOrderRequestStatus | Unset): Status of the order; pending by default if empty. The table lists the
            values as Pending, Accepted, Packed, Completed, Cancelled; the wire values are lower case as in the examples,
            and the empty string is accepted because the source says "by default pending if empty" (ledger SO-010). Default:
            'pending'.
        delivery_name (str | Unset): Name of the buyer/delivery recipient in this order.
        delivery_email (str | Unset): Email address of the buyer/delivery recipient in this order.
        delivery_street_address (str | Unset): Street address for order delivery.
        delivery_region (str | Unset): Region (province/district) of the delivery recipient.
        delivery_city (str | Unset): City of the delivery recipient.
        delivery_country (str | Unset): Country address of the buyer.
        delivery_post_code (str | Unset): Post code of the delivery recipient.
        delivery_method (str | Unset): Logistics service information (name of the logistics company/service used for
            order delivery).
        delivery_mobile (str | Unset): Mobile number of the delivery recipient.
        airwaybill_number (str | Unset): Airwaybill number from the 3PL (logistics/shipping company).
        shipping_total (float | Unset): Total shipping cost value for this order (source type double).
    """

    order_id: str
    order_date: datetime.datetime
    shipment_reference: str
    line_items: list[CreateOrderLineItem]
    customer_reference: str | Unset = UNSET
    status: CreateOrderRequestStatus | Unset = "pending"
    delivery_name: str | Unset = UNSET
    delivery_email: str | Unset = UNSET
    delivery_street_address: str | Unset = UNSET
    delivery_region: str | Unset = UNSET
    delivery_city: str | Unset = UNSET
    delivery_country: str | Unset = UNSET
    delivery_post_code: str | Unset = UNSET
    delivery_method: str | Unset = UNSET
    delivery_mobile: str | Unset = UNSET
    airwaybill_number: str | Unset = UNSET
    shipping_total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            order_id = self.order_id
        except (AttributeError, TypeError):
            order_id = cast(Any, self.order_id)

        try:
            order_date = self.order_date.isoformat()
        except (AttributeError, TypeError):
            order_date = cast(Any, self.order_date)

        try:
            shipment_reference = self.shipment_reference
        except (AttributeError, TypeError):
            shipment_reference = cast(Any, self.shipment_reference)

        try:
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        except (AttributeError, TypeError):
            line_items = cast(Any, self.line_items)

        customer_reference = self.customer_reference

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        delivery_name = self.delivery_name

        delivery_email = self.delivery_email

        delivery_street_address = self.delivery_street_address

        delivery_region = self.delivery_region

        delivery_city = self.delivery_city

        delivery_country = self.delivery_country

        delivery_post_code = self.delivery_post_code

        delivery_method = self.delivery_method

        delivery_mobile = self.delivery_mobile

        airwaybill_number = self.airwaybill_number

        shipping_total = self.shipping_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "order_date": order_date,
                "shipment_reference": shipment_reference,
                "line_items": line_items,
            }
        )
        if isinstance(order_id, Unset):
            del field_dict["order_id"]
        if isinstance(order_date, Unset):
            del field_dict["order_date"]
        if isinstance(shipment_reference, Unset):
            del field_dict["shipment_reference"]
        if isinstance(line_items, Unset):
            del field_dict["line_items"]
        if customer_reference is not UNSET:
            field_dict["customer_reference"] = customer_reference
        if status is not UNSET:
            field_dict["status"] = status
        if delivery_name is not UNSET:
            field_dict["delivery_name"] = delivery_name
        if delivery_email is not UNSET:
            field_dict["delivery_email"] = delivery_email
        if delivery_street_address is not UNSET:
            field_dict["delivery_street_address"] = delivery_street_address
        if delivery_region is not UNSET:
            field_dict["delivery_region"] = delivery_region
        if delivery_city is not UNSET:
            field_dict["delivery_city"] = delivery_city
        if delivery_country is not UNSET:
            field_dict["delivery_country"] = delivery_country
        if delivery_post_code is not UNSET:
            field_dict["delivery_post_code"] = delivery_post_code
        if delivery_method is not UNSET:
            field_dict["delivery_method"] = delivery_method
        if delivery_mobile is not UNSET:
            field_dict["delivery_mobile"] = delivery_mobile
        if airwaybill_number is not UNSET:
            field_dict["airwaybill_number"] = airwaybill_number
        if shipping_total is not UNSET:
            field_dict["shipping_total"] = shipping_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            order_id = d.pop("order_id")
            if not isinstance(order_id, str):
                raise types.Mistyped(f"expected str, got {type(order_id).__name__}")
        except Exception as exc:
            order_id = types.undecoded(src_dict, "order_id", "CreateOrderRequest", exc)

        try:
            order_date = types.parse_datetime(d.pop("order_date"))

        except Exception as exc:
            order_date = types.undecoded(src_dict, "order_date", "CreateOrderRequest", exc)

        try:
            shipment_reference = d.pop("shipment_reference")
            if not isinstance(shipment_reference, str):
                raise types.Mistyped(f"expected str, got {type(shipment_reference).__name__}")
        except Exception as exc:
            shipment_reference = types.undecoded(src_dict, "shipment_reference", "CreateOrderRequest", exc)

        try:
            line_items = []
            _line_items = d.pop("line_items")
            if not isinstance(_line_items, list):
                raise TypeError(f"expected an array, got {type(_line_items).__name__}")
            for line_items_item_data in _line_items:
                try:
                    line_items_item = CreateOrderLineItem.from_dict(line_items_item_data)

                except Exception as item_exc:
                    line_items_item = types.undecoded_item(line_items_item_data, "line_items", item_exc)
                line_items.append(line_items_item)

        except Exception as exc:
            line_items = types.undecoded(src_dict, "line_items", "CreateOrderRequest", exc)

        try:
            customer_reference = d.pop("customer_reference", UNSET)
            if not isinstance(customer_reference, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(customer_reference).__name__}")
        except Exception as exc:
            customer_reference = types.undecoded(src_dict, "customer_reference", "CreateOrderRequest", exc)

        try:
            _status = d.pop("status", UNSET)
            status: CreateOrderRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_create_order_request_status(_status)

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "CreateOrderRequest", exc)

        try:
            delivery_name = d.pop("delivery_name", UNSET)
            if not isinstance(delivery_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_name).__name__}")
        except Exception as exc:
            delivery_name = types.undecoded(src_dict, "delivery_name", "CreateOrderRequest", exc)

        try:
            delivery_email = d.pop("delivery_email", UNSET)
            if not isinstance(delivery_email, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_email).__name__}")
        except Exception as exc:
            delivery_email = types.undecoded(src_dict, "delivery_email", "CreateOrderRequest", exc)

        try:
            delivery_street_address = d.pop("delivery_street_address", UNSET)
            if not isinstance(delivery_street_address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_street_address).__name__}")
        except Exception as exc:
            delivery_street_address = types.undecoded(src_dict, "delivery_street_address", "CreateOrderRequest", exc)

        try:
            delivery_region = d.pop("delivery_region", UNSET)
            if not isinstance(delivery_region, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_region).__name__}")
        except Exception as exc:
            delivery_region = types.undecoded(src_dict, "delivery_region", "CreateOrderRequest", exc)

        try:
            delivery_city = d.pop("delivery_city", UNSET)
            if not isinstance(delivery_city, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_city).__name__}")
        except Exception as exc:
            delivery_city = types.undecoded(src_dict, "delivery_city", "CreateOrderRequest", exc)

        try:
            delivery_country = d.pop("delivery_country", UNSET)
            if not isinstance(delivery_country, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_country).__name__}")
        except Exception as exc:
            delivery_country = types.undecoded(src_dict, "delivery_country", "CreateOrderRequest", exc)

        try:
            delivery_post_code = d.pop("delivery_post_code", UNSET)
            if not isinstance(delivery_post_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_post_code).__name__}")
        except Exception as exc:
            delivery_post_code = types.undecoded(src_dict, "delivery_post_code", "CreateOrderRequest", exc)

        try:
            delivery_method = d.pop("delivery_method", UNSET)
            if not isinstance(delivery_method, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_method).__name__}")
        except Exception as exc:
            delivery_method = types.undecoded(src_dict, "delivery_method", "CreateOrderRequest", exc)

        try:
            delivery_mobile = d.pop("delivery_mobile", UNSET)
            if not isinstance(delivery_mobile, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_mobile).__name__}")
        except Exception as exc:
            delivery_mobile = types.undecoded(src_dict, "delivery_mobile", "CreateOrderRequest", exc)

        try:
            airwaybill_number = d.pop("airwaybill_number", UNSET)
            if not isinstance(airwaybill_number, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(airwaybill_number).__name__}")
        except Exception as exc:
            airwaybill_number = types.undecoded(src_dict, "airwaybill_number", "CreateOrderRequest", exc)

        try:
            shipping_total = d.pop("shipping_total", UNSET)
            if not isinstance(shipping_total, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(shipping_total).__name__}")
        except Exception as exc:
            shipping_total = types.undecoded(src_dict, "shipping_total", "CreateOrderRequest", exc)

        create_order_request = cls(
            order_id=order_id,
            order_date=order_date,
            shipment_reference=shipment_reference,
            line_items=line_items,
            customer_reference=customer_reference,
            status=status,
            delivery_name=delivery_name,
            delivery_email=delivery_email,
            delivery_street_address=delivery_street_address,
            delivery_region=delivery_region,
            delivery_city=delivery_city,
            delivery_country=delivery_country,
            delivery_post_code=delivery_post_code,
            delivery_method=delivery_method,
            delivery_mobile=delivery_mobile,
            airwaybill_number=airwaybill_number,
            shipping_total=shipping_total,
        )

        create_order_request.additional_properties = d
        return create_order_request

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


from ..models.create_order_line_item import CreateOrderLineItem
