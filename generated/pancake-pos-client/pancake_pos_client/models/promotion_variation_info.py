from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionVariationInfo")


@_attrs_define
class PromotionVariationInfo:
    """Variation (mẫu mã) details embedded in promotion and combo product entries. The source has no table for it;
    documented from the examples.

        Attributes:
            bonus_products (list[PromotionBonusProduct] | Unset): Bonus products given with this variation.
            brand_id (str | Unset): Brand id (uuid).
            categories (list[PromotionVariationInfoCategoriesItem] | Unset): Categories of the product.
            category_ids (list[int] | Unset): Category ids.
            creator_id (str | Unset): Creator user id (uuid).
            custom_id (str | Unset): Custom product code.
            description (Any | Unset): Product description. Type not documented; the source only shows null.
            display_id (int | Unset): Display id.
            display_id_original (Any | Unset): Original display id. Type not documented; the source only shows null.
            fields (list[PromotionVariationInfoFieldsItem] | Unset): Attribute values of this variation.
            id (int | str | Unset): Variation code: integer `1` in the promotion example, string `"XXL-yellow"` in the combo
                example.
            ignore_awarded_point (Any | Unset): Whether reward points are not awarded. Type not documented; the source only
                shows null.
            inserted_at (str | Unset): Creation time. Vendor datetime string without time zone, e.g. `2021-10-13T02:22:04`.
            is_sell_negative (Any | Unset): Whether negative stock is allowed. Type not documented; the source only shows
                null.
            keyword (Any | Unset): Search keyword. Type not documented; the source only shows null.
            limit_quantity_to_warn (int | Unset): Stock level that triggers a warning (meaning assumed from the name; the
                document does not describe it).
            manipulation_warehouses (list[Any] | Unset): Warehouses the variation is handled in. Item structure not
                documented (the source only shows empty arrays).
            name (str | Unset): Product name.
            note (str | Unset): Note.
            note_product (str | Unset): Product note.
            offline_id (Any | Unset): Offline id. Type not documented; the source only shows null.
            product_attributes (list[PromotionVariationInfoProductAttributesItem] | Unset): Attributes of the product.
            product_id (str | Unset): Product code.
            product_links (list[str] | Unset): Product links (URLs) (meaning assumed from the name; the document does not
                describe it).
            removed (bool | Unset): Whether the variation is removed (meaning assumed from the name; the document does not
                describe it).
            retail_price (int | Unset): Retail price.
            shop_id (int | Unset): Shop id.
            shop_warranty_policy_id (Any | Unset): Warranty policy id. Type not documented; the source only shows null.
            supplier_product_ids (list[int] | Unset): Supplier product ids.
            tags (list[PromotionVariationInfoTagsItem] | Unset): Product tags.
            third_parties (Any | Unset): Third-party data. Type not documented; the source only shows null.
            type_ (str | Unset): Product type, e.g. `product`.
            updated_at (str | Unset): Last update time. Vendor datetime string without time zone, e.g.
                `2021-10-13T02:22:04`.
            warning_by_variation (Any | Unset): Per-variation warning setting. Type not documented; the source only shows
                null.
            warranty_period (Any | Unset): Warranty period. Type not documented; the source only shows null.
    """

    bonus_products: list[PromotionBonusProduct] | Unset = UNSET
    brand_id: str | Unset = UNSET
    categories: list[PromotionVariationInfoCategoriesItem] | Unset = UNSET
    category_ids: list[int] | Unset = UNSET
    creator_id: str | Unset = UNSET
    custom_id: str | Unset = UNSET
    description: Any | Unset = UNSET
    display_id: int | Unset = UNSET
    display_id_original: Any | Unset = UNSET
    fields: list[PromotionVariationInfoFieldsItem] | Unset = UNSET
    id: int | str | Unset = UNSET
    ignore_awarded_point: Any | Unset = UNSET
    inserted_at: str | Unset = UNSET
    is_sell_negative: Any | Unset = UNSET
    keyword: Any | Unset = UNSET
    limit_quantity_to_warn: int | Unset = UNSET
    manipulation_warehouses: list[Any] | Unset = UNSET
    name: str | Unset = UNSET
    note: str | Unset = UNSET
    note_product: str | Unset = UNSET
    offline_id: Any | Unset = UNSET
    product_attributes: list[PromotionVariationInfoProductAttributesItem] | Unset = UNSET
    product_id: str | Unset = UNSET
    product_links: list[str] | Unset = UNSET
    removed: bool | Unset = UNSET
    retail_price: int | Unset = UNSET
    shop_id: int | Unset = UNSET
    shop_warranty_policy_id: Any | Unset = UNSET
    supplier_product_ids: list[int] | Unset = UNSET
    tags: list[PromotionVariationInfoTagsItem] | Unset = UNSET
    third_parties: Any | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    warning_by_variation: Any | Unset = UNSET
    warranty_period: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bonus_products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bonus_products, Unset):
            bonus_products = []
            for bonus_products_item_data in self.bonus_products:
                bonus_products_item = bonus_products_item_data.to_dict()
                bonus_products.append(bonus_products_item)

        brand_id = self.brand_id

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        category_ids: list[int] | Unset = UNSET
        if not isinstance(self.category_ids, Unset):
            category_ids = self.category_ids

        creator_id = self.creator_id

        custom_id = self.custom_id

        description = self.description

        display_id = self.display_id

        display_id_original = self.display_id_original

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        ignore_awarded_point = self.ignore_awarded_point

        inserted_at = self.inserted_at

        is_sell_negative = self.is_sell_negative

        keyword = self.keyword

        limit_quantity_to_warn = self.limit_quantity_to_warn

        manipulation_warehouses: list[Any] | Unset = UNSET
        if not isinstance(self.manipulation_warehouses, Unset):
            manipulation_warehouses = self.manipulation_warehouses

        name = self.name

        note = self.note

        note_product = self.note_product

        offline_id = self.offline_id

        product_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_attributes, Unset):
            product_attributes = []
            for product_attributes_item_data in self.product_attributes:
                product_attributes_item = product_attributes_item_data.to_dict()
                product_attributes.append(product_attributes_item)

        product_id = self.product_id

        product_links: list[str] | Unset = UNSET
        if not isinstance(self.product_links, Unset):
            product_links = self.product_links

        removed = self.removed

        retail_price = self.retail_price

        shop_id = self.shop_id

        shop_warranty_policy_id = self.shop_warranty_policy_id

        supplier_product_ids: list[int] | Unset = UNSET
        if not isinstance(self.supplier_product_ids, Unset):
            supplier_product_ids = self.supplier_product_ids

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        third_parties = self.third_parties

        type_ = self.type_

        updated_at = self.updated_at

        warning_by_variation = self.warning_by_variation

        warranty_period = self.warranty_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bonus_products is not UNSET:
            field_dict["bonus_products"] = bonus_products
        if brand_id is not UNSET:
            field_dict["brand_id"] = brand_id
        if categories is not UNSET:
            field_dict["categories"] = categories
        if category_ids is not UNSET:
            field_dict["category_ids"] = category_ids
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if description is not UNSET:
            field_dict["description"] = description
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if display_id_original is not UNSET:
            field_dict["display_id_original"] = display_id_original
        if fields is not UNSET:
            field_dict["fields"] = fields
        if id is not UNSET:
            field_dict["id"] = id
        if ignore_awarded_point is not UNSET:
            field_dict["ignore_awarded_point"] = ignore_awarded_point
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if is_sell_negative is not UNSET:
            field_dict["is_sell_negative"] = is_sell_negative
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if limit_quantity_to_warn is not UNSET:
            field_dict["limit_quantity_to_warn"] = limit_quantity_to_warn
        if manipulation_warehouses is not UNSET:
            field_dict["manipulation_warehouses"] = manipulation_warehouses
        if name is not UNSET:
            field_dict["name"] = name
        if note is not UNSET:
            field_dict["note"] = note
        if note_product is not UNSET:
            field_dict["note_product"] = note_product
        if offline_id is not UNSET:
            field_dict["offline_id"] = offline_id
        if product_attributes is not UNSET:
            field_dict["product_attributes"] = product_attributes
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_links is not UNSET:
            field_dict["product_links"] = product_links
        if removed is not UNSET:
            field_dict["removed"] = removed
        if retail_price is not UNSET:
            field_dict["retail_price"] = retail_price
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if shop_warranty_policy_id is not UNSET:
            field_dict["shop_warranty_policy_id"] = shop_warranty_policy_id
        if supplier_product_ids is not UNSET:
            field_dict["supplier_product_ids"] = supplier_product_ids
        if tags is not UNSET:
            field_dict["tags"] = tags
        if third_parties is not UNSET:
            field_dict["third_parties"] = third_parties
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if warning_by_variation is not UNSET:
            field_dict["warning_by_variation"] = warning_by_variation
        if warranty_period is not UNSET:
            field_dict["warranty_period"] = warranty_period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _bonus_products = d.pop("bonus_products", UNSET)
            bonus_products: list[PromotionBonusProduct] | Unset = UNSET
            if _bonus_products is not UNSET:
                if not isinstance(_bonus_products, list):
                    raise TypeError(f"expected an array, got {type(_bonus_products).__name__}")
                bonus_products = []
                for bonus_products_item_data in _bonus_products:
                    try:
                        bonus_products_item = PromotionBonusProduct.from_dict(bonus_products_item_data)

                    except Exception as item_exc:
                        bonus_products_item = types.undecoded_item(bonus_products_item_data, "bonus_products", item_exc)
                    bonus_products.append(bonus_products_item)

        except Exception as exc:
            bonus_products = types.undecoded(src_dict, "bonus_products", "PromotionVariationInfo", exc)

        try:
            brand_id = d.pop("brand_id", UNSET)
            if not isinstance(brand_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(brand_id).__name__}")
        except Exception as exc:
            brand_id = types.undecoded(src_dict, "brand_id", "PromotionVariationInfo", exc)

        try:
            _categories = d.pop("categories", UNSET)
            categories: list[PromotionVariationInfoCategoriesItem] | Unset = UNSET
            if _categories is not UNSET:
                if not isinstance(_categories, list):
                    raise TypeError(f"expected an array, got {type(_categories).__name__}")
                categories = []
                for categories_item_data in _categories:
                    try:
                        categories_item = PromotionVariationInfoCategoriesItem.from_dict(categories_item_data)

                    except Exception as item_exc:
                        categories_item = types.undecoded_item(categories_item_data, "categories", item_exc)
                    categories.append(categories_item)

        except Exception as exc:
            categories = types.undecoded(src_dict, "categories", "PromotionVariationInfo", exc)

        try:
            category_ids = cast(list[int], d.pop("category_ids", UNSET))

        except Exception as exc:
            category_ids = types.undecoded(src_dict, "category_ids", "PromotionVariationInfo", exc)

        try:
            creator_id = d.pop("creator_id", UNSET)
            if not isinstance(creator_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(creator_id).__name__}")
        except Exception as exc:
            creator_id = types.undecoded(src_dict, "creator_id", "PromotionVariationInfo", exc)

        try:
            custom_id = d.pop("custom_id", UNSET)
            if not isinstance(custom_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(custom_id).__name__}")
        except Exception as exc:
            custom_id = types.undecoded(src_dict, "custom_id", "PromotionVariationInfo", exc)

        try:
            description = d.pop("description", UNSET)
        except Exception as exc:
            description = types.undecoded(src_dict, "description", "PromotionVariationInfo", exc)

        try:
            display_id = d.pop("display_id", UNSET)
            if not isinstance(display_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(display_id).__name__}")
        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "PromotionVariationInfo", exc)

        try:
            display_id_original = d.pop("display_id_original", UNSET)
        except Exception as exc:
            display_id_original = types.undecoded(src_dict, "display_id_original", "PromotionVariationInfo", exc)

        try:
            _fields = d.pop("fields", UNSET)
            fields: list[PromotionVariationInfoFieldsItem] | Unset = UNSET
            if _fields is not UNSET:
                if not isinstance(_fields, list):
                    raise TypeError(f"expected an array, got {type(_fields).__name__}")
                fields = []
                for fields_item_data in _fields:
                    try:
                        fields_item = PromotionVariationInfoFieldsItem.from_dict(fields_item_data)

                    except Exception as item_exc:
                        fields_item = types.undecoded_item(fields_item_data, "fields", item_exc)
                    fields.append(fields_item)

        except Exception as exc:
            fields = types.undecoded(src_dict, "fields", "PromotionVariationInfo", exc)

        try:
            id: int | str | Unset = d.pop("id", UNSET)
            if not isinstance(id, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(id).__name__}")

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "PromotionVariationInfo", exc)

        try:
            ignore_awarded_point = d.pop("ignore_awarded_point", UNSET)
        except Exception as exc:
            ignore_awarded_point = types.undecoded(src_dict, "ignore_awarded_point", "PromotionVariationInfo", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "PromotionVariationInfo", exc)

        try:
            is_sell_negative = d.pop("is_sell_negative", UNSET)
        except Exception as exc:
            is_sell_negative = types.undecoded(src_dict, "is_sell_negative", "PromotionVariationInfo", exc)

        try:
            keyword = d.pop("keyword", UNSET)
        except Exception as exc:
            keyword = types.undecoded(src_dict, "keyword", "PromotionVariationInfo", exc)

        try:
            limit_quantity_to_warn = d.pop("limit_quantity_to_warn", UNSET)
            if not isinstance(limit_quantity_to_warn, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(limit_quantity_to_warn).__name__}")
        except Exception as exc:
            limit_quantity_to_warn = types.undecoded(src_dict, "limit_quantity_to_warn", "PromotionVariationInfo", exc)

        try:
            manipulation_warehouses: list[Any] = d.pop("manipulation_warehouses", UNSET)

        except Exception as exc:
            manipulation_warehouses = types.undecoded(
                src_dict, "manipulation_warehouses", "PromotionVariationInfo", exc
            )

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "PromotionVariationInfo", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "PromotionVariationInfo", exc)

        try:
            note_product = d.pop("note_product", UNSET)
            if not isinstance(note_product, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note_product).__name__}")
        except Exception as exc:
            note_product = types.undecoded(src_dict, "note_product", "PromotionVariationInfo", exc)

        try:
            offline_id = d.pop("offline_id", UNSET)
        except Exception as exc:
            offline_id = types.undecoded(src_dict, "offline_id", "PromotionVariationInfo", exc)

        try:
            _product_attributes = d.pop("product_attributes", UNSET)
            product_attributes: list[PromotionVariationInfoProductAttributesItem] | Unset = UNSET
            if _product_attributes is not UNSET:
                if not isinstance(_product_attributes, list):
                    raise TypeError(f"expected an array, got {type(_product_attributes).__name__}")
                product_attributes = []
                for product_attributes_item_data in _product_attributes:
                    try:
                        product_attributes_item = PromotionVariationInfoProductAttributesItem.from_dict(
                            product_attributes_item_data
                        )

                    except Exception as item_exc:
                        product_attributes_item = types.undecoded_item(
                            product_attributes_item_data, "product_attributes", item_exc
                        )
                    product_attributes.append(product_attributes_item)

        except Exception as exc:
            product_attributes = types.undecoded(src_dict, "product_attributes", "PromotionVariationInfo", exc)

        try:
            product_id = d.pop("product_id", UNSET)
            if not isinstance(product_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(product_id).__name__}")
        except Exception as exc:
            product_id = types.undecoded(src_dict, "product_id", "PromotionVariationInfo", exc)

        try:
            product_links = cast(list[str], d.pop("product_links", UNSET))

        except Exception as exc:
            product_links = types.undecoded(src_dict, "product_links", "PromotionVariationInfo", exc)

        try:
            removed = d.pop("removed", UNSET)
            if not isinstance(removed, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(removed).__name__}")
        except Exception as exc:
            removed = types.undecoded(src_dict, "removed", "PromotionVariationInfo", exc)

        try:
            retail_price = d.pop("retail_price", UNSET)
            if not isinstance(retail_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(retail_price).__name__}")
        except Exception as exc:
            retail_price = types.undecoded(src_dict, "retail_price", "PromotionVariationInfo", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "PromotionVariationInfo", exc)

        try:
            shop_warranty_policy_id = d.pop("shop_warranty_policy_id", UNSET)
        except Exception as exc:
            shop_warranty_policy_id = types.undecoded(
                src_dict, "shop_warranty_policy_id", "PromotionVariationInfo", exc
            )

        try:
            supplier_product_ids = cast(list[int], d.pop("supplier_product_ids", UNSET))

        except Exception as exc:
            supplier_product_ids = types.undecoded(src_dict, "supplier_product_ids", "PromotionVariationInfo", exc)

        try:
            _tags = d.pop("tags", UNSET)
            tags: list[PromotionVariationInfoTagsItem] | Unset = UNSET
            if _tags is not UNSET:
                if not isinstance(_tags, list):
                    raise TypeError(f"expected an array, got {type(_tags).__name__}")
                tags = []
                for tags_item_data in _tags:
                    try:
                        tags_item = PromotionVariationInfoTagsItem.from_dict(tags_item_data)

                    except Exception as item_exc:
                        tags_item = types.undecoded_item(tags_item_data, "tags", item_exc)
                    tags.append(tags_item)

        except Exception as exc:
            tags = types.undecoded(src_dict, "tags", "PromotionVariationInfo", exc)

        try:
            third_parties = d.pop("third_parties", UNSET)
        except Exception as exc:
            third_parties = types.undecoded(src_dict, "third_parties", "PromotionVariationInfo", exc)

        try:
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(type_).__name__}")
        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "PromotionVariationInfo", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "PromotionVariationInfo", exc)

        try:
            warning_by_variation = d.pop("warning_by_variation", UNSET)
        except Exception as exc:
            warning_by_variation = types.undecoded(src_dict, "warning_by_variation", "PromotionVariationInfo", exc)

        try:
            warranty_period = d.pop("warranty_period", UNSET)
        except Exception as exc:
            warranty_period = types.undecoded(src_dict, "warranty_period", "PromotionVariationInfo", exc)

        promotion_variation_info = cls(
            bonus_products=bonus_products,
            brand_id=brand_id,
            categories=categories,
            category_ids=category_ids,
            creator_id=creator_id,
            custom_id=custom_id,
            description=description,
            display_id=display_id,
            display_id_original=display_id_original,
            fields=fields,
            id=id,
            ignore_awarded_point=ignore_awarded_point,
            inserted_at=inserted_at,
            is_sell_negative=is_sell_negative,
            keyword=keyword,
            limit_quantity_to_warn=limit_quantity_to_warn,
            manipulation_warehouses=manipulation_warehouses,
            name=name,
            note=note,
            note_product=note_product,
            offline_id=offline_id,
            product_attributes=product_attributes,
            product_id=product_id,
            product_links=product_links,
            removed=removed,
            retail_price=retail_price,
            shop_id=shop_id,
            shop_warranty_policy_id=shop_warranty_policy_id,
            supplier_product_ids=supplier_product_ids,
            tags=tags,
            third_parties=third_parties,
            type_=type_,
            updated_at=updated_at,
            warning_by_variation=warning_by_variation,
            warranty_period=warranty_period,
        )

        promotion_variation_info.additional_properties = d
        return promotion_variation_info

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


from ..models.promotion_bonus_product import PromotionBonusProduct
from ..models.promotion_variation_info_categories_item import (
    PromotionVariationInfoCategoriesItem,
)
from ..models.promotion_variation_info_fields_item import (
    PromotionVariationInfoFieldsItem,
)
from ..models.promotion_variation_info_product_attributes_item import (
    PromotionVariationInfoProductAttributesItem,
)
from ..models.promotion_variation_info_tags_item import PromotionVariationInfoTagsItem
