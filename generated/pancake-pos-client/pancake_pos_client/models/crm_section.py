from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmSection")


@_attrs_define
class CrmSection:
    """A section of a CRM table.

    Attributes:
        can_remove (bool | Unset): Whether the section can be removed.
        creator_id (Any | Unset): Creator user id. Type not documented; the source only shows null.
        order (int | Unset): Order of the section. In the table only; not in the examples.
        fields (list[CrmField] | Unset): Fields of the section.
    """

    can_remove: bool | Unset = UNSET
    creator_id: Any | Unset = UNSET
    order: int | Unset = UNSET
    fields: list[CrmField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_remove = self.can_remove

        creator_id = self.creator_id

        order = self.order

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_remove is not UNSET:
            field_dict["can_remove"] = can_remove
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if order is not UNSET:
            field_dict["order"] = order
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            can_remove = d.pop("can_remove", UNSET)
            if not isinstance(can_remove, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(can_remove).__name__}")
        except Exception as exc:
            can_remove = types.undecoded(src_dict, "can_remove", "CrmSection", exc)

        try:
            creator_id = d.pop("creator_id", UNSET)
        except Exception as exc:
            creator_id = types.undecoded(src_dict, "creator_id", "CrmSection", exc)

        try:
            order = d.pop("order", UNSET)
            if not isinstance(order, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(order).__name__}")
        except Exception as exc:
            order = types.undecoded(src_dict, "order", "CrmSection", exc)

        try:
            _fields = d.pop("fields", UNSET)
            fields: list[CrmField] | Unset = UNSET
            if _fields is not UNSET:
                if not isinstance(_fields, list):
                    raise TypeError(f"expected an array, got {type(_fields).__name__}")
                fields = []
                for fields_item_data in _fields:
                    try:
                        fields_item = CrmField.from_dict(fields_item_data)

                    except Exception as item_exc:
                        fields_item = types.undecoded_item(fields_item_data, "fields", item_exc)
                    fields.append(fields_item)

        except Exception as exc:
            fields = types.undecoded(src_dict, "fields", "CrmSection", exc)

        crm_section = cls(
            can_remove=can_remove,
            creator_id=creator_id,
            order=order,
            fields=fields,
        )

        crm_section.additional_properties = d
        return crm_section

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


from ..models.crm_field import CrmField
