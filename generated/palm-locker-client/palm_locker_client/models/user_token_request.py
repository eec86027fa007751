from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="UserTokenRequest")


@_attrs_define
class UserTokenRequest:
    """Body of "User Token Retrieval API".

    Attributes:
        phone_number (str): Phone number of the user.
        partner_detail (UserTokenRequestPartnerDetail): Partner details. The source types it only as "object" and
            documents no fields, so any object is accepted (ledger PL-024).
    """

    phone_number: str
    partner_detail: UserTokenRequestPartnerDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            phone_number = self.phone_number
        except (AttributeError, TypeError):
            phone_number = cast(Any, self.phone_number)

        try:
            partner_detail = self.partner_detail.to_dict()
        except (AttributeError, TypeError):
            partner_detail = cast(Any, self.partner_detail)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
                "partnerDetail": partner_detail,
            }
        )
        if isinstance(phone_number, Unset):
            del field_dict["phoneNumber"]
        if isinstance(partner_detail, Unset):
            del field_dict["partnerDetail"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            phone_number = d.pop("phoneNumber")
            if not isinstance(phone_number, str):
                raise types.Mistyped(f"expected str, got {type(phone_number).__name__}")
        except Exception as exc:
            phone_number = types.undecoded(src_dict, "phoneNumber", "UserTokenRequest", exc)

        try:
            partner_detail = UserTokenRequestPartnerDetail.from_dict(d.pop("partnerDetail"))

        except Exception as exc:
            partner_detail = types.undecoded(src_dict, "partnerDetail", "UserTokenRequest", exc)

        user_token_request = cls(
            phone_number=phone_number,
            partner_detail=partner_detail,
        )

        user_token_request.additional_properties = d
        return user_token_request

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


from ..models.user_token_request_partner_detail import UserTokenRequestPartnerDetail
