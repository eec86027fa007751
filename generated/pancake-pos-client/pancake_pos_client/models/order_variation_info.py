from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderVariationInfo")


@_attrs_define
class OrderVariationInfo:
    """Snapshot of the product variation on an order line (`items[].variation_info`, "Thông tin chi tiết sản phẩm"). The
    source types it as "json" and documents only `measure_info`; the other fields come from the examples.

        Attributes:
            name (str | Unset): Product name.
            detail (None | str | Unset): Variation attributes as text (e.g. "mau: trang, size: X") (meaning assumed from the
                name; the document does not describe it).
            fields (list[OrderVariationInfoFieldsType0Item] | None | Unset): Variation attributes.
            display_id (None | str | Unset): Variation display code (only null in the examples; ledger PP-123).
            product_display_id (None | str | Unset): Product display code (only null in the examples; ledger PP-123).
            custom_id (None | str | Unset): Shop's own variation code.
            product_id (str | Unset): Product reference. The source's example puts a product name here, not a uuid, so no
                format is asserted (ledger PP-128).
            barcode (None | str | Unset): Barcode.
            retail_price (int | Unset): Retail price.
            price_at_counter (int | Unset): In-store price (meaning assumed from the name; the document does not describe
                it).
            weight (int | Unset): Weight (unit not stated; grams assumed).
            images (list[str] | Unset): Image URLs.
            is_accessory (bool | Unset): Whether the variation is an accessory (meaning assumed from the name; the document
                does not describe it).
            shop_warranty_policy_id (None | str | Unset): Warranty policy id (only null in the examples; ledger PP-123).
            inserted_at (str | Unset): Creation time of the variation, ISO-8601 local time without offset.
            measure_info (OrderVariationInfoMeasureInfo | Unset): Unit of measure ("Thông tin ĐVT").
    """

    name: str | Unset = UNSET
    detail: None | str | Unset = UNSET
    fields: list[OrderVariationInfoFieldsType0Item] | None | Unset = UNSET
    display_id: None | str | Unset = UNSET
    product_display_id: None | str | Unset = UNSET
    custom_id: None | str | Unset = UNSET
    product_id: str | Unset = UNSET
    barcode: None | str | Unset = UNSET
    retail_price: int | Unset = UNSET
    price_at_counter: int | Unset = UNSET
    weight: int | Unset = UNSET
    images: list[str] | Unset = UNSET
    is_accessory: bool | Unset = UNSET
    shop_warranty_policy_id: None | str | Unset = UNSET
    inserted_at: str | Unset = UNSET
    measure_info: OrderVariationInfoMeasureInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = []
            for fields_type_0_item_data in self.fields:
                fields_type_0_item = fields_type_0_item_data.to_dict()
                fields.append(fields_type_0_item)

        else:
            fields = self.fields

        display_id: None | str | Unset
        if isinstance(self.display_id, Unset):
            display_id = UNSET
        else:
            display_id = self.display_id

        product_display_id: None | str | Unset
        if isinstance(self.product_display_id, Unset):
            product_display_id = UNSET
        else:
            product_display_id = self.product_display_id

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        product_id = self.product_id

        barcode: None | str | Unset
        if isinstance(self.barcode, Unset):
            barcode = UNSET
        else:
            barcode = self.barcode

        retail_price = self.retail_price

        price_at_counter = self.price_at_counter

        weight = self.weight

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        is_accessory = self.is_accessory

        shop_warranty_policy_id: None | str | Unset
        if isinstance(self.shop_warranty_policy_id, Unset):
            shop_warranty_policy_id = UNSET
        else:
            shop_warranty_policy_id = self.shop_warranty_policy_id

        inserted_at = self.inserted_at

        measure_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.measure_info, Unset):
            measure_info = self.measure_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if fields is not UNSET:
            field_dict["fields"] = fields
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if product_display_id is not UNSET:
            field_dict["product_display_id"] = product_display_id
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if retail_price is not UNSET:
            field_dict["retail_price"] = retail_price
        if price_at_counter is not UNSET:
            field_dict["price_at_counter"] = price_at_counter
        if weight is not UNSET:
            field_dict["weight"] = weight
        if images is not UNSET:
            field_dict["images"] = images
        if is_accessory is not UNSET:
            field_dict["is_accessory"] = is_accessory
        if shop_warranty_policy_id is not UNSET:
            field_dict["shop_warranty_policy_id"] = shop_warranty_policy_id
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if measure_info is not UNSET:
            field_dict["measure_info"] = measure_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "OrderVariationInfo", exc)

        try:
            detail: None | str | Unset = d.pop("detail", UNSET)
            if not isinstance(detail, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(detail).__name__}")

        except Exception as exc:
            detail = types.undecoded(src_dict, "detail", "OrderVariationInfo", exc)

        try:

            def _parse_fields(data: object) -> list[OrderVariationInfoFieldsType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    fields_type_0 = []
                    _fields_type_0 = data
                    if not isinstance(_fields_type_0, list):
                        raise TypeError(f"expected an array, got {type(_fields_type_0).__name__}")
                    for fields_type_0_item_data in _fields_type_0:
                        try:
                            fields_type_0_item = OrderVariationInfoFieldsType0Item.from_dict(fields_type_0_item_data)

                        except Exception as item_exc:
                            fields_type_0_item = types.undecoded_item(
                                fields_type_0_item_data, "fields_type_0", item_exc
                            )
                        fields_type_0.append(fields_type_0_item)

                    return fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[OrderVariationInfoFieldsType0Item] | None | Unset, data)

            fields = _parse_fields(d.pop("fields", UNSET))

        except Exception as exc:
            fields = types.undecoded(src_dict, "fields", "OrderVariationInfo", exc)

        try:
            display_id: None | str | Unset = d.pop("display_id", UNSET)
            if not isinstance(display_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(display_id).__name__}")

        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "OrderVariationInfo", exc)

        try:
            product_display_id: None | str | Unset = d.pop("product_display_id", UNSET)
            if not isinstance(product_display_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(product_display_id).__name__}")

        except Exception as exc:
            product_display_id = types.undecoded(src_dict, "product_display_id", "OrderVariationInfo", exc)

        try:
            custom_id: None | str | Unset = d.pop("custom_id", UNSET)
            if not isinstance(custom_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(custom_id).__name__}")

        except Exception as exc:
            custom_id = types.undecoded(src_dict, "custom_id", "OrderVariationInfo", exc)

        try:
            product_id = d.pop("product_id", UNSET)
            if not isinstance(product_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(product_id).__name__}")
        except Exception as exc:
            product_id = types.undecoded(src_dict, "product_id", "OrderVariationInfo", exc)

        try:
            barcode: None | str | Unset = d.pop("barcode", UNSET)
            if not isinstance(barcode, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(barcode).__name__}")

        except Exception as exc:
            barcode = types.undecoded(src_dict, "barcode", "OrderVariationInfo", exc)

        try:
            retail_price = d.pop("retail_price", UNSET)
            if not isinstance(retail_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(retail_price).__name__}")
        except Exception as exc:
            retail_price = types.undecoded(src_dict, "retail_price", "OrderVariationInfo", exc)

        try:
            price_at_counter = d.pop("price_at_counter", UNSET)
            if not isinstance(price_at_counter, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(price_at_counter).__name__}")
        except Exception as exc:
            price_at_counter = types.undecoded(src_dict, "price_at_counter", "OrderVariationInfo", exc)

        try:
            weight = d.pop("weight", UNSET)
            if not isinstance(weight, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(weight).__name__}")
        except Exception as exc:
            weight = types.undecoded(src_dict, "weight", "OrderVariationInfo", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "OrderVariationInfo", exc)

        try:
            is_accessory = d.pop("is_accessory", UNSET)
            if not isinstance(is_accessory, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_accessory).__name__}")
        except Exception as exc:
            is_accessory = types.undecoded(src_dict, "is_accessory", "OrderVariationInfo", exc)

        try:
            shop_warranty_policy_id: None | str | Unset = d.pop("shop_warranty_policy_id", UNSET)
            if not isinstance(shop_warranty_policy_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(shop_warranty_policy_id).__name__}")

        except Exception as exc:
            shop_warranty_policy_id = types.undecoded(src_dict, "shop_warranty_policy_id", "OrderVariationInfo", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "OrderVariationInfo", exc)

        try:
            _measure_info = d.pop("measure_info", UNSET)
            measure_info: OrderVariationInfoMeasureInfo | Unset
            if isinstance(_measure_info, Unset):
                measure_info = UNSET
            else:
                measure_info = OrderVariationInfoMeasureInfo.from_dict(_measure_info)

        except Exception as exc:
            measure_info = types.undecoded(src_dict, "measure_info", "OrderVariationInfo", exc)

        order_variation_info = cls(
            name=name,
            detail=detail,
            fields=fields,
            display_id=display_id,
            product_display_id=product_display_id,
            custom_id=custom_id,
            product_id=product_id,
            barcode=barcode,
            retail_price=retail_price,
            price_at_counter=price_at_counter,
            weight=weight,
            images=images,
            is_accessory=is_accessory,
            shop_warranty_policy_id=shop_warranty_policy_id,
            inserted_at=inserted_at,
            measure_info=measure_info,
        )

        order_variation_info.additional_properties = d
        return order_variation_info

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


from ..models.order_variation_info_fields_type_0_item import (
    OrderVariationInfoFieldsType0Item,
)
from ..models.order_variation_info_measure_info import OrderVariationInfoMeasureInfo
