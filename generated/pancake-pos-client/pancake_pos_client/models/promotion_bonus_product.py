from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionBonusProduct")


@_attrs_define
class PromotionBonusProduct:
    """A bonus product attached to a variation. Documented from the examples only; numbers are sent as strings.

    Attributes:
        images (list[str] | PromotionBonusProductImagesType1 | Unset): Image URLs: an array in one example, an object
            keyed by index (`{"0": url}`) in another.
        price_original (str | Unset): Original price, as a numeric string (e.g. `"50000"`) (meaning assumed from the
            name; the document does not describe it).
        quantity (str | Unset): Quantity, as a numeric string (e.g. `"1"`).
        variation_id (str | Unset): Variation id (uuid).
        variation_info (PromotionBonusProductVariationInfo | Unset): Short variation summary.
    """

    images: list[str] | PromotionBonusProductImagesType1 | Unset = UNSET
    price_original: str | Unset = UNSET
    quantity: str | Unset = UNSET
    variation_id: str | Unset = UNSET
    variation_info: PromotionBonusProductVariationInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images: dict[str, Any] | list[str] | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = self.images

        else:
            images = self.images.to_dict()

        price_original = self.price_original

        quantity = self.quantity

        variation_id = self.variation_id

        variation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variation_info, Unset):
            variation_info = self.variation_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if images is not UNSET:
            field_dict["images"] = images
        if price_original is not UNSET:
            field_dict["price_original"] = price_original
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id
        if variation_info is not UNSET:
            field_dict["variation_info"] = variation_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:

            def _parse_images_branches(data: object) -> list[str] | PromotionBonusProductImagesType1 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    images_type_0 = cast(list[str], data)

                    return images_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                images_type_1 = PromotionBonusProductImagesType1.from_dict(data)

                return images_type_1

            def _parse_images(data: object) -> list[str] | PromotionBonusProductImagesType1 | Unset:
                try:
                    parsed = types.strictly(_parse_images_branches, data)
                except Exception:
                    # no branch decodes strictly: the first that builds with what came (in strict mode: raises)
                    return _parse_images_branches(data)
                return _parse_images_branches(data) if parsed is data else parsed

            images = _parse_images(d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "PromotionBonusProduct", exc)

        try:
            price_original = d.pop("price_original", UNSET)
            if not isinstance(price_original, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(price_original).__name__}")
        except Exception as exc:
            price_original = types.undecoded(src_dict, "price_original", "PromotionBonusProduct", exc)

        try:
            quantity = d.pop("quantity", UNSET)
            if not isinstance(quantity, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "PromotionBonusProduct", exc)

        try:
            variation_id = d.pop("variation_id", UNSET)
            if not isinstance(variation_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(variation_id).__name__}")
        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "PromotionBonusProduct", exc)

        try:
            _variation_info = d.pop("variation_info", UNSET)
            variation_info: PromotionBonusProductVariationInfo | Unset
            if isinstance(_variation_info, Unset):
                variation_info = UNSET
            else:
                variation_info = PromotionBonusProductVariationInfo.from_dict(_variation_info)

        except Exception as exc:
            variation_info = types.undecoded(src_dict, "variation_info", "PromotionBonusProduct", exc)

        promotion_bonus_product = cls(
            images=images,
            price_original=price_original,
            quantity=quantity,
            variation_id=variation_id,
            variation_info=variation_info,
        )

        promotion_bonus_product.additional_properties = d
        return promotion_bonus_product

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


from ..models.promotion_bonus_product_images_type_1 import (
    PromotionBonusProductImagesType1,
)
from ..models.promotion_bonus_product_variation_info import (
    PromotionBonusProductVariationInfo,
)
