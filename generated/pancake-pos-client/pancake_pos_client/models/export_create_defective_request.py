from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="ExportCreateDefectiveRequest")


@_attrs_define
class ExportCreateDefectiveRequest:
    """Body of "Tạo phiếu xuất hàng lỗi" (export of defective goods, section "Hàng lỗi (theo phiếu xuất)"). The table lists
    the fields of the `export_list` object its example wraps them in and marks none required; `type` 1 is required here
    because it is what makes the export one of defective goods and tells this body from `ExportCreateNormalRequest`.

        Attributes:
            export_list (ExportCreateDefectiveRequestExportList):
    """

    export_list: ExportCreateDefectiveRequestExportList
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            export_list = self.export_list.to_dict()
        except (AttributeError, TypeError):
            export_list = cast(Any, self.export_list)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export_list": export_list,
            }
        )
        if isinstance(export_list, Unset):
            del field_dict["export_list"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            export_list = ExportCreateDefectiveRequestExportList.from_dict(d.pop("export_list"))

        except Exception as exc:
            export_list = types.undecoded(src_dict, "export_list", "ExportCreateDefectiveRequest", exc)

        export_create_defective_request = cls(
            export_list=export_list,
        )

        export_create_defective_request.additional_properties = d
        return export_create_defective_request

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


from ..models.export_create_defective_request_export_list import (
    ExportCreateDefectiveRequestExportList,
)
