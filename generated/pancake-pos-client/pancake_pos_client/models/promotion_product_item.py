from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionProductItem")


@_attrs_define
class PromotionProductItem:
    """A product entry of a promotion (`arr_promotion_products`) or of a combo (`bonus_products`). The source documents it
    only by example.

        Attributes:
            discount_each_product (int | Unset): Discount on each product.
            images (list[str] | Unset): Image URLs.
            is_discount_percent (bool | Unset): Whether the discount is a percentage.
            key (str | Unset): Entry key (the variation id in the examples).
            one_time_product (bool | Unset):
            price_original (int | Unset): Original price (meaning assumed from the name; the document does not describe it).
            product_id (str | Unset): Product id (uuid).
            quantity (int | Unset): Quantity.
            variation_id (str | Unset): Variation id (uuid).
            variation_info (PromotionVariationInfo | Unset): Variation (mẫu mã) details embedded in promotion and combo
                product entries. The source has no table for it; documented from the examples.
            variations_warehouses (list[PromotionVariationWarehouse] | Unset): Stock of the variation per warehouse.
    """

    discount_each_product: int | Unset = UNSET
    images: list[str] | Unset = UNSET
    is_discount_percent: bool | Unset = UNSET
    key: str | Unset = UNSET
    one_time_product: bool | Unset = UNSET
    price_original: int | Unset = UNSET
    product_id: str | Unset = UNSET
    quantity: int | Unset = UNSET
    variation_id: str | Unset = UNSET
    variation_info: PromotionVariationInfo | Unset = UNSET
    variations_warehouses: list[PromotionVariationWarehouse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_each_product = self.discount_each_product

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        is_discount_percent = self.is_discount_percent

        key = self.key

        one_time_product = self.one_time_product

        price_original = self.price_original

        product_id = self.product_id

        quantity = self.quantity

        variation_id = self.variation_id

        variation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variation_info, Unset):
            variation_info = self.variation_info.to_dict()

        variations_warehouses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variations_warehouses, Unset):
            variations_warehouses = []
            for variations_warehouses_item_data in self.variations_warehouses:
                variations_warehouses_item = variations_warehouses_item_data.to_dict()
                variations_warehouses.append(variations_warehouses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_each_product is not UNSET:
            field_dict["discount_each_product"] = discount_each_product
        if images is not UNSET:
            field_dict["images"] = images
        if is_discount_percent is not UNSET:
            field_dict["is_discount_percent"] = is_discount_percent
        if key is not UNSET:
            field_dict["key"] = key
        if one_time_product is not UNSET:
            field_dict["one_time_product"] = one_time_product
        if price_original is not UNSET:
            field_dict["price_original"] = price_original
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id
        if variation_info is not UNSET:
            field_dict["variation_info"] = variation_info
        if variations_warehouses is not UNSET:
            field_dict["variations_warehouses"] = variations_warehouses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            discount_each_product = d.pop("discount_each_product", UNSET)
            if not isinstance(discount_each_product, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount_each_product).__name__}")
        except Exception as exc:
            discount_each_product = types.undecoded(src_dict, "discount_each_product", "PromotionProductItem", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "PromotionProductItem", exc)

        try:
            is_discount_percent = d.pop("is_discount_percent", UNSET)
            if not isinstance(is_discount_percent, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_discount_percent).__name__}")
        except Exception as exc:
            is_discount_percent = types.undecoded(src_dict, "is_discount_percent", "PromotionProductItem", exc)

        try:
            key = d.pop("key", UNSET)
            if not isinstance(key, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(key).__name__}")
        except Exception as exc:
            key = types.undecoded(src_dict, "key", "PromotionProductItem", exc)

        try:
            one_time_product = d.pop("one_time_product", UNSET)
            if not isinstance(one_time_product, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(one_time_product).__name__}")
        except Exception as exc:
            one_time_product = types.undecoded(src_dict, "one_time_product", "PromotionProductItem", exc)

        try:
            price_original = d.pop("price_original", UNSET)
            if not isinstance(price_original, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(price_original).__name__}")
        except Exception as exc:
            price_original = types.undecoded(src_dict, "price_original", "PromotionProductItem", exc)

        try:
            product_id = d.pop("product_id", UNSET)
            if not isinstance(product_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(product_id).__name__}")
        except Exception as exc:
            product_id = types.undecoded(src_dict, "product_id", "PromotionProductItem", exc)

        try:
            quantity = d.pop("quantity", UNSET)
            if not isinstance(quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "PromotionProductItem", exc)

        try:
            variation_id = d.pop("variation_id", UNSET)
            if not isinstance(variation_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(variation_id).__name__}")
        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "PromotionProductItem", exc)

        try:
            _variation_info = d.pop("variation_info", UNSET)
            variation_info: PromotionVariationInfo | Unset
            if isinstance(_variation_info, Unset):
                variation_info = UNSET
            else:
                variation_info = PromotionVariationInfo.from_dict(_variation_info)

        except Exception as exc:
            variation_info = types.undecoded(src_dict, "variation_info", "PromotionProductItem", exc)

        try:
            _variations_warehouses = d.pop("variations_warehouses", UNSET)
            variations_warehouses: list[PromotionVariationWarehouse] | Unset = UNSET
            if _variations_warehouses is not UNSET:
                if not isinstance(_variations_warehouses, list):
                    raise TypeError(f"expected an array, got {type(_variations_warehouses).__name__}")
                variations_warehouses = []
                for variations_warehouses_item_data in _variations_warehouses:
                    try:
                        variations_warehouses_item = PromotionVariationWarehouse.from_dict(
                            variations_warehouses_item_data
                        )

                    except Exception as item_exc:
                        variations_warehouses_item = types.undecoded_item(
                            variations_warehouses_item_data, "variations_warehouses", item_exc
                        )
                    variations_warehouses.append(variations_warehouses_item)

        except Exception as exc:
            variations_warehouses = types.undecoded(src_dict, "variations_warehouses", "PromotionProductItem", exc)

        promotion_product_item = cls(
            discount_each_product=discount_each_product,
            images=images,
            is_discount_percent=is_discount_percent,
            key=key,
            one_time_product=one_time_product,
            price_original=price_original,
            product_id=product_id,
            quantity=quantity,
            variation_id=variation_id,
            variation_info=variation_info,
            variations_warehouses=variations_warehouses,
        )

        promotion_product_item.additional_properties = d
        return promotion_product_item

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


from ..models.promotion_variation_info import PromotionVariationInfo
from ..models.promotion_variation_warehouse import PromotionVariationWarehouse
