from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderActivatedCombo")


@_attrs_define
class OrderActivatedCombo:
    """A combo (bundle) promotion applied to an order (`activated_combo_products`, "Thông tin combo được kích hoạt").
    Fields come from the examples.

        Attributes:
            combo_product_id (int | Unset): Combo id (meaning assumed from the name; the document does not describe it).
            quantity_combo_activated (int | Unset): Number of times the combo applies (meaning assumed from the name; the
                document does not describe it).
            combo_product_info (OrderActivatedComboComboProductInfo | Unset): The combo definition (meaning assumed from the
                name; the document does not describe it).
    """

    combo_product_id: int | Unset = UNSET
    quantity_combo_activated: int | Unset = UNSET
    combo_product_info: OrderActivatedComboComboProductInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        combo_product_id = self.combo_product_id

        quantity_combo_activated = self.quantity_combo_activated

        combo_product_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.combo_product_info, Unset):
            combo_product_info = self.combo_product_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if combo_product_id is not UNSET:
            field_dict["combo_product_id"] = combo_product_id
        if quantity_combo_activated is not UNSET:
            field_dict["quantity_combo_activated"] = quantity_combo_activated
        if combo_product_info is not UNSET:
            field_dict["combo_product_info"] = combo_product_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            combo_product_id = d.pop("combo_product_id", UNSET)
            if not isinstance(combo_product_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(combo_product_id).__name__}")
        except Exception as exc:
            combo_product_id = types.undecoded(src_dict, "combo_product_id", "OrderActivatedCombo", exc)

        try:
            quantity_combo_activated = d.pop("quantity_combo_activated", UNSET)
            if not isinstance(quantity_combo_activated, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity_combo_activated).__name__}")
        except Exception as exc:
            quantity_combo_activated = types.undecoded(src_dict, "quantity_combo_activated", "OrderActivatedCombo", exc)

        try:
            _combo_product_info = d.pop("combo_product_info", UNSET)
            combo_product_info: OrderActivatedComboComboProductInfo | Unset
            if isinstance(_combo_product_info, Unset):
                combo_product_info = UNSET
            else:
                combo_product_info = OrderActivatedComboComboProductInfo.from_dict(_combo_product_info)

        except Exception as exc:
            combo_product_info = types.undecoded(src_dict, "combo_product_info", "OrderActivatedCombo", exc)

        order_activated_combo = cls(
            combo_product_id=combo_product_id,
            quantity_combo_activated=quantity_combo_activated,
            combo_product_info=combo_product_info,
        )

        order_activated_combo.additional_properties = d
        return order_activated_combo

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


from ..models.order_activated_combo_combo_product_info import (
    OrderActivatedComboComboProductInfo,
)
