from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.order_list_response_status import (
    OrderListResponseStatus,
    check_order_list_response_status,
)
from ..types import Unset

T = TypeVar("T", bound="OrderListResponse")


@_attrs_define
class OrderListResponse:
    """Assumed answer of `GET /order/list`: the good-answer envelope around an array of orders (AM-005).

    Attributes:
        status (OrderListResponseStatus):
        status_code (int): HTTP status code (200).
        data (list[Order]):
    """

    status: OrderListResponseStatus
    status_code: int
    data: list[Order]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            status: str = self.status
        except (AttributeError, TypeError):
            status = cast(Any, self.status)

        try:
            status_code = self.status_code
        except (AttributeError, TypeError):
            status_code = cast(Any, self.status_code)

        try:
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        except (AttributeError, TypeError):
            data = cast(Any, self.data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "statusCode": status_code,
                "data": data,
            }
        )
        if isinstance(status, Unset):
            del field_dict["status"]
        if isinstance(status_code, Unset):
            del field_dict["statusCode"]
        if isinstance(data, Unset):
            del field_dict["data"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            status = check_order_list_response_status(d.pop("status"))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "OrderListResponse", exc)

        try:
            status_code = d.pop("statusCode")
            if not isinstance(status_code, int):
                raise types.Mistyped(f"expected int, got {type(status_code).__name__}")
        except Exception as exc:
            status_code = types.undecoded(src_dict, "statusCode", "OrderListResponse", exc)

        try:
            data = []
            _data = d.pop("data")
            if not isinstance(_data, list):
                raise TypeError(f"expected an array, got {type(_data).__name__}")
            for data_item_data in _data:
                try:
                    data_item = Order.from_dict(data_item_data)

                except Exception as item_exc:
                    data_item = types.undecoded_item(data_item_data, "data", item_exc)
                data.append(data_item)

        except Exception as exc:
            data = types.undecoded(src_dict, "data", "OrderListResponse", exc)

        order_list_response = cls(
            status=status,
            status_code=status_code,
            data=data,
        )

        order_list_response.additional_properties = d
        return order_list_response

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


from ..models.order import Order
