from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.promotion_advance_type import (
    PromotionAdvanceType,
    check_promotion_advance_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionAdvanceInput")


@_attrs_define
class PromotionAdvanceInput:
    """Advanced-promotion fields sent in `promotion_advance`. The source has no request table: fields follow the request
    examples (the update example repeats read-only fields such as `id`, `display_id`, `inserted_at`) and types follow
    the list response table; none is marked required.

        Attributes:
            arr_level_promotion (list[Any] | Unset): Promotion levels. Item structure not documented (the source only shows
                empty arrays).
            bonus_items (list[Any] | Unset): Bonus products. Item structure not documented (the source only shows empty
                arrays).
            coupon_info (None | PromotionCouponInfo | Unset): Coupon settings (table type `json`); null in one example.
            creator_id (str | Unset): Creator user id (uuid).
            customer_tags (list[str] | Unset): Customer tags the promotion applies to.
            discount_by_quantity (int | Unset): Discount by quantity.
            display_id (int | str | Unset): Display id. The table says string; the examples send integers.
            end_time (None | str | Unset): End time (vendor datetime string); null when open-ended.
            group_name (str | Unset): Promotion group.
            id (str | Unset): Promotion id (uuid).
            inserted_at (str | Unset): Creation time. Vendor datetime string without time zone, e.g. `2021-10-13T02:22:04`.
            is_activated (bool | Unset): Whether the promotion is active.
            is_discount_in_birthday_customer (bool | None | Unset): Promotion for customers on their birthday.
            is_free_shipping (bool | Unset): Free shipping.
            is_used (bool | None | Unset): Whether the promotion has been used.
            is_variation (bool | Unset): Whether the promotion applies per variation.
            level_order_prices (list[Any] | None | Unset): Order-value promotion levels (table type `json`; the examples
                show `[]` and null). Item structure not documented.
            name (str | Unset): Promotion name.
            order_sources (list[Any] | Unset): Order sources the promotion applies to. Item structure not documented (the
                source only shows empty arrays).
            post_ids (list[Any] | Unset): Post ids the promotion applies to. Item structure not documented (the source only
                shows empty arrays).
            priority_level (int | None | Unset): Priority level.
            promo_code_info (PromotionPromoCodeInfo | Unset): Promo-code settings (Thông tin mã khuyến mãi).
            shop_id (int | Unset): Shop id.
            start_time (None | str | Unset): Start time (vendor datetime string); null when not set.
            total_quantity_bonus (int | Unset): Total bonus quantity.
            type_ (PromotionAdvanceType | Unset): Advanced promotion type (Loại khuyến mãi), from the table under "Tạo
                khuyến mãi nâng cao".
            type_employee (None | str | Unset): Which employees the promotion applies to (e.g. `all`).
            updated_at (str | Unset): Last update time. Vendor datetime string without time zone, e.g.
                `2021-10-13T02:22:04`.
            warehouse_ids (list[str] | Unset): Warehouse ids (`"-1"` in the create example).
            items (list[Any] | Unset): Items of the promotion. Appears only in the create example; not in any table. Item
                structure not documented (the source only shows empty arrays).
            is_loading_item (bool | Unset): Appears only in the create example (a UI flag); not in any table.
    """

    arr_level_promotion: list[Any] | Unset = UNSET
    bonus_items: list[Any] | Unset = UNSET
    coupon_info: None | PromotionCouponInfo | Unset = UNSET
    creator_id: str | Unset = UNSET
    customer_tags: list[str] | Unset = UNSET
    discount_by_quantity: int | Unset = UNSET
    display_id: int | str | Unset = UNSET
    end_time: None | str | Unset = UNSET
    group_name: str | Unset = UNSET
    id: str | Unset = UNSET
    inserted_at: str | Unset = UNSET
    is_activated: bool | Unset = UNSET
    is_discount_in_birthday_customer: bool | None | Unset = UNSET
    is_free_shipping: bool | Unset = UNSET
    is_used: bool | None | Unset = UNSET
    is_variation: bool | Unset = UNSET
    level_order_prices: list[Any] | None | Unset = UNSET
    name: str | Unset = UNSET
    order_sources: list[Any] | Unset = UNSET
    post_ids: list[Any] | Unset = UNSET
    priority_level: int | None | Unset = UNSET
    promo_code_info: PromotionPromoCodeInfo | Unset = UNSET
    shop_id: int | Unset = UNSET
    start_time: None | str | Unset = UNSET
    total_quantity_bonus: int | Unset = UNSET
    type_: PromotionAdvanceType | Unset = UNSET
    type_employee: None | str | Unset = UNSET
    updated_at: str | Unset = UNSET
    warehouse_ids: list[str] | Unset = UNSET
    items: list[Any] | Unset = UNSET
    is_loading_item: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arr_level_promotion: list[Any] | Unset = UNSET
        if not isinstance(self.arr_level_promotion, Unset):
            arr_level_promotion = self.arr_level_promotion

        bonus_items: list[Any] | Unset = UNSET
        if not isinstance(self.bonus_items, Unset):
            bonus_items = self.bonus_items

        coupon_info: dict[str, Any] | None | Unset
        if isinstance(self.coupon_info, Unset):
            coupon_info = UNSET
        elif isinstance(self.coupon_info, PromotionCouponInfo):
            coupon_info = self.coupon_info.to_dict()
        else:
            coupon_info = self.coupon_info

        creator_id = self.creator_id

        customer_tags: list[str] | Unset = UNSET
        if not isinstance(self.customer_tags, Unset):
            customer_tags = self.customer_tags

        discount_by_quantity = self.discount_by_quantity

        display_id: int | str | Unset
        if isinstance(self.display_id, Unset):
            display_id = UNSET
        else:
            display_id = self.display_id

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        group_name = self.group_name

        id = self.id

        inserted_at = self.inserted_at

        is_activated = self.is_activated

        is_discount_in_birthday_customer: bool | None | Unset
        if isinstance(self.is_discount_in_birthday_customer, Unset):
            is_discount_in_birthday_customer = UNSET
        else:
            is_discount_in_birthday_customer = self.is_discount_in_birthday_customer

        is_free_shipping = self.is_free_shipping

        is_used: bool | None | Unset
        if isinstance(self.is_used, Unset):
            is_used = UNSET
        else:
            is_used = self.is_used

        is_variation = self.is_variation

        level_order_prices: list[Any] | None | Unset
        if isinstance(self.level_order_prices, Unset):
            level_order_prices = UNSET
        elif isinstance(self.level_order_prices, list):
            level_order_prices = self.level_order_prices

        else:
            level_order_prices = self.level_order_prices

        name = self.name

        order_sources: list[Any] | Unset = UNSET
        if not isinstance(self.order_sources, Unset):
            order_sources = self.order_sources

        post_ids: list[Any] | Unset = UNSET
        if not isinstance(self.post_ids, Unset):
            post_ids = self.post_ids

        priority_level: int | None | Unset
        if isinstance(self.priority_level, Unset):
            priority_level = UNSET
        else:
            priority_level = self.priority_level

        promo_code_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promo_code_info, Unset):
            promo_code_info = self.promo_code_info.to_dict()

        shop_id = self.shop_id

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        total_quantity_bonus = self.total_quantity_bonus

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        type_employee: None | str | Unset
        if isinstance(self.type_employee, Unset):
            type_employee = UNSET
        else:
            type_employee = self.type_employee

        updated_at = self.updated_at

        warehouse_ids: list[str] | Unset = UNSET
        if not isinstance(self.warehouse_ids, Unset):
            warehouse_ids = self.warehouse_ids

        items: list[Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items

        is_loading_item = self.is_loading_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arr_level_promotion is not UNSET:
            field_dict["arr_level_promotion"] = arr_level_promotion
        if bonus_items is not UNSET:
            field_dict["bonus_items"] = bonus_items
        if coupon_info is not UNSET:
            field_dict["coupon_info"] = coupon_info
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if customer_tags is not UNSET:
            field_dict["customer_tags"] = customer_tags
        if discount_by_quantity is not UNSET:
            field_dict["discount_by_quantity"] = discount_by_quantity
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if id is not UNSET:
            field_dict["id"] = id
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if is_activated is not UNSET:
            field_dict["is_activated"] = is_activated
        if is_discount_in_birthday_customer is not UNSET:
            field_dict["is_discount_in_birthday_customer"] = is_discount_in_birthday_customer
        if is_free_shipping is not UNSET:
            field_dict["is_free_shipping"] = is_free_shipping
        if is_used is not UNSET:
            field_dict["is_used"] = is_used
        if is_variation is not UNSET:
            field_dict["is_variation"] = is_variation
        if level_order_prices is not UNSET:
            field_dict["level_order_prices"] = level_order_prices
        if name is not UNSET:
            field_dict["name"] = name
        if order_sources is not UNSET:
            field_dict["order_sources"] = order_sources
        if post_ids is not UNSET:
            field_dict["post_ids"] = post_ids
        if priority_level is not UNSET:
            field_dict["priority_level"] = priority_level
        if promo_code_info is not UNSET:
            field_dict["promo_code_info"] = promo_code_info
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if total_quantity_bonus is not UNSET:
            field_dict["total_quantity_bonus"] = total_quantity_bonus
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_employee is not UNSET:
            field_dict["type_employee"] = type_employee
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if warehouse_ids is not UNSET:
            field_dict["warehouse_ids"] = warehouse_ids
        if items is not UNSET:
            field_dict["items"] = items
        if is_loading_item is not UNSET:
            field_dict["isLoadingItem"] = is_loading_item

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            arr_level_promotion: list[Any] = d.pop("arr_level_promotion", UNSET)

        except Exception as exc:
            arr_level_promotion = types.undecoded(src_dict, "arr_level_promotion", "PromotionAdvanceInput", exc)

        try:
            bonus_items: list[Any] = d.pop("bonus_items", UNSET)

        except Exception as exc:
            bonus_items = types.undecoded(src_dict, "bonus_items", "PromotionAdvanceInput", exc)

        try:

            def _parse_coupon_info(data: object) -> None | PromotionCouponInfo | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    coupon_info_type_0 = PromotionCouponInfo.from_dict(data)

                    return coupon_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(None | PromotionCouponInfo | Unset, data)

            coupon_info = _parse_coupon_info(d.pop("coupon_info", UNSET))

        except Exception as exc:
            coupon_info = types.undecoded(src_dict, "coupon_info", "PromotionAdvanceInput", exc)

        try:
            creator_id = d.pop("creator_id", UNSET)
            if not isinstance(creator_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(creator_id).__name__}")
        except Exception as exc:
            creator_id = types.undecoded(src_dict, "creator_id", "PromotionAdvanceInput", exc)

        try:
            customer_tags = cast(list[str], d.pop("customer_tags", UNSET))

        except Exception as exc:
            customer_tags = types.undecoded(src_dict, "customer_tags", "PromotionAdvanceInput", exc)

        try:
            discount_by_quantity = d.pop("discount_by_quantity", UNSET)
            if not isinstance(discount_by_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount_by_quantity).__name__}")
        except Exception as exc:
            discount_by_quantity = types.undecoded(src_dict, "discount_by_quantity", "PromotionAdvanceInput", exc)

        try:
            display_id: int | str | Unset = d.pop("display_id", UNSET)
            if not isinstance(display_id, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(display_id).__name__}")

        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "PromotionAdvanceInput", exc)

        try:
            end_time: None | str | Unset = d.pop("end_time", UNSET)
            if not isinstance(end_time, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(end_time).__name__}")

        except Exception as exc:
            end_time = types.undecoded(src_dict, "end_time", "PromotionAdvanceInput", exc)

        try:
            group_name = d.pop("group_name", UNSET)
            if not isinstance(group_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(group_name).__name__}")
        except Exception as exc:
            group_name = types.undecoded(src_dict, "group_name", "PromotionAdvanceInput", exc)

        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "PromotionAdvanceInput", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "PromotionAdvanceInput", exc)

        try:
            is_activated = d.pop("is_activated", UNSET)
            if not isinstance(is_activated, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_activated).__name__}")
        except Exception as exc:
            is_activated = types.undecoded(src_dict, "is_activated", "PromotionAdvanceInput", exc)

        try:
            is_discount_in_birthday_customer: bool | None | Unset = d.pop("is_discount_in_birthday_customer", UNSET)
            if not isinstance(is_discount_in_birthday_customer, (bool, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(
                    f"no branch of the union decodes a {type(is_discount_in_birthday_customer).__name__}"
                )

        except Exception as exc:
            is_discount_in_birthday_customer = types.undecoded(
                src_dict, "is_discount_in_birthday_customer", "PromotionAdvanceInput", exc
            )

        try:
            is_free_shipping = d.pop("is_free_shipping", UNSET)
            if not isinstance(is_free_shipping, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_free_shipping).__name__}")
        except Exception as exc:
            is_free_shipping = types.undecoded(src_dict, "is_free_shipping", "PromotionAdvanceInput", exc)

        try:
            is_used: bool | None | Unset = d.pop("is_used", UNSET)
            if not isinstance(is_used, (bool, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(is_used).__name__}")

        except Exception as exc:
            is_used = types.undecoded(src_dict, "is_used", "PromotionAdvanceInput", exc)

        try:
            is_variation = d.pop("is_variation", UNSET)
            if not isinstance(is_variation, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_variation).__name__}")
        except Exception as exc:
            is_variation = types.undecoded(src_dict, "is_variation", "PromotionAdvanceInput", exc)

        try:

            def _parse_level_order_prices(data: object) -> list[Any] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    level_order_prices_type_0: list[Any] = data

                    return level_order_prices_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[Any] | None | Unset, data)

            level_order_prices = _parse_level_order_prices(d.pop("level_order_prices", UNSET))

        except Exception as exc:
            level_order_prices = types.undecoded(src_dict, "level_order_prices", "PromotionAdvanceInput", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "PromotionAdvanceInput", exc)

        try:
            order_sources: list[Any] = d.pop("order_sources", UNSET)

        except Exception as exc:
            order_sources = types.undecoded(src_dict, "order_sources", "PromotionAdvanceInput", exc)

        try:
            post_ids: list[Any] = d.pop("post_ids", UNSET)

        except Exception as exc:
            post_ids = types.undecoded(src_dict, "post_ids", "PromotionAdvanceInput", exc)

        try:
            priority_level: int | None | Unset = d.pop("priority_level", UNSET)
            if not isinstance(priority_level, (int, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(priority_level).__name__}")

        except Exception as exc:
            priority_level = types.undecoded(src_dict, "priority_level", "PromotionAdvanceInput", exc)

        try:
            _promo_code_info = d.pop("promo_code_info", UNSET)
            promo_code_info: PromotionPromoCodeInfo | Unset
            if isinstance(_promo_code_info, Unset):
                promo_code_info = UNSET
            else:
                promo_code_info = PromotionPromoCodeInfo.from_dict(_promo_code_info)

        except Exception as exc:
            promo_code_info = types.undecoded(src_dict, "promo_code_info", "PromotionAdvanceInput", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "PromotionAdvanceInput", exc)

        try:
            start_time: None | str | Unset = d.pop("start_time", UNSET)
            if not isinstance(start_time, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(start_time).__name__}")

        except Exception as exc:
            start_time = types.undecoded(src_dict, "start_time", "PromotionAdvanceInput", exc)

        try:
            total_quantity_bonus = d.pop("total_quantity_bonus", UNSET)
            if not isinstance(total_quantity_bonus, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_quantity_bonus).__name__}")
        except Exception as exc:
            total_quantity_bonus = types.undecoded(src_dict, "total_quantity_bonus", "PromotionAdvanceInput", exc)

        try:
            _type_ = d.pop("type", UNSET)
            type_: PromotionAdvanceType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_promotion_advance_type(_type_)

        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "PromotionAdvanceInput", exc)

        try:
            type_employee: None | str | Unset = d.pop("type_employee", UNSET)
            if not isinstance(type_employee, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(type_employee).__name__}")

        except Exception as exc:
            type_employee = types.undecoded(src_dict, "type_employee", "PromotionAdvanceInput", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "PromotionAdvanceInput", exc)

        try:
            warehouse_ids = cast(list[str], d.pop("warehouse_ids", UNSET))

        except Exception as exc:
            warehouse_ids = types.undecoded(src_dict, "warehouse_ids", "PromotionAdvanceInput", exc)

        try:
            items: list[Any] = d.pop("items", UNSET)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "PromotionAdvanceInput", exc)

        try:
            is_loading_item = d.pop("isLoadingItem", UNSET)
            if not isinstance(is_loading_item, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_loading_item).__name__}")
        except Exception as exc:
            is_loading_item = types.undecoded(src_dict, "isLoadingItem", "PromotionAdvanceInput", exc)

        promotion_advance_input = cls(
            arr_level_promotion=arr_level_promotion,
            bonus_items=bonus_items,
            coupon_info=coupon_info,
            creator_id=creator_id,
            customer_tags=customer_tags,
            discount_by_quantity=discount_by_quantity,
            display_id=display_id,
            end_time=end_time,
            group_name=group_name,
            id=id,
            inserted_at=inserted_at,
            is_activated=is_activated,
            is_discount_in_birthday_customer=is_discount_in_birthday_customer,
            is_free_shipping=is_free_shipping,
            is_used=is_used,
            is_variation=is_variation,
            level_order_prices=level_order_prices,
            name=name,
            order_sources=order_sources,
            post_ids=post_ids,
            priority_level=priority_level,
            promo_code_info=promo_code_info,
            shop_id=shop_id,
            start_time=start_time,
            total_quantity_bonus=total_quantity_bonus,
            type_=type_,
            type_employee=type_employee,
            updated_at=updated_at,
            warehouse_ids=warehouse_ids,
            items=items,
            is_loading_item=is_loading_item,
        )

        promotion_advance_input.additional_properties = d
        return promotion_advance_input

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


from ..models.promotion_coupon_info import PromotionCouponInfo
from ..models.promotion_promo_code_info import PromotionPromoCodeInfo
