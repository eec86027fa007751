from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderActivatedComboComboProductInfo")


@_attrs_define
class OrderActivatedComboComboProductInfo:
    """The combo definition (meaning assumed from the name; the document does not describe it).

    Attributes:
        name (str | Unset): Combo name.
        discount_amount (int | Unset): Discount amount.
        discount_by_percent (int | Unset): Discount percentage.
        combo_product_variations (list[OrderActivatedComboComboProductInfoComboProductVariationsItem] | Unset):
            Variations that make up the combo (meaning assumed from the name; the document does not describe it).
    """

    name: str | Unset = UNSET
    discount_amount: int | Unset = UNSET
    discount_by_percent: int | Unset = UNSET
    combo_product_variations: list[OrderActivatedComboComboProductInfoComboProductVariationsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        discount_amount = self.discount_amount

        discount_by_percent = self.discount_by_percent

        combo_product_variations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.combo_product_variations, Unset):
            combo_product_variations = []
            for combo_product_variations_item_data in self.combo_product_variations:
                combo_product_variations_item = combo_product_variations_item_data.to_dict()
                combo_product_variations.append(combo_product_variations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if discount_by_percent is not UNSET:
            field_dict["discount_by_percent"] = discount_by_percent
        if combo_product_variations is not UNSET:
            field_dict["combo_product_variations"] = combo_product_variations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "OrderActivatedComboComboProductInfo", exc)

        try:
            discount_amount = d.pop("discount_amount", UNSET)
            if not isinstance(discount_amount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount_amount).__name__}")
        except Exception as exc:
            discount_amount = types.undecoded(src_dict, "discount_amount", "OrderActivatedComboComboProductInfo", exc)

        try:
            discount_by_percent = d.pop("discount_by_percent", UNSET)
            if not isinstance(discount_by_percent, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount_by_percent).__name__}")
        except Exception as exc:
            discount_by_percent = types.undecoded(
                src_dict, "discount_by_percent", "OrderActivatedComboComboProductInfo", exc
            )

        try:
            _combo_product_variations = d.pop("combo_product_variations", UNSET)
            combo_product_variations: list[OrderActivatedComboComboProductInfoComboProductVariationsItem] | Unset = (
                UNSET
            )
            if _combo_product_variations is not UNSET:
                if not isinstance(_combo_product_variations, list):
                    raise TypeError(f"expected an array, got {type(_combo_product_variations).__name__}")
                combo_product_variations = []
                for combo_product_variations_item_data in _combo_product_variations:
                    try:
                        combo_product_variations_item = (
                            OrderActivatedComboComboProductInfoComboProductVariationsItem.from_dict(
                                combo_product_variations_item_data
                            )
                        )

                    except Exception as item_exc:
                        combo_product_variations_item = types.undecoded_item(
                            combo_product_variations_item_data, "combo_product_variations", item_exc
                        )
                    combo_product_variations.append(combo_product_variations_item)

        except Exception as exc:
            combo_product_variations = types.undecoded(
                src_dict, "combo_product_variations", "OrderActivatedComboComboProductInfo", exc
            )

        order_activated_combo_combo_product_info = cls(
            name=name,
            discount_amount=discount_amount,
            discount_by_percent=discount_by_percent,
            combo_product_variations=combo_product_variations,
        )

        order_activated_combo_combo_product_info.additional_properties = d
        return order_activated_combo_combo_product_info

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


from ..models.order_activated_combo_combo_product_info_combo_product_variations_item import (
    OrderActivatedComboComboProductInfoComboProductVariationsItem,
)
