from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionProductInput")


@_attrs_define
class PromotionProductInput:
    """Promotion fields sent in `promotion_product` when creating or updating a promotion. The source has no request table:
    fields and types follow the request examples and the list response table; none is marked required.

        Attributes:
            arr_level_promotion (list[Any] | Unset): Promotion levels. Item structure not documented (the source only shows
                empty arrays).
            arr_promotion_products (list[PromotionProductItem] | Unset): Products in the promotion.
            brands (list[Any] | Unset): Brands the promotion applies to. Item structure not documented (the source only
                shows empty arrays).
            categories (list[Any] | Unset): Categories the promotion applies to. Item structure not documented (the source
                only shows empty arrays).
            char_name_product (str | Unset): Product name without diacritics.
            discount_amount (int | Unset): Discount amount.
            discount_categories (list[Any] | Unset): Discounted product categories. Item structure not documented (the
                source only shows empty arrays).
            discount_promotion (int | Unset): Discount of the promotion. Appears only in the request examples; not in the
                table.
            end_price_product (int | Unset): Highest product price the promotion applies to.
            is_active (bool | Unset): Whether the promotion is active.
            is_free_shipping (bool | Unset): Free shipping.
            is_use_percent (bool | Unset): Whether the discount is a percentage.
            max_promotion_by_percent (int | Unset): Maximum discount when using a percentage.
            name (str | Unset): Promotion name.
            product_tags (list[Any] | Unset): Product tags the promotion applies to. Item structure not documented (the
                source only shows empty arrays).
            promotion_percent (int | Unset): Discount percentage.
            quantity_product (int | Unset): Number of products.
            quantity_same_product (int | Unset): Number of products of the same kind.
            start_price_product (int | Unset): Lowest product price the promotion applies to.
            total_orders (int | Unset): Total number of orders.
    """

    arr_level_promotion: list[Any] | Unset = UNSET
    arr_promotion_products: list[PromotionProductItem] | Unset = UNSET
    brands: list[Any] | Unset = UNSET
    categories: list[Any] | Unset = UNSET
    char_name_product: str | Unset = UNSET
    discount_amount: int | Unset = UNSET
    discount_categories: list[Any] | Unset = UNSET
    discount_promotion: int | Unset = UNSET
    end_price_product: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_free_shipping: bool | Unset = UNSET
    is_use_percent: bool | Unset = UNSET
    max_promotion_by_percent: int | Unset = UNSET
    name: str | Unset = UNSET
    product_tags: list[Any] | Unset = UNSET
    promotion_percent: int | Unset = UNSET
    quantity_product: int | Unset = UNSET
    quantity_same_product: int | Unset = UNSET
    start_price_product: int | Unset = UNSET
    total_orders: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arr_level_promotion: list[Any] | Unset = UNSET
        if not isinstance(self.arr_level_promotion, Unset):
            arr_level_promotion = self.arr_level_promotion

        arr_promotion_products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.arr_promotion_products, Unset):
            arr_promotion_products = []
            for arr_promotion_products_item_data in self.arr_promotion_products:
                arr_promotion_products_item = arr_promotion_products_item_data.to_dict()
                arr_promotion_products.append(arr_promotion_products_item)

        brands: list[Any] | Unset = UNSET
        if not isinstance(self.brands, Unset):
            brands = self.brands

        categories: list[Any] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        char_name_product = self.char_name_product

        discount_amount = self.discount_amount

        discount_categories: list[Any] | Unset = UNSET
        if not isinstance(self.discount_categories, Unset):
            discount_categories = self.discount_categories

        discount_promotion = self.discount_promotion

        end_price_product = self.end_price_product

        is_active = self.is_active

        is_free_shipping = self.is_free_shipping

        is_use_percent = self.is_use_percent

        max_promotion_by_percent = self.max_promotion_by_percent

        name = self.name

        product_tags: list[Any] | Unset = UNSET
        if not isinstance(self.product_tags, Unset):
            product_tags = self.product_tags

        promotion_percent = self.promotion_percent

        quantity_product = self.quantity_product

        quantity_same_product = self.quantity_same_product

        start_price_product = self.start_price_product

        total_orders = self.total_orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arr_level_promotion is not UNSET:
            field_dict["arr_level_promotion"] = arr_level_promotion
        if arr_promotion_products is not UNSET:
            field_dict["arr_promotion_products"] = arr_promotion_products
        if brands is not UNSET:
            field_dict["brands"] = brands
        if categories is not UNSET:
            field_dict["categories"] = categories
        if char_name_product is not UNSET:
            field_dict["char_name_product"] = char_name_product
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if discount_categories is not UNSET:
            field_dict["discount_categories"] = discount_categories
        if discount_promotion is not UNSET:
            field_dict["discount_promotion"] = discount_promotion
        if end_price_product is not UNSET:
            field_dict["end_price_product"] = end_price_product
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_free_shipping is not UNSET:
            field_dict["is_free_shipping"] = is_free_shipping
        if is_use_percent is not UNSET:
            field_dict["is_use_percent"] = is_use_percent
        if max_promotion_by_percent is not UNSET:
            field_dict["max_promotion_by_percent"] = max_promotion_by_percent
        if name is not UNSET:
            field_dict["name"] = name
        if product_tags is not UNSET:
            field_dict["product_tags"] = product_tags
        if promotion_percent is not UNSET:
            field_dict["promotion_percent"] = promotion_percent
        if quantity_product is not UNSET:
            field_dict["quantity_product"] = quantity_product
        if quantity_same_product is not UNSET:
            field_dict["quantity_same_product"] = quantity_same_product
        if start_price_product is not UNSET:
            field_dict["start_price_product"] = start_price_product
        if total_orders is not UNSET:
            field_dict["total_orders"] = total_orders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            arr_level_promotion: list[Any] = d.pop("arr_level_promotion", UNSET)

        except Exception as exc:
            arr_level_promotion = types.undecoded(src_dict, "arr_level_promotion", "PromotionProductInput", exc)

        try:
            _arr_promotion_products = d.pop("arr_promotion_products", UNSET)
            arr_promotion_products: list[PromotionProductItem] | Unset = UNSET
            if _arr_promotion_products is not UNSET:
                if not isinstance(_arr_promotion_products, list):
                    raise TypeError(f"expected an array, got {type(_arr_promotion_products).__name__}")
                arr_promotion_products = []
                for arr_promotion_products_item_data in _arr_promotion_products:
                    try:
                        arr_promotion_products_item = PromotionProductItem.from_dict(arr_promotion_products_item_data)

                    except Exception as item_exc:
                        arr_promotion_products_item = types.undecoded_item(
                            arr_promotion_products_item_data, "arr_promotion_products", item_exc
                        )
                    arr_promotion_products.append(arr_promotion_products_item)

        except Exception as exc:
            arr_promotion_products = types.undecoded(src_dict, "arr_promotion_products", "PromotionProductInput", exc)

        try:
            brands: list[Any] = d.pop("brands", UNSET)

        except Exception as exc:
            brands = types.undecoded(src_dict, "brands", "PromotionProductInput", exc)

        try:
            categories: list[Any] = d.pop("categories", UNSET)

        except Exception as exc:
            categories = types.undecoded(src_dict, "categories", "PromotionProductInput", exc)

        try:
            char_name_product = d.pop("char_name_product", UNSET)
            if not isinstance(char_name_product, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(char_name_product).__name__}")
        except Exception as exc:
            char_name_product = types.undecoded(src_dict, "char_name_product", "PromotionProductInput", exc)

        try:
            discount_amount = d.pop("discount_amount", UNSET)
            if not isinstance(discount_amount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount_amount).__name__}")
        except Exception as exc:
            discount_amount = types.undecoded(src_dict, "discount_amount", "PromotionProductInput", exc)

        try:
            discount_categories: list[Any] = d.pop("discount_categories", UNSET)

        except Exception as exc:
            discount_categories = types.undecoded(src_dict, "discount_categories", "PromotionProductInput", exc)

        try:
            discount_promotion = d.pop("discount_promotion", UNSET)
            if not isinstance(discount_promotion, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount_promotion).__name__}")
        except Exception as exc:
            discount_promotion = types.undecoded(src_dict, "discount_promotion", "PromotionProductInput", exc)

        try:
            end_price_product = d.pop("end_price_product", UNSET)
            if not isinstance(end_price_product, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(end_price_product).__name__}")
        except Exception as exc:
            end_price_product = types.undecoded(src_dict, "end_price_product", "PromotionProductInput", exc)

        try:
            is_active = d.pop("is_active", UNSET)
            if not isinstance(is_active, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_active).__name__}")
        except Exception as exc:
            is_active = types.undecoded(src_dict, "is_active", "PromotionProductInput", exc)

        try:
            is_free_shipping = d.pop("is_free_shipping", UNSET)
            if not isinstance(is_free_shipping, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_free_shipping).__name__}")
        except Exception as exc:
            is_free_shipping = types.undecoded(src_dict, "is_free_shipping", "PromotionProductInput", exc)

        try:
            is_use_percent = d.pop("is_use_percent", UNSET)
            if not isinstance(is_use_percent, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_use_percent).__name__}")
        except Exception as exc:
            is_use_percent = types.undecoded(src_dict, "is_use_percent", "PromotionProductInput", exc)

        try:
            max_promotion_by_percent = d.pop("max_promotion_by_percent", UNSET)
            if not isinstance(max_promotion_by_percent, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(max_promotion_by_percent).__name__}")
        except Exception as exc:
            max_promotion_by_percent = types.undecoded(
                src_dict, "max_promotion_by_percent", "PromotionProductInput", exc
            )

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "PromotionProductInput", exc)

        try:
            product_tags: list[Any] = d.pop("product_tags", UNSET)

        except Exception as exc:
            product_tags = types.undecoded(src_dict, "product_tags", "PromotionProductInput", exc)

        try:
            promotion_percent = d.pop("promotion_percent", UNSET)
            if not isinstance(promotion_percent, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(promotion_percent).__name__}")
        except Exception as exc:
            promotion_percent = types.undecoded(src_dict, "promotion_percent", "PromotionProductInput", exc)

        try:
            quantity_product = d.pop("quantity_product", UNSET)
            if not isinstance(quantity_product, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity_product).__name__}")
        except Exception as exc:
            quantity_product = types.undecoded(src_dict, "quantity_product", "PromotionProductInput", exc)

        try:
            quantity_same_product = d.pop("quantity_same_product", UNSET)
            if not isinstance(quantity_same_product, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity_same_product).__name__}")
        except Exception as exc:
            quantity_same_product = types.undecoded(src_dict, "quantity_same_product", "PromotionProductInput", exc)

        try:
            start_price_product = d.pop("start_price_product", UNSET)
            if not isinstance(start_price_product, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(start_price_product).__name__}")
        except Exception as exc:
            start_price_product = types.undecoded(src_dict, "start_price_product", "PromotionProductInput", exc)

        try:
            total_orders = d.pop("total_orders", UNSET)
            if not isinstance(total_orders, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_orders).__name__}")
        except Exception as exc:
            total_orders = types.undecoded(src_dict, "total_orders", "PromotionProductInput", exc)

        promotion_product_input = cls(
            arr_level_promotion=arr_level_promotion,
            arr_promotion_products=arr_promotion_products,
            brands=brands,
            categories=categories,
            char_name_product=char_name_product,
            discount_amount=discount_amount,
            discount_categories=discount_categories,
            discount_promotion=discount_promotion,
            end_price_product=end_price_product,
            is_active=is_active,
            is_free_shipping=is_free_shipping,
            is_use_percent=is_use_percent,
            max_promotion_by_percent=max_promotion_by_percent,
            name=name,
            product_tags=product_tags,
            promotion_percent=promotion_percent,
            quantity_product=quantity_product,
            quantity_same_product=quantity_same_product,
            start_price_product=start_price_product,
            total_orders=total_orders,
        )

        promotion_product_input.additional_properties = d
        return promotion_product_input

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


from ..models.promotion_product_item import PromotionProductItem
