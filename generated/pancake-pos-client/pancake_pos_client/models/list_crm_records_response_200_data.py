from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="ListCrmRecordsResponse200Data")


@_attrs_define
class ListCrmRecordsResponse200Data:
    """
    Attributes:
        entries (list[CrmRecord]):
    """

    entries: list[CrmRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            entries = []
            for entries_item_data in self.entries:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        except (AttributeError, TypeError):
            entries = cast(Any, self.entries)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
            }
        )
        if isinstance(entries, Unset):
            del field_dict["entries"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            entries = []
            _entries = d.pop("entries")
            if not isinstance(_entries, list):
                raise TypeError(f"expected an array, got {type(_entries).__name__}")
            for entries_item_data in _entries:
                try:
                    entries_item = CrmRecord.from_dict(entries_item_data)

                except Exception as item_exc:
                    entries_item = types.undecoded_item(entries_item_data, "entries", item_exc)
                entries.append(entries_item)

        except Exception as exc:
            entries = types.undecoded(src_dict, "entries", "ListCrmRecordsResponse200Data", exc)

        list_crm_records_response_200_data = cls(
            entries=entries,
        )

        list_crm_records_response_200_data.additional_properties = d
        return list_crm_records_response_200_data

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


from ..models.crm_record import CrmRecord
