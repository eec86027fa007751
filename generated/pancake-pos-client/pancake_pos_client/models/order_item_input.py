from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItemInput")


@_attrs_define
class OrderItemInput:
    """An order line as "Tạo đơn hàng" sends it: the nine fields of the source's "Item" table. Fields the server sets on an
    order line (id, inserted_at, returned_count, measure_group_id, note, assigning_seller_id,
    quantity_by_combo_products) are in `OrderItem`, the answer's shape, and are not offered here (ledger PP-433).

        Attributes:
            product_id (UUID | Unset): Product id ("Mã sản phẩm"), from `GET /variations`.
            variation_id (UUID | Unset): Variation id ("Mã mẫu mã"), from `GET /variations`.
            quantity (int | Unset): Quantity ("Số lượng sản phẩm"). Default: 0.
            discount_each_product (int | Unset): Discount on each unit ("Khuyến mãi trên từng sản phẩm"). Default: 0.
            is_discount_percent (bool | Unset): Whether `discount_each_product` is a percentage ("Khuyến mãi trên từng sản
                phẩm theo phần trăm"). Default: False.
            is_bonus_product (bool | Unset): Free gift line ("Sản phẩm tặng kèm"). Default: False.
            is_wholesale (bool | Unset): Sold at wholesale price ("Bán sỉ"). Default: False.
            one_time_product (bool | Unset): Product added on the fly, not in the catalogue ("Sản phẩm thêm nhanh").
                Default: False.
            variation_info (OrderVariationInfoInput | Unset): The variation snapshot "Tạo đơn hàng" sends on an order line
                (`items[].variation_info`, typed only "json" by the table): the fields of the source's request example. The rest
                of `OrderVariationInfo` (barcode, images, inserted_at, measure_info, …) is what the server answers (ledger
                PP-433).
    """

    product_id: UUID | Unset = UNSET
    variation_id: UUID | Unset = UNSET
    quantity: int | Unset = 0
    discount_each_product: int | Unset = 0
    is_discount_percent: bool | Unset = False
    is_bonus_product: bool | Unset = False
    is_wholesale: bool | Unset = False
    one_time_product: bool | Unset = False
    variation_info: OrderVariationInfoInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

        variation_id: str | Unset = UNSET
        if not isinstance(self.variation_id, Unset):
            variation_id = str(self.variation_id)

        quantity = self.quantity

        discount_each_product = self.discount_each_product

        is_discount_percent = self.is_discount_percent

        is_bonus_product = self.is_bonus_product

        is_wholesale = self.is_wholesale

        one_time_product = self.one_time_product

        variation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variation_info, Unset):
            variation_info = self.variation_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if discount_each_product is not UNSET:
            field_dict["discount_each_product"] = discount_each_product
        if is_discount_percent is not UNSET:
            field_dict["is_discount_percent"] = is_discount_percent
        if is_bonus_product is not UNSET:
            field_dict["is_bonus_product"] = is_bonus_product
        if is_wholesale is not UNSET:
            field_dict["is_wholesale"] = is_wholesale
        if one_time_product is not UNSET:
            field_dict["one_time_product"] = one_time_product
        if variation_info is not UNSET:
            field_dict["variation_info"] = variation_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _product_id = d.pop("product_id", UNSET)
            product_id: UUID | Unset
            if isinstance(_product_id, Unset):
                product_id = UNSET
            else:
                product_id = types.parse_uuid(_product_id)

        except Exception as exc:
            product_id = types.undecoded(src_dict, "product_id", "OrderItemInput", exc)

        try:
            _variation_id = d.pop("variation_id", UNSET)
            variation_id: UUID | Unset
            if isinstance(_variation_id, Unset):
                variation_id = UNSET
            else:
                variation_id = types.parse_uuid(_variation_id)

        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "OrderItemInput", exc)

        try:
            quantity = d.pop("quantity", UNSET)
            if not isinstance(quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "OrderItemInput", exc)

        try:
            discount_each_product = d.pop("discount_each_product", UNSET)
            if not isinstance(discount_each_product, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount_each_product).__name__}")
        except Exception as exc:
            discount_each_product = types.undecoded(src_dict, "discount_each_product", "OrderItemInput", exc)

        try:
            is_discount_percent = d.pop("is_discount_percent", UNSET)
            if not isinstance(is_discount_percent, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_discount_percent).__name__}")
        except Exception as exc:
            is_discount_percent = types.undecoded(src_dict, "is_discount_percent", "OrderItemInput", exc)

        try:
            is_bonus_product = d.pop("is_bonus_product", UNSET)
            if not isinstance(is_bonus_product, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_bonus_product).__name__}")
        except Exception as exc:
            is_bonus_product = types.undecoded(src_dict, "is_bonus_product", "OrderItemInput", exc)

        try:
            is_wholesale = d.pop("is_wholesale", UNSET)
            if not isinstance(is_wholesale, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_wholesale).__name__}")
        except Exception as exc:
            is_wholesale = types.undecoded(src_dict, "is_wholesale", "OrderItemInput", exc)

        try:
            one_time_product = d.pop("one_time_product", UNSET)
            if not isinstance(one_time_product, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(one_time_product).__name__}")
        except Exception as exc:
            one_time_product = types.undecoded(src_dict, "one_time_product", "OrderItemInput", exc)

        try:
            _variation_info = d.pop("variation_info", UNSET)
            variation_info: OrderVariationInfoInput | Unset
            if isinstance(_variation_info, Unset):
                variation_info = UNSET
            else:
                variation_info = OrderVariationInfoInput.from_dict(_variation_info)

        except Exception as exc:
            variation_info = types.undecoded(src_dict, "variation_info", "OrderItemInput", exc)

        order_item_input = cls(
            product_id=product_id,
            variation_id=variation_id,
            quantity=quantity,
            discount_each_product=discount_each_product,
            is_discount_percent=is_discount_percent,
            is_bonus_product=is_bonus_product,
            is_wholesale=is_wholesale,
            one_time_product=one_time_product,
            variation_info=variation_info,
        )

        order_item_input.additional_properties = d
        return order_item_input

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


from ..models.order_variation_info_input import OrderVariationInfoInput
