from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
        status_code = self.status_code

        status: str = self.status

        data = self.data

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
        status_code = d.pop("statusCode")

        status = check_error_status(d.pop("status"))

        data = d.pop("data")

        name = d.pop("name", UNSET)

        message = d.pop("message", UNSET)

        code = d.pop("code", UNSET)

        type_ = d.pop("type", UNSET)

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
