from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.authorize_response_status import (
    AuthorizeResponseStatus,
    check_authorize_response_status,
)

if TYPE_CHECKING:
    from ..models.authorize_response_data import AuthorizeResponseData


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
        status: str = self.status

        status_code = self.status_code

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "statusCode": status_code,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.authorize_response_data import AuthorizeResponseData

        d = dict(src_dict)
        status = check_authorize_response_status(d.pop("status"))

        status_code = d.pop("statusCode")

        data = AuthorizeResponseData.from_dict(d.pop("data"))

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
