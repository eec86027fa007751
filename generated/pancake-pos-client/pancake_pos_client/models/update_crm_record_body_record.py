from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types

T = TypeVar("T", bound="UpdateCrmRecordBodyRecord")


@_attrs_define
class UpdateCrmRecordBodyRecord:
    """Field values keyed by field name (`record.<field_name>`). A value is a string, or an array for fields whose type is
    10, 14, 15 or 17 or that are multi-value associations. Which fields are required and their defaults come from the
    table definition (`is_require`, default value).

    """

    additional_properties: dict[str, list[Any] | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        update_crm_record_body_record = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> list[Any] | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_property_type_1: list[Any] = data

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, str):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[Any] | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        update_crm_record_body_record.additional_properties = additional_properties
        return update_crm_record_body_record

    def __repr__(self) -> str:
        return types.model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[Any] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[Any] | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
