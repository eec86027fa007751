from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportItem")


@_attrs_define
class ExportItem:
    """A line of an export. `display_id` and `inserted_at` are not in the source's table; they are in the example.

    Attributes:
        id (str | Unset): Export line id (UUID).
        display_id (int | Unset): Line number.
        imported_price (int | Unset): Export price.
        inserted_at (int | str | Unset): Creation time (ISO-8601 local time without zone in the example).
        quantity (int | Unset): Quantity issued.
        variation_id (str | Unset): Variation id (UUID).
    """

    id: str | Unset = UNSET
    display_id: int | Unset = UNSET
    imported_price: int | Unset = UNSET
    inserted_at: int | str | Unset = UNSET
    quantity: int | Unset = UNSET
    variation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_id = self.display_id

        imported_price = self.imported_price

        inserted_at: int | str | Unset
        if isinstance(self.inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = self.inserted_at

        quantity = self.quantity

        variation_id = self.variation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if imported_price is not UNSET:
            field_dict["imported_price"] = imported_price
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
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
            id = types.undecoded(src_dict, "id", "ExportItem", exc)

        try:
            display_id = d.pop("display_id", UNSET)
            if not isinstance(display_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(display_id).__name__}")
        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "ExportItem", exc)

        try:
            imported_price = d.pop("imported_price", UNSET)
            if not isinstance(imported_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(imported_price).__name__}")
        except Exception as exc:
            imported_price = types.undecoded(src_dict, "imported_price", "ExportItem", exc)

        try:
            inserted_at: int | str | Unset = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(inserted_at).__name__}")

        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "ExportItem", exc)

        try:
            quantity = d.pop("quantity", UNSET)
            if not isinstance(quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "ExportItem", exc)

        try:
            variation_id = d.pop("variation_id", UNSET)
            if not isinstance(variation_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(variation_id).__name__}")
        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "ExportItem", exc)

        export_item = cls(
            id=id,
            display_id=display_id,
            imported_price=imported_price,
            inserted_at=inserted_at,
            quantity=quantity,
            variation_id=variation_id,
        )

        export_item.additional_properties = d
        return export_item

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
