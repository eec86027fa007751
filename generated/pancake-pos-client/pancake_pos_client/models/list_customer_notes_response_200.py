from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="ListCustomerNotesResponse200")


@_attrs_define
class ListCustomerNotesResponse200:
    """
    Attributes:
        customer_notes (list[ListCustomerNotesResponse200CustomerNotesItem]): Note groups (one group in the example).
    """

    customer_notes: list[ListCustomerNotesResponse200CustomerNotesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer_notes = []
            for customer_notes_item_data in self.customer_notes:
                customer_notes_item = customer_notes_item_data.to_dict()
                customer_notes.append(customer_notes_item)

        except (AttributeError, TypeError):
            customer_notes = cast(Any, self.customer_notes)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_notes": customer_notes,
            }
        )
        if isinstance(customer_notes, Unset):
            del field_dict["customer_notes"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            customer_notes = []
            _customer_notes = d.pop("customer_notes")
            if not isinstance(_customer_notes, list):
                raise TypeError(f"expected an array, got {type(_customer_notes).__name__}")
            for customer_notes_item_data in _customer_notes:
                try:
                    customer_notes_item = ListCustomerNotesResponse200CustomerNotesItem.from_dict(
                        customer_notes_item_data
                    )

                except Exception as item_exc:
                    customer_notes_item = types.undecoded_item(customer_notes_item_data, "customer_notes", item_exc)
                customer_notes.append(customer_notes_item)

        except Exception as exc:
            customer_notes = types.undecoded(src_dict, "customer_notes", "ListCustomerNotesResponse200", exc)

        list_customer_notes_response_200 = cls(
            customer_notes=customer_notes,
        )

        list_customer_notes_response_200.additional_properties = d
        return list_customer_notes_response_200

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


from ..models.list_customer_notes_response_200_customer_notes_item import (
    ListCustomerNotesResponse200CustomerNotesItem,
)
