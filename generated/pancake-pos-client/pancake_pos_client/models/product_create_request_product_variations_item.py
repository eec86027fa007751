from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCreateRequestProductVariationsItem")


@_attrs_define
class ProductCreateRequestProductVariationsItem:
    """
    Attributes:
        retail_price (int): Retail price.
        weight (int): Variation weight (unit not stated; grams assumed).
        last_imported_price (int | Unset): Purchase (import) price.
        barcode (str | Unset): Barcode.
        custom_id (str | Unset): Shop's own variation code.
        is_hidden (bool | str | Unset): StoreCake visibility: true hides, false shows. The create table says string, the
            update table and the example boolean (ledger PP-213).
        images (list[str] | Unset): Image URLs.
        fields (list[VariationFieldInput] | Unset): Attribute values of this variation, e.g. `[{name: "Màu", value:
            "Trắng"}]`.
        variations_warehouses (list[VariationWarehouseInput] | Unset): Initial stock per warehouse (table placement).
    """

    retail_price: int
    weight: int
    last_imported_price: int | Unset = UNSET
    barcode: str | Unset = UNSET
    custom_id: str | Unset = UNSET
    is_hidden: bool | str | Unset = UNSET
    images: list[str] | Unset = UNSET
    fields: list[VariationFieldInput] | Unset = UNSET
    variations_warehouses: list[VariationWarehouseInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            retail_price = self.retail_price
        except (AttributeError, TypeError):
            retail_price = cast(Any, self.retail_price)

        try:
            weight = self.weight
        except (AttributeError, TypeError):
            weight = cast(Any, self.weight)

        last_imported_price = self.last_imported_price

        barcode = self.barcode

        custom_id = self.custom_id

        is_hidden: bool | str | Unset
        if isinstance(self.is_hidden, Unset):
            is_hidden = UNSET
        else:
            is_hidden = self.is_hidden

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        variations_warehouses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variations_warehouses, Unset):
            variations_warehouses = []
            for variations_warehouses_item_data in self.variations_warehouses:
                variations_warehouses_item = variations_warehouses_item_data.to_dict()
                variations_warehouses.append(variations_warehouses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retail_price": retail_price,
                "weight": weight,
            }
        )
        if isinstance(retail_price, Unset):
            del field_dict["retail_price"]
        if isinstance(weight, Unset):
            del field_dict["weight"]
        if last_imported_price is not UNSET:
            field_dict["last_imported_price"] = last_imported_price
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if images is not UNSET:
            field_dict["images"] = images
        if fields is not UNSET:
            field_dict["fields"] = fields
        if variations_warehouses is not UNSET:
            field_dict["variations_warehouses"] = variations_warehouses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            retail_price = d.pop("retail_price")
            if not isinstance(retail_price, int):
                raise types.Mistyped(f"expected int, got {type(retail_price).__name__}")
        except Exception as exc:
            retail_price = types.undecoded(src_dict, "retail_price", "ProductCreateRequestProductVariationsItem", exc)

        try:
            weight = d.pop("weight")
            if not isinstance(weight, int):
                raise types.Mistyped(f"expected int, got {type(weight).__name__}")
        except Exception as exc:
            weight = types.undecoded(src_dict, "weight", "ProductCreateRequestProductVariationsItem", exc)

        try:
            last_imported_price = d.pop("last_imported_price", UNSET)
            if not isinstance(last_imported_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(last_imported_price).__name__}")
        except Exception as exc:
            last_imported_price = types.undecoded(
                src_dict, "last_imported_price", "ProductCreateRequestProductVariationsItem", exc
            )

        try:
            barcode = d.pop("barcode", UNSET)
            if not isinstance(barcode, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(barcode).__name__}")
        except Exception as exc:
            barcode = types.undecoded(src_dict, "barcode", "ProductCreateRequestProductVariationsItem", exc)

        try:
            custom_id = d.pop("custom_id", UNSET)
            if not isinstance(custom_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(custom_id).__name__}")
        except Exception as exc:
            custom_id = types.undecoded(src_dict, "custom_id", "ProductCreateRequestProductVariationsItem", exc)

        try:
            is_hidden: bool | str | Unset = d.pop("is_hidden", UNSET)
            if not isinstance(is_hidden, (bool, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(is_hidden).__name__}")

        except Exception as exc:
            is_hidden = types.undecoded(src_dict, "is_hidden", "ProductCreateRequestProductVariationsItem", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "ProductCreateRequestProductVariationsItem", exc)

        try:
            _fields = d.pop("fields", UNSET)
            fields: list[VariationFieldInput] | Unset = UNSET
            if _fields is not UNSET:
                if not isinstance(_fields, list):
                    raise TypeError(f"expected an array, got {type(_fields).__name__}")
                fields = []
                for fields_item_data in _fields:
                    try:
                        fields_item = VariationFieldInput.from_dict(fields_item_data)

                    except Exception as item_exc:
                        fields_item = types.undecoded_item(fields_item_data, "fields", item_exc)
                    fields.append(fields_item)

        except Exception as exc:
            fields = types.undecoded(src_dict, "fields", "ProductCreateRequestProductVariationsItem", exc)

        try:
            _variations_warehouses = d.pop("variations_warehouses", UNSET)
            variations_warehouses: list[VariationWarehouseInput] | Unset = UNSET
            if _variations_warehouses is not UNSET:
                if not isinstance(_variations_warehouses, list):
                    raise TypeError(f"expected an array, got {type(_variations_warehouses).__name__}")
                variations_warehouses = []
                for variations_warehouses_item_data in _variations_warehouses:
                    try:
                        variations_warehouses_item = VariationWarehouseInput.from_dict(variations_warehouses_item_data)

                    except Exception as item_exc:
                        variations_warehouses_item = types.undecoded_item(
                            variations_warehouses_item_data, "variations_warehouses", item_exc
                        )
                    variations_warehouses.append(variations_warehouses_item)

        except Exception as exc:
            variations_warehouses = types.undecoded(
                src_dict, "variations_warehouses", "ProductCreateRequestProductVariationsItem", exc
            )

        product_create_request_product_variations_item = cls(
            retail_price=retail_price,
            weight=weight,
            last_imported_price=last_imported_price,
            barcode=barcode,
            custom_id=custom_id,
            is_hidden=is_hidden,
            images=images,
            fields=fields,
            variations_warehouses=variations_warehouses,
        )

        product_create_request_product_variations_item.additional_properties = d
        return product_create_request_product_variations_item

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


from ..models.variation_field_input import VariationFieldInput
from ..models.variation_warehouse_input import VariationWarehouseInput
