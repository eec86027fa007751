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
            order_id (str): Id of the order in the partner's application.
            order_date (str): The date of the order. The table says RFC 3339, but both response examples contain
                `2006-01-02T15:04:05Z07:00` (Go's RFC 3339 layout string, not a timestamp), so no `format` is declared for
                responses (ledger SO-008).
            customer_reference (str): Customer reference value.
            shipment_reference (str): Shipment reference value (may be empty).
            status (OrderStatus | str): `OrderStatus` as the API answers it: one of the documented values, or any other
                string. Open because a vendor order state machine that can grow (ledger SO-017); a client must not fail on a
                value it does not know. Requests keep the closed `OrderStatus`.
            delivery_name (str): Name of the buyer/delivery recipient in this order.
            delivery_email (str): Email address of the buyer/delivery recipient in this order.
            delivery_street_address (str): Street address for order delivery.
            delivery_region (str): Region (province/district) of the delivery recipient.
            delivery_city (str): City of the delivery recipient.
            delivery_country (str): Country address of the buyer.
            delivery_post_code (str): Post code of the delivery recipient.
            delivery_method (str): Logistics service information (name of the logistics company/service used for order
                delivery).
            delivery_mobile (str): Mobile number of the delivery recipient.
            airwaybill_number (str): Airwaybill number from the 3PL (logistics/shipping company).
            currency_code (str): Currency of the amounts (e.g. `IDR`). Only in the examples (ledger SO-011).
            subtotal (float): Order subtotal. Only in the examples (ledger SO-011).
            discount_total (float): Total discount of the order. Only in the examples (ledger SO-011).
            shipping_total (float): Total shipping cost of the order (source type double).
            total (float): Order total. Only in the examples (ledger SO-011); the examples satisfy total = subtotal −
                discount_total + shipping_total + tax_total.
            line_items (list[LineItem] | None): The order's lines; null is accepted for an empty list — a Go server writes a
                nil slice as null (ledger SO-014).
            created_at (str): Timestamp as SIRCLO writes it in responses: `YYYY-MM-DD HH:MM:SS.ffffff` without a time zone
                (e.g. `2019-05-27 06:05:11.979185`). This is not RFC 3339, so no `format` is declared (ledger SO-009).
            updated_at (str): Timestamp as SIRCLO writes it in responses: `YYYY-MM-DD HH:MM:SS.ffffff` without a time zone
                (e.g. `2019-05-27 06:05:11.979185`). This is not RFC 3339, so no `format` is declared (ledger SO-009).
            tax_total (float | Unset): Total tax of the order. Only in the Get Order example (ledger SO-011).
    """

    id: int
    order_id: str
    order_date: str
    customer_reference: str
    shipment_reference: str
    status: OrderStatus | str
    delivery_name: str
    delivery_email: str
    delivery_street_address: str
    delivery_region: str
    delivery_city: str
    delivery_country: str
    delivery_post_code: str
    delivery_method: str
    delivery_mobile: str
    airwaybill_number: str
    currency_code: str
    subtotal: float
    discount_total: float
    shipping_total: float
    total: float
    line_items: list[LineItem] | None
    created_at: str
    updated_at: str
    tax_total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        try:
            order_id = self.order_id
        except (AttributeError, TypeError):
            order_id = cast(Any, self.order_id)

        try:
            order_date = self.order_date
        except (AttributeError, TypeError):
            order_date = cast(Any, self.order_date)

        try:
            customer_reference = self.customer_reference
        except (AttributeError, TypeError):
            customer_reference = cast(Any, self.customer_reference)

        try:
            shipment_reference = self.shipment_reference
        except (AttributeError, TypeError):
            shipment_reference = cast(Any, self.shipment_reference)

        try:
            status: str
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status
        except (AttributeError, TypeError):
            status = cast(Any, self.status)

        try:
            delivery_name = self.delivery_name
        except (AttributeError, TypeError):
            delivery_name = cast(Any, self.delivery_name)

        try:
            delivery_email = self.delivery_email
        except (AttributeError, TypeError):
            delivery_email = cast(Any, self.delivery_email)

        try:
            delivery_street_address = self.delivery_street_address
        except (AttributeError, TypeError):
            delivery_street_address = cast(Any, self.delivery_street_address)

        try:
            delivery_region = self.delivery_region
        except (AttributeError, TypeError):
            delivery_region = cast(Any, self.delivery_region)

        try:
            delivery_city = self.delivery_city
        except (AttributeError, TypeError):
            delivery_city = cast(Any, self.delivery_city)

        try:
            delivery_country = self.delivery_country
        except (AttributeError, TypeError):
            delivery_country = cast(Any, self.delivery_country)

        try:
            delivery_post_code = self.delivery_post_code
        except (AttributeError, TypeError):
            delivery_post_code = cast(Any, self.delivery_post_code)

        try:
            delivery_method = self.delivery_method
        except (AttributeError, TypeError):
            delivery_method = cast(Any, self.delivery_method)

        try:
            delivery_mobile = self.delivery_mobile
        except (AttributeError, TypeError):
            delivery_mobile = cast(Any, self.delivery_mobile)

        try:
            airwaybill_number = self.airwaybill_number
        except (AttributeError, TypeError):
            airwaybill_number = cast(Any, self.airwaybill_number)

        try:
            currency_code = self.currency_code
        except (AttributeError, TypeError):
            currency_code = cast(Any, self.currency_code)

        try:
            subtotal = self.subtotal
        except (AttributeError, TypeError):
            subtotal = cast(Any, self.subtotal)

        try:
            discount_total = self.discount_total
        except (AttributeError, TypeError):
            discount_total = cast(Any, self.discount_total)

        try:
            shipping_total = self.shipping_total
        except (AttributeError, TypeError):
            shipping_total = cast(Any, self.shipping_total)

        try:
            total = self.total
        except (AttributeError, TypeError):
            total = cast(Any, self.total)

        try:
            line_items: list[dict[str, Any]] | None
            if isinstance(self.line_items, list):
                line_items = []
                for line_items_type_0_item_data in self.line_items:
                    line_items_type_0_item = line_items_type_0_item_data.to_dict()
                    line_items.append(line_items_type_0_item)

            else:
                line_items = self.line_items
        except (AttributeError, TypeError):
            line_items = cast(Any, self.line_items)

        try:
            created_at = self.created_at
        except (AttributeError, TypeError):
            created_at = cast(Any, self.created_at)

        try:
            updated_at = self.updated_at
        except (AttributeError, TypeError):
            updated_at = cast(Any, self.updated_at)

        tax_total = self.tax_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "order_id": order_id,
                "order_date": order_date,
                "customer_reference": customer_reference,
                "shipment_reference": shipment_reference,
                "status": status,
                "delivery_name": delivery_name,
                "delivery_email": delivery_email,
                "delivery_street_address": delivery_street_address,
                "delivery_region": delivery_region,
                "delivery_city": delivery_city,
                "delivery_country": delivery_country,
                "delivery_post_code": delivery_post_code,
                "delivery_method": delivery_method,
                "delivery_mobile": delivery_mobile,
                "airwaybill_number": airwaybill_number,
                "currency_code": currency_code,
                "subtotal": subtotal,
                "discount_total": discount_total,
                "shipping_total": shipping_total,
                "total": total,
                "line_items": line_items,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if isinstance(order_id, Unset):
            del field_dict["order_id"]
        if isinstance(order_date, Unset):
            del field_dict["order_date"]
        if isinstance(customer_reference, Unset):
            del field_dict["customer_reference"]
        if isinstance(shipment_reference, Unset):
            del field_dict["shipment_reference"]
        if isinstance(status, Unset):
            del field_dict["status"]
        if isinstance(delivery_name, Unset):
            del field_dict["delivery_name"]
        if isinstance(delivery_email, Unset):
            del field_dict["delivery_email"]
        if isinstance(delivery_street_address, Unset):
            del field_dict["delivery_street_address"]
        if isinstance(delivery_region, Unset):
            del field_dict["delivery_region"]
        if isinstance(delivery_city, Unset):
            del field_dict["delivery_city"]
        if isinstance(delivery_country, Unset):
            del field_dict["delivery_country"]
        if isinstance(delivery_post_code, Unset):
            del field_dict["delivery_post_code"]
        if isinstance(delivery_method, Unset):
            del field_dict["delivery_method"]
        if isinstance(delivery_mobile, Unset):
            del field_dict["delivery_mobile"]
        if isinstance(airwaybill_number, Unset):
            del field_dict["airwaybill_number"]
        if isinstance(currency_code, Unset):
            del field_dict["currency_code"]
        if isinstance(subtotal, Unset):
            del field_dict["subtotal"]
        if isinstance(discount_total, Unset):
            del field_dict["discount_total"]
        if isinstance(shipping_total, Unset):
            del field_dict["shipping_total"]
        if isinstance(total, Unset):
            del field_dict["total"]
        if isinstance(line_items, Unset):
            del field_dict["line_items"]
        if isinstance(created_at, Unset):
            del field_dict["createdAt"]
        if isinstance(updated_at, Unset):
            del field_dict["updatedAt"]
        if tax_total is not UNSET:
            field_dict["tax_total"] = tax_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_item import LineItem

        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, int):
                raise types.Mistyped(f"expected int, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Order", exc)

        try:
            order_id = d.pop("order_id")
            if not isinstance(order_id, str):
                raise types.Mistyped(f"expected str, got {type(order_id).__name__}")
        except Exception as exc:
            order_id = types.undecoded(src_dict, "order_id", "Order", exc)

        try:
            order_date = d.pop("order_date")
            if not isinstance(order_date, str):
                raise types.Mistyped(f"expected str, got {type(order_date).__name__}")
        except Exception as exc:
            order_date = types.undecoded(src_dict, "order_date", "Order", exc)

        try:
            customer_reference = d.pop("customer_reference")
            if not isinstance(customer_reference, str):
                raise types.Mistyped(f"expected str, got {type(customer_reference).__name__}")
        except Exception as exc:
            customer_reference = types.undecoded(src_dict, "customer_reference", "Order", exc)

        try:
            shipment_reference = d.pop("shipment_reference")
            if not isinstance(shipment_reference, str):
                raise types.Mistyped(f"expected str, got {type(shipment_reference).__name__}")
        except Exception as exc:
            shipment_reference = types.undecoded(src_dict, "shipment_reference", "Order", exc)

        try:

            def _parse_status(data: object) -> OrderStatus | str:
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

            status = _parse_status(d.pop("status"))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "Order", exc)

        try:
            delivery_name = d.pop("delivery_name")
            if not isinstance(delivery_name, str):
                raise types.Mistyped(f"expected str, got {type(delivery_name).__name__}")
        except Exception as exc:
            delivery_name = types.undecoded(src_dict, "delivery_name", "Order", exc)

        try:
            delivery_email = d.pop("delivery_email")
            if not isinstance(delivery_email, str):
                raise types.Mistyped(f"expected str, got {type(delivery_email).__name__}")
        except Exception as exc:
            delivery_email = types.undecoded(src_dict, "delivery_email", "Order", exc)

        try:
            delivery_street_address = d.pop("delivery_street_address")
            if not isinstance(delivery_street_address, str):
                raise types.Mistyped(f"expected str, got {type(delivery_street_address).__name__}")
        except Exception as exc:
            delivery_street_address = types.undecoded(src_dict, "delivery_street_address", "Order", exc)

        try:
            delivery_region = d.pop("delivery_region")
            if not isinstance(delivery_region, str):
                raise types.Mistyped(f"expected str, got {type(delivery_region).__name__}")
        except Exception as exc:
            delivery_region = types.undecoded(src_dict, "delivery_region", "Order", exc)

        try:
            delivery_city = d.pop("delivery_city")
            if not isinstance(delivery_city, str):
                raise types.Mistyped(f"expected str, got {type(delivery_city).__name__}")
        except Exception as exc:
            delivery_city = types.undecoded(src_dict, "delivery_city", "Order", exc)

        try:
            delivery_country = d.pop("delivery_country")
            if not isinstance(delivery_country, str):
                raise types.Mistyped(f"expected str, got {type(delivery_country).__name__}")
        except Exception as exc:
            delivery_country = types.undecoded(src_dict, "delivery_country", "Order", exc)

        try:
            delivery_post_code = d.pop("delivery_post_code")
            if not isinstance(delivery_post_code, str):
                raise types.Mistyped(f"expected str, got {type(delivery_post_code).__name__}")
        except Exception as exc:
            delivery_post_code = types.undecoded(src_dict, "delivery_post_code", "Order", exc)

        try:
            delivery_method = d.pop("delivery_method")
            if not isinstance(delivery_method, str):
                raise types.Mistyped(f"expected str, got {type(delivery_method).__name__}")
        except Exception as exc:
            delivery_method = types.undecoded(src_dict, "delivery_method", "Order", exc)

        try:
            delivery_mobile = d.pop("delivery_mobile")
            if not isinstance(delivery_mobile, str):
                raise types.Mistyped(f"expected str, got {type(delivery_mobile).__name__}")
        except Exception as exc:
            delivery_mobile = types.undecoded(src_dict, "delivery_mobile", "Order", exc)

        try:
            airwaybill_number = d.pop("airwaybill_number")
            if not isinstance(airwaybill_number, str):
                raise types.Mistyped(f"expected str, got {type(airwaybill_number).__name__}")
        except Exception as exc:
            airwaybill_number = types.undecoded(src_dict, "airwaybill_number", "Order", exc)

        try:
            currency_code = d.pop("currency_code")
            if not isinstance(currency_code, str):
                raise types.Mistyped(f"expected str, got {type(currency_code).__name__}")
        except Exception as exc:
            currency_code = types.undecoded(src_dict, "currency_code", "Order", exc)

        try:
            subtotal = d.pop("subtotal")
            if not isinstance(subtotal, (int, float)):
                raise types.Mistyped(f"expected number, got {type(subtotal).__name__}")
        except Exception as exc:
            subtotal = types.undecoded(src_dict, "subtotal", "Order", exc)

        try:
            discount_total = d.pop("discount_total")
            if not isinstance(discount_total, (int, float)):
                raise types.Mistyped(f"expected number, got {type(discount_total).__name__}")
        except Exception as exc:
            discount_total = types.undecoded(src_dict, "discount_total", "Order", exc)

        try:
            shipping_total = d.pop("shipping_total")
            if not isinstance(shipping_total, (int, float)):
                raise types.Mistyped(f"expected number, got {type(shipping_total).__name__}")
        except Exception as exc:
            shipping_total = types.undecoded(src_dict, "shipping_total", "Order", exc)

        try:
            total = d.pop("total")
            if not isinstance(total, (int, float)):
                raise types.Mistyped(f"expected number, got {type(total).__name__}")
        except Exception as exc:
            total = types.undecoded(src_dict, "total", "Order", exc)

        try:

            def _parse_line_items(data: object) -> list[LineItem] | None:
                if data is None:
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
                return cast(list[LineItem] | None, data)

            line_items = _parse_line_items(d.pop("line_items"))

        except Exception as exc:
            line_items = types.undecoded(src_dict, "line_items", "Order", exc)

        try:
            created_at = d.pop("createdAt")
            if not isinstance(created_at, str):
                raise types.Mistyped(f"expected str, got {type(created_at).__name__}")
        except Exception as exc:
            created_at = types.undecoded(src_dict, "createdAt", "Order", exc)

        try:
            updated_at = d.pop("updatedAt")
            if not isinstance(updated_at, str):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updatedAt", "Order", exc)

        try:
            tax_total = d.pop("tax_total", UNSET)
            if not isinstance(tax_total, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(tax_total).__name__}")
        except Exception as exc:
            tax_total = types.undecoded(src_dict, "tax_total", "Order", exc)

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
            total=total,
            line_items=line_items,
            created_at=created_at,
            updated_at=updated_at,
            tax_total=tax_total,
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
