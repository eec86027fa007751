from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    """Outcome flag of an action.

    Attributes:
        result (bool): `true` when the action succeeded.
    """

    result: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            result = self.result
        except (AttributeError, TypeError):
            result = cast(Any, self.result)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if isinstance(result, Unset):
            del field_dict["result"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            result = d.pop("result")
            if not isinstance(result, bool):
                raise types.Mistyped(f"expected bool, got {type(result).__name__}")
        except Exception as exc:
            result = types.undecoded(src_dict, "result", "Result", exc)

        result = cls(
            result=result,
        )

        result.additional_properties = d
        return result

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
