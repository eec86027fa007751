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
    """Error body. The Palm document shows no error response at all; the gateway is taken to answer with the NestJS default
    exception body `{statusCode, message, error}` (validation errors may carry a list of messages).

        Attributes:
            status_code (int | Unset): HTTP status code repeated in the body.
            message (list[str] | str | Unset): Human-readable reason; a list of messages for request validation errors.
            error (str | Unset): HTTP reason phrase (e.g. "Bad Request", "Not Found").
    """

    status_code: int | Unset = UNSET
    message: list[str] | str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        message: list[str] | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, list):
            message = self.message

        else:
            message = self.message

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            status_code = d.pop("statusCode", UNSET)
            if not isinstance(status_code, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(status_code).__name__}")
        except Exception as exc:
            status_code = types.undecoded(src_dict, "statusCode", "Error", exc)

        try:

            def _parse_message(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    message_type_1 = cast(list[str], data)

                    return message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, str):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[str] | str | Unset, data)

            message = _parse_message(d.pop("message", UNSET))

        except Exception as exc:
            message = types.undecoded(src_dict, "message", "Error", exc)

        try:
            error = d.pop("error", UNSET)
            if not isinstance(error, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(error).__name__}")
        except Exception as exc:
            error = types.undecoded(src_dict, "error", "Error", exc)

        error = cls(
            status_code=status_code,
            message=message,
            error=error,
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
