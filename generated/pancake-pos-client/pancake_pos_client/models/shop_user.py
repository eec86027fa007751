from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShopUser")


@_attrs_define
class ShopUser:
    """A staff member of the shop, as listed by `GET /shops/{shop_id}/users` (“Danh sách nhân viên”).

    Attributes:
        shop_id (int | Unset): Shop id.
        user_id (UUID | Unset): Staff member (user) id.
        user (UserProfile | Unset): A Pancake user (staff member) as embedded in other objects — `user` in the staff
            list, `creator` of call-laters, returned orders and point logs, `assigning_care`. Every field is optional
            because the embeddings show different subsets (point-log creators carry no email).
        sale_group (ShopUserSaleGroup | Unset): Sales group the staff member belongs to.
    """

    shop_id: int | Unset = UNSET
    user_id: UUID | Unset = UNSET
    user: UserProfile | Unset = UNSET
    sale_group: ShopUserSaleGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shop_id = self.shop_id

        user_id: str | Unset = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = str(self.user_id)

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        sale_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sale_group, Unset):
            sale_group = self.sale_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user is not UNSET:
            field_dict["user"] = user
        if sale_group is not UNSET:
            field_dict["sale_group"] = sale_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "ShopUser", exc)

        try:
            _user_id = d.pop("user_id", UNSET)
            user_id: UUID | Unset
            if isinstance(_user_id, Unset):
                user_id = UNSET
            else:
                user_id = types.parse_uuid(_user_id)

        except Exception as exc:
            user_id = types.undecoded(src_dict, "user_id", "ShopUser", exc)

        try:
            _user = d.pop("user", UNSET)
            user: UserProfile | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = UserProfile.from_dict(_user)

        except Exception as exc:
            user = types.undecoded(src_dict, "user", "ShopUser", exc)

        try:
            _sale_group = d.pop("sale_group", UNSET)
            sale_group: ShopUserSaleGroup | Unset
            if isinstance(_sale_group, Unset):
                sale_group = UNSET
            else:
                sale_group = ShopUserSaleGroup.from_dict(_sale_group)

        except Exception as exc:
            sale_group = types.undecoded(src_dict, "sale_group", "ShopUser", exc)

        shop_user = cls(
            shop_id=shop_id,
            user_id=user_id,
            user=user,
            sale_group=sale_group,
        )

        shop_user.additional_properties = d
        return shop_user

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


from ..models.shop_user_sale_group import ShopUserSaleGroup
from ..models.user_profile import UserProfile
