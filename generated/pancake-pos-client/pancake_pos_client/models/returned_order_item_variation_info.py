from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnedOrderItemVariationInfo")


@_attrs_define
class ReturnedOrderItemVariationInfo:
    """Snapshot of the variation at return time. Note that in the example `id` holds the variation's display code and
    `product_id` the product's name, not uuids (ledger PP-203).

        Attributes:
            id (str | Unset): Variation display code (e.g. "Nam Pari TX").
            product_id (str | Unset): Product reference as shown in the example (a product name).
            name (str | Unset): Product name.
            detail (None | str | Unset): Variation attributes as text (e.g. "mau: trang, size: X") (meaning assumed from the
                name; the document does not describe it).
            barcode (None | str | Unset): Barcode.
            images (list[str] | Unset): Image URLs.
            retail_price (int | Unset): Retail price.
            retail_price_by_currency (list[ReturnedOrderItemVariationInfoRetailPriceByCurrencyItem] | Unset): Retail price
                in other currencies (meaning assumed from the name; the document does not describe it).
            wholesale_price (int | Unset): Wholesale price.
            weight (int | Unset): Weight (unit not stated; grams assumed).
            one_time_product_id (None | str | Unset): Id of a one-time (ad-hoc) product, null for catalogue products
                (meaning assumed from the name; the document does not describe it).
    """

    id: str | Unset = UNSET
    product_id: str | Unset = UNSET
    name: str | Unset = UNSET
    detail: None | str | Unset = UNSET
    barcode: None | str | Unset = UNSET
    images: list[str] | Unset = UNSET
    retail_price: int | Unset = UNSET
    retail_price_by_currency: list[ReturnedOrderItemVariationInfoRetailPriceByCurrencyItem] | Unset = UNSET
    wholesale_price: int | Unset = UNSET
    weight: int | Unset = UNSET
    one_time_product_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        product_id = self.product_id

        name = self.name

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        barcode: None | str | Unset
        if isinstance(self.barcode, Unset):
            barcode = UNSET
        else:
            barcode = self.barcode

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        retail_price = self.retail_price

        retail_price_by_currency: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.retail_price_by_currency, Unset):
            retail_price_by_currency = []
            for retail_price_by_currency_item_data in self.retail_price_by_currency:
                retail_price_by_currency_item = retail_price_by_currency_item_data.to_dict()
                retail_price_by_currency.append(retail_price_by_currency_item)

        wholesale_price = self.wholesale_price

        weight = self.weight

        one_time_product_id: None | str | Unset
        if isinstance(self.one_time_product_id, Unset):
            one_time_product_id = UNSET
        else:
            one_time_product_id = self.one_time_product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if images is not UNSET:
            field_dict["images"] = images
        if retail_price is not UNSET:
            field_dict["retail_price"] = retail_price
        if retail_price_by_currency is not UNSET:
            field_dict["retail_price_by_currency"] = retail_price_by_currency
        if wholesale_price is not UNSET:
            field_dict["wholesale_price"] = wholesale_price
        if weight is not UNSET:
            field_dict["weight"] = weight
        if one_time_product_id is not UNSET:
            field_dict["one_time_product_id"] = one_time_product_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "ReturnedOrderItemVariationInfo", exc)

        try:
            product_id = d.pop("product_id", UNSET)
            if not isinstance(product_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(product_id).__name__}")
        except Exception as exc:
            product_id = types.undecoded(src_dict, "product_id", "ReturnedOrderItemVariationInfo", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "ReturnedOrderItemVariationInfo", exc)

        try:
            detail: None | str | Unset = d.pop("detail", UNSET)
            if not isinstance(detail, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(detail).__name__}")

        except Exception as exc:
            detail = types.undecoded(src_dict, "detail", "ReturnedOrderItemVariationInfo", exc)

        try:
            barcode: None | str | Unset = d.pop("barcode", UNSET)
            if not isinstance(barcode, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(barcode).__name__}")

        except Exception as exc:
            barcode = types.undecoded(src_dict, "barcode", "ReturnedOrderItemVariationInfo", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "ReturnedOrderItemVariationInfo", exc)

        try:
            retail_price = d.pop("retail_price", UNSET)
            if not isinstance(retail_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(retail_price).__name__}")
        except Exception as exc:
            retail_price = types.undecoded(src_dict, "retail_price", "ReturnedOrderItemVariationInfo", exc)

        try:
            _retail_price_by_currency = d.pop("retail_price_by_currency", UNSET)
            retail_price_by_currency: list[ReturnedOrderItemVariationInfoRetailPriceByCurrencyItem] | Unset = UNSET
            if _retail_price_by_currency is not UNSET:
                if not isinstance(_retail_price_by_currency, list):
                    raise TypeError(f"expected an array, got {type(_retail_price_by_currency).__name__}")
                retail_price_by_currency = []
                for retail_price_by_currency_item_data in _retail_price_by_currency:
                    try:
                        retail_price_by_currency_item = (
                            ReturnedOrderItemVariationInfoRetailPriceByCurrencyItem.from_dict(
                                retail_price_by_currency_item_data
                            )
                        )

                    except Exception as item_exc:
                        retail_price_by_currency_item = types.undecoded_item(
                            retail_price_by_currency_item_data, "retail_price_by_currency", item_exc
                        )
                    retail_price_by_currency.append(retail_price_by_currency_item)

        except Exception as exc:
            retail_price_by_currency = types.undecoded(
                src_dict, "retail_price_by_currency", "ReturnedOrderItemVariationInfo", exc
            )

        try:
            wholesale_price = d.pop("wholesale_price", UNSET)
            if not isinstance(wholesale_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(wholesale_price).__name__}")
        except Exception as exc:
            wholesale_price = types.undecoded(src_dict, "wholesale_price", "ReturnedOrderItemVariationInfo", exc)

        try:
            weight = d.pop("weight", UNSET)
            if not isinstance(weight, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(weight).__name__}")
        except Exception as exc:
            weight = types.undecoded(src_dict, "weight", "ReturnedOrderItemVariationInfo", exc)

        try:
            one_time_product_id: None | str | Unset = d.pop("one_time_product_id", UNSET)
            if not isinstance(one_time_product_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(one_time_product_id).__name__}")

        except Exception as exc:
            one_time_product_id = types.undecoded(
                src_dict, "one_time_product_id", "ReturnedOrderItemVariationInfo", exc
            )

        returned_order_item_variation_info = cls(
            id=id,
            product_id=product_id,
            name=name,
            detail=detail,
            barcode=barcode,
            images=images,
            retail_price=retail_price,
            retail_price_by_currency=retail_price_by_currency,
            wholesale_price=wholesale_price,
            weight=weight,
            one_time_product_id=one_time_product_id,
        )

        returned_order_item_variation_info.additional_properties = d
        return returned_order_item_variation_info

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


from ..models.returned_order_item_variation_info_retail_price_by_currency_item import (
    ReturnedOrderItemVariationInfoRetailPriceByCurrencyItem,
)
