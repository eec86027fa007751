from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Page")


@_attrs_define
class Page:
    """A sales page (e.g. a Facebook page) merged into a shop (`pages[]` of `GET /shops`). The source's table only says
    "pages: array"; the fields are documented from its example (ledger PP-102).

        Attributes:
            id (str | Unset): Page id on its platform (e.g. the Facebook page id).
            name (str | Unset): Page name.
            platform (str | Unset): Platform of the page (the example shows `facebook`).
            settings (PageSettings | Unset): Page settings (meaning assumed from the name; the document does not describe
                it).
            shop_id (int | Unset): Id of the shop the page belongs to.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    platform: str | Unset = UNSET
    settings: PageSettings | Unset = UNSET
    shop_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        platform = self.platform

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        shop_id = self.shop_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if settings is not UNSET:
            field_dict["settings"] = settings
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Page", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "Page", exc)

        try:
            platform = d.pop("platform", UNSET)
            if not isinstance(platform, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(platform).__name__}")
        except Exception as exc:
            platform = types.undecoded(src_dict, "platform", "Page", exc)

        try:
            _settings = d.pop("settings", UNSET)
            settings: PageSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = PageSettings.from_dict(_settings)

        except Exception as exc:
            settings = types.undecoded(src_dict, "settings", "Page", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "Page", exc)

        page = cls(
            id=id,
            name=name,
            platform=platform,
            settings=settings,
            shop_id=shop_id,
        )

        page.additional_properties = d
        return page

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


from ..models.page_settings import PageSettings
