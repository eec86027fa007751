from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.customer_level_discount_type_type_0 import (
    CustomerLevelDiscountTypeType0,
    check_customer_level_discount_type_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerLevel")


@_attrs_define
class CustomerLevel:
    """A customer level (“Cấp độ khách hàng”), as listed by `GET /shops/{shop_id}/customer_levels`. A customer reaches the
    level by order count, points or total purchases, and then gets the level's discount.

        Attributes:
            id (UUID): Level id (the `level_id` of “Cập nhật khách hàng”).
            name (str | Unset): Level name.
            shop_id (int | Unset): Shop id (only in the example, not in the table; ledger PP-206).
            color_customer_level (str | Unset): Colour of the level (hex, e.g. "#87d068").
            discount (int | Unset): Discount value (an amount or a percentage, per `discount_type`).
            discount_type (CustomerLevelDiscountTypeType0 | int | Unset): Kind of discount. Open (ledger PP-431); a kind the
                document does not list is kept.
            upgrade_by_order_count (int | Unset): Order count needed to reach the level.
            upgrade_by_point (int | Unset): Points needed to reach the level.
            upgrade_by_total_purchase (int | Unset): Total purchases needed to reach the level.
    """

    id: UUID
    name: str | Unset = UNSET
    shop_id: int | Unset = UNSET
    color_customer_level: str | Unset = UNSET
    discount: int | Unset = UNSET
    discount_type: CustomerLevelDiscountTypeType0 | int | Unset = UNSET
    upgrade_by_order_count: int | Unset = UNSET
    upgrade_by_point: int | Unset = UNSET
    upgrade_by_total_purchase: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = str(self.id)
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        name = self.name

        shop_id = self.shop_id

        color_customer_level = self.color_customer_level

        discount = self.discount

        discount_type: int | Unset
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        elif isinstance(self.discount_type, int):
            discount_type = self.discount_type
        else:
            discount_type = self.discount_type

        upgrade_by_order_count = self.upgrade_by_order_count

        upgrade_by_point = self.upgrade_by_point

        upgrade_by_total_purchase = self.upgrade_by_total_purchase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if name is not UNSET:
            field_dict["name"] = name
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if color_customer_level is not UNSET:
            field_dict["color_customer_level"] = color_customer_level
        if discount is not UNSET:
            field_dict["discount"] = discount
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        if upgrade_by_order_count is not UNSET:
            field_dict["upgrade_by_order_count"] = upgrade_by_order_count
        if upgrade_by_point is not UNSET:
            field_dict["upgrade_by_point"] = upgrade_by_point
        if upgrade_by_total_purchase is not UNSET:
            field_dict["upgrade_by_total_purchase"] = upgrade_by_total_purchase

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = types.parse_uuid(d.pop("id"))

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "CustomerLevel", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "CustomerLevel", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "CustomerLevel", exc)

        try:
            color_customer_level = d.pop("color_customer_level", UNSET)
            if not isinstance(color_customer_level, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(color_customer_level).__name__}")
        except Exception as exc:
            color_customer_level = types.undecoded(src_dict, "color_customer_level", "CustomerLevel", exc)

        try:
            discount = d.pop("discount", UNSET)
            if not isinstance(discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(src_dict, "discount", "CustomerLevel", exc)

        try:

            def _parse_discount_type(data: object) -> CustomerLevelDiscountTypeType0 | int | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    discount_type_type_0 = check_customer_level_discount_type_type_0(data)

                    return discount_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, int):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(CustomerLevelDiscountTypeType0 | int | Unset, data)

            discount_type = _parse_discount_type(d.pop("discount_type", UNSET))

        except Exception as exc:
            discount_type = types.undecoded(src_dict, "discount_type", "CustomerLevel", exc)

        try:
            upgrade_by_order_count = d.pop("upgrade_by_order_count", UNSET)
            if not isinstance(upgrade_by_order_count, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(upgrade_by_order_count).__name__}")
        except Exception as exc:
            upgrade_by_order_count = types.undecoded(src_dict, "upgrade_by_order_count", "CustomerLevel", exc)

        try:
            upgrade_by_point = d.pop("upgrade_by_point", UNSET)
            if not isinstance(upgrade_by_point, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(upgrade_by_point).__name__}")
        except Exception as exc:
            upgrade_by_point = types.undecoded(src_dict, "upgrade_by_point", "CustomerLevel", exc)

        try:
            upgrade_by_total_purchase = d.pop("upgrade_by_total_purchase", UNSET)
            if not isinstance(upgrade_by_total_purchase, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(upgrade_by_total_purchase).__name__}")
        except Exception as exc:
            upgrade_by_total_purchase = types.undecoded(src_dict, "upgrade_by_total_purchase", "CustomerLevel", exc)

        customer_level = cls(
            id=id,
            name=name,
            shop_id=shop_id,
            color_customer_level=color_customer_level,
            discount=discount,
            discount_type=discount_type,
            upgrade_by_order_count=upgrade_by_order_count,
            upgrade_by_point=upgrade_by_point,
            upgrade_by_total_purchase=upgrade_by_total_purchase,
        )

        customer_level.additional_properties = d
        return customer_level

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
