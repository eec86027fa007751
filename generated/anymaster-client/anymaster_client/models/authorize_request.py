from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="AuthorizeRequest")


@_attrs_define
class AuthorizeRequest:
    """Partner credentials (FACTS.md).

    Attributes:
        login (str): Partner login.
        password (str): Partner password.
    """

    login: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            login = self.login
        except (AttributeError, TypeError):
            login = cast(Any, self.login)

        try:
            password = self.password
        except (AttributeError, TypeError):
            password = cast(Any, self.password)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login": login,
                "password": password,
            }
        )
        if isinstance(login, Unset):
            del field_dict["login"]
        if isinstance(password, Unset):
            del field_dict["password"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            login = d.pop("login")
            if not isinstance(login, str):
                raise types.Mistyped(f"expected str, got {type(login).__name__}")
        except Exception as exc:
            login = types.undecoded(src_dict, "login", "AuthorizeRequest", exc)

        try:
            password = d.pop("password")
            if not isinstance(password, str):
                raise types.Mistyped(f"expected str, got {type(password).__name__}")
        except Exception as exc:
            password = types.undecoded(src_dict, "password", "AuthorizeRequest", exc)

        authorize_request = cls(
            login=login,
            password=password,
        )

        authorize_request.additional_properties = d
        return authorize_request

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
