"""Contains all the data models used in inputs/outputs.

A model's module is imported the first time the model is used (``from .models import X`` or
``models.X``), so importing the package stays fast however many models the API has.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES: dict[str, str] = {
    "BoxSize": ".box_size",
    "Error": ".error",
    "ListLockersFormat": ".list_lockers_format",
    "LockerCompact": ".locker_compact",
    "LockerDetail": ".locker_detail",
    "LockerDetailResponse": ".locker_detail_response",
    "LockerFull": ".locker_full",
    "LockerListResponse": ".locker_list_response",
    "LockerListResponseData": ".locker_list_response_data",
    "OpenStackRequest": ".open_stack_request",
    "Order": ".order",
    "OrderCreateRequest": ".order_create_request",
    "OrderCreateRequestOrderType": ".order_create_request_order_type",
    "OrderIdRequest": ".order_id_request",
    "OrderListResponse": ".order_list_response",
    "OrderResponse": ".order_response",
    "OrderStatus": ".order_status",
    "OrderSummary": ".order_summary",
    "OrderWebhookPayload": ".order_webhook_payload",
    "PartnerCodeRenewal": ".partner_code_renewal",
    "PaymentStatusRequest": ".payment_status_request",
    "RenewOrderPassResponse": ".renew_order_pass_response",
    "RenewPartnerCodeResponse": ".renew_partner_code_response",
    "Result": ".result",
    "SizeStack": ".size_stack",
    "Stack": ".stack",
    "StackSummary": ".stack_summary",
    "UserTokenRequest": ".user_token_request",
    "UserTokenRequestPartnerDetail": ".user_token_request_partner_detail",
    "UserTokenResponse": ".user_token_response",
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
