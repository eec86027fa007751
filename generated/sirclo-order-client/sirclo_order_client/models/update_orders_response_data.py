from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types

if TYPE_CHECKING:
    from ..models.update_order_failure import UpdateOrderFailure
    from ..models.update_order_result import UpdateOrderResult


T = TypeVar("T", bound="UpdateOrdersResponseData")


@_attrs_define
class UpdateOrdersResponseData:
    """
    Attributes:
        succeed (list[UpdateOrderResult]): Orders whose status was changed.
        failed (list[UpdateOrderFailure]):
    """

    succeed: list[UpdateOrderResult]
    failed: list[UpdateOrderFailure]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        succeed = []
        for succeed_item_data in self.succeed:
            succeed_item = succeed_item_data.to_dict()
            succeed.append(succeed_item)

        failed = []
        for failed_item_data in self.failed:
            failed_item = failed_item_data.to_dict()
            failed.append(failed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "succeed": succeed,
                "failed": failed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_order_failure import UpdateOrderFailure
        from ..models.update_order_result import UpdateOrderResult

        d = dict(src_dict)
        succeed = []
        _succeed = d.pop("succeed")
        for succeed_item_data in _succeed:
            succeed_item = UpdateOrderResult.from_dict(succeed_item_data)

            succeed.append(succeed_item)

        failed = []
        _failed = d.pop("failed")
        for failed_item_data in _failed:
            failed_item = UpdateOrderFailure.from_dict(failed_item_data)

            failed.append(failed_item)

        update_orders_response_data = cls(
            succeed=succeed,
            failed=failed,
        )

        update_orders_response_data.additional_properties = d
        return update_orders_response_data

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
