from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmWebhookPayloadData")


@_attrs_define
class CrmWebhookPayloadData:
    """
    Attributes:
        record (CrmRecord): A CRM record. Its keys are the field names of the record's table (e.g. `Address`, `Email` in
            the Contact table of the examples), so further keys are allowed. The properties below are those the examples
            show.
        success (bool | Unset): Success flag (inside `data`, as the source shows).
    """

    record: CrmRecord
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            record = self.record.to_dict()
        except (AttributeError, TypeError):
            record = cast(Any, self.record)

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record": record,
            }
        )
        if isinstance(record, Unset):
            del field_dict["record"]
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            record = CrmRecord.from_dict(d.pop("record"))

        except Exception as exc:
            record = types.undecoded(src_dict, "record", "CrmWebhookPayloadData", exc)

        try:
            success = d.pop("success", UNSET)
            if not isinstance(success, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(success).__name__}")
        except Exception as exc:
            success = types.undecoded(src_dict, "success", "CrmWebhookPayloadData", exc)

        crm_webhook_payload_data = cls(
            record=record,
            success=success,
        )

        crm_webhook_payload_data.additional_properties = d
        return crm_webhook_payload_data

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
