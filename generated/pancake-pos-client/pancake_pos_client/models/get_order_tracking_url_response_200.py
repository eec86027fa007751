from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOrderTrackingUrlResponse200")


@_attrs_define
class GetOrderTrackingUrlResponse200:
    """
    Attributes:
        success (bool):
        url (str | Unset): Order confirmation link ("Liên kết xác nhận đơn hàng").
    """

    success: bool
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            success = self.success
        except (AttributeError, TypeError):
            success = cast(Any, self.success)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if isinstance(success, Unset):
            del field_dict["success"]
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            success = d.pop("success")
            if not isinstance(success, bool):
                raise types.Mistyped(f"expected bool, got {type(success).__name__}")
        except Exception as exc:
            success = types.undecoded(src_dict, "success", "GetOrderTrackingUrlResponse200", exc)

        try:
            url = d.pop("url", UNSET)
            if not isinstance(url, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(url).__name__}")
        except Exception as exc:
            url = types.undecoded(src_dict, "url", "GetOrderTrackingUrlResponse200", exc)

        get_order_tracking_url_response_200 = cls(
            success=success,
            url=url,
        )

        get_order_tracking_url_response_200.additional_properties = d
        return get_order_tracking_url_response_200

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
