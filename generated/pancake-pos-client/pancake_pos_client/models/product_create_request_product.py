from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCreateRequestProduct")


@_attrs_define
class ProductCreateRequestProduct:
    """
    Attributes:
        name (str): Product name.
        weight (int): Product weight (unit not stated; grams assumed).
        note_product (str | Unset): Product note.
        custom_id (str | Unset): Shop's own product code.
        is_published (bool | Unset): Published on StoreCake.
        tags (list[int] | Unset): Product tag ids (e.g. [193, 51]).
        product_attributes (list[ProductAttribute] | Unset): Attributes and their values; each variation picks one value
            per attribute in `fields`.
        variations (list[ProductCreateRequestProductVariationsItem] | Unset): Variations (“Mẫu mã sản phẩm”) to create.
        variations_warehouses (list[VariationWarehouseInput] | Unset): Initial stock per warehouse (example placement,
            on the product; ledger PP-212).
    """

    name: str
    weight: int
    note_product: str | Unset = UNSET
    custom_id: str | Unset = UNSET
    is_published: bool | Unset = UNSET
    tags: list[int] | Unset = UNSET
    product_attributes: list[ProductAttribute] | Unset = UNSET
    variations: list[ProductCreateRequestProductVariationsItem] | Unset = UNSET
    variations_warehouses: list[VariationWarehouseInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            weight = self.weight
        except (AttributeError, TypeError):
            weight = cast(Any, self.weight)

        note_product = self.note_product

        custom_id = self.custom_id

        is_published = self.is_published

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        product_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_attributes, Unset):
            product_attributes = []
            for product_attributes_item_data in self.product_attributes:
                product_attributes_item = product_attributes_item_data.to_dict()
                product_attributes.append(product_attributes_item)

        variations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variations, Unset):
            variations = []
            for variations_item_data in self.variations:
                variations_item = variations_item_data.to_dict()
                variations.append(variations_item)

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
                "name": name,
                "weight": weight,
            }
        )
        if isinstance(name, Unset):
            del field_dict["name"]
        if isinstance(weight, Unset):
            del field_dict["weight"]
        if note_product is not UNSET:
            field_dict["note_product"] = note_product
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if tags is not UNSET:
            field_dict["tags"] = tags
        if product_attributes is not UNSET:
            field_dict["product_attributes"] = product_attributes
        if variations is not UNSET:
            field_dict["variations"] = variations
        if variations_warehouses is not UNSET:
            field_dict["variations_warehouses"] = variations_warehouses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "ProductCreateRequestProduct", exc)

        try:
            weight = d.pop("weight")
            if not isinstance(weight, int):
                raise types.Mistyped(f"expected int, got {type(weight).__name__}")
        except Exception as exc:
            weight = types.undecoded(src_dict, "weight", "ProductCreateRequestProduct", exc)

        try:
            note_product = d.pop("note_product", UNSET)
            if not isinstance(note_product, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note_product).__name__}")
        except Exception as exc:
            note_product = types.undecoded(src_dict, "note_product", "ProductCreateRequestProduct", exc)

        try:
            custom_id = d.pop("custom_id", UNSET)
            if not isinstance(custom_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(custom_id).__name__}")
        except Exception as exc:
            custom_id = types.undecoded(src_dict, "custom_id", "ProductCreateRequestProduct", exc)

        try:
            is_published = d.pop("is_published", UNSET)
            if not isinstance(is_published, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_published).__name__}")
        except Exception as exc:
            is_published = types.undecoded(src_dict, "is_published", "ProductCreateRequestProduct", exc)

        try:
            tags = cast(list[int], d.pop("tags", UNSET))

        except Exception as exc:
            tags = types.undecoded(src_dict, "tags", "ProductCreateRequestProduct", exc)

        try:
            _product_attributes = d.pop("product_attributes", UNSET)
            product_attributes: list[ProductAttribute] | Unset = UNSET
            if _product_attributes is not UNSET:
                if not isinstance(_product_attributes, list):
                    raise TypeError(f"expected an array, got {type(_product_attributes).__name__}")
                product_attributes = []
                for product_attributes_item_data in _product_attributes:
                    try:
                        product_attributes_item = ProductAttribute.from_dict(product_attributes_item_data)

                    except Exception as item_exc:
                        product_attributes_item = types.undecoded_item(
                            product_attributes_item_data, "product_attributes", item_exc
                        )
                    product_attributes.append(product_attributes_item)

        except Exception as exc:
            product_attributes = types.undecoded(src_dict, "product_attributes", "ProductCreateRequestProduct", exc)

        try:
            _variations = d.pop("variations", UNSET)
            variations: list[ProductCreateRequestProductVariationsItem] | Unset = UNSET
            if _variations is not UNSET:
                if not isinstance(_variations, list):
                    raise TypeError(f"expected an array, got {type(_variations).__name__}")
                variations = []
                for variations_item_data in _variations:
                    try:
                        variations_item = ProductCreateRequestProductVariationsItem.from_dict(variations_item_data)

                    except Exception as item_exc:
                        variations_item = types.undecoded_item(variations_item_data, "variations", item_exc)
                    variations.append(variations_item)

        except Exception as exc:
            variations = types.undecoded(src_dict, "variations", "ProductCreateRequestProduct", exc)

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
                src_dict, "variations_warehouses", "ProductCreateRequestProduct", exc
            )

        product_create_request_product = cls(
            name=name,
            weight=weight,
            note_product=note_product,
            custom_id=custom_id,
            is_published=is_published,
            tags=tags,
            product_attributes=product_attributes,
            variations=variations,
            variations_warehouses=variations_warehouses,
        )

        product_create_request_product.additional_properties = d
        return product_create_request_product

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


from ..models.product_attribute import ProductAttribute
from ..models.product_create_request_product_variations_item import (
    ProductCreateRequestProductVariationsItem,
)
from ..models.variation_warehouse_input import VariationWarehouseInput
