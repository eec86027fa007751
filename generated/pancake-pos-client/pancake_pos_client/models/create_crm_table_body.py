from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="CreateCrmTableBody")


@_attrs_define
class CreateCrmTableBody:
    """The source lists `table.name` (required, unique) and `table.label` (required) under "Query Parameters"; they are
    sent as a JSON body.

        Attributes:
            table (CreateCrmTableBodyTable):
    """

    table: CreateCrmTableBodyTable
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            table = self.table.to_dict()
        except (AttributeError, TypeError):
            table = cast(Any, self.table)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "table": table,
            }
        )
        if isinstance(table, Unset):
            del field_dict["table"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            table = CreateCrmTableBodyTable.from_dict(d.pop("table"))

        except Exception as exc:
            table = types.undecoded(src_dict, "table", "CreateCrmTableBody", exc)

        create_crm_table_body = cls(
            table=table,
        )

        create_crm_table_body.additional_properties = d
        return create_crm_table_body

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


from ..models.create_crm_table_body_table import CreateCrmTableBodyTable
