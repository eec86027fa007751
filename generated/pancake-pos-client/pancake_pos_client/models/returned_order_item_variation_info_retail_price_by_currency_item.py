from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnedOrderItemVariationInfoRetailPriceByCurrencyItem")


@_attrs_define
class ReturnedOrderItemVariationInfoRetailPriceByCurrencyItem:
    """
    Attributes:
        currency (str | Unset): ISO currency code (e.g. "USD").
        retail_price_by_currency (str | Unset): Price in that currency, as a decimal string (meaning assumed from the
            name; the document does not describe it).
    """

    currency: str | Unset = UNSET
    retail_price_by_currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        retail_price_by_currency = self.retail_price_by_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if retail_price_by_currency is not UNSET:
            field_dict["retailPriceByCurrency"] = retail_price_by_currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(currency).__name__}")
        except Exception as exc:
            currency = types.undecoded(
                src_dict, "currency", "ReturnedOrderItemVariationInfoRetailPriceByCurrencyItem", exc
            )

        try:
            retail_price_by_currency = d.pop("retailPriceByCurrency", UNSET)
            if not isinstance(retail_price_by_currency, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(retail_price_by_currency).__name__}")
        except Exception as exc:
            retail_price_by_currency = types.undecoded(
                src_dict, "retailPriceByCurrency", "ReturnedOrderItemVariationInfoRetailPriceByCurrencyItem", exc
            )

        returned_order_item_variation_info_retail_price_by_currency_item = cls(
            currency=currency,
            retail_price_by_currency=retail_price_by_currency,
        )

        returned_order_item_variation_info_retail_price_by_currency_item.additional_properties = d
        return returned_order_item_variation_info_retail_price_by_currency_item

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
