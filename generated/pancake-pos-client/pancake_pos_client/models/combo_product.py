from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComboProduct")


@_attrs_define
class ComboProduct:
    """A product combo (combo sản phẩm).

    Attributes:
        id (int | str): Combo id. The table says string; the example sends an integer.
        currency (str | Unset): Currency.
        custom_id (None | str | Unset): Custom code.
        discount_amount (int | Unset): Discount amount.
        discount_by_percent (int | Unset): Discount percentage.
        end_time (int | str | Unset): End time. The table says unix timestamp; the example sends a vendor datetime
            string (e.g. `2024-06-19T10:42:33`).
        inserted_at (int | str | Unset): Creation time. The table says unix timestamp; the example sends a vendor
            datetime string (e.g. `2024-06-19T10:42:33`).
        is_free_shipping (bool | Unset): Free shipping.
        is_use_percent (bool | Unset): Whether the discount is a percentage.
        is_value_combo (bool | Unset): Whether a combo value applies.
        is_variation (bool | Unset): Whether the combo applies per variation.
        max_discount_by_percent (int | Unset): Maximum discount when using a percentage.
        name (str | Unset): Combo name.
        order_sources (list[ComboProductOrderSourcesItem] | Unset): Order sources the combo applies to.
        order_types (list[str] | str | Unset): Order types the combo applies to. The table says string; the example
            sends an array (`["all"]`).
        shop_id (int | Unset): Shop id. In the example only; not in the table.
        snippet (Any | Unset): Snippet. In the example only; not in the table. Type not documented; the source only
            shows null.
        start_time (int | str | Unset): Start time. The table says unix timestamp; the example sends a vendor datetime
            string (e.g. `2024-06-19T10:42:33`).
        updated_at (int | str | Unset): Last update time. The table says unix timestamp; the example sends a vendor
            datetime string (e.g. `2024-06-19T10:42:33`).
        value_combo (int | Unset): Combo value.
        bonus_products (list[PromotionProductItem] | Unset): Products in the combo.
    """

    id: int | str
    currency: str | Unset = UNSET
    custom_id: None | str | Unset = UNSET
    discount_amount: int | Unset = UNSET
    discount_by_percent: int | Unset = UNSET
    end_time: int | str | Unset = UNSET
    inserted_at: int | str | Unset = UNSET
    is_free_shipping: bool | Unset = UNSET
    is_use_percent: bool | Unset = UNSET
    is_value_combo: bool | Unset = UNSET
    is_variation: bool | Unset = UNSET
    max_discount_by_percent: int | Unset = UNSET
    name: str | Unset = UNSET
    order_sources: list[ComboProductOrderSourcesItem] | Unset = UNSET
    order_types: list[str] | str | Unset = UNSET
    shop_id: int | Unset = UNSET
    snippet: Any | Unset = UNSET
    start_time: int | str | Unset = UNSET
    updated_at: int | str | Unset = UNSET
    value_combo: int | Unset = UNSET
    bonus_products: list[PromotionProductItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id: int | str
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        currency = self.currency

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        discount_amount = self.discount_amount

        discount_by_percent = self.discount_by_percent

        end_time: int | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        inserted_at: int | str | Unset
        if isinstance(self.inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = self.inserted_at

        is_free_shipping = self.is_free_shipping

        is_use_percent = self.is_use_percent

        is_value_combo = self.is_value_combo

        is_variation = self.is_variation

        max_discount_by_percent = self.max_discount_by_percent

        name = self.name

        order_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_sources, Unset):
            order_sources = []
            for order_sources_item_data in self.order_sources:
                order_sources_item = order_sources_item_data.to_dict()
                order_sources.append(order_sources_item)

        order_types: list[str] | str | Unset
        if isinstance(self.order_types, Unset):
            order_types = UNSET
        elif isinstance(self.order_types, list):
            order_types = self.order_types

        else:
            order_types = self.order_types

        shop_id = self.shop_id

        snippet = self.snippet

        start_time: int | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        updated_at: int | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        value_combo = self.value_combo

        bonus_products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bonus_products, Unset):
            bonus_products = []
            for bonus_products_item_data in self.bonus_products:
                bonus_products_item = bonus_products_item_data.to_dict()
                bonus_products.append(bonus_products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if currency is not UNSET:
            field_dict["currency"] = currency
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if discount_by_percent is not UNSET:
            field_dict["discount_by_percent"] = discount_by_percent
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if is_free_shipping is not UNSET:
            field_dict["is_free_shipping"] = is_free_shipping
        if is_use_percent is not UNSET:
            field_dict["is_use_percent"] = is_use_percent
        if is_value_combo is not UNSET:
            field_dict["is_value_combo"] = is_value_combo
        if is_variation is not UNSET:
            field_dict["is_variation"] = is_variation
        if max_discount_by_percent is not UNSET:
            field_dict["max_discount_by_percent"] = max_discount_by_percent
        if name is not UNSET:
            field_dict["name"] = name
        if order_sources is not UNSET:
            field_dict["order_sources"] = order_sources
        if order_types is not UNSET:
            field_dict["order_types"] = order_types
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if snippet is not UNSET:
            field_dict["snippet"] = snippet
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if value_combo is not UNSET:
            field_dict["value_combo"] = value_combo
        if bonus_products is not UNSET:
            field_dict["bonus_products"] = bonus_products

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id: int | str = d.pop("id")
            if not isinstance(id, (int, str)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(id).__name__}")

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "ComboProduct", exc)

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(currency).__name__}")
        except Exception as exc:
            currency = types.undecoded(src_dict, "currency", "ComboProduct", exc)

        try:
            custom_id: None | str | Unset = d.pop("custom_id", UNSET)
            if not isinstance(custom_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(custom_id).__name__}")

        except Exception as exc:
            custom_id = types.undecoded(src_dict, "custom_id", "ComboProduct", exc)

        try:
            discount_amount = d.pop("discount_amount", UNSET)
            if not isinstance(discount_amount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount_amount).__name__}")
        except Exception as exc:
            discount_amount = types.undecoded(src_dict, "discount_amount", "ComboProduct", exc)

        try:
            discount_by_percent = d.pop("discount_by_percent", UNSET)
            if not isinstance(discount_by_percent, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount_by_percent).__name__}")
        except Exception as exc:
            discount_by_percent = types.undecoded(src_dict, "discount_by_percent", "ComboProduct", exc)

        try:
            end_time: int | str | Unset = d.pop("end_time", UNSET)
            if not isinstance(end_time, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(end_time).__name__}")

        except Exception as exc:
            end_time = types.undecoded(src_dict, "end_time", "ComboProduct", exc)

        try:
            inserted_at: int | str | Unset = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(inserted_at).__name__}")

        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "ComboProduct", exc)

        try:
            is_free_shipping = d.pop("is_free_shipping", UNSET)
            if not isinstance(is_free_shipping, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_free_shipping).__name__}")
        except Exception as exc:
            is_free_shipping = types.undecoded(src_dict, "is_free_shipping", "ComboProduct", exc)

        try:
            is_use_percent = d.pop("is_use_percent", UNSET)
            if not isinstance(is_use_percent, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_use_percent).__name__}")
        except Exception as exc:
            is_use_percent = types.undecoded(src_dict, "is_use_percent", "ComboProduct", exc)

        try:
            is_value_combo = d.pop("is_value_combo", UNSET)
            if not isinstance(is_value_combo, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_value_combo).__name__}")
        except Exception as exc:
            is_value_combo = types.undecoded(src_dict, "is_value_combo", "ComboProduct", exc)

        try:
            is_variation = d.pop("is_variation", UNSET)
            if not isinstance(is_variation, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_variation).__name__}")
        except Exception as exc:
            is_variation = types.undecoded(src_dict, "is_variation", "ComboProduct", exc)

        try:
            max_discount_by_percent = d.pop("max_discount_by_percent", UNSET)
            if not isinstance(max_discount_by_percent, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(max_discount_by_percent).__name__}")
        except Exception as exc:
            max_discount_by_percent = types.undecoded(src_dict, "max_discount_by_percent", "ComboProduct", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "ComboProduct", exc)

        try:
            _order_sources = d.pop("order_sources", UNSET)
            order_sources: list[ComboProductOrderSourcesItem] | Unset = UNSET
            if _order_sources is not UNSET:
                if not isinstance(_order_sources, list):
                    raise TypeError(f"expected an array, got {type(_order_sources).__name__}")
                order_sources = []
                for order_sources_item_data in _order_sources:
                    try:
                        order_sources_item = ComboProductOrderSourcesItem.from_dict(order_sources_item_data)

                    except Exception as item_exc:
                        order_sources_item = types.undecoded_item(order_sources_item_data, "order_sources", item_exc)
                    order_sources.append(order_sources_item)

        except Exception as exc:
            order_sources = types.undecoded(src_dict, "order_sources", "ComboProduct", exc)

        try:

            def _parse_order_types(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    order_types_type_0 = cast(list[str], data)

                    return order_types_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, str):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[str] | str | Unset, data)

            order_types = _parse_order_types(d.pop("order_types", UNSET))

        except Exception as exc:
            order_types = types.undecoded(src_dict, "order_types", "ComboProduct", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "ComboProduct", exc)

        try:
            snippet = d.pop("snippet", UNSET)
        except Exception as exc:
            snippet = types.undecoded(src_dict, "snippet", "ComboProduct", exc)

        try:
            start_time: int | str | Unset = d.pop("start_time", UNSET)
            if not isinstance(start_time, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(start_time).__name__}")

        except Exception as exc:
            start_time = types.undecoded(src_dict, "start_time", "ComboProduct", exc)

        try:
            updated_at: int | str | Unset = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(updated_at).__name__}")

        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "ComboProduct", exc)

        try:
            value_combo = d.pop("value_combo", UNSET)
            if not isinstance(value_combo, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(value_combo).__name__}")
        except Exception as exc:
            value_combo = types.undecoded(src_dict, "value_combo", "ComboProduct", exc)

        try:
            _bonus_products = d.pop("bonus_products", UNSET)
            bonus_products: list[PromotionProductItem] | Unset = UNSET
            if _bonus_products is not UNSET:
                if not isinstance(_bonus_products, list):
                    raise TypeError(f"expected an array, got {type(_bonus_products).__name__}")
                bonus_products = []
                for bonus_products_item_data in _bonus_products:
                    try:
                        bonus_products_item = PromotionProductItem.from_dict(bonus_products_item_data)

                    except Exception as item_exc:
                        bonus_products_item = types.undecoded_item(bonus_products_item_data, "bonus_products", item_exc)
                    bonus_products.append(bonus_products_item)

        except Exception as exc:
            bonus_products = types.undecoded(src_dict, "bonus_products", "ComboProduct", exc)

        combo_product = cls(
            id=id,
            currency=currency,
            custom_id=custom_id,
            discount_amount=discount_amount,
            discount_by_percent=discount_by_percent,
            end_time=end_time,
            inserted_at=inserted_at,
            is_free_shipping=is_free_shipping,
            is_use_percent=is_use_percent,
            is_value_combo=is_value_combo,
            is_variation=is_variation,
            max_discount_by_percent=max_discount_by_percent,
            name=name,
            order_sources=order_sources,
            order_types=order_types,
            shop_id=shop_id,
            snippet=snippet,
            start_time=start_time,
            updated_at=updated_at,
            value_combo=value_combo,
            bonus_products=bonus_products,
        )

        combo_product.additional_properties = d
        return combo_product

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


from ..models.combo_product_order_sources_item import ComboProductOrderSourcesItem
from ..models.promotion_product_item import PromotionProductItem
