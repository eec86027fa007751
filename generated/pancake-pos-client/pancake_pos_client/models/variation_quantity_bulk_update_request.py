from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="VariationQuantityBulkUpdateRequest")


@_attrs_define
class VariationQuantityBulkUpdateRequest:
    """Body of “Cập nhật tồn kho nhiều mẫu mã” (`POST /shops/{shop_id}/variations/update_quantity`): sets the stock of
    several variations, each entry naming its variation and warehouse. `is_actual_remain_quantity` has the same meaning
    as for a single variation. The table has no Required column, so no field is required (ledger PP-214). `variation_id`
    is typed string, not uid, and the example's third id ("5f0cfb8d-aee9-4ec0-9ff0-b5668d31fhl3") is not a valid UUID,
    so no format is asserted.

        Attributes:
            is_actual_remain_quantity (bool | Unset): true: update the stock (“Cập nhật tồn kho”); false: update the
                quantity available to sell (“Cập nhật có thể bán”).
            variations_warehouses (list[VariationQuantityBulkUpdateRequestVariationsWarehousesItem] | Unset): New quantity
                per variation and warehouse.
    """

    is_actual_remain_quantity: bool | Unset = UNSET
    variations_warehouses: list[VariationQuantityBulkUpdateRequestVariationsWarehousesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_actual_remain_quantity = self.is_actual_remain_quantity

        variations_warehouses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variations_warehouses, Unset):
            variations_warehouses = []
            for variations_warehouses_item_data in self.variations_warehouses:
                variations_warehouses_item = variations_warehouses_item_data.to_dict()
                variations_warehouses.append(variations_warehouses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_actual_remain_quantity is not UNSET:
            field_dict["is_actual_remain_quantity"] = is_actual_remain_quantity
        if variations_warehouses is not UNSET:
            field_dict["variations_warehouses"] = variations_warehouses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            is_actual_remain_quantity = d.pop("is_actual_remain_quantity", UNSET)
            if not isinstance(is_actual_remain_quantity, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_actual_remain_quantity).__name__}")
        except Exception as exc:
            is_actual_remain_quantity = types.undecoded(
                src_dict, "is_actual_remain_quantity", "VariationQuantityBulkUpdateRequest", exc
            )

        try:
            _variations_warehouses = d.pop("variations_warehouses", UNSET)
            variations_warehouses: list[VariationQuantityBulkUpdateRequestVariationsWarehousesItem] | Unset = UNSET
            if _variations_warehouses is not UNSET:
                if not isinstance(_variations_warehouses, list):
                    raise TypeError(f"expected an array, got {type(_variations_warehouses).__name__}")
                variations_warehouses = []
                for variations_warehouses_item_data in _variations_warehouses:
                    try:
                        variations_warehouses_item = (
                            VariationQuantityBulkUpdateRequestVariationsWarehousesItem.from_dict(
                                variations_warehouses_item_data
                            )
                        )

                    except Exception as item_exc:
                        variations_warehouses_item = types.undecoded_item(
                            variations_warehouses_item_data, "variations_warehouses", item_exc
                        )
                    variations_warehouses.append(variations_warehouses_item)

        except Exception as exc:
            variations_warehouses = types.undecoded(
                src_dict, "variations_warehouses", "VariationQuantityBulkUpdateRequest", exc
            )

        variation_quantity_bulk_update_request = cls(
            is_actual_remain_quantity=is_actual_remain_quantity,
            variations_warehouses=variations_warehouses,
        )

        variation_quantity_bulk_update_request.additional_properties = d
        return variation_quantity_bulk_update_request

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


from ..models.variation_quantity_bulk_update_request_variations_warehouses_item import (
    VariationQuantityBulkUpdateRequestVariationsWarehousesItem,
)
