"""Contains all the data models used in inputs/outputs"""

from .estimate import Estimate
from .estimate_error import EstimateError
from .estimate_order_request import EstimateOrderRequest
from .estimate_request_price import EstimateRequestPrice
from .estimate_result import EstimateResult
from .item import Item
from .package_detail import PackageDetail
from .service_request import ServiceRequest
from .special_request import SpecialRequest
from .stop_point import StopPoint

__all__ = (
    "Estimate",
    "EstimateError",
    "EstimateOrderRequest",
    "EstimateRequestPrice",
    "EstimateResult",
    "Item",
    "PackageDetail",
    "ServiceRequest",
    "SpecialRequest",
    "StopPoint",
)
