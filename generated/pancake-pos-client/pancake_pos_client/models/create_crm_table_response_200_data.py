from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCrmTableResponse200Data")


@_attrs_define
class CreateCrmTableResponse200Data:
    """
    Attributes:
        table (CrmTable): A CRM table (bảng dữ liệu).
        success (bool | Unset): Success flag (the source puts it inside `data`).
    """

    table: CrmTable
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            table = self.table.to_dict()
        except (AttributeError, TypeError):
            table = cast(Any, self.table)

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "table": table,
            }
        )
        if isinstance(table, Unset):
            del field_dict["table"]
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            table = CrmTable.from_dict(d.pop("table"))

        except Exception as exc:
            table = types.undecoded(src_dict, "table", "CreateCrmTableResponse200Data", exc)

        try:
            success = d.pop("success", UNSET)
            if not isinstance(success, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(success).__name__}")
        except Exception as exc:
            success = types.undecoded(src_dict, "success", "CreateCrmTableResponse200Data", exc)

        create_crm_table_response_200_data = cls(
            table=table,
            success=success,
        )

        create_crm_table_response_200_data.additional_properties = d
        return create_crm_table_response_200_data

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


from ..models.crm_table import CrmTable
