from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportCreateNormalRequestExportListExportItemsItem")


@_attrs_define
class ExportCreateNormalRequestExportListExportItemsItem:
    """
    Attributes:
        id (str | Unset): Export line id (UUID).
        imported_price (int | Unset): Export price.
        quantity (int | Unset): Quantity issued.
        variation_id (str | Unset): Variation id (UUID).
    """

    id: str | Unset = UNSET
    imported_price: int | Unset = UNSET
    quantity: int | Unset = UNSET
    variation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        imported_price = self.imported_price

        quantity = self.quantity

        variation_id = self.variation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if imported_price is not UNSET:
            field_dict["imported_price"] = imported_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "ExportCreateNormalRequestExportListExportItemsItem", exc)

        try:
            imported_price = d.pop("imported_price", UNSET)
            if not isinstance(imported_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(imported_price).__name__}")
        except Exception as exc:
            imported_price = types.undecoded(
                src_dict, "imported_price", "ExportCreateNormalRequestExportListExportItemsItem", exc
            )

        try:
            quantity = d.pop("quantity", UNSET)
            if not isinstance(quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "ExportCreateNormalRequestExportListExportItemsItem", exc)

        try:
            variation_id = d.pop("variation_id", UNSET)
            if not isinstance(variation_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(variation_id).__name__}")
        except Exception as exc:
            variation_id = types.undecoded(
                src_dict, "variation_id", "ExportCreateNormalRequestExportListExportItemsItem", exc
            )

        export_create_normal_request_export_list_export_items_item = cls(
            id=id,
            imported_price=imported_price,
            quantity=quantity,
            variation_id=variation_id,
        )

        export_create_normal_request_export_list_export_items_item.additional_properties = d
        return export_create_normal_request_export_list_export_items_item

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
