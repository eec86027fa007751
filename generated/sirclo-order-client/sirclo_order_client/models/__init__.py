"""Contains all the data models used in inputs/outputs"""

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
