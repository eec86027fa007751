from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.export_status import ExportStatus, check_export_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportUpdateDefectiveRequestExportList")


@_attrs_define
class ExportUpdateDefectiveRequestExportList:
    """
    Attributes:
        type_ (Literal[1]): Kind of export; 1 = defective goods (in the example, not in the table).
        images (list[str] | Unset): Image URLs of the export.
        inserted_at (int | Unset): Creation date of the export, unix timestamp (seconds).
        note (str | Unset): Note.
        status (ExportStatus | Unset): Status of an export (goods issue, "phiếu xuất kho"). The codes are the same for
            normal and for defective-goods exports, but the source labels 0 and 1 differently for the two kinds.
        supplier_products_id (int | Unset): Supplier id.
        export_items (list[ExportUpdateDefectiveRequestExportListExportItemsItem] | Unset): Defective products
            (variations) issued.
    """

    type_: Literal[1]
    images: list[str] | Unset = UNSET
    inserted_at: int | Unset = UNSET
    note: str | Unset = UNSET
    status: ExportStatus | Unset = UNSET
    supplier_products_id: int | Unset = UNSET
    export_items: list[ExportUpdateDefectiveRequestExportListExportItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            type_ = self.type_
        except (AttributeError, TypeError):
            type_ = cast(Any, self.type_)

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        inserted_at = self.inserted_at

        note = self.note

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        supplier_products_id = self.supplier_products_id

        export_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.export_items, Unset):
            export_items = []
            for export_items_item_data in self.export_items:
                export_items_item = export_items_item_data.to_dict()
                export_items.append(export_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if isinstance(type_, Unset):
            del field_dict["type"]
        if images is not UNSET:
            field_dict["images"] = images
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if note is not UNSET:
            field_dict["note"] = note
        if status is not UNSET:
            field_dict["status"] = status
        if supplier_products_id is not UNSET:
            field_dict["supplier_products_id"] = supplier_products_id
        if export_items is not UNSET:
            field_dict["export_items"] = export_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            type_ = cast(Literal[1], d.pop("type"))
            if type_ != 1:
                raise ValueError(f"type must match const 1, got '{type_}'")
        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "ExportUpdateDefectiveRequestExportList", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "ExportUpdateDefectiveRequestExportList", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "ExportUpdateDefectiveRequestExportList", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "ExportUpdateDefectiveRequestExportList", exc)

        try:
            _status = d.pop("status", UNSET)
            status: ExportStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_export_status(_status)

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "ExportUpdateDefectiveRequestExportList", exc)

        try:
            supplier_products_id = d.pop("supplier_products_id", UNSET)
            if not isinstance(supplier_products_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(supplier_products_id).__name__}")
        except Exception as exc:
            supplier_products_id = types.undecoded(
                src_dict, "supplier_products_id", "ExportUpdateDefectiveRequestExportList", exc
            )

        try:
            _export_items = d.pop("export_items", UNSET)
            export_items: list[ExportUpdateDefectiveRequestExportListExportItemsItem] | Unset = UNSET
            if _export_items is not UNSET:
                if not isinstance(_export_items, list):
                    raise TypeError(f"expected an array, got {type(_export_items).__name__}")
                export_items = []
                for export_items_item_data in _export_items:
                    try:
                        export_items_item = ExportUpdateDefectiveRequestExportListExportItemsItem.from_dict(
                            export_items_item_data
                        )

                    except Exception as item_exc:
                        export_items_item = types.undecoded_item(export_items_item_data, "export_items", item_exc)
                    export_items.append(export_items_item)

        except Exception as exc:
            export_items = types.undecoded(src_dict, "export_items", "ExportUpdateDefectiveRequestExportList", exc)

        export_update_defective_request_export_list = cls(
            type_=type_,
            images=images,
            inserted_at=inserted_at,
            note=note,
            status=status,
            supplier_products_id=supplier_products_id,
            export_items=export_items,
        )

        export_update_defective_request_export_list.additional_properties = d
        return export_update_defective_request_export_list

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


from ..models.export_update_defective_request_export_list_export_items_item import (
    ExportUpdateDefectiveRequestExportListExportItemsItem,
)
