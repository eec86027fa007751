from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnedOrderItem")


@_attrs_define
class ReturnedOrderItem:
    """A line returned from the original order (`returned_items[]` of a returned-order record). Documented only by the
    example of “Danh sách đơn hàng đổi trả” (ledger PP-203).

        Attributes:
            id (int | Unset): Returned line id.
            product_id (UUID | Unset): Product id.
            variation_id (UUID | Unset): Variation id.
            returned_quantity (int | Unset): Quantity returned (meaning assumed from the name; the document does not
                describe it).
            discount_each_product (int | Unset): Discount on each unit.
            is_discount_percent (bool | Unset): Whether `discount_each_product` is a percentage.
            variation_info (ReturnedOrderItemVariationInfo | Unset): Snapshot of the variation at return time. Note that in
                the example `id` holds the variation's display code and `product_id` the product's name, not uuids (ledger
                PP-203).
    """

    id: int | Unset = UNSET
    product_id: UUID | Unset = UNSET
    variation_id: UUID | Unset = UNSET
    returned_quantity: int | Unset = UNSET
    discount_each_product: int | Unset = UNSET
    is_discount_percent: bool | Unset = UNSET
    variation_info: ReturnedOrderItemVariationInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

        variation_id: str | Unset = UNSET
        if not isinstance(self.variation_id, Unset):
            variation_id = str(self.variation_id)

        returned_quantity = self.returned_quantity

        discount_each_product = self.discount_each_product

        is_discount_percent = self.is_discount_percent

        variation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variation_info, Unset):
            variation_info = self.variation_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id
        if returned_quantity is not UNSET:
            field_dict["returned_quantity"] = returned_quantity
        if discount_each_product is not UNSET:
            field_dict["discount_each_product"] = discount_each_product
        if is_discount_percent is not UNSET:
            field_dict["is_discount_percent"] = is_discount_percent
        if variation_info is not UNSET:
            field_dict["variation_info"] = variation_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "ReturnedOrderItem", exc)

        try:
            _product_id = d.pop("product_id", UNSET)
            product_id: UUID | Unset
            if isinstance(_product_id, Unset):
                product_id = UNSET
            else:
                product_id = types.parse_uuid(_product_id)

        except Exception as exc:
            product_id = types.undecoded(src_dict, "product_id", "ReturnedOrderItem", exc)

        try:
            _variation_id = d.pop("variation_id", UNSET)
            variation_id: UUID | Unset
            if isinstance(_variation_id, Unset):
                variation_id = UNSET
            else:
                variation_id = types.parse_uuid(_variation_id)

        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "ReturnedOrderItem", exc)

        try:
            returned_quantity = d.pop("returned_quantity", UNSET)
            if not isinstance(returned_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(returned_quantity).__name__}")
        except Exception as exc:
            returned_quantity = types.undecoded(src_dict, "returned_quantity", "ReturnedOrderItem", exc)

        try:
            discount_each_product = d.pop("discount_each_product", UNSET)
            if not isinstance(discount_each_product, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount_each_product).__name__}")
        except Exception as exc:
            discount_each_product = types.undecoded(src_dict, "discount_each_product", "ReturnedOrderItem", exc)

        try:
            is_discount_percent = d.pop("is_discount_percent", UNSET)
            if not isinstance(is_discount_percent, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_discount_percent).__name__}")
        except Exception as exc:
            is_discount_percent = types.undecoded(src_dict, "is_discount_percent", "ReturnedOrderItem", exc)

        try:
            _variation_info = d.pop("variation_info", UNSET)
            variation_info: ReturnedOrderItemVariationInfo | Unset
            if isinstance(_variation_info, Unset):
                variation_info = UNSET
            else:
                variation_info = ReturnedOrderItemVariationInfo.from_dict(_variation_info)

        except Exception as exc:
            variation_info = types.undecoded(src_dict, "variation_info", "ReturnedOrderItem", exc)

        returned_order_item = cls(
            id=id,
            product_id=product_id,
            variation_id=variation_id,
            returned_quantity=returned_quantity,
            discount_each_product=discount_each_product,
            is_discount_percent=is_discount_percent,
            variation_info=variation_info,
        )

        returned_order_item.additional_properties = d
        return returned_order_item

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


from ..models.returned_order_item_variation_info import ReturnedOrderItemVariationInfo
