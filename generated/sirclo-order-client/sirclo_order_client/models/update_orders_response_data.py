from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOrdersResponseData")


@_attrs_define
class UpdateOrdersResponseData:
    """
    Attributes:
        succeed (list[UpdateOrderResult] | None | Unset): Orders whose status was changed; null is accepted for an empty
            list — a Go server writes a nil slice as null (ledger SO-014).
        failed (list[UpdateOrderFailure] | None | Unset): Orders whose status was not changed; null is accepted for an
            empty list — a Go server writes a nil slice as null (ledger SO-014).
    """

    succeed: list[UpdateOrderResult] | None | Unset = UNSET
    failed: list[UpdateOrderFailure] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        succeed: list[dict[str, Any]] | None | Unset
        if isinstance(self.succeed, Unset):
            succeed = UNSET
        elif isinstance(self.succeed, list):
            succeed = []
            for succeed_type_0_item_data in self.succeed:
                succeed_type_0_item = succeed_type_0_item_data.to_dict()
                succeed.append(succeed_type_0_item)

        else:
            succeed = self.succeed

        failed: list[dict[str, Any]] | None | Unset
        if isinstance(self.failed, Unset):
            failed = UNSET
        elif isinstance(self.failed, list):
            failed = []
            for failed_type_0_item_data in self.failed:
                failed_type_0_item = failed_type_0_item_data.to_dict()
                failed.append(failed_type_0_item)

        else:
            failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if succeed is not UNSET:
            field_dict["succeed"] = succeed
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:

            def _parse_succeed(data: object) -> list[UpdateOrderResult] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    succeed_type_0 = []
                    _succeed_type_0 = data
                    if not isinstance(_succeed_type_0, list):
                        raise TypeError(f"expected an array, got {type(_succeed_type_0).__name__}")
                    for succeed_type_0_item_data in _succeed_type_0:
                        try:
                            succeed_type_0_item = UpdateOrderResult.from_dict(succeed_type_0_item_data)

                        except Exception as item_exc:
                            succeed_type_0_item = types.undecoded_item(
                                succeed_type_0_item_data, "succeed_type_0", item_exc
                            )
                        succeed_type_0.append(succeed_type_0_item)

                    return succeed_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[UpdateOrderResult] | None | Unset, data)

            succeed = _parse_succeed(d.pop("succeed", UNSET))

        except Exception as exc:
            succeed = types.undecoded(src_dict, "succeed", "UpdateOrdersResponseData", exc)

        try:

            def _parse_failed(data: object) -> list[UpdateOrderFailure] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    failed_type_0 = []
                    _failed_type_0 = data
                    if not isinstance(_failed_type_0, list):
                        raise TypeError(f"expected an array, got {type(_failed_type_0).__name__}")
                    for failed_type_0_item_data in _failed_type_0:
                        try:
                            failed_type_0_item = UpdateOrderFailure.from_dict(failed_type_0_item_data)

                        except Exception as item_exc:
                            failed_type_0_item = types.undecoded_item(
                                failed_type_0_item_data, "failed_type_0", item_exc
                            )
                        failed_type_0.append(failed_type_0_item)

                    return failed_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[UpdateOrderFailure] | None | Unset, data)

            failed = _parse_failed(d.pop("failed", UNSET))

        except Exception as exc:
            failed = types.undecoded(src_dict, "failed", "UpdateOrdersResponseData", exc)

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


from ..models.update_order_failure import UpdateOrderFailure
from ..models.update_order_result import UpdateOrderResult
