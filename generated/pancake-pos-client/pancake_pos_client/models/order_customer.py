from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCustomer")


@_attrs_define
class OrderCustomer:
    """Customer ("Thông tin khách hàng"; table "customer (1.1)").

    Attributes:
        id (UUID | Unset): Customer id ("Mã khách hàng").
        name (str | Unset): Customer name ("Tên khách hàng").
        fb_id (None | str | Unset): Customer's Facebook id ("Mã Fb khách hàng").
        page_id (None | str | Unset): Facebook page id ("Mã Facebook page").
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    fb_id: None | str | Unset = UNSET
    page_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        fb_id: None | str | Unset
        if isinstance(self.fb_id, Unset):
            fb_id = UNSET
        else:
            fb_id = self.fb_id

        page_id: None | str | Unset
        if isinstance(self.page_id, Unset):
            page_id = UNSET
        else:
            page_id = self.page_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if fb_id is not UNSET:
            field_dict["fb_id"] = fb_id
        if page_id is not UNSET:
            field_dict["page_id"] = page_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _id = d.pop("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = types.parse_uuid(_id)

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "OrderCustomer", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "OrderCustomer", exc)

        try:
            fb_id: None | str | Unset = d.pop("fb_id", UNSET)
            if not isinstance(fb_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(fb_id).__name__}")

        except Exception as exc:
            fb_id = types.undecoded(src_dict, "fb_id", "OrderCustomer", exc)

        try:
            page_id: None | str | Unset = d.pop("page_id", UNSET)
            if not isinstance(page_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(page_id).__name__}")

        except Exception as exc:
            page_id = types.undecoded(src_dict, "page_id", "OrderCustomer", exc)

        order_customer = cls(
            id=id,
            name=name,
            fb_id=fb_id,
            page_id=page_id,
        )

        order_customer.additional_properties = d
        return order_customer

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
