"""Contains all the data models used in inputs/outputs"""

from .box_size import BoxSize
from .error import Error
from .list_lockers_format import ListLockersFormat
from .locker_compact import LockerCompact
from .locker_detail import LockerDetail
from .locker_detail_response import LockerDetailResponse
from .locker_full import LockerFull
from .locker_list_response import LockerListResponse
from .locker_list_response_data import LockerListResponseData
from .open_stack_request import OpenStackRequest
from .order import Order
from .order_create_request import OrderCreateRequest
from .order_create_request_order_type import OrderCreateRequestOrderType
from .order_id_request import OrderIdRequest
from .order_list_response import OrderListResponse
from .order_response import OrderResponse
from .order_status import OrderStatus
from .order_summary import OrderSummary
from .order_webhook_payload import OrderWebhookPayload
from .partner_code_renewal import PartnerCodeRenewal
from .payment_status_request import PaymentStatusRequest
from .renew_order_pass_response import RenewOrderPassResponse
from .renew_partner_code_response import RenewPartnerCodeResponse
from .result import Result
from .size_stack import SizeStack
from .stack import Stack
from .stack_summary import StackSummary
from .user_token_request import UserTokenRequest
from .user_token_request_partner_detail import UserTokenRequestPartnerDetail
from .user_token_response import UserTokenResponse

__all__ = (
    "BoxSize",
    "Error",
    "ListLockersFormat",
    "LockerCompact",
    "LockerDetail",
    "LockerDetailResponse",
    "LockerFull",
    "LockerListResponse",
    "LockerListResponseData",
    "OpenStackRequest",
    "Order",
    "OrderCreateRequest",
    "OrderCreateRequestOrderType",
    "OrderIdRequest",
    "OrderListResponse",
    "OrderResponse",
    "OrderStatus",
    "OrderSummary",
    "OrderWebhookPayload",
    "PartnerCodeRenewal",
    "PaymentStatusRequest",
    "RenewOrderPassResponse",
    "RenewPartnerCodeResponse",
    "Result",
    "SizeStack",
    "Stack",
    "StackSummary",
    "UserTokenRequest",
    "UserTokenRequestPartnerDetail",
    "UserTokenResponse",
)
