from __future__ import annotations

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
    """An order as SIRCLO returns it (Get Order, Create Order). The source has no response table: fields come from the
    response examples, descriptions from the Create Order request table. Fields present in both response examples are
    required; `tax_total` appears only in the Get Order example (ledger SO-011).

        Attributes:
            id (int): SIRCLO Platform order id; this is the `id` that `PATCH /order` expects. Only in the examples (ledger
                SO-011).
            order_id (str | Unset): Id of the order in the partner's application.
            order_date (str | Unset): The date of the order. The table says RFC 3339, but both response examples contain
                `2006-01-02T15:04:05Z07:00` (Go's RFC 3339 layout string, not a timestamp), so no `format` is declared for
                responses (ledger SO-008).
            customer_reference (str | Unset): Customer reference value.
            shipment_reference (str | Unset): Shipment reference value (may be empty).
            status (OrderStatus | str | Unset): `OrderStatus` as the API answers it: one of the documented values, or any
                other string. Open because a vendor order state machine that can grow (ledger SO-017); a client must not fail on
                a value it does not know. Requests keep the closed `OrderStatus`.
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
            currency_code (str | Unset): Currency of the amounts (e.g. `IDR`). Only in the examples (ledger SO-011).
            subtotal (float | Unset): Order subtotal. Only in the examples (ledger SO-011).
            discount_total (float | Unset): Total discount of the order. Only in the examples (ledger SO-011).
            shipping_total (float | Unset): Total shipping cost of the order (source type double).
            tax_total (float | Unset): Total tax of the order. Only in the Get Order example (ledger SO-011).
            total (float | Unset): Order total. Only in the examples (ledger SO-011); the examples satisfy total = subtotal
                − discount_total + shipping_total + tax_total.
            line_items (list[LineItem] | None | Unset): The order's lines; null is accepted for an empty list — a Go server
                writes a nil slice as null (ledger SO-014).
            created_at (str | Unset): Timestamp as SIRCLO writes it in responses: `YYYY-MM-DD HH:MM:SS.ffffff` without a
                time zone (e.g. `2019-05-27 06:05:11.979185`). This is not RFC 3339, so no `format` is declared (ledger SO-009).
            updated_at (str | Unset): Timestamp as SIRCLO writes it in responses: `YYYY-MM-DD HH:MM:SS.ffffff` without a
                time zone (e.g. `2019-05-27 06:05:11.979185`). This is not RFC 3339, so no `format` is declared (ledger SO-009).
    """

    id: int
    order_id: str | Unset = UNSET
    order_date: str | Unset = UNSET
    customer_reference: str | Unset = UNSET
    shipment_reference: str | Unset = UNSET
    status: OrderStatus | str | Unset = UNSET
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
    currency_code: str | Unset = UNSET
    subtotal: float | Unset = UNSET
    discount_total: float | Unset = UNSET
    shipping_total: float | Unset = UNSET
    tax_total: float | Unset = UNSET
    total: float | Unset = UNSET
    line_items: list[LineItem] | None | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        order_id = self.order_id

        order_date = self.order_date

        customer_reference = self.customer_reference

        shipment_reference = self.shipment_reference

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
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

        currency_code = self.currency_code

        subtotal = self.subtotal

        discount_total = self.discount_total

        shipping_total = self.shipping_total

        tax_total = self.tax_total

        total = self.total

        line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, list):
            line_items = []
            for line_items_type_0_item_data in self.line_items:
                line_items_type_0_item = line_items_type_0_item_data.to_dict()
                line_items.append(line_items_type_0_item)

        else:
            line_items = self.line_items

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order_date is not UNSET:
            field_dict["order_date"] = order_date
        if customer_reference is not UNSET:
            field_dict["customer_reference"] = customer_reference
        if shipment_reference is not UNSET:
            field_dict["shipment_reference"] = shipment_reference
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
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if discount_total is not UNSET:
            field_dict["discount_total"] = discount_total
        if shipping_total is not UNSET:
            field_dict["shipping_total"] = shipping_total
        if tax_total is not UNSET:
            field_dict["tax_total"] = tax_total
        if total is not UNSET:
            field_dict["total"] = total
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
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
            if not isinstance(id, int):
                raise types.Mistyped(f"expected int, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Order", exc)

        try:
            order_id = d.pop("order_id", UNSET)
            if not isinstance(order_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_id).__name__}")
        except Exception as exc:
            order_id = types.undecoded(src_dict, "order_id", "Order", exc)

        try:
            order_date = d.pop("order_date", UNSET)
            if not isinstance(order_date, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_date).__name__}")
        except Exception as exc:
            order_date = types.undecoded(src_dict, "order_date", "Order", exc)

        try:
            customer_reference = d.pop("customer_reference", UNSET)
            if not isinstance(customer_reference, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(customer_reference).__name__}")
        except Exception as exc:
            customer_reference = types.undecoded(src_dict, "customer_reference", "Order", exc)

        try:
            shipment_reference = d.pop("shipment_reference", UNSET)
            if not isinstance(shipment_reference, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(shipment_reference).__name__}")
        except Exception as exc:
            shipment_reference = types.undecoded(src_dict, "shipment_reference", "Order", exc)

        try:

            def _parse_status(data: object) -> OrderStatus | str | Unset:
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

            status = _parse_status(d.pop("status", UNSET))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "Order", exc)

        try:
            delivery_name = d.pop("delivery_name", UNSET)
            if not isinstance(delivery_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_name).__name__}")
        except Exception as exc:
            delivery_name = types.undecoded(src_dict, "delivery_name", "Order", exc)

        try:
            delivery_email = d.pop("delivery_email", UNSET)
            if not isinstance(delivery_email, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_email).__name__}")
        except Exception as exc:
            delivery_email = types.undecoded(src_dict, "delivery_email", "Order", exc)

        try:
            delivery_street_address = d.pop("delivery_street_address", UNSET)
            if not isinstance(delivery_street_address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_street_address).__name__}")
        except Exception as exc:
            delivery_street_address = types.undecoded(src_dict, "delivery_street_address", "Order", exc)

        try:
            delivery_region = d.pop("delivery_region", UNSET)
            if not isinstance(delivery_region, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_region).__name__}")
        except Exception as exc:
            delivery_region = types.undecoded(src_dict, "delivery_region", "Order", exc)

        try:
            delivery_city = d.pop("delivery_city", UNSET)
            if not isinstance(delivery_city, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_city).__name__}")
        except Exception as exc:
            delivery_city = types.undecoded(src_dict, "delivery_city", "Order", exc)

        try:
            delivery_country = d.pop("delivery_country", UNSET)
            if not isinstance(delivery_country, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_country).__name__}")
        except Exception as exc:
            delivery_country = types.undecoded(src_dict, "delivery_country", "Order", exc)

        try:
            delivery_post_code = d.pop("delivery_post_code", UNSET)
            if not isinstance(delivery_post_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_post_code).__name__}")
        except Exception as exc:
            delivery_post_code = types.undecoded(src_dict, "delivery_post_code", "Order", exc)

        try:
            delivery_method = d.pop("delivery_method", UNSET)
            if not isinstance(delivery_method, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_method).__name__}")
        except Exception as exc:
            delivery_method = types.undecoded(src_dict, "delivery_method", "Order", exc)

        try:
            delivery_mobile = d.pop("delivery_mobile", UNSET)
            if not isinstance(delivery_mobile, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(delivery_mobile).__name__}")
        except Exception as exc:
            delivery_mobile = types.undecoded(src_dict, "delivery_mobile", "Order", exc)

        try:
            airwaybill_number = d.pop("airwaybill_number", UNSET)
            if not isinstance(airwaybill_number, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(airwaybill_number).__name__}")
        except Exception as exc:
            airwaybill_number = types.undecoded(src_dict, "airwaybill_number", "Order", exc)

        try:
            currency_code = d.pop("currency_code", UNSET)
            if not isinstance(currency_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(currency_code).__name__}")
        except Exception as exc:
            currency_code = types.undecoded(src_dict, "currency_code", "Order", exc)

        try:
            subtotal = d.pop("subtotal", UNSET)
            if not isinstance(subtotal, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(subtotal).__name__}")
        except Exception as exc:
            subtotal = types.undecoded(src_dict, "subtotal", "Order", exc)

        try:
            discount_total = d.pop("discount_total", UNSET)
            if not isinstance(discount_total, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(discount_total).__name__}")
        except Exception as exc:
            discount_total = types.undecoded(src_dict, "discount_total", "Order", exc)

        try:
            shipping_total = d.pop("shipping_total", UNSET)
            if not isinstance(shipping_total, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(shipping_total).__name__}")
        except Exception as exc:
            shipping_total = types.undecoded(src_dict, "shipping_total", "Order", exc)

        try:
            tax_total = d.pop("tax_total", UNSET)
            if not isinstance(tax_total, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(tax_total).__name__}")
        except Exception as exc:
            tax_total = types.undecoded(src_dict, "tax_total", "Order", exc)

        try:
            total = d.pop("total", UNSET)
            if not isinstance(total, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(total).__name__}")
        except Exception as exc:
            total = types.undecoded(src_dict, "total", "Order", exc)

        try:

            def _parse_line_items(data: object) -> list[LineItem] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    line_items_type_0 = []
                    _line_items_type_0 = data
                    if not isinstance(_line_items_type_0, list):
                        raise TypeError(f"expected an array, got {type(_line_items_type_0).__name__}")
                    for line_items_type_0_item_data in _line_items_type_0:
                        try:
                            line_items_type_0_item = LineItem.from_dict(line_items_type_0_item_data)

                        except Exception as item_exc:
                            line_items_type_0_item = types.undecoded_item(
                                line_items_type_0_item_data, "line_items_type_0", item_exc
                            )
                        line_items_type_0.append(line_items_type_0_item)

                    return line_items_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[LineItem] | None | Unset, data)

            line_items = _parse_line_items(d.pop("line_items", UNSET))

        except Exception as exc:
            line_items = types.undecoded(src_dict, "line_items", "Order", exc)

        try:
            created_at = d.pop("createdAt", UNSET)
            if not isinstance(created_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(created_at).__name__}")
        except Exception as exc:
            created_at = types.undecoded(src_dict, "createdAt", "Order", exc)

        try:
            updated_at = d.pop("updatedAt", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updatedAt", "Order", exc)

        order = cls(
            id=id,
            order_id=order_id,
            order_date=order_date,
            customer_reference=customer_reference,
            shipment_reference=shipment_reference,
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
            currency_code=currency_code,
            subtotal=subtotal,
            discount_total=discount_total,
            shipping_total=shipping_total,
            tax_total=tax_total,
            total=total,
            line_items=line_items,
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


from ..models.line_item import LineItem
