from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionVariationWarehouse")


@_attrs_define
class PromotionVariationWarehouse:
    """Stock of one variation in one warehouse, as embedded in promotion product entries. Documented from the example only
    (the source has no table for it).

        Attributes:
            actual_remain_quantity (int | Unset): Actual quantity in stock.
            adjustments (list[PromotionVariationWarehouseAdjustmentsItem] | Unset): Stock adjustment history (meaning
                assumed from the name; the document does not describe it).
            batch_position (str | Unset): Batch position label, e.g. `1.A.1` (meaning assumed from the name; the document
                does not describe it).
            defect_quantity (int | Unset):
            id (str | Unset): Variation-warehouse record id (uuid).
            pending_quantity (int | Unset):
            pending_transfer_quantity (int | Unset):
            quantity_in_batch (int | Unset):
            remain_quantity (int | Unset): Quantity that can still be sold.
            returning_quantity (int | Unset):
            shelf_position (str | Unset): Shelf position label, e.g. `1.A.2` (meaning assumed from the name; the document
                does not describe it).
            shelf_quantity (int | Unset):
            shipping_quantity (int | Unset):
            total_quantity (int | Unset):
            total_quantity_transfer (int | Unset):
            transfer_quantity (int | Unset):
            variation_id (str | Unset): Variation id (uuid).
            waitting_quantity (int | Unset): Waiting quantity (vendor spelling `waitting`) (meaning assumed from the name;
                the document does not describe it).
            warehouse_id (str | Unset): Warehouse id (uuid).
    """

    actual_remain_quantity: int | Unset = UNSET
    adjustments: list[PromotionVariationWarehouseAdjustmentsItem] | Unset = UNSET
    batch_position: str | Unset = UNSET
    defect_quantity: int | Unset = UNSET
    id: str | Unset = UNSET
    pending_quantity: int | Unset = UNSET
    pending_transfer_quantity: int | Unset = UNSET
    quantity_in_batch: int | Unset = UNSET
    remain_quantity: int | Unset = UNSET
    returning_quantity: int | Unset = UNSET
    shelf_position: str | Unset = UNSET
    shelf_quantity: int | Unset = UNSET
    shipping_quantity: int | Unset = UNSET
    total_quantity: int | Unset = UNSET
    total_quantity_transfer: int | Unset = UNSET
    transfer_quantity: int | Unset = UNSET
    variation_id: str | Unset = UNSET
    waitting_quantity: int | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actual_remain_quantity = self.actual_remain_quantity

        adjustments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.adjustments, Unset):
            adjustments = []
            for adjustments_item_data in self.adjustments:
                adjustments_item = adjustments_item_data.to_dict()
                adjustments.append(adjustments_item)

        batch_position = self.batch_position

        defect_quantity = self.defect_quantity

        id = self.id

        pending_quantity = self.pending_quantity

        pending_transfer_quantity = self.pending_transfer_quantity

        quantity_in_batch = self.quantity_in_batch

        remain_quantity = self.remain_quantity

        returning_quantity = self.returning_quantity

        shelf_position = self.shelf_position

        shelf_quantity = self.shelf_quantity

        shipping_quantity = self.shipping_quantity

        total_quantity = self.total_quantity

        total_quantity_transfer = self.total_quantity_transfer

        transfer_quantity = self.transfer_quantity

        variation_id = self.variation_id

        waitting_quantity = self.waitting_quantity

        warehouse_id = self.warehouse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actual_remain_quantity is not UNSET:
            field_dict["actual_remain_quantity"] = actual_remain_quantity
        if adjustments is not UNSET:
            field_dict["adjustments"] = adjustments
        if batch_position is not UNSET:
            field_dict["batch_position"] = batch_position
        if defect_quantity is not UNSET:
            field_dict["defect_quantity"] = defect_quantity
        if id is not UNSET:
            field_dict["id"] = id
        if pending_quantity is not UNSET:
            field_dict["pending_quantity"] = pending_quantity
        if pending_transfer_quantity is not UNSET:
            field_dict["pending_transfer_quantity"] = pending_transfer_quantity
        if quantity_in_batch is not UNSET:
            field_dict["quantity_in_batch"] = quantity_in_batch
        if remain_quantity is not UNSET:
            field_dict["remain_quantity"] = remain_quantity
        if returning_quantity is not UNSET:
            field_dict["returning_quantity"] = returning_quantity
        if shelf_position is not UNSET:
            field_dict["shelf_position"] = shelf_position
        if shelf_quantity is not UNSET:
            field_dict["shelf_quantity"] = shelf_quantity
        if shipping_quantity is not UNSET:
            field_dict["shipping_quantity"] = shipping_quantity
        if total_quantity is not UNSET:
            field_dict["total_quantity"] = total_quantity
        if total_quantity_transfer is not UNSET:
            field_dict["total_quantity_transfer"] = total_quantity_transfer
        if transfer_quantity is not UNSET:
            field_dict["transfer_quantity"] = transfer_quantity
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id
        if waitting_quantity is not UNSET:
            field_dict["waitting_quantity"] = waitting_quantity
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            actual_remain_quantity = d.pop("actual_remain_quantity", UNSET)
            if not isinstance(actual_remain_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(actual_remain_quantity).__name__}")
        except Exception as exc:
            actual_remain_quantity = types.undecoded(
                src_dict, "actual_remain_quantity", "PromotionVariationWarehouse", exc
            )

        try:
            _adjustments = d.pop("adjustments", UNSET)
            adjustments: list[PromotionVariationWarehouseAdjustmentsItem] | Unset = UNSET
            if _adjustments is not UNSET:
                if not isinstance(_adjustments, list):
                    raise TypeError(f"expected an array, got {type(_adjustments).__name__}")
                adjustments = []
                for adjustments_item_data in _adjustments:
                    try:
                        adjustments_item = PromotionVariationWarehouseAdjustmentsItem.from_dict(adjustments_item_data)

                    except Exception as item_exc:
                        adjustments_item = types.undecoded_item(adjustments_item_data, "adjustments", item_exc)
                    adjustments.append(adjustments_item)

        except Exception as exc:
            adjustments = types.undecoded(src_dict, "adjustments", "PromotionVariationWarehouse", exc)

        try:
            batch_position = d.pop("batch_position", UNSET)
            if not isinstance(batch_position, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(batch_position).__name__}")
        except Exception as exc:
            batch_position = types.undecoded(src_dict, "batch_position", "PromotionVariationWarehouse", exc)

        try:
            defect_quantity = d.pop("defect_quantity", UNSET)
            if not isinstance(defect_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(defect_quantity).__name__}")
        except Exception as exc:
            defect_quantity = types.undecoded(src_dict, "defect_quantity", "PromotionVariationWarehouse", exc)

        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "PromotionVariationWarehouse", exc)

        try:
            pending_quantity = d.pop("pending_quantity", UNSET)
            if not isinstance(pending_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(pending_quantity).__name__}")
        except Exception as exc:
            pending_quantity = types.undecoded(src_dict, "pending_quantity", "PromotionVariationWarehouse", exc)

        try:
            pending_transfer_quantity = d.pop("pending_transfer_quantity", UNSET)
            if not isinstance(pending_transfer_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(pending_transfer_quantity).__name__}")
        except Exception as exc:
            pending_transfer_quantity = types.undecoded(
                src_dict, "pending_transfer_quantity", "PromotionVariationWarehouse", exc
            )

        try:
            quantity_in_batch = d.pop("quantity_in_batch", UNSET)
            if not isinstance(quantity_in_batch, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(quantity_in_batch).__name__}")
        except Exception as exc:
            quantity_in_batch = types.undecoded(src_dict, "quantity_in_batch", "PromotionVariationWarehouse", exc)

        try:
            remain_quantity = d.pop("remain_quantity", UNSET)
            if not isinstance(remain_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(remain_quantity).__name__}")
        except Exception as exc:
            remain_quantity = types.undecoded(src_dict, "remain_quantity", "PromotionVariationWarehouse", exc)

        try:
            returning_quantity = d.pop("returning_quantity", UNSET)
            if not isinstance(returning_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(returning_quantity).__name__}")
        except Exception as exc:
            returning_quantity = types.undecoded(src_dict, "returning_quantity", "PromotionVariationWarehouse", exc)

        try:
            shelf_position = d.pop("shelf_position", UNSET)
            if not isinstance(shelf_position, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(shelf_position).__name__}")
        except Exception as exc:
            shelf_position = types.undecoded(src_dict, "shelf_position", "PromotionVariationWarehouse", exc)

        try:
            shelf_quantity = d.pop("shelf_quantity", UNSET)
            if not isinstance(shelf_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shelf_quantity).__name__}")
        except Exception as exc:
            shelf_quantity = types.undecoded(src_dict, "shelf_quantity", "PromotionVariationWarehouse", exc)

        try:
            shipping_quantity = d.pop("shipping_quantity", UNSET)
            if not isinstance(shipping_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shipping_quantity).__name__}")
        except Exception as exc:
            shipping_quantity = types.undecoded(src_dict, "shipping_quantity", "PromotionVariationWarehouse", exc)

        try:
            total_quantity = d.pop("total_quantity", UNSET)
            if not isinstance(total_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_quantity).__name__}")
        except Exception as exc:
            total_quantity = types.undecoded(src_dict, "total_quantity", "PromotionVariationWarehouse", exc)

        try:
            total_quantity_transfer = d.pop("total_quantity_transfer", UNSET)
            if not isinstance(total_quantity_transfer, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_quantity_transfer).__name__}")
        except Exception as exc:
            total_quantity_transfer = types.undecoded(
                src_dict, "total_quantity_transfer", "PromotionVariationWarehouse", exc
            )

        try:
            transfer_quantity = d.pop("transfer_quantity", UNSET)
            if not isinstance(transfer_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(transfer_quantity).__name__}")
        except Exception as exc:
            transfer_quantity = types.undecoded(src_dict, "transfer_quantity", "PromotionVariationWarehouse", exc)

        try:
            variation_id = d.pop("variation_id", UNSET)
            if not isinstance(variation_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(variation_id).__name__}")
        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "PromotionVariationWarehouse", exc)

        try:
            waitting_quantity = d.pop("waitting_quantity", UNSET)
            if not isinstance(waitting_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(waitting_quantity).__name__}")
        except Exception as exc:
            waitting_quantity = types.undecoded(src_dict, "waitting_quantity", "PromotionVariationWarehouse", exc)

        try:
            warehouse_id = d.pop("warehouse_id", UNSET)
            if not isinstance(warehouse_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "PromotionVariationWarehouse", exc)

        promotion_variation_warehouse = cls(
            actual_remain_quantity=actual_remain_quantity,
            adjustments=adjustments,
            batch_position=batch_position,
            defect_quantity=defect_quantity,
            id=id,
            pending_quantity=pending_quantity,
            pending_transfer_quantity=pending_transfer_quantity,
            quantity_in_batch=quantity_in_batch,
            remain_quantity=remain_quantity,
            returning_quantity=returning_quantity,
            shelf_position=shelf_position,
            shelf_quantity=shelf_quantity,
            shipping_quantity=shipping_quantity,
            total_quantity=total_quantity,
            total_quantity_transfer=total_quantity_transfer,
            transfer_quantity=transfer_quantity,
            variation_id=variation_id,
            waitting_quantity=waitting_quantity,
            warehouse_id=warehouse_id,
        )

        promotion_variation_warehouse.additional_properties = d
        return promotion_variation_warehouse

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


from ..models.promotion_variation_warehouse_adjustments_item import (
    PromotionVariationWarehouseAdjustmentsItem,
)
