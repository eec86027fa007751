from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.error_status import ErrorStatus, check_error_status
from ..types import Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error envelope of every failed request (FACTS.md).

    Attributes:
        name (str): Error class name.
        message (str): Human-readable message (e.g. `Unauthorized`).
        code (int): HTTP status code of the error.
        type_ (str): Machine-readable error type (`NO_RIGHTS` for 401; the 422 value is not documented).
        status_code (int): HTTP status code of the error (same as `code`).
        status (ErrorStatus):
        data (None): Always null on errors.
    """

    name: str
    message: str
    code: int
    type_: str
    status_code: int
    status: ErrorStatus
    data: None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            message = self.message
        except (AttributeError, TypeError):
            message = cast(Any, self.message)

        try:
            code = self.code
        except (AttributeError, TypeError):
            code = cast(Any, self.code)

        try:
            type_ = self.type_
        except (AttributeError, TypeError):
            type_ = cast(Any, self.type_)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "message": message,
                "code": code,
                "type": type_,
                "statusCode": status_code,
                "status": status,
                "data": data,
            }
        )
        if isinstance(name, Unset):
            del field_dict["name"]
        if isinstance(message, Unset):
            del field_dict["message"]
        if isinstance(code, Unset):
            del field_dict["code"]
        if isinstance(type_, Unset):
            del field_dict["type"]
        if isinstance(status_code, Unset):
            del field_dict["statusCode"]
        if isinstance(status, Unset):
            del field_dict["status"]
        if isinstance(data, Unset):
            del field_dict["data"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "Error", exc)

        try:
            message = d.pop("message")
            if not isinstance(message, str):
                raise types.Mistyped(f"expected str, got {type(message).__name__}")
        except Exception as exc:
            message = types.undecoded(src_dict, "message", "Error", exc)

        try:
            code = d.pop("code")
            if not isinstance(code, int):
                raise types.Mistyped(f"expected int, got {type(code).__name__}")
        except Exception as exc:
            code = types.undecoded(src_dict, "code", "Error", exc)

        try:
            type_ = d.pop("type")
            if not isinstance(type_, str):
                raise types.Mistyped(f"expected str, got {type(type_).__name__}")
        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "Error", exc)

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

        error = cls(
            name=name,
            message=message,
            code=code,
            type_=type_,
            status_code=status_code,
            status=status,
            data=data,
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
