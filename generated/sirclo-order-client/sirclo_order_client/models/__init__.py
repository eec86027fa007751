"""Contains all the data models used in inputs/outputs.

A model's module is imported the first time the model is used (``from .models import X`` or
``models.X``), so importing the package stays fast however many models the API has.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_order_line_item import CreateOrderLineItem
    from .create_order_request import CreateOrderRequest
    from .create_order_request_status import CreateOrderRequestStatus
    from .error import Error
    from .line_item import LineItem
    from .order import Order
    from .order_list_response import OrderListResponse
    from .order_response import OrderResponse
    from .order_status import OrderStatus
    from .update_order_failure import UpdateOrderFailure
    from .update_order_result import UpdateOrderResult
    from .update_orders_request import UpdateOrdersRequest
    from .update_orders_request_accepted_item import UpdateOrdersRequestAcceptedItem
    from .update_orders_request_cancelled_item import UpdateOrdersRequestCancelledItem
    from .update_orders_request_completed_item import UpdateOrdersRequestCompletedItem
    from .update_orders_request_packed_item import UpdateOrdersRequestPackedItem
    from .update_orders_response import UpdateOrdersResponse
    from .update_orders_response_data import UpdateOrdersResponseData

_MODULES: dict[str, str] = {
    "CreateOrderLineItem": ".create_order_line_item",
    "CreateOrderRequest": ".create_order_request",
    "CreateOrderRequestStatus": ".create_order_request_status",
    "Error": ".error",
    "LineItem": ".line_item",
    "Order": ".order",
    "OrderListResponse": ".order_list_response",
    "OrderResponse": ".order_response",
    "OrderStatus": ".order_status",
    "UpdateOrderFailure": ".update_order_failure",
    "UpdateOrderResult": ".update_order_result",
    "UpdateOrdersRequest": ".update_orders_request",
    "UpdateOrdersRequestAcceptedItem": ".update_orders_request_accepted_item",
    "UpdateOrdersRequestCancelledItem": ".update_orders_request_cancelled_item",
    "UpdateOrdersRequestCompletedItem": ".update_orders_request_completed_item",
    "UpdateOrdersRequestPackedItem": ".update_orders_request_packed_item",
    "UpdateOrdersResponse": ".update_orders_response",
    "UpdateOrdersResponseData": ".update_orders_response_data",
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
    "CreateOrderLineItem",
    "CreateOrderRequest",
    "CreateOrderRequestStatus",
    "Error",
    "LineItem",
    "Order",
    "OrderListResponse",
    "OrderResponse",
    "OrderStatus",
    "UpdateOrderFailure",
    "UpdateOrderResult",
    "UpdateOrdersRequest",
    "UpdateOrdersRequestAcceptedItem",
    "UpdateOrdersRequestCancelledItem",
    "UpdateOrdersRequestCompletedItem",
    "UpdateOrdersRequestPackedItem",
    "UpdateOrdersResponse",
    "UpdateOrdersResponseData",
)
