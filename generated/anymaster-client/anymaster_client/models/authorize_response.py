from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.authorize_response_status import (
    AuthorizeResponseStatus,
    check_authorize_response_status,
)
from ..types import Unset

T = TypeVar("T", bound="AuthorizeResponse")


@_attrs_define
class AuthorizeResponse:
    """Good answer of `POST /auth/authorize` (FACTS.md).

    Attributes:
        status (AuthorizeResponseStatus):
        status_code (int): HTTP status code (200).
        data (AuthorizeResponseData):
    """

    status: AuthorizeResponseStatus
    status_code: int
    data: AuthorizeResponseData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            status: str = self.status
        except (AttributeError, TypeError):
            status = cast(Any, self.status)

        try:
            status_code = self.status_code
        except (AttributeError, TypeError):
            status_code = cast(Any, self.status_code)

        try:
            data = self.data.to_dict()
        except (AttributeError, TypeError):
            data = cast(Any, self.data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "statusCode": status_code,
                "data": data,
            }
        )
        if isinstance(status, Unset):
            del field_dict["status"]
        if isinstance(status_code, Unset):
            del field_dict["statusCode"]
        if isinstance(data, Unset):
            del field_dict["data"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            status = check_authorize_response_status(d.pop("status"))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "AuthorizeResponse", exc)

        try:
            status_code = d.pop("statusCode")
            if not isinstance(status_code, int):
                raise types.Mistyped(f"expected int, got {type(status_code).__name__}")
        except Exception as exc:
            status_code = types.undecoded(src_dict, "statusCode", "AuthorizeResponse", exc)

        try:
            data = AuthorizeResponseData.from_dict(d.pop("data"))

        except Exception as exc:
            data = types.undecoded(src_dict, "data", "AuthorizeResponse", exc)

        authorize_response = cls(
            status=status,
            status_code=status_code,
            data=data,
        )

        authorize_response.additional_properties = d
        return authorize_response

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


from ..models.authorize_response_data import AuthorizeResponseData
