from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCustomerNotesResponse200CustomerNotesItem")


@_attrs_define
class ListCustomerNotesResponse200CustomerNotesItem:
    """
    Attributes:
        notes (list[CustomerNote] | Unset):
    """

    notes: list[CustomerNote] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _notes = d.pop("notes", UNSET)
            notes: list[CustomerNote] | Unset = UNSET
            if _notes is not UNSET:
                if not isinstance(_notes, list):
                    raise TypeError(f"expected an array, got {type(_notes).__name__}")
                notes = []
                for notes_item_data in _notes:
                    try:
                        notes_item = CustomerNote.from_dict(notes_item_data)

                    except Exception as item_exc:
                        notes_item = types.undecoded_item(notes_item_data, "notes", item_exc)
                    notes.append(notes_item)

        except Exception as exc:
            notes = types.undecoded(src_dict, "notes", "ListCustomerNotesResponse200CustomerNotesItem", exc)

        list_customer_notes_response_200_customer_notes_item = cls(
            notes=notes,
        )

        list_customer_notes_response_200_customer_notes_item.additional_properties = d
        return list_customer_notes_response_200_customer_notes_item

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


from ..models.customer_note import CustomerNote
