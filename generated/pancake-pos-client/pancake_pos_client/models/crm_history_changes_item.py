from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmHistoryChangesItem")


@_attrs_define
class CrmHistoryChangesItem:
    """
    Attributes:
        field_label (str | Unset): Label of the changed field.
        new (str | Unset): New value.
        old (str | Unset): Old value.
    """

    field_label: str | Unset = UNSET
    new: str | Unset = UNSET
    old: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_label = self.field_label

        new = self.new

        old = self.old

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_label is not UNSET:
            field_dict["field_label"] = field_label
        if new is not UNSET:
            field_dict["new"] = new
        if old is not UNSET:
            field_dict["old"] = old

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            field_label = d.pop("field_label", UNSET)
            if not isinstance(field_label, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(field_label).__name__}")
        except Exception as exc:
            field_label = types.undecoded(src_dict, "field_label", "CrmHistoryChangesItem", exc)

        try:
            new = d.pop("new", UNSET)
            if not isinstance(new, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(new).__name__}")
        except Exception as exc:
            new = types.undecoded(src_dict, "new", "CrmHistoryChangesItem", exc)

        try:
            old = d.pop("old", UNSET)
            if not isinstance(old, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(old).__name__}")
        except Exception as exc:
            old = types.undecoded(src_dict, "old", "CrmHistoryChangesItem", exc)

        crm_history_changes_item = cls(
            field_label=field_label,
            new=new,
            old=old,
        )

        crm_history_changes_item.additional_properties = d
        return crm_history_changes_item

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
