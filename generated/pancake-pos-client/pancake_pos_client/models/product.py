from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """A product (“Sản phẩm”). The source has no product read operation: the fields below are the `product.*` rows of “Danh
    sách sản phẩm” (where the product is embedded in each variation) plus the product fields of the create/update
    bodies. The create/update responses are not documented and are assumed to return this object (ledger PP-201).

        Attributes:
            id (UUID | Unset): Product id (the variation's `product_id`). Not shown in the embedded example; assumed to be
                present in the create/update responses (ledger PP-201).
            name (str | Unset): Product name.
            display_id (None | str | Unset): Display code of the product.
            custom_id (None | str | Unset): Shop's own product code (create/update body field).
            note_product (None | str | Unset): Product note.
            image (None | str | Unset): Main image URL.
            is_published (bool | Unset): Published on StoreCake.
            weight (int | Unset): Product weight (create/update body field; unit not stated, grams assumed).
            categories (list[Category | int] | Unset): Product categories (empty in the example). Items are taken to be
                categories as listed by `GET /shops/{shop_id}/categories`, or their ids (ledger PP-204).
            tags (list[ProductTagsItem] | Unset): Product tags. Responses show objects `{id, note}`; the create/update
                bodies send bare tag ids.
            product_attributes (list[ProductAttribute] | Unset): Attributes and their values (create/update body field).
            variations (list[Variation] | Unset): Variations of the product, assumed to be returned by create/update (ledger
                PP-201). Their embedded `product` is normally omitted here.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    display_id: None | str | Unset = UNSET
    custom_id: None | str | Unset = UNSET
    note_product: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    is_published: bool | Unset = UNSET
    weight: int | Unset = UNSET
    categories: list[Category | int] | Unset = UNSET
    tags: list[ProductTagsItem] | Unset = UNSET
    product_attributes: list[ProductAttribute] | Unset = UNSET
    variations: list[Variation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        display_id: None | str | Unset
        if isinstance(self.display_id, Unset):
            display_id = UNSET
        else:
            display_id = self.display_id

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        note_product: None | str | Unset
        if isinstance(self.note_product, Unset):
            note_product = UNSET
        else:
            note_product = self.note_product

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        is_published = self.is_published

        weight = self.weight

        categories: list[dict[str, Any] | int] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item: dict[str, Any] | int
                if isinstance(categories_item_data, Category):
                    categories_item = categories_item_data.to_dict()
                else:
                    categories_item = categories_item_data
                categories.append(categories_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if note_product is not UNSET:
            field_dict["note_product"] = note_product
        if image is not UNSET:
            field_dict["image"] = image
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if weight is not UNSET:
            field_dict["weight"] = weight
        if categories is not UNSET:
            field_dict["categories"] = categories
        if tags is not UNSET:
            field_dict["tags"] = tags
        if product_attributes is not UNSET:
            field_dict["product_attributes"] = product_attributes
        if variations is not UNSET:
            field_dict["variations"] = variations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _id = d.pop("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = types.parse_uuid(_id)

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Product", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "Product", exc)

        try:
            display_id: None | str | Unset = d.pop("display_id", UNSET)
            if not isinstance(display_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(display_id).__name__}")

        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "Product", exc)

        try:
            custom_id: None | str | Unset = d.pop("custom_id", UNSET)
            if not isinstance(custom_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(custom_id).__name__}")

        except Exception as exc:
            custom_id = types.undecoded(src_dict, "custom_id", "Product", exc)

        try:
            note_product: None | str | Unset = d.pop("note_product", UNSET)
            if not isinstance(note_product, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(note_product).__name__}")

        except Exception as exc:
            note_product = types.undecoded(src_dict, "note_product", "Product", exc)

        try:
            image: None | str | Unset = d.pop("image", UNSET)
            if not isinstance(image, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(image).__name__}")

        except Exception as exc:
            image = types.undecoded(src_dict, "image", "Product", exc)

        try:
            is_published = d.pop("is_published", UNSET)
            if not isinstance(is_published, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_published).__name__}")
        except Exception as exc:
            is_published = types.undecoded(src_dict, "is_published", "Product", exc)

        try:
            weight = d.pop("weight", UNSET)
            if not isinstance(weight, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(weight).__name__}")
        except Exception as exc:
            weight = types.undecoded(src_dict, "weight", "Product", exc)

        try:
            _categories = d.pop("categories", UNSET)
            categories: list[Category | int] | Unset = UNSET
            if _categories is not UNSET:
                if not isinstance(_categories, list):
                    raise TypeError(f"expected an array, got {type(_categories).__name__}")
                categories = []
                for categories_item_data in _categories:
                    try:

                        def _parse_categories_item(data: object) -> Category | int:
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                categories_item_type_1 = Category.from_dict(data)

                                return categories_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if types.is_strict() and not isinstance(data, int):
                                raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                            return cast(Category | int, data)

                        categories_item = _parse_categories_item(categories_item_data)

                    except Exception as item_exc:
                        categories_item = types.undecoded_item(categories_item_data, "categories", item_exc)
                    categories.append(categories_item)

        except Exception as exc:
            categories = types.undecoded(src_dict, "categories", "Product", exc)

        try:
            _tags = d.pop("tags", UNSET)
            tags: list[ProductTagsItem] | Unset = UNSET
            if _tags is not UNSET:
                if not isinstance(_tags, list):
                    raise TypeError(f"expected an array, got {type(_tags).__name__}")
                tags = []
                for tags_item_data in _tags:
                    try:
                        tags_item = ProductTagsItem.from_dict(tags_item_data)

                    except Exception as item_exc:
                        tags_item = types.undecoded_item(tags_item_data, "tags", item_exc)
                    tags.append(tags_item)

        except Exception as exc:
            tags = types.undecoded(src_dict, "tags", "Product", exc)

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
            product_attributes = types.undecoded(src_dict, "product_attributes", "Product", exc)

        try:
            _variations = d.pop("variations", UNSET)
            variations: list[Variation] | Unset = UNSET
            if _variations is not UNSET:
                if not isinstance(_variations, list):
                    raise TypeError(f"expected an array, got {type(_variations).__name__}")
                variations = []
                for variations_item_data in _variations:
                    try:
                        variations_item = Variation.from_dict(variations_item_data)

                    except Exception as item_exc:
                        variations_item = types.undecoded_item(variations_item_data, "variations", item_exc)
                    variations.append(variations_item)

        except Exception as exc:
            variations = types.undecoded(src_dict, "variations", "Product", exc)

        product = cls(
            id=id,
            name=name,
            display_id=display_id,
            custom_id=custom_id,
            note_product=note_product,
            image=image,
            is_published=is_published,
            weight=weight,
            categories=categories,
            tags=tags,
            product_attributes=product_attributes,
            variations=variations,
        )

        product.additional_properties = d
        return product

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


from ..models.category import Category
from ..models.product_attribute import ProductAttribute
from ..models.product_tags_item import ProductTagsItem
from ..models.variation import Variation
