from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvCostItemsItemSource")


@_attrs_define
class AdvCostItemsItemSource:
    """Order source the cost is attributed to. The table types it only as `json`; `key` and `account` are the fields of the
    example.

        Attributes:
            key (str | Unset): Order source key (e.g. `"-3"`).
            account (str | Unset): Account within the source.
    """

    key: str | Unset = UNSET
    account: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        account = self.account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            key = d.pop("key", UNSET)
            if not isinstance(key, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(key).__name__}")
        except Exception as exc:
            key = types.undecoded(src_dict, "key", "AdvCostItemsItemSource", exc)

        try:
            account = d.pop("account", UNSET)
            if not isinstance(account, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(account).__name__}")
        except Exception as exc:
            account = types.undecoded(src_dict, "account", "AdvCostItemsItemSource", exc)

        adv_cost_items_item_source = cls(
            key=key,
            account=account,
        )

        adv_cost_items_item_source.additional_properties = d
        return adv_cost_items_item_source

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
