from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderVariationInfoInput")


@_attrs_define
class OrderVariationInfoInput:
    """The variation snapshot "Tạo đơn hàng" sends on an order line (`items[].variation_info`, typed only "json" by the
    table): the fields of the source's request example. The rest of `OrderVariationInfo` (barcode, images, inserted_at,
    measure_info, …) is what the server answers (ledger PP-433).

        Attributes:
            name (str | Unset): Product name.
            detail (None | str | Unset): Variation attributes as text (e.g. "mau: trang, size: X") (meaning assumed from the
                name; the document does not describe it).
            fields (list[OrderVariationInfoInputFieldsType0Item] | None | Unset): Variation attributes.
            display_id (None | str | Unset): Variation display code (only null in the examples; ledger PP-123).
            product_display_id (None | str | Unset): Product display code (only null in the examples; ledger PP-123).
            retail_price (int | Unset): Retail price.
            weight (int | Unset): Weight (unit not stated; grams assumed).
    """

    name: str | Unset = UNSET
    detail: None | str | Unset = UNSET
    fields: list[OrderVariationInfoInputFieldsType0Item] | None | Unset = UNSET
    display_id: None | str | Unset = UNSET
    product_display_id: None | str | Unset = UNSET
    retail_price: int | Unset = UNSET
    weight: int | Unset = UNSET
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

        retail_price = self.retail_price

        weight = self.weight

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
        if retail_price is not UNSET:
            field_dict["retail_price"] = retail_price
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "OrderVariationInfoInput", exc)

        try:
            detail: None | str | Unset = d.pop("detail", UNSET)
            if not isinstance(detail, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(detail).__name__}")

        except Exception as exc:
            detail = types.undecoded(src_dict, "detail", "OrderVariationInfoInput", exc)

        try:

            def _parse_fields(data: object) -> list[OrderVariationInfoInputFieldsType0Item] | None | Unset:
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
                            fields_type_0_item = OrderVariationInfoInputFieldsType0Item.from_dict(
                                fields_type_0_item_data
                            )

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
                return cast(list[OrderVariationInfoInputFieldsType0Item] | None | Unset, data)

            fields = _parse_fields(d.pop("fields", UNSET))

        except Exception as exc:
            fields = types.undecoded(src_dict, "fields", "OrderVariationInfoInput", exc)

        try:
            display_id: None | str | Unset = d.pop("display_id", UNSET)
            if not isinstance(display_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(display_id).__name__}")

        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "OrderVariationInfoInput", exc)

        try:
            product_display_id: None | str | Unset = d.pop("product_display_id", UNSET)
            if not isinstance(product_display_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(product_display_id).__name__}")

        except Exception as exc:
            product_display_id = types.undecoded(src_dict, "product_display_id", "OrderVariationInfoInput", exc)

        try:
            retail_price = d.pop("retail_price", UNSET)
            if not isinstance(retail_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(retail_price).__name__}")
        except Exception as exc:
            retail_price = types.undecoded(src_dict, "retail_price", "OrderVariationInfoInput", exc)

        try:
            weight = d.pop("weight", UNSET)
            if not isinstance(weight, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(weight).__name__}")
        except Exception as exc:
            weight = types.undecoded(src_dict, "weight", "OrderVariationInfoInput", exc)

        order_variation_info_input = cls(
            name=name,
            detail=detail,
            fields=fields,
            display_id=display_id,
            product_display_id=product_display_id,
            retail_price=retail_price,
            weight=weight,
        )

        order_variation_info_input.additional_properties = d
        return order_variation_info_input

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


from ..models.order_variation_info_input_fields_type_0_item import (
    OrderVariationInfoInputFieldsType0Item,
)
