from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.error_status import ErrorStatus, check_error_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error envelope of every failed request (FACTS.md).

    Attributes:
        status_code (int): HTTP status code of the error (same as `code`).
        status (ErrorStatus):
        data (None): Always null on errors.
        name (str | Unset): Error class name.
        message (str | Unset): Human-readable message (e.g. `Unauthorized`).
        code (int | Unset): HTTP status code of the error.
        type_ (str | Unset): Machine-readable error type (`NO_RIGHTS` for 401; the 422 value is not documented).
    """

    status_code: int
    status: ErrorStatus
    data: None
    name: str | Unset = UNSET
    message: str | Unset = UNSET
    code: int | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            status_code = self.status_code
        except (AttributeError, TypeError):
            status_code = cast(Any, self.status_code)

        try:
            status: str = self.status
        except (AttributeError, TypeError):
            status = cast(Any, self.status)

        try:
            data = self.data
        except (AttributeError, TypeError):
            data = cast(Any, self.data)

        name = self.name

        message = self.message

        code = self.code

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
                "status": status,
                "data": data,
            }
        )
        if isinstance(status_code, Unset):
            del field_dict["statusCode"]
        if isinstance(status, Unset):
            del field_dict["status"]
        if isinstance(data, Unset):
            del field_dict["data"]
        if name is not UNSET:
            field_dict["name"] = name
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            status_code = d.pop("statusCode")
            if not isinstance(status_code, int):
                raise types.Mistyped(f"expected int, got {type(status_code).__name__}")
        except Exception as exc:
            status_code = types.undecoded(src_dict, "statusCode", "Error", exc)

        try:
            status = check_error_status(d.pop("status"))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "Error", exc)

        try:
            data = d.pop("data")
        except Exception as exc:
            data = types.undecoded(src_dict, "data", "Error", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "Error", exc)

        try:
            message = d.pop("message", UNSET)
            if not isinstance(message, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(message).__name__}")
        except Exception as exc:
            message = types.undecoded(src_dict, "message", "Error", exc)

        try:
            code = d.pop("code", UNSET)
            if not isinstance(code, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(code).__name__}")
        except Exception as exc:
            code = types.undecoded(src_dict, "code", "Error", exc)

        try:
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(type_).__name__}")
        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "Error", exc)

        error = cls(
            status_code=status_code,
            status=status,
            data=data,
            name=name,
            message=message,
            code=code,
            type_=type_,
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
