"""Contains all the data models used in inputs/outputs.

A model's module is imported the first time the model is used (``from .models import X`` or
``models.X``), so importing the package stays fast however many models the API has.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .auth_user import AuthUser
    from .authorize_request import AuthorizeRequest
    from .authorize_response import AuthorizeResponse
    from .authorize_response_data import AuthorizeResponseData
    from .authorize_response_status import AuthorizeResponseStatus
    from .coordinates import Coordinates
    from .customer import Customer
    from .datetime_ import Datetime
    from .datetime_timeslot import DatetimeTimeslot
    from .error import Error
    from .error_status import ErrorStatus
    from .item import Item
    from .order import Order
    from .order_list_response import OrderListResponse
    from .order_list_response_status import OrderListResponseStatus
    from .order_partner_details import OrderPartnerDetails
    from .order_response import OrderResponse
    from .order_response_status import OrderResponseStatus
    from .partner_details import PartnerDetails
    from .partner_details_delivery_type import PartnerDetailsDeliveryType
    from .partner_order_create_request import PartnerOrderCreateRequest
    from .partner_order_create_request_payment_method import (
        PartnerOrderCreateRequestPaymentMethod,
    )

_MODULES: dict[str, str] = {
    "Address": ".address",
    "AuthUser": ".auth_user",
    "AuthorizeRequest": ".authorize_request",
    "AuthorizeResponse": ".authorize_response",
    "AuthorizeResponseData": ".authorize_response_data",
    "AuthorizeResponseStatus": ".authorize_response_status",
    "Coordinates": ".coordinates",
    "Customer": ".customer",
    "Datetime": ".datetime_",
    "DatetimeTimeslot": ".datetime_timeslot",
    "Error": ".error",
    "ErrorStatus": ".error_status",
    "Item": ".item",
    "Order": ".order",
    "OrderListResponse": ".order_list_response",
    "OrderListResponseStatus": ".order_list_response_status",
    "OrderPartnerDetails": ".order_partner_details",
    "OrderResponse": ".order_response",
    "OrderResponseStatus": ".order_response_status",
    "PartnerDetails": ".partner_details",
    "PartnerDetailsDeliveryType": ".partner_details_delivery_type",
    "PartnerOrderCreateRequest": ".partner_order_create_request",
    "PartnerOrderCreateRequestPaymentMethod": ".partner_order_create_request_payment_method",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "Address",
    "AuthUser",
    "AuthorizeRequest",
    "AuthorizeResponse",
    "AuthorizeResponseData",
    "AuthorizeResponseStatus",
    "Coordinates",
    "Customer",
    "Datetime",
    "DatetimeTimeslot",
    "Error",
    "ErrorStatus",
    "Item",
    "Order",
    "OrderListResponse",
    "OrderListResponseStatus",
    "OrderPartnerDetails",
    "OrderResponse",
    "OrderResponseStatus",
    "PartnerDetails",
    "PartnerDetailsDeliveryType",
    "PartnerOrderCreateRequest",
    "PartnerOrderCreateRequestPaymentMethod",
)
