from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizeResponseData")


@_attrs_define
class AuthorizeResponseData:
    """
    Attributes:
        token (str | Unset): Partner token, to send in the `token` header.
        user (AuthUser | Unset): The logged-in partner user. FACTS.md shows it only as `{...}`: no field is documented,
            so no property is listed (AM-003).
    """

    token: str | Unset = UNSET
    user: AuthUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            token = d.pop("token", UNSET)
            if not isinstance(token, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(token).__name__}")
        except Exception as exc:
            token = types.undecoded(src_dict, "token", "AuthorizeResponseData", exc)

        try:
            _user = d.pop("user", UNSET)
            user: AuthUser | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = AuthUser.from_dict(_user)

        except Exception as exc:
            user = types.undecoded(src_dict, "user", "AuthorizeResponseData", exc)

        authorize_response_data = cls(
            token=token,
            user=user,
        )

        authorize_response_data.additional_properties = d
        return authorize_response_data

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


from ..models.auth_user import AuthUser
