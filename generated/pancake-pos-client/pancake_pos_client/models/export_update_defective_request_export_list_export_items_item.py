from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="ExportUpdateDefectiveRequestExportListExportItemsItem")


@_attrs_define
class ExportUpdateDefectiveRequestExportListExportItemsItem:
    """
    Attributes:
        id (str): Export line id (UUID).
        imported_price (int): Export price.
        quantity (int): Quantity issued.
        variation_id (str): Variation id (UUID).
    """

    id: str
    imported_price: int
    quantity: int
    variation_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        try:
            imported_price = self.imported_price
        except (AttributeError, TypeError):
            imported_price = cast(Any, self.imported_price)

        try:
            quantity = self.quantity
        except (AttributeError, TypeError):
            quantity = cast(Any, self.quantity)

        try:
            variation_id = self.variation_id
        except (AttributeError, TypeError):
            variation_id = cast(Any, self.variation_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "imported_price": imported_price,
                "quantity": quantity,
                "variation_id": variation_id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if isinstance(imported_price, Unset):
            del field_dict["imported_price"]
        if isinstance(quantity, Unset):
            del field_dict["quantity"]
        if isinstance(variation_id, Unset):
            del field_dict["variation_id"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "ExportUpdateDefectiveRequestExportListExportItemsItem", exc)

        try:
            imported_price = d.pop("imported_price")
            if not isinstance(imported_price, int):
                raise types.Mistyped(f"expected int, got {type(imported_price).__name__}")
        except Exception as exc:
            imported_price = types.undecoded(
                src_dict, "imported_price", "ExportUpdateDefectiveRequestExportListExportItemsItem", exc
            )

        try:
            quantity = d.pop("quantity")
            if not isinstance(quantity, int):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(
                src_dict, "quantity", "ExportUpdateDefectiveRequestExportListExportItemsItem", exc
            )

        try:
            variation_id = d.pop("variation_id")
            if not isinstance(variation_id, str):
                raise types.Mistyped(f"expected str, got {type(variation_id).__name__}")
        except Exception as exc:
            variation_id = types.undecoded(
                src_dict, "variation_id", "ExportUpdateDefectiveRequestExportListExportItemsItem", exc
            )

        export_update_defective_request_export_list_export_items_item = cls(
            id=id,
            imported_price=imported_price,
            quantity=quantity,
            variation_id=variation_id,
        )

        export_update_defective_request_export_list_export_items_item.additional_properties = d
        return export_update_defective_request_export_list_export_items_item

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
