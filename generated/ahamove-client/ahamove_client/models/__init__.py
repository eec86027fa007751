"""Contains all the data models used in inputs/outputs.

A model's module is imported the first time the model is used (``from .models import X`` or
``models.X``), so importing the package stays fast however many models the API has.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES: dict[str, str] = {
    "Estimate": ".estimate",
    "EstimateError": ".estimate_error",
    "EstimateOrderRequest": ".estimate_order_request",
    "EstimateRequestPrice": ".estimate_request_price",
    "EstimateResult": ".estimate_result",
    "Item": ".item",
    "PackageDetail": ".package_detail",
    "ServiceRequest": ".service_request",
    "SpecialRequest": ".special_request",
    "StopPoint": ".stop_point",
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
