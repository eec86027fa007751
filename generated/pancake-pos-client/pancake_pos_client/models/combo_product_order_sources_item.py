from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComboProductOrderSourcesItem")


@_attrs_define
class ComboProductOrderSourcesItem:
    """
    Attributes:
        account (Any | Unset): Account of the source. Type not documented; the source only shows null.
        key (str | Unset): Order source key (e.g. `"-2"`).
        page_id (Any | Unset): Page id of the source. Type not documented; the source only shows null.
    """

    account: Any | Unset = UNSET
    key: str | Unset = UNSET
    page_id: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        key = self.key

        page_id = self.page_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if key is not UNSET:
            field_dict["key"] = key
        if page_id is not UNSET:
            field_dict["page_id"] = page_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            account = d.pop("account", UNSET)
        except Exception as exc:
            account = types.undecoded(src_dict, "account", "ComboProductOrderSourcesItem", exc)

        try:
            key = d.pop("key", UNSET)
            if not isinstance(key, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(key).__name__}")
        except Exception as exc:
            key = types.undecoded(src_dict, "key", "ComboProductOrderSourcesItem", exc)

        try:
            page_id = d.pop("page_id", UNSET)
        except Exception as exc:
            page_id = types.undecoded(src_dict, "page_id", "ComboProductOrderSourcesItem", exc)

        combo_product_order_sources_item = cls(
            account=account,
            key=key,
            page_id=page_id,
        )

        combo_product_order_sources_item.additional_properties = d
        return combo_product_order_sources_item

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
