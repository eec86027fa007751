"""Contains all the data models used in inputs/outputs"""

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
