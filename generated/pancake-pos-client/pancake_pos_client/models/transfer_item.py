from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferItem")


@_attrs_define
class TransferItem:
    """A line of a warehouse transfer. `id`, `variation_id` and the fields of `variation_fields` are not in the source's
    table; they are in the example.

        Attributes:
            id (str | Unset): Transfer line id (UUID).
            product_display_id (str | Unset): Product code.
            product_name (str | Unset): Product name.
            quantity (int | Unset): Quantity transferred.
            variation_display_id (str | Unset): Variation code.
            variation_fields (list[TransferItemVariationFieldsItem] | Unset): Attributes of the variation (e.g. colour,
                size).
            variation_id (str | Unset): Variation id (UUID).
    """

    id: str | Unset = UNSET
    product_display_id: str | Unset = UNSET
    product_name: str | Unset = UNSET
    quantity: int | Unset = UNSET
    variation_display_id: str | Unset = UNSET
    variation_fields: list[TransferItemVariationFieldsItem] | Unset = UNSET
    variation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        product_display_id = self.product_display_id

        product_name = self.product_name

        quantity = self.quantity

        variation_display_id = self.variation_display_id

        variation_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variation_fields, Unset):
            variation_fields = []
            for variation_fields_item_data in self.variation_fields:
                variation_fields_item = variation_fields_item_data.to_dict()
                variation_fields.append(variation_fields_item)

        variation_id = self.variation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if product_display_id is not UNSET:
            field_dict["product_display_id"] = product_display_id
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if variation_display_id is not UNSET:
            field_dict["variation_display_id"] = variation_display_id
        if variation_fields is not UNSET:
            field_dict["variation_fields"] = variation_fields
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "TransferItem", exc)

        try:
            product_display_id = d.pop("product_display_id", UNSET)
            if not isinstance(product_display_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(product_display_id).__name__}")
        except Exception as exc:
            product_display_id = types.undecoded(src_dict, "product_display_id", "TransferItem", exc)

        try:
            product_name = d.pop("product_name", UNSET)
            if not isinstance(product_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(product_name).__name__}")
        except Exception as exc:
            product_name = types.undecoded(src_dict, "product_name", "TransferItem", exc)

        try:
            quantity = d.pop("quantity", UNSET)
            if not isinstance(quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "TransferItem", exc)

        try:
            variation_display_id = d.pop("variation_display_id", UNSET)
            if not isinstance(variation_display_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(variation_display_id).__name__}")
        except Exception as exc:
            variation_display_id = types.undecoded(src_dict, "variation_display_id", "TransferItem", exc)

        try:
            _variation_fields = d.pop("variation_fields", UNSET)
            variation_fields: list[TransferItemVariationFieldsItem] | Unset = UNSET
            if _variation_fields is not UNSET:
                if not isinstance(_variation_fields, list):
                    raise TypeError(f"expected an array, got {type(_variation_fields).__name__}")
                variation_fields = []
                for variation_fields_item_data in _variation_fields:
                    try:
                        variation_fields_item = TransferItemVariationFieldsItem.from_dict(variation_fields_item_data)

                    except Exception as item_exc:
                        variation_fields_item = types.undecoded_item(
                            variation_fields_item_data, "variation_fields", item_exc
                        )
                    variation_fields.append(variation_fields_item)

        except Exception as exc:
            variation_fields = types.undecoded(src_dict, "variation_fields", "TransferItem", exc)

        try:
            variation_id = d.pop("variation_id", UNSET)
            if not isinstance(variation_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(variation_id).__name__}")
        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "TransferItem", exc)

        transfer_item = cls(
            id=id,
            product_display_id=product_display_id,
            product_name=product_name,
            quantity=quantity,
            variation_display_id=variation_display_id,
            variation_fields=variation_fields,
            variation_id=variation_id,
        )

        transfer_item.additional_properties = d
        return transfer_item

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


from ..models.transfer_item_variation_fields_item import TransferItemVariationFieldsItem
