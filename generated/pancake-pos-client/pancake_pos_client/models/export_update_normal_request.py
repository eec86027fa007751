from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="ExportUpdateNormalRequest")


@_attrs_define
class ExportUpdateNormalRequest:
    """Body of "Cập nhật phiếu xuất" (normal export). The table (headed "Query Parameters") lists the fields of the
    `export_list` object its example wraps them in. The section documents no `type`; `type` is accepted only as 0 so
    that this body is told apart from `ExportUpdateDefectiveRequest`, which requires `type` 1.

        Attributes:
            export_list (ExportUpdateNormalRequestExportList):
    """

    export_list: ExportUpdateNormalRequestExportList
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
            export_list = ExportUpdateNormalRequestExportList.from_dict(d.pop("export_list"))

        except Exception as exc:
            export_list = types.undecoded(src_dict, "export_list", "ExportUpdateNormalRequest", exc)

        export_update_normal_request = cls(
            export_list=export_list,
        )

        export_update_normal_request.additional_properties = d
        return export_update_normal_request

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


from ..models.export_update_normal_request_export_list import (
    ExportUpdateNormalRequestExportList,
)
