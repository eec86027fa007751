from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.stocktaking_by import StocktakingBy, check_stocktaking_by
from ..models.stocktaking_status import StocktakingStatus, check_stocktaking_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="StocktakingCreateRequestStocktaking")


@_attrs_define
class StocktakingCreateRequestStocktaking:
    """
    Attributes:
        warehouse_id (str): Warehouse id (UUID).
        items (list[StocktakingCreateRequestStocktakingItemsItem]): Counted products (variations).
        status (StocktakingStatus): Status of a stocktaking ("phiếu kiểm hàng").
        note (str | Unset): Note.
        stocktaking_at (int | str | Unset): Time of the count. The table says unix timestamp; the example sends an
            ISO-8601 UTC string (`2023-10-11T10:38:34.542Z`). Both are accepted.
        stocktaking_by (StocktakingBy | Unset): What a stocktaking covers ("Kiểm hàng theo"); `stocktaking_by_value`
            lists the ids.
        stocktaking_by_value (list[str] | Unset): Category ids, supplier ids or brand ids, according to
            `stocktaking_by`.
    """

    warehouse_id: str
    items: list[StocktakingCreateRequestStocktakingItemsItem]
    status: StocktakingStatus
    note: str | Unset = UNSET
    stocktaking_at: int | str | Unset = UNSET
    stocktaking_by: StocktakingBy | Unset = UNSET
    stocktaking_by_value: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            warehouse_id = self.warehouse_id
        except (AttributeError, TypeError):
            warehouse_id = cast(Any, self.warehouse_id)

        try:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        except (AttributeError, TypeError):
            items = cast(Any, self.items)

        try:
            status: int = self.status
        except (AttributeError, TypeError):
            status = cast(Any, self.status)

        note = self.note

        stocktaking_at: int | str | Unset
        if isinstance(self.stocktaking_at, Unset):
            stocktaking_at = UNSET
        else:
            stocktaking_at = self.stocktaking_at

        stocktaking_by: str | Unset = UNSET
        if not isinstance(self.stocktaking_by, Unset):
            stocktaking_by = self.stocktaking_by

        stocktaking_by_value: list[str] | Unset = UNSET
        if not isinstance(self.stocktaking_by_value, Unset):
            stocktaking_by_value = self.stocktaking_by_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "warehouse_id": warehouse_id,
                "items": items,
                "status": status,
            }
        )
        if isinstance(warehouse_id, Unset):
            del field_dict["warehouse_id"]
        if isinstance(items, Unset):
            del field_dict["items"]
        if isinstance(status, Unset):
            del field_dict["status"]
        if note is not UNSET:
            field_dict["note"] = note
        if stocktaking_at is not UNSET:
            field_dict["stocktaking_at"] = stocktaking_at
        if stocktaking_by is not UNSET:
            field_dict["stocktaking_by"] = stocktaking_by
        if stocktaking_by_value is not UNSET:
            field_dict["stocktaking_by_value"] = stocktaking_by_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            warehouse_id = d.pop("warehouse_id")
            if not isinstance(warehouse_id, str):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "StocktakingCreateRequestStocktaking", exc)

        try:
            items = []
            _items = d.pop("items")
            if not isinstance(_items, list):
                raise TypeError(f"expected an array, got {type(_items).__name__}")
            for items_item_data in _items:
                try:
                    items_item = StocktakingCreateRequestStocktakingItemsItem.from_dict(items_item_data)

                except Exception as item_exc:
                    items_item = types.undecoded_item(items_item_data, "items", item_exc)
                items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "StocktakingCreateRequestStocktaking", exc)

        try:
            status = check_stocktaking_status(d.pop("status"))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "StocktakingCreateRequestStocktaking", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "StocktakingCreateRequestStocktaking", exc)

        try:
            stocktaking_at: int | str | Unset = d.pop("stocktaking_at", UNSET)
            if not isinstance(stocktaking_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(stocktaking_at).__name__}")

        except Exception as exc:
            stocktaking_at = types.undecoded(src_dict, "stocktaking_at", "StocktakingCreateRequestStocktaking", exc)

        try:
            _stocktaking_by = d.pop("stocktaking_by", UNSET)
            stocktaking_by: StocktakingBy | Unset
            if isinstance(_stocktaking_by, Unset):
                stocktaking_by = UNSET
            else:
                stocktaking_by = check_stocktaking_by(_stocktaking_by)

        except Exception as exc:
            stocktaking_by = types.undecoded(src_dict, "stocktaking_by", "StocktakingCreateRequestStocktaking", exc)

        try:
            stocktaking_by_value = cast(list[str], d.pop("stocktaking_by_value", UNSET))

        except Exception as exc:
            stocktaking_by_value = types.undecoded(
                src_dict, "stocktaking_by_value", "StocktakingCreateRequestStocktaking", exc
            )

        stocktaking_create_request_stocktaking = cls(
            warehouse_id=warehouse_id,
            items=items,
            status=status,
            note=note,
            stocktaking_at=stocktaking_at,
            stocktaking_by=stocktaking_by,
            stocktaking_by_value=stocktaking_by_value,
        )

        stocktaking_create_request_stocktaking.additional_properties = d
        return stocktaking_create_request_stocktaking

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


from ..models.stocktaking_create_request_stocktaking_items_item import (
    StocktakingCreateRequestStocktakingItemsItem,
)
