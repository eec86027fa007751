from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserTokenResponse")


@_attrs_define
class UserTokenResponse:
    """Answer of "User Token Retrieval API".

    Attributes:
        token (str | Unset): The access token the partner can use to retrieve the user's order data.
        need_request_permission (bool | Unset): Whether the partner must wait for the user's consent to access order
            data.
    """

    token: str | Unset = UNSET
    need_request_permission: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        need_request_permission = self.need_request_permission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if need_request_permission is not UNSET:
            field_dict["needRequestPermission"] = need_request_permission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            token = d.pop("token", UNSET)
            if not isinstance(token, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(token).__name__}")
        except Exception as exc:
            token = types.undecoded(src_dict, "token", "UserTokenResponse", exc)

        try:
            need_request_permission = d.pop("needRequestPermission", UNSET)
            if not isinstance(need_request_permission, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(need_request_permission).__name__}")
        except Exception as exc:
            need_request_permission = types.undecoded(src_dict, "needRequestPermission", "UserTokenResponse", exc)

        user_token_response = cls(
            token=token,
            need_request_permission=need_request_permission,
        )

        user_token_response.additional_properties = d
        return user_token_response

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
