from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """An order line (`items[]`; tables "Item" of "Tạo đơn hàng" and "items (1.4)" of "Thông tin đơn hàng"). Used in
    responses and in the update request body; no field is marked required by the source. The create table's defaults sit
    on `OrderItemInput` (a default on an answer would make the client invent a value the server did not send).

        Attributes:
            id (int | Unset): Order line id (only in the "Thông tin đơn hàng" example).
            product_id (UUID | Unset): Product id ("Mã sản phẩm"), from `GET /variations`.
            variation_id (UUID | Unset): Variation id ("Mã mẫu mã"), from `GET /variations`.
            quantity (int | Unset): Quantity ("Số lượng sản phẩm").
            discount_each_product (int | Unset): Discount on each unit ("Khuyến mãi trên từng sản phẩm").
            is_discount_percent (bool | Unset): Whether `discount_each_product` is a percentage ("Khuyến mãi trên từng sản
                phẩm theo phần trăm").
            is_bonus_product (bool | Unset): Free gift line ("Sản phẩm tặng kèm").
            is_wholesale (bool | Unset): Sold at wholesale price ("Bán sỉ").
            one_time_product (bool | Unset): Product added on the fly, not in the catalogue ("Sản phẩm thêm nhanh").
            measure_group_id (int | Unset): Unit-of-measure group id ("Mã nhóm ĐVT").
            note (str | Unset): Line note ("Ghi chú").
            inserted_at (str | Unset): Creation time ("Thời điểm tạo"), ISO-8601 local time without offset.
            returned_count (int | Unset): Quantity returned (only in examples).
            assigning_seller_id (UUID | Unset): Seller assigned to the line (only in examples).
            quantity_by_combo_products (list[Any] | Unset): Quantities taken by combos (only in examples, always empty; item
                shape not documented).
            variation_info (OrderVariationInfo | Unset): Snapshot of the product variation on an order line
                (`items[].variation_info`, "Thông tin chi tiết sản phẩm"). The source types it as "json" and documents only
                `measure_info`; the other fields come from the examples.
    """

    id: int | Unset = UNSET
    product_id: UUID | Unset = UNSET
    variation_id: UUID | Unset = UNSET
    quantity: int | Unset = UNSET
    discount_each_product: int | Unset = UNSET
    is_discount_percent: bool | Unset = UNSET
    is_bonus_product: bool | Unset = UNSET
    is_wholesale: bool | Unset = UNSET
    one_time_product: bool | Unset = UNSET
    measure_group_id: int | Unset = UNSET
    note: str | Unset = UNSET
    inserted_at: str | Unset = UNSET
    returned_count: int | Unset = UNSET
    assigning_seller_id: UUID | Unset = UNSET
    quantity_by_combo_products: list[Any] | Unset = UNSET
    variation_info: OrderVariationInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        measure_group_id = self.measure_group_id

        note = self.note

        inserted_at = self.inserted_at

        returned_count = self.returned_count

        assigning_seller_id: str | Unset = UNSET
        if not isinstance(self.assigning_seller_id, Unset):
            assigning_seller_id = str(self.assigning_seller_id)

        quantity_by_combo_products: list[Any] | Unset = UNSET
        if not isinstance(self.quantity_by_combo_products, Unset):
            quantity_by_combo_products = self.quantity_by_combo_products

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
        if measure_group_id is not UNSET:
            field_dict["measure_group_id"] = measure_group_id
        if note is not UNSET:
            field_dict["note"] = note
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if returned_count is not UNSET:
            field_dict["returned_count"] = returned_count
        if assigning_seller_id is not UNSET:
            field_dict["assigning_seller_id"] = assigning_seller_id
        if quantity_by_combo_products is not UNSET:
            field_dict["quantity_by_combo_products"] = quantity_by_combo_products
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
            id = types.undecoded(src_dict, "id", "OrderItem", exc)

        try:
            _product_id = d.pop("product_id", UNSET)
            product_id: UUID | Unset
            if isinstance(_product_id, Unset):
                product_id = UNSET
            else:
                product_id = types.parse_uuid(_product_id)

        except Exception as exc:
            product_id = types.undecoded(src_dict, "product_id", "OrderItem", exc)

        try:
            _variation_id = d.pop("variation_id", UNSET)
            variation_id: UUID | Unset
            if isinstance(_variation_id, Unset):
                variation_id = UNSET
            else:
                variation_id = types.parse_uuid(_variation_id)

        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "OrderItem", exc)

        try:
            quantity = d.pop("quantity", UNSET)
            if not isinstance(quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity).__name__}")
        except Exception as exc:
            quantity = types.undecoded(src_dict, "quantity", "OrderItem", exc)

        try:
            discount_each_product = d.pop("discount_each_product", UNSET)
            if not isinstance(discount_each_product, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount_each_product).__name__}")
        except Exception as exc:
            discount_each_product = types.undecoded(src_dict, "discount_each_product", "OrderItem", exc)

        try:
            is_discount_percent = d.pop("is_discount_percent", UNSET)
            if not isinstance(is_discount_percent, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_discount_percent).__name__}")
        except Exception as exc:
            is_discount_percent = types.undecoded(src_dict, "is_discount_percent", "OrderItem", exc)

        try:
            is_bonus_product = d.pop("is_bonus_product", UNSET)
            if not isinstance(is_bonus_product, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_bonus_product).__name__}")
        except Exception as exc:
            is_bonus_product = types.undecoded(src_dict, "is_bonus_product", "OrderItem", exc)

        try:
            is_wholesale = d.pop("is_wholesale", UNSET)
            if not isinstance(is_wholesale, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_wholesale).__name__}")
        except Exception as exc:
            is_wholesale = types.undecoded(src_dict, "is_wholesale", "OrderItem", exc)

        try:
            one_time_product = d.pop("one_time_product", UNSET)
            if not isinstance(one_time_product, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(one_time_product).__name__}")
        except Exception as exc:
            one_time_product = types.undecoded(src_dict, "one_time_product", "OrderItem", exc)

        try:
            measure_group_id = d.pop("measure_group_id", UNSET)
            if not isinstance(measure_group_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(measure_group_id).__name__}")
        except Exception as exc:
            measure_group_id = types.undecoded(src_dict, "measure_group_id", "OrderItem", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "OrderItem", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "OrderItem", exc)

        try:
            returned_count = d.pop("returned_count", UNSET)
            if not isinstance(returned_count, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(returned_count).__name__}")
        except Exception as exc:
            returned_count = types.undecoded(src_dict, "returned_count", "OrderItem", exc)

        try:
            _assigning_seller_id = d.pop("assigning_seller_id", UNSET)
            assigning_seller_id: UUID | Unset
            if isinstance(_assigning_seller_id, Unset):
                assigning_seller_id = UNSET
            else:
                assigning_seller_id = types.parse_uuid(_assigning_seller_id)

        except Exception as exc:
            assigning_seller_id = types.undecoded(src_dict, "assigning_seller_id", "OrderItem", exc)

        try:
            quantity_by_combo_products: list[Any] = d.pop("quantity_by_combo_products", UNSET)

        except Exception as exc:
            quantity_by_combo_products = types.undecoded(src_dict, "quantity_by_combo_products", "OrderItem", exc)

        try:
            _variation_info = d.pop("variation_info", UNSET)
            variation_info: OrderVariationInfo | Unset
            if isinstance(_variation_info, Unset):
                variation_info = UNSET
            else:
                variation_info = OrderVariationInfo.from_dict(_variation_info)

        except Exception as exc:
            variation_info = types.undecoded(src_dict, "variation_info", "OrderItem", exc)

        order_item = cls(
            id=id,
            product_id=product_id,
            variation_id=variation_id,
            quantity=quantity,
            discount_each_product=discount_each_product,
            is_discount_percent=is_discount_percent,
            is_bonus_product=is_bonus_product,
            is_wholesale=is_wholesale,
            one_time_product=one_time_product,
            measure_group_id=measure_group_id,
            note=note,
            inserted_at=inserted_at,
            returned_count=returned_count,
            assigning_seller_id=assigning_seller_id,
            quantity_by_combo_products=quantity_by_combo_products,
            variation_info=variation_info,
        )

        order_item.additional_properties = d
        return order_item

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


from ..models.order_variation_info import OrderVariationInfo
