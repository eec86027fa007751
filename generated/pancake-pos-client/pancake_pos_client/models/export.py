from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.export_status import ExportStatus, check_export_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Export")


@_attrs_define
class Export:
    """An export (goods issue, "phiếu xuất kho"), normal (`type` 0) or of defective goods (`type` 1). `id`, `type` and
    `user_id` are not in the source's table; they are in the example.

        Attributes:
            id (str): Export id (UUID); `export_id` of "Cập nhật phiếu xuất".
            display_id (int | Unset): Export number shown to users.
            export_items (list[ExportItem] | Unset): Products (variations) issued.
            images (list[str] | Unset): Image URLs of the export.
            inserted_at (int | str | Unset): Creation time. The table says unix timestamp; the example sends an ISO-8601
                local time without zone. Both are accepted.
            note (str | Unset): Note.
            status (ExportStatus | int | Unset): `ExportStatus` as the API answers it: one of the documented values, or any
                other integer. Open because a vendor state machine that can grow (ledger PP-431); a client must not fail on a
                value it does not know. Requests keep the closed `ExportStatus`.
            supplier_products_id (int | Unset): Supplier id.
            tags (list[int] | Unset): Tag ids.
            total (int | Unset): Total quantity.
            total_price (int | Unset): Total export price.
            type_ (int | Unset): Kind of export.
            updated_at (int | str | Unset): Last update time. The table says unix timestamp; the example sends an ISO-8601
                local time without zone. Both are accepted.
            user (CreatorSummary | Unset): Short profile of the staff member who created a record: `creator` of a
                transaction, `user` of a purchase or an export. The source's tables type it only as `json` ("Thông tin người
                tạo"); the fields below are those of its examples.
            user_id (str | Unset): Id (UUID) of the staff member who created the export.
            warehouse_id (str | Unset): Warehouse id (UUID).
    """

    id: str
    display_id: int | Unset = UNSET
    export_items: list[ExportItem] | Unset = UNSET
    images: list[str] | Unset = UNSET
    inserted_at: int | str | Unset = UNSET
    note: str | Unset = UNSET
    status: ExportStatus | int | Unset = UNSET
    supplier_products_id: int | Unset = UNSET
    tags: list[int] | Unset = UNSET
    total: int | Unset = UNSET
    total_price: int | Unset = UNSET
    type_: int | Unset = UNSET
    updated_at: int | str | Unset = UNSET
    user: CreatorSummary | Unset = UNSET
    user_id: str | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        display_id = self.display_id

        export_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.export_items, Unset):
            export_items = []
            for export_items_item_data in self.export_items:
                export_items_item = export_items_item_data.to_dict()
                export_items.append(export_items_item)

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        inserted_at: int | str | Unset
        if isinstance(self.inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = self.inserted_at

        note = self.note

        status: int | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        supplier_products_id = self.supplier_products_id

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        total = self.total

        total_price = self.total_price

        type_ = self.type_

        updated_at: int | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        user_id = self.user_id

        warehouse_id = self.warehouse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if export_items is not UNSET:
            field_dict["export_items"] = export_items
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
        if tags is not UNSET:
            field_dict["tags"] = tags
        if total is not UNSET:
            field_dict["total"] = total
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user is not UNSET:
            field_dict["user"] = user
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Export", exc)

        try:
            display_id = d.pop("display_id", UNSET)
            if not isinstance(display_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(display_id).__name__}")
        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "Export", exc)

        try:
            _export_items = d.pop("export_items", UNSET)
            export_items: list[ExportItem] | Unset = UNSET
            if _export_items is not UNSET:
                if not isinstance(_export_items, list):
                    raise TypeError(f"expected an array, got {type(_export_items).__name__}")
                export_items = []
                for export_items_item_data in _export_items:
                    try:
                        export_items_item = ExportItem.from_dict(export_items_item_data)

                    except Exception as item_exc:
                        export_items_item = types.undecoded_item(export_items_item_data, "export_items", item_exc)
                    export_items.append(export_items_item)

        except Exception as exc:
            export_items = types.undecoded(src_dict, "export_items", "Export", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "Export", exc)

        try:
            inserted_at: int | str | Unset = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(inserted_at).__name__}")

        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "Export", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "Export", exc)

        try:

            def _parse_status(data: object) -> ExportStatus | int | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_export_status_value_type_0 = check_export_status(data)

                    return componentsschemas_export_status_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, int):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(ExportStatus | int | Unset, data)

            status = _parse_status(d.pop("status", UNSET))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "Export", exc)

        try:
            supplier_products_id = d.pop("supplier_products_id", UNSET)
            if not isinstance(supplier_products_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(supplier_products_id).__name__}")
        except Exception as exc:
            supplier_products_id = types.undecoded(src_dict, "supplier_products_id", "Export", exc)

        try:
            tags = cast(list[int], d.pop("tags", UNSET))

        except Exception as exc:
            tags = types.undecoded(src_dict, "tags", "Export", exc)

        try:
            total = d.pop("total", UNSET)
            if not isinstance(total, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total).__name__}")
        except Exception as exc:
            total = types.undecoded(src_dict, "total", "Export", exc)

        try:
            total_price = d.pop("total_price", UNSET)
            if not isinstance(total_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_price).__name__}")
        except Exception as exc:
            total_price = types.undecoded(src_dict, "total_price", "Export", exc)

        try:
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(type_).__name__}")
        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "Export", exc)

        try:
            updated_at: int | str | Unset = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(updated_at).__name__}")

        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "Export", exc)

        try:
            _user = d.pop("user", UNSET)
            user: CreatorSummary | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = CreatorSummary.from_dict(_user)

        except Exception as exc:
            user = types.undecoded(src_dict, "user", "Export", exc)

        try:
            user_id = d.pop("user_id", UNSET)
            if not isinstance(user_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(user_id).__name__}")
        except Exception as exc:
            user_id = types.undecoded(src_dict, "user_id", "Export", exc)

        try:
            warehouse_id = d.pop("warehouse_id", UNSET)
            if not isinstance(warehouse_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "Export", exc)

        export = cls(
            id=id,
            display_id=display_id,
            export_items=export_items,
            images=images,
            inserted_at=inserted_at,
            note=note,
            status=status,
            supplier_products_id=supplier_products_id,
            tags=tags,
            total=total,
            total_price=total_price,
            type_=type_,
            updated_at=updated_at,
            user=user,
            user_id=user_id,
            warehouse_id=warehouse_id,
        )

        export.additional_properties = d
        return export

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


from ..models.creator_summary import CreatorSummary
from ..models.export_item import ExportItem
