from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimateOrderRequest")


@_attrs_define
class EstimateOrderRequest:
    """The order to price (source table "path | payment_method | services | …"), plus `remarks` and `package_detail` from
    the public request example (FACTS.md).

        Attributes:
            path (list[StopPoint]): "List of stop point object". The document does not say which point is the pickup (taking
                the first one as the pickup is assumed). At least two: fewer are answered with 400 `MISSING_PATH_INFO` (AH-005).
            payment_method (str): Payment method to pay the order (values not documented; the response example shows
                `CASH`).
            services (list[ServiceRequest]): List of service objects to price the order for.
            order_time (float | Unset): Time when the user wants to broadcast the order to a supplier (unit not documented).
            promo_code (str | Unset): Promo code to apply for a discount.
            idle_until (float | Unset): The source repeats the description of `order_time` ("Time when user want to
                broadcast order to supplier"); unit not documented (AH-013).
            items (list[Item] | Unset): List of items to log in the order.
            remarks (str | Unset): A note on the order (FACTS.md: shown in the public request example).
            package_detail (list[PackageDetail] | Unset): Packages of the order (FACTS.md; objects as in the source's last
                request table).
    """

    path: list[StopPoint]
    payment_method: str
    services: list[ServiceRequest]
    order_time: float | Unset = UNSET
    promo_code: str | Unset = UNSET
    idle_until: float | Unset = UNSET
    items: list[Item] | Unset = UNSET
    remarks: str | Unset = UNSET
    package_detail: list[PackageDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            path = []
            for path_item_data in self.path:
                path_item = path_item_data.to_dict()
                path.append(path_item)

        except (AttributeError, TypeError):
            path = cast(Any, self.path)

        try:
            payment_method = self.payment_method
        except (AttributeError, TypeError):
            payment_method = cast(Any, self.payment_method)

        try:
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        except (AttributeError, TypeError):
            services = cast(Any, self.services)

        order_time = self.order_time

        promo_code = self.promo_code

        idle_until = self.idle_until

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        remarks = self.remarks

        package_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.package_detail, Unset):
            package_detail = []
            for package_detail_item_data in self.package_detail:
                package_detail_item = package_detail_item_data.to_dict()
                package_detail.append(package_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "payment_method": payment_method,
                "services": services,
            }
        )
        if isinstance(path, Unset):
            del field_dict["path"]
        if isinstance(payment_method, Unset):
            del field_dict["payment_method"]
        if isinstance(services, Unset):
            del field_dict["services"]
        if order_time is not UNSET:
            field_dict["order_time"] = order_time
        if promo_code is not UNSET:
            field_dict["promo_code"] = promo_code
        if idle_until is not UNSET:
            field_dict["idle_until"] = idle_until
        if items is not UNSET:
            field_dict["items"] = items
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if package_detail is not UNSET:
            field_dict["package_detail"] = package_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            path = []
            _path = d.pop("path")
            if not isinstance(_path, list):
                raise TypeError(f"expected an array, got {type(_path).__name__}")
            for path_item_data in _path:
                try:
                    path_item = StopPoint.from_dict(path_item_data)

                except Exception as item_exc:
                    path_item = types.undecoded_item(path_item_data, "path", item_exc)
                path.append(path_item)

        except Exception as exc:
            path = types.undecoded(src_dict, "path", "EstimateOrderRequest", exc)

        try:
            payment_method = d.pop("payment_method")
            if not isinstance(payment_method, str):
                raise types.Mistyped(f"expected str, got {type(payment_method).__name__}")
        except Exception as exc:
            payment_method = types.undecoded(src_dict, "payment_method", "EstimateOrderRequest", exc)

        try:
            services = []
            _services = d.pop("services")
            if not isinstance(_services, list):
                raise TypeError(f"expected an array, got {type(_services).__name__}")
            for services_item_data in _services:
                try:
                    services_item = ServiceRequest.from_dict(services_item_data)

                except Exception as item_exc:
                    services_item = types.undecoded_item(services_item_data, "services", item_exc)
                services.append(services_item)

        except Exception as exc:
            services = types.undecoded(src_dict, "services", "EstimateOrderRequest", exc)

        try:
            order_time = d.pop("order_time", UNSET)
            if not isinstance(order_time, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(order_time).__name__}")
        except Exception as exc:
            order_time = types.undecoded(src_dict, "order_time", "EstimateOrderRequest", exc)

        try:
            promo_code = d.pop("promo_code", UNSET)
            if not isinstance(promo_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(promo_code).__name__}")
        except Exception as exc:
            promo_code = types.undecoded(src_dict, "promo_code", "EstimateOrderRequest", exc)

        try:
            idle_until = d.pop("idle_until", UNSET)
            if not isinstance(idle_until, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(idle_until).__name__}")
        except Exception as exc:
            idle_until = types.undecoded(src_dict, "idle_until", "EstimateOrderRequest", exc)

        try:
            _items = d.pop("items", UNSET)
            items: list[Item] | Unset = UNSET
            if _items is not UNSET:
                if not isinstance(_items, list):
                    raise TypeError(f"expected an array, got {type(_items).__name__}")
                items = []
                for items_item_data in _items:
                    try:
                        items_item = Item.from_dict(items_item_data)

                    except Exception as item_exc:
                        items_item = types.undecoded_item(items_item_data, "items", item_exc)
                    items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "EstimateOrderRequest", exc)

        try:
            remarks = d.pop("remarks", UNSET)
            if not isinstance(remarks, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(remarks).__name__}")
        except Exception as exc:
            remarks = types.undecoded(src_dict, "remarks", "EstimateOrderRequest", exc)

        try:
            _package_detail = d.pop("package_detail", UNSET)
            package_detail: list[PackageDetail] | Unset = UNSET
            if _package_detail is not UNSET:
                if not isinstance(_package_detail, list):
                    raise TypeError(f"expected an array, got {type(_package_detail).__name__}")
                package_detail = []
                for package_detail_item_data in _package_detail:
                    try:
                        package_detail_item = PackageDetail.from_dict(package_detail_item_data)

                    except Exception as item_exc:
                        package_detail_item = types.undecoded_item(package_detail_item_data, "package_detail", item_exc)
                    package_detail.append(package_detail_item)

        except Exception as exc:
            package_detail = types.undecoded(src_dict, "package_detail", "EstimateOrderRequest", exc)

        estimate_order_request = cls(
            path=path,
            payment_method=payment_method,
            services=services,
            order_time=order_time,
            promo_code=promo_code,
            idle_until=idle_until,
            items=items,
            remarks=remarks,
            package_detail=package_detail,
        )

        estimate_order_request.additional_properties = d
        return estimate_order_request

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


from ..models.item import Item
from ..models.package_detail import PackageDetail
from ..models.service_request import ServiceRequest
from ..models.stop_point import StopPoint
