from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error envelope. The Pancake POS document shows no error body; successful bodies carry `"success": true`, so errors
    are taken to carry `"success": false` and a message.

        Attributes:
            success (bool):
            message (str | Unset): Human-readable reason (for validation errors, names the offending field).
            error_code (int | str | Unset): Machine-readable code (the HTTP status when nothing more specific applies)
                (meaning assumed from the name; the document does not describe it).
    """

    success: bool
    message: str | Unset = UNSET
    error_code: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            success = self.success
        except (AttributeError, TypeError):
            success = cast(Any, self.success)

        message = self.message

        error_code: int | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if isinstance(success, Unset):
            del field_dict["success"]
        if message is not UNSET:
            field_dict["message"] = message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            success = d.pop("success")
            if not isinstance(success, bool):
                raise types.Mistyped(f"expected bool, got {type(success).__name__}")
        except Exception as exc:
            success = types.undecoded(src_dict, "success", "Error", exc)

        try:
            message = d.pop("message", UNSET)
            if not isinstance(message, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(message).__name__}")
        except Exception as exc:
            message = types.undecoded(src_dict, "message", "Error", exc)

        try:
            error_code: int | str | Unset = d.pop("error_code", UNSET)
            if not isinstance(error_code, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(error_code).__name__}")

        except Exception as exc:
            error_code = types.undecoded(src_dict, "error_code", "Error", exc)

        error = cls(
            success=success,
            message=message,
            error_code=error_code,
        )

        error.additional_properties = d
        return error

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
