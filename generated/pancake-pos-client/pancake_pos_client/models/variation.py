from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Variation")


@_attrs_define
class Variation:
    """A product variation (“Mẫu mã”) with its product and its stock per warehouse, as listed by `GET
    /shops/{shop_id}/products/variations` (“Danh sách sản phẩm”). Stock lives in `variations_warehouses` (one entry per
    warehouse: `warehouse_id`, `remain_quantity` available to sell, `actual_remain_quantity` physical stock, …);
    `remain_quantity` at the top is the variation's quantity left to sell (in the example it equals the one warehouse's
    `remain_quantity`). The quantity-update operations change these numbers.

        Attributes:
            id (UUID): Variation id.
            product_id (UUID | Unset): Product id.
            display_id (None | str | Unset): Display code of the variation/product.
            barcode (None | str | Unset): Barcode (null in the example).
            custom_id (None | str | Unset): Shop's own variation code, as the product create/update bodies send it (assumed
                in answers).
            note_product (str | Unset): Product note. The table lists it at this level; the example has it inside `product`
                (ledger PP-215); both places are accepted.
            is_hidden (bool | Unset): StoreCake visibility: true hidden, false shown.
            is_locked (bool | Unset): Variation is locked (inactive; cf. the `product_status` filter `locked`). The table's
                label “Ghi chú sản phẩm” (product note) is a copy error (ledger PP-215).
            is_sell_negative_variation (bool | Unset): Selling below zero stock is allowed.
            fields (list[VariationFieldsItem] | Unset): Attribute values of the variation.
            images (list[str] | Unset): Image URLs.
            retail_price (int | Unset): Retail price of the variation.
            last_imported_price (int | Unset): Last purchase (import) price.
            wholesale_price (list[Any] | Unset): Wholesale price tiers (empty in the example; item shape not documented,
                ledger PP-204).
            weight (int | Unset): Weight, as the product create/update bodies send it (assumed in answers; unit not stated).
            remain_quantity (int | Unset): Quantity of the variation left to sell.
            total_purchase_price (int | Unset): Total purchase value of the remaining stock (“Tổng tiền còn lại”).
            variations_warehouses (list[VariationWarehouse] | Unset): Stock per warehouse.
            product (Product | Unset): A product (“Sản phẩm”). The source has no product read operation: the fields below
                are the `product.*` rows of “Danh sách sản phẩm” (where the product is embedded in each variation) plus the
                product fields of the create/update bodies. The create/update responses are not documented and are assumed to
                return this object (ledger PP-201).
    """

    id: UUID
    product_id: UUID | Unset = UNSET
    display_id: None | str | Unset = UNSET
    barcode: None | str | Unset = UNSET
    custom_id: None | str | Unset = UNSET
    note_product: str | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    is_locked: bool | Unset = UNSET
    is_sell_negative_variation: bool | Unset = UNSET
    fields: list[VariationFieldsItem] | Unset = UNSET
    images: list[str] | Unset = UNSET
    retail_price: int | Unset = UNSET
    last_imported_price: int | Unset = UNSET
    wholesale_price: list[Any] | Unset = UNSET
    weight: int | Unset = UNSET
    remain_quantity: int | Unset = UNSET
    total_purchase_price: int | Unset = UNSET
    variations_warehouses: list[VariationWarehouse] | Unset = UNSET
    product: Product | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = str(self.id)
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

        display_id: None | str | Unset
        if isinstance(self.display_id, Unset):
            display_id = UNSET
        else:
            display_id = self.display_id

        barcode: None | str | Unset
        if isinstance(self.barcode, Unset):
            barcode = UNSET
        else:
            barcode = self.barcode

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        note_product = self.note_product

        is_hidden = self.is_hidden

        is_locked = self.is_locked

        is_sell_negative_variation = self.is_sell_negative_variation

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        retail_price = self.retail_price

        last_imported_price = self.last_imported_price

        wholesale_price: list[Any] | Unset = UNSET
        if not isinstance(self.wholesale_price, Unset):
            wholesale_price = self.wholesale_price

        weight = self.weight

        remain_quantity = self.remain_quantity

        total_purchase_price = self.total_purchase_price

        variations_warehouses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variations_warehouses, Unset):
            variations_warehouses = []
            for variations_warehouses_item_data in self.variations_warehouses:
                variations_warehouses_item = variations_warehouses_item_data.to_dict()
                variations_warehouses.append(variations_warehouses_item)

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if note_product is not UNSET:
            field_dict["note_product"] = note_product
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if is_locked is not UNSET:
            field_dict["is_locked"] = is_locked
        if is_sell_negative_variation is not UNSET:
            field_dict["is_sell_negative_variation"] = is_sell_negative_variation
        if fields is not UNSET:
            field_dict["fields"] = fields
        if images is not UNSET:
            field_dict["images"] = images
        if retail_price is not UNSET:
            field_dict["retail_price"] = retail_price
        if last_imported_price is not UNSET:
            field_dict["last_imported_price"] = last_imported_price
        if wholesale_price is not UNSET:
            field_dict["wholesale_price"] = wholesale_price
        if weight is not UNSET:
            field_dict["weight"] = weight
        if remain_quantity is not UNSET:
            field_dict["remain_quantity"] = remain_quantity
        if total_purchase_price is not UNSET:
            field_dict["total_purchase_price"] = total_purchase_price
        if variations_warehouses is not UNSET:
            field_dict["variations_warehouses"] = variations_warehouses
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = types.parse_uuid(d.pop("id"))

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Variation", exc)

        try:
            _product_id = d.pop("product_id", UNSET)
            product_id: UUID | Unset
            if isinstance(_product_id, Unset):
                product_id = UNSET
            else:
                product_id = types.parse_uuid(_product_id)

        except Exception as exc:
            product_id = types.undecoded(src_dict, "product_id", "Variation", exc)

        try:
            display_id: None | str | Unset = d.pop("display_id", UNSET)
            if not isinstance(display_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(display_id).__name__}")

        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "Variation", exc)

        try:
            barcode: None | str | Unset = d.pop("barcode", UNSET)
            if not isinstance(barcode, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(barcode).__name__}")

        except Exception as exc:
            barcode = types.undecoded(src_dict, "barcode", "Variation", exc)

        try:
            custom_id: None | str | Unset = d.pop("custom_id", UNSET)
            if not isinstance(custom_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(custom_id).__name__}")

        except Exception as exc:
            custom_id = types.undecoded(src_dict, "custom_id", "Variation", exc)

        try:
            note_product = d.pop("note_product", UNSET)
            if not isinstance(note_product, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note_product).__name__}")
        except Exception as exc:
            note_product = types.undecoded(src_dict, "note_product", "Variation", exc)

        try:
            is_hidden = d.pop("is_hidden", UNSET)
            if not isinstance(is_hidden, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_hidden).__name__}")
        except Exception as exc:
            is_hidden = types.undecoded(src_dict, "is_hidden", "Variation", exc)

        try:
            is_locked = d.pop("is_locked", UNSET)
            if not isinstance(is_locked, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_locked).__name__}")
        except Exception as exc:
            is_locked = types.undecoded(src_dict, "is_locked", "Variation", exc)

        try:
            is_sell_negative_variation = d.pop("is_sell_negative_variation", UNSET)
            if not isinstance(is_sell_negative_variation, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_sell_negative_variation).__name__}")
        except Exception as exc:
            is_sell_negative_variation = types.undecoded(src_dict, "is_sell_negative_variation", "Variation", exc)

        try:
            _fields = d.pop("fields", UNSET)
            fields: list[VariationFieldsItem] | Unset = UNSET
            if _fields is not UNSET:
                if not isinstance(_fields, list):
                    raise TypeError(f"expected an array, got {type(_fields).__name__}")
                fields = []
                for fields_item_data in _fields:
                    try:
                        fields_item = VariationFieldsItem.from_dict(fields_item_data)

                    except Exception as item_exc:
                        fields_item = types.undecoded_item(fields_item_data, "fields", item_exc)
                    fields.append(fields_item)

        except Exception as exc:
            fields = types.undecoded(src_dict, "fields", "Variation", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "Variation", exc)

        try:
            retail_price = d.pop("retail_price", UNSET)
            if not isinstance(retail_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(retail_price).__name__}")
        except Exception as exc:
            retail_price = types.undecoded(src_dict, "retail_price", "Variation", exc)

        try:
            last_imported_price = d.pop("last_imported_price", UNSET)
            if not isinstance(last_imported_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(last_imported_price).__name__}")
        except Exception as exc:
            last_imported_price = types.undecoded(src_dict, "last_imported_price", "Variation", exc)

        try:
            wholesale_price: list[Any] = d.pop("wholesale_price", UNSET)

        except Exception as exc:
            wholesale_price = types.undecoded(src_dict, "wholesale_price", "Variation", exc)

        try:
            weight = d.pop("weight", UNSET)
            if not isinstance(weight, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(weight).__name__}")
        except Exception as exc:
            weight = types.undecoded(src_dict, "weight", "Variation", exc)

        try:
            remain_quantity = d.pop("remain_quantity", UNSET)
            if not isinstance(remain_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(remain_quantity).__name__}")
        except Exception as exc:
            remain_quantity = types.undecoded(src_dict, "remain_quantity", "Variation", exc)

        try:
            total_purchase_price = d.pop("total_purchase_price", UNSET)
            if not isinstance(total_purchase_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_purchase_price).__name__}")
        except Exception as exc:
            total_purchase_price = types.undecoded(src_dict, "total_purchase_price", "Variation", exc)

        try:
            _variations_warehouses = d.pop("variations_warehouses", UNSET)
            variations_warehouses: list[VariationWarehouse] | Unset = UNSET
            if _variations_warehouses is not UNSET:
                if not isinstance(_variations_warehouses, list):
                    raise TypeError(f"expected an array, got {type(_variations_warehouses).__name__}")
                variations_warehouses = []
                for variations_warehouses_item_data in _variations_warehouses:
                    try:
                        variations_warehouses_item = VariationWarehouse.from_dict(variations_warehouses_item_data)

                    except Exception as item_exc:
                        variations_warehouses_item = types.undecoded_item(
                            variations_warehouses_item_data, "variations_warehouses", item_exc
                        )
                    variations_warehouses.append(variations_warehouses_item)

        except Exception as exc:
            variations_warehouses = types.undecoded(src_dict, "variations_warehouses", "Variation", exc)

        try:
            _product = d.pop("product", UNSET)
            product: Product | Unset
            if isinstance(_product, Unset):
                product = UNSET
            else:
                product = Product.from_dict(_product)

        except Exception as exc:
            product = types.undecoded(src_dict, "product", "Variation", exc)

        variation = cls(
            id=id,
            product_id=product_id,
            display_id=display_id,
            barcode=barcode,
            custom_id=custom_id,
            note_product=note_product,
            is_hidden=is_hidden,
            is_locked=is_locked,
            is_sell_negative_variation=is_sell_negative_variation,
            fields=fields,
            images=images,
            retail_price=retail_price,
            last_imported_price=last_imported_price,
            wholesale_price=wholesale_price,
            weight=weight,
            remain_quantity=remain_quantity,
            total_purchase_price=total_purchase_price,
            variations_warehouses=variations_warehouses,
            product=product,
        )

        variation.additional_properties = d
        return variation

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


from ..models.product import Product
from ..models.variation_fields_item import VariationFieldsItem
from ..models.variation_warehouse import VariationWarehouse
