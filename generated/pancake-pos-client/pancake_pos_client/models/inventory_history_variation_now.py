from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryHistoryVariationNow")


@_attrs_define
class InventoryHistoryVariationNow:
    """The variation as it is now.

    Attributes:
        barcode (None | str | Unset): Barcode; null in the example.
        display_id (str | Unset): Variation code.
        fields (list[InventoryHistoryVariationNowFieldsItem] | Unset): Attributes of the variation.
        id (str | Unset): Variation id (UUID).
        images (list[str] | Unset): Image URLs.
        is_hidden (bool | Unset): Hidden variation.
        is_locked (bool | Unset): Locked variation.
        is_sell_negative_variation (bool | Unset): May be sold with negative stock.
        last_imported_price (int | Unset): Last purchase price.
        product_id (str | Unset): Product id (UUID).
        retail_price (int | Unset): Retail price.
        weight (int | Unset): Weight.
    """

    barcode: None | str | Unset = UNSET
    display_id: str | Unset = UNSET
    fields: list[InventoryHistoryVariationNowFieldsItem] | Unset = UNSET
    id: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    is_locked: bool | Unset = UNSET
    is_sell_negative_variation: bool | Unset = UNSET
    last_imported_price: int | Unset = UNSET
    product_id: str | Unset = UNSET
    retail_price: int | Unset = UNSET
    weight: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        barcode: None | str | Unset
        if isinstance(self.barcode, Unset):
            barcode = UNSET
        else:
            barcode = self.barcode

        display_id = self.display_id

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        id = self.id

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        is_hidden = self.is_hidden

        is_locked = self.is_locked

        is_sell_negative_variation = self.is_sell_negative_variation

        last_imported_price = self.last_imported_price

        product_id = self.product_id

        retail_price = self.retail_price

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if fields is not UNSET:
            field_dict["fields"] = fields
        if id is not UNSET:
            field_dict["id"] = id
        if images is not UNSET:
            field_dict["images"] = images
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if is_locked is not UNSET:
            field_dict["is_locked"] = is_locked
        if is_sell_negative_variation is not UNSET:
            field_dict["is_sell_negative_variation"] = is_sell_negative_variation
        if last_imported_price is not UNSET:
            field_dict["last_imported_price"] = last_imported_price
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if retail_price is not UNSET:
            field_dict["retail_price"] = retail_price
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            barcode: None | str | Unset = d.pop("barcode", UNSET)
            if not isinstance(barcode, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(barcode).__name__}")

        except Exception as exc:
            barcode = types.undecoded(src_dict, "barcode", "InventoryHistoryVariationNow", exc)

        try:
            display_id = d.pop("display_id", UNSET)
            if not isinstance(display_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(display_id).__name__}")
        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "InventoryHistoryVariationNow", exc)

        try:
            _fields = d.pop("fields", UNSET)
            fields: list[InventoryHistoryVariationNowFieldsItem] | Unset = UNSET
            if _fields is not UNSET:
                if not isinstance(_fields, list):
                    raise TypeError(f"expected an array, got {type(_fields).__name__}")
                fields = []
                for fields_item_data in _fields:
                    try:
                        fields_item = InventoryHistoryVariationNowFieldsItem.from_dict(fields_item_data)

                    except Exception as item_exc:
                        fields_item = types.undecoded_item(fields_item_data, "fields", item_exc)
                    fields.append(fields_item)

        except Exception as exc:
            fields = types.undecoded(src_dict, "fields", "InventoryHistoryVariationNow", exc)

        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "InventoryHistoryVariationNow", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "InventoryHistoryVariationNow", exc)

        try:
            is_hidden = d.pop("is_hidden", UNSET)
            if not isinstance(is_hidden, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_hidden).__name__}")
        except Exception as exc:
            is_hidden = types.undecoded(src_dict, "is_hidden", "InventoryHistoryVariationNow", exc)

        try:
            is_locked = d.pop("is_locked", UNSET)
            if not isinstance(is_locked, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_locked).__name__}")
        except Exception as exc:
            is_locked = types.undecoded(src_dict, "is_locked", "InventoryHistoryVariationNow", exc)

        try:
            is_sell_negative_variation = d.pop("is_sell_negative_variation", UNSET)
            if not isinstance(is_sell_negative_variation, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_sell_negative_variation).__name__}")
        except Exception as exc:
            is_sell_negative_variation = types.undecoded(
                src_dict, "is_sell_negative_variation", "InventoryHistoryVariationNow", exc
            )

        try:
            last_imported_price = d.pop("last_imported_price", UNSET)
            if not isinstance(last_imported_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(last_imported_price).__name__}")
        except Exception as exc:
            last_imported_price = types.undecoded(src_dict, "last_imported_price", "InventoryHistoryVariationNow", exc)

        try:
            product_id = d.pop("product_id", UNSET)
            if not isinstance(product_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(product_id).__name__}")
        except Exception as exc:
            product_id = types.undecoded(src_dict, "product_id", "InventoryHistoryVariationNow", exc)

        try:
            retail_price = d.pop("retail_price", UNSET)
            if not isinstance(retail_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(retail_price).__name__}")
        except Exception as exc:
            retail_price = types.undecoded(src_dict, "retail_price", "InventoryHistoryVariationNow", exc)

        try:
            weight = d.pop("weight", UNSET)
            if not isinstance(weight, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(weight).__name__}")
        except Exception as exc:
            weight = types.undecoded(src_dict, "weight", "InventoryHistoryVariationNow", exc)

        inventory_history_variation_now = cls(
            barcode=barcode,
            display_id=display_id,
            fields=fields,
            id=id,
            images=images,
            is_hidden=is_hidden,
            is_locked=is_locked,
            is_sell_negative_variation=is_sell_negative_variation,
            last_imported_price=last_imported_price,
            product_id=product_id,
            retail_price=retail_price,
            weight=weight,
        )

        inventory_history_variation_now.additional_properties = d
        return inventory_history_variation_now

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


from ..models.inventory_history_variation_now_fields_item import (
    InventoryHistoryVariationNowFieldsItem,
)
