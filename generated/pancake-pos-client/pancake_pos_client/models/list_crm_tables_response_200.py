from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="ListCrmTablesResponse200")


@_attrs_define
class ListCrmTablesResponse200:
    """
    Attributes:
        success (bool):
        tables (list[CrmTable]):
    """

    success: bool
    tables: list[CrmTable]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            success = self.success
        except (AttributeError, TypeError):
            success = cast(Any, self.success)

        try:
            tables = []
            for tables_item_data in self.tables:
                tables_item = tables_item_data.to_dict()
                tables.append(tables_item)

        except (AttributeError, TypeError):
            tables = cast(Any, self.tables)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "tables": tables,
            }
        )
        if isinstance(success, Unset):
            del field_dict["success"]
        if isinstance(tables, Unset):
            del field_dict["tables"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            success = d.pop("success")
            if not isinstance(success, bool):
                raise types.Mistyped(f"expected bool, got {type(success).__name__}")
        except Exception as exc:
            success = types.undecoded(src_dict, "success", "ListCrmTablesResponse200", exc)

        try:
            tables = []
            _tables = d.pop("tables")
            if not isinstance(_tables, list):
                raise TypeError(f"expected an array, got {type(_tables).__name__}")
            for tables_item_data in _tables:
                try:
                    tables_item = CrmTable.from_dict(tables_item_data)

                except Exception as item_exc:
                    tables_item = types.undecoded_item(tables_item_data, "tables", item_exc)
                tables.append(tables_item)

        except Exception as exc:
            tables = types.undecoded(src_dict, "tables", "ListCrmTablesResponse200", exc)

        list_crm_tables_response_200 = cls(
            success=success,
            tables=tables,
        )

        list_crm_tables_response_200.additional_properties = d
        return list_crm_tables_response_200

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
