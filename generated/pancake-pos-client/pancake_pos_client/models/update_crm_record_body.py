from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="UpdateCrmRecordBody")


@_attrs_define
class UpdateCrmRecordBody:
    """The source lists `record.field_name` under "Query Parameters"; it is sent as a JSON body.

    Attributes:
        record (UpdateCrmRecordBodyRecord): Field values keyed by field name (`record.<field_name>`). A value is a
            string, or an array for fields whose type is 10, 14, 15 or 17 or that are multi-value associations. Which fields
            are required and their defaults come from the table definition (`is_require`, default value).
    """

    record: UpdateCrmRecordBodyRecord
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            record = self.record.to_dict()
        except (AttributeError, TypeError):
            record = cast(Any, self.record)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record": record,
            }
        )
        if isinstance(record, Unset):
            del field_dict["record"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            record = UpdateCrmRecordBodyRecord.from_dict(d.pop("record"))

        except Exception as exc:
            record = types.undecoded(src_dict, "record", "UpdateCrmRecordBody", exc)

        update_crm_record_body = cls(
            record=record,
        )

        update_crm_record_body.additional_properties = d
        return update_crm_record_body

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


from ..models.update_crm_record_body_record import UpdateCrmRecordBodyRecord
