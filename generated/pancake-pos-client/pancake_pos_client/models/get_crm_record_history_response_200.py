from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="GetCrmRecordHistoryResponse200")


@_attrs_define
class GetCrmRecordHistoryResponse200:
    """
    Attributes:
        history (list[CrmHistory]):
        success (bool):
    """

    history: list[CrmHistory]
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        except (AttributeError, TypeError):
            history = cast(Any, self.history)

        try:
            success = self.success
        except (AttributeError, TypeError):
            success = cast(Any, self.success)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "history": history,
                "success": success,
            }
        )
        if isinstance(history, Unset):
            del field_dict["history"]
        if isinstance(success, Unset):
            del field_dict["success"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            history = []
            _history = d.pop("history")
            if not isinstance(_history, list):
                raise TypeError(f"expected an array, got {type(_history).__name__}")
            for history_item_data in _history:
                try:
                    history_item = CrmHistory.from_dict(history_item_data)

                except Exception as item_exc:
                    history_item = types.undecoded_item(history_item_data, "history", item_exc)
                history.append(history_item)

        except Exception as exc:
            history = types.undecoded(src_dict, "history", "GetCrmRecordHistoryResponse200", exc)

        try:
            success = d.pop("success")
            if not isinstance(success, bool):
                raise types.Mistyped(f"expected bool, got {type(success).__name__}")
        except Exception as exc:
            success = types.undecoded(src_dict, "success", "GetCrmRecordHistoryResponse200", exc)

        get_crm_record_history_response_200 = cls(
            history=history,
            success=success,
        )

        get_crm_record_history_response_200.additional_properties = d
        return get_crm_record_history_response_200

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


from ..models.crm_history import CrmHistory
