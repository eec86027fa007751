from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseRequestBatchConfig")


@_attrs_define
class WarehouseRequestBatchConfig:
    """Batch (lot) layout configuration (the example sets `col`, `line`, `row`).

    Attributes:
        col (int | str | Unset): Columns (a numeric string in the examples).
        line (int | str | Unset): Lines (a numeric string in the examples).
        row (int | str | Unset): Rows (a numeric string in the examples).
    """

    col: int | str | Unset = UNSET
    line: int | str | Unset = UNSET
    row: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        col: int | str | Unset
        if isinstance(self.col, Unset):
            col = UNSET
        else:
            col = self.col

        line: int | str | Unset
        if isinstance(self.line, Unset):
            line = UNSET
        else:
            line = self.line

        row: int | str | Unset
        if isinstance(self.row, Unset):
            row = UNSET
        else:
            row = self.row

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if col is not UNSET:
            field_dict["col"] = col
        if line is not UNSET:
            field_dict["line"] = line
        if row is not UNSET:
            field_dict["row"] = row

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            col: int | str | Unset = d.pop("col", UNSET)
            if not isinstance(col, (str, int, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(col).__name__}")

        except Exception as exc:
            col = types.undecoded(src_dict, "col", "WarehouseRequestBatchConfig", exc)

        try:
            line: int | str | Unset = d.pop("line", UNSET)
            if not isinstance(line, (str, int, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(line).__name__}")

        except Exception as exc:
            line = types.undecoded(src_dict, "line", "WarehouseRequestBatchConfig", exc)

        try:
            row: int | str | Unset = d.pop("row", UNSET)
            if not isinstance(row, (str, int, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(row).__name__}")

        except Exception as exc:
            row = types.undecoded(src_dict, "row", "WarehouseRequestBatchConfig", exc)

        warehouse_request_batch_config = cls(
            col=col,
            line=line,
            row=row,
        )

        warehouse_request_batch_config.additional_properties = d
        return warehouse_request_batch_config

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
