from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Shop")


@_attrs_define
class Shop:
    """A shop the API key has access to ("Thông tin cửa hàng"). The source's example shows no shop `id`; the shop id used
    in `{shop_id}` paths appears there only as `pages[].shop_id` (ledger PP-102).

        Attributes:
            avatar_url (str | Unset): Shop avatar image URL ("Link hình đại điện").
            name (str | Unset): Shop name ("Tên cửa hàng").
            pages (list[Page] | Unset): Pages merged into the shop ("Thông tin pages được gộp trong shop").
    """

    avatar_url: str | Unset = UNSET
    name: str | Unset = UNSET
    pages: list[Page] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_url = self.avatar_url

        name = self.name

        pages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = []
            for pages_item_data in self.pages:
                pages_item = pages_item_data.to_dict()
                pages.append(pages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if name is not UNSET:
            field_dict["name"] = name
        if pages is not UNSET:
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            avatar_url = d.pop("avatar_url", UNSET)
            if not isinstance(avatar_url, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(avatar_url).__name__}")
        except Exception as exc:
            avatar_url = types.undecoded(src_dict, "avatar_url", "Shop", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "Shop", exc)

        try:
            _pages = d.pop("pages", UNSET)
            pages: list[Page] | Unset = UNSET
            if _pages is not UNSET:
                if not isinstance(_pages, list):
                    raise TypeError(f"expected an array, got {type(_pages).__name__}")
                pages = []
                for pages_item_data in _pages:
                    try:
                        pages_item = Page.from_dict(pages_item_data)

                    except Exception as item_exc:
                        pages_item = types.undecoded_item(pages_item_data, "pages", item_exc)
                    pages.append(pages_item)

        except Exception as exc:
            pages = types.undecoded(src_dict, "pages", "Shop", exc)

        shop = cls(
            avatar_url=avatar_url,
            name=name,
            pages=pages,
        )

        shop.additional_properties = d
        return shop

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


from ..models.page import Page
