from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.error_status import ErrorStatus, check_error_status

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
        name = self.name

        message = self.message

        code = self.code

        type_ = self.type_

        status_code = self.status_code

        status: str = self.status

        data = self.data

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        message = d.pop("message")

        code = d.pop("code")

        type_ = d.pop("type")

        status_code = d.pop("statusCode")

        status = check_error_status(d.pop("status"))

        data = d.pop("data")

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
