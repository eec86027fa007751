from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.order_status import OrderStatus, check_order_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_item import LineItem


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
        id = self.id

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
        from ..models.line_item import LineItem

        d = dict(src_dict)
        id = d.pop("id")

        order_id = d.pop("order_id", UNSET)

        order_date = d.pop("order_date", UNSET)

        customer_reference = d.pop("customer_reference", UNSET)

        shipment_reference = d.pop("shipment_reference", UNSET)

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
            return cast(OrderStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        delivery_name = d.pop("delivery_name", UNSET)

        delivery_email = d.pop("delivery_email", UNSET)

        delivery_street_address = d.pop("delivery_street_address", UNSET)

        delivery_region = d.pop("delivery_region", UNSET)

        delivery_city = d.pop("delivery_city", UNSET)

        delivery_country = d.pop("delivery_country", UNSET)

        delivery_post_code = d.pop("delivery_post_code", UNSET)

        delivery_method = d.pop("delivery_method", UNSET)

        delivery_mobile = d.pop("delivery_mobile", UNSET)

        airwaybill_number = d.pop("airwaybill_number", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        discount_total = d.pop("discount_total", UNSET)

        shipping_total = d.pop("shipping_total", UNSET)

        tax_total = d.pop("tax_total", UNSET)

        total = d.pop("total", UNSET)

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
                for line_items_type_0_item_data in _line_items_type_0:
                    line_items_type_0_item = LineItem.from_dict(line_items_type_0_item_data)

                    line_items_type_0.append(line_items_type_0_item)

                return line_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LineItem] | None | Unset, data)

        line_items = _parse_line_items(d.pop("line_items", UNSET))

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

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
