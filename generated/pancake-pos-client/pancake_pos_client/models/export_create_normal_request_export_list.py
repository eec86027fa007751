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

T = TypeVar("T", bound="ExportCreateNormalRequestExportList")


@_attrs_define
class ExportCreateNormalRequestExportList:
    """
    Attributes:
        note (str | Unset): Note.
        supplier_products_id (int | Unset): Supplier id.
        tags (list[int] | Unset): Export tag ids.
        status (ExportStatus | Unset): Status of an export (goods issue, "phiếu xuất kho"). The codes are the same for
            normal and for defective-goods exports, but the source labels 0 and 1 differently for the two kinds.
        type_ (Literal[0] | Unset): Kind of export; 0 = normal export (the default when absent).
        shop_id (int | Unset): Shop id (the same as the path's `shop_id`).
        warehouse_id (str | Unset): Warehouse id (UUID).
        images (list[str] | Unset): Image URLs of the export.
        change_inserted_at (bool | Unset): Change the export's creation date (send with `inserted_at`).
        inserted_at (int | Unset): Creation date of the export, unix timestamp (seconds).
        export_items (list[ExportCreateNormalRequestExportListExportItemsItem] | Unset): Products (variations) issued.
    """

    note: str | Unset = UNSET
    supplier_products_id: int | Unset = UNSET
    tags: list[int] | Unset = UNSET
    status: ExportStatus | Unset = UNSET
    type_: Literal[0] | Unset = UNSET
    shop_id: int | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    change_inserted_at: bool | Unset = UNSET
    inserted_at: int | Unset = UNSET
    export_items: list[ExportCreateNormalRequestExportListExportItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        supplier_products_id = self.supplier_products_id

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        type_ = self.type_

        shop_id = self.shop_id

        warehouse_id = self.warehouse_id

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        change_inserted_at = self.change_inserted_at

        inserted_at = self.inserted_at

        export_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.export_items, Unset):
            export_items = []
            for export_items_item_data in self.export_items:
                export_items_item = export_items_item_data.to_dict()
                export_items.append(export_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note
        if supplier_products_id is not UNSET:
            field_dict["supplier_products_id"] = supplier_products_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if images is not UNSET:
            field_dict["images"] = images
        if change_inserted_at is not UNSET:
            field_dict["change_inserted_at"] = change_inserted_at
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if export_items is not UNSET:
            field_dict["export_items"] = export_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "ExportCreateNormalRequestExportList", exc)

        try:
            supplier_products_id = d.pop("supplier_products_id", UNSET)
            if not isinstance(supplier_products_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(supplier_products_id).__name__}")
        except Exception as exc:
            supplier_products_id = types.undecoded(
                src_dict, "supplier_products_id", "ExportCreateNormalRequestExportList", exc
            )

        try:
            tags = cast(list[int], d.pop("tags", UNSET))

        except Exception as exc:
            tags = types.undecoded(src_dict, "tags", "ExportCreateNormalRequestExportList", exc)

        try:
            _status = d.pop("status", UNSET)
            status: ExportStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_export_status(_status)

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "ExportCreateNormalRequestExportList", exc)

        try:
            type_ = cast(Literal[0] | Unset, d.pop("type", UNSET))
            if type_ != 0 and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 0, got '{type_}'")
        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "ExportCreateNormalRequestExportList", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "ExportCreateNormalRequestExportList", exc)

        try:
            warehouse_id = d.pop("warehouse_id", UNSET)
            if not isinstance(warehouse_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "ExportCreateNormalRequestExportList", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "ExportCreateNormalRequestExportList", exc)

        try:
            change_inserted_at = d.pop("change_inserted_at", UNSET)
            if not isinstance(change_inserted_at, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(change_inserted_at).__name__}")
        except Exception as exc:
            change_inserted_at = types.undecoded(
                src_dict, "change_inserted_at", "ExportCreateNormalRequestExportList", exc
            )

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "ExportCreateNormalRequestExportList", exc)

        try:
            _export_items = d.pop("export_items", UNSET)
            export_items: list[ExportCreateNormalRequestExportListExportItemsItem] | Unset = UNSET
            if _export_items is not UNSET:
                if not isinstance(_export_items, list):
                    raise TypeError(f"expected an array, got {type(_export_items).__name__}")
                export_items = []
                for export_items_item_data in _export_items:
                    try:
                        export_items_item = ExportCreateNormalRequestExportListExportItemsItem.from_dict(
                            export_items_item_data
                        )

                    except Exception as item_exc:
                        export_items_item = types.undecoded_item(export_items_item_data, "export_items", item_exc)
                    export_items.append(export_items_item)

        except Exception as exc:
            export_items = types.undecoded(src_dict, "export_items", "ExportCreateNormalRequestExportList", exc)

        export_create_normal_request_export_list = cls(
            note=note,
            supplier_products_id=supplier_products_id,
            tags=tags,
            status=status,
            type_=type_,
            shop_id=shop_id,
            warehouse_id=warehouse_id,
            images=images,
            change_inserted_at=change_inserted_at,
            inserted_at=inserted_at,
            export_items=export_items,
        )

        export_create_normal_request_export_list.additional_properties = d
        return export_create_normal_request_export_list

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


from ..models.export_create_normal_request_export_list_export_items_item import (
    ExportCreateNormalRequestExportListExportItemsItem,
)
