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

T = TypeVar("T", bound="StocktakingUpdateRequestStocktaking")


@_attrs_define
class StocktakingUpdateRequestStocktaking:
    """
    Attributes:
        id (str): Stocktaking id (UUID), the same as the path's `stocktaking_id`.
        items (list[StocktakingUpdateRequestStocktakingItemsItem]): Counted products (variations).
        status (StocktakingStatus): Status of a stocktaking ("phiếu kiểm hàng").
        warehouse_id (str): Warehouse id (UUID).
        creator_id (str | Unset): Id (UUID) of the staff member who created the stocktaking.
        note (str | Unset): Note.
        stocktaking_at (int | str | Unset): Time of the count. The table says unix timestamp; the example sends an
            ISO-8601 local time without zone (`2023-10-11T10:38:34`). Both are accepted.
        stocktaking_by (StocktakingBy | Unset): What a stocktaking covers ("Kiểm hàng theo"); `stocktaking_by_value`
            lists the ids.
        stocktaking_by_value (list[str] | Unset): Category ids, supplier ids or brand ids, according to
            `stocktaking_by`.
    """

    id: str
    items: list[StocktakingUpdateRequestStocktakingItemsItem]
    status: StocktakingStatus
    warehouse_id: str
    creator_id: str | Unset = UNSET
    note: str | Unset = UNSET
    stocktaking_at: int | str | Unset = UNSET
    stocktaking_by: StocktakingBy | Unset = UNSET
    stocktaking_by_value: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

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

        try:
            warehouse_id = self.warehouse_id
        except (AttributeError, TypeError):
            warehouse_id = cast(Any, self.warehouse_id)

        creator_id = self.creator_id

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
                "id": id,
                "items": items,
                "status": status,
                "warehouse_id": warehouse_id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if isinstance(items, Unset):
            del field_dict["items"]
        if isinstance(status, Unset):
            del field_dict["status"]
        if isinstance(warehouse_id, Unset):
            del field_dict["warehouse_id"]
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
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
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "StocktakingUpdateRequestStocktaking", exc)

        try:
            items = []
            _items = d.pop("items")
            if not isinstance(_items, list):
                raise TypeError(f"expected an array, got {type(_items).__name__}")
            for items_item_data in _items:
                try:
                    items_item = StocktakingUpdateRequestStocktakingItemsItem.from_dict(items_item_data)

                except Exception as item_exc:
                    items_item = types.undecoded_item(items_item_data, "items", item_exc)
                items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "StocktakingUpdateRequestStocktaking", exc)

        try:
            status = check_stocktaking_status(d.pop("status"))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "StocktakingUpdateRequestStocktaking", exc)

        try:
            warehouse_id = d.pop("warehouse_id")
            if not isinstance(warehouse_id, str):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "StocktakingUpdateRequestStocktaking", exc)

        try:
            creator_id = d.pop("creator_id", UNSET)
            if not isinstance(creator_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(creator_id).__name__}")
        except Exception as exc:
            creator_id = types.undecoded(src_dict, "creator_id", "StocktakingUpdateRequestStocktaking", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "StocktakingUpdateRequestStocktaking", exc)

        try:
            stocktaking_at: int | str | Unset = d.pop("stocktaking_at", UNSET)
            if not isinstance(stocktaking_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(stocktaking_at).__name__}")

        except Exception as exc:
            stocktaking_at = types.undecoded(src_dict, "stocktaking_at", "StocktakingUpdateRequestStocktaking", exc)

        try:
            _stocktaking_by = d.pop("stocktaking_by", UNSET)
            stocktaking_by: StocktakingBy | Unset
            if isinstance(_stocktaking_by, Unset):
                stocktaking_by = UNSET
            else:
                stocktaking_by = check_stocktaking_by(_stocktaking_by)

        except Exception as exc:
            stocktaking_by = types.undecoded(src_dict, "stocktaking_by", "StocktakingUpdateRequestStocktaking", exc)

        try:
            stocktaking_by_value = cast(list[str], d.pop("stocktaking_by_value", UNSET))

        except Exception as exc:
            stocktaking_by_value = types.undecoded(
                src_dict, "stocktaking_by_value", "StocktakingUpdateRequestStocktaking", exc
            )

        stocktaking_update_request_stocktaking = cls(
            id=id,
            items=items,
            status=status,
            warehouse_id=warehouse_id,
            creator_id=creator_id,
            note=note,
            stocktaking_at=stocktaking_at,
            stocktaking_by=stocktaking_by,
            stocktaking_by_value=stocktaking_by_value,
        )

        stocktaking_update_request_stocktaking.additional_properties = d
        return stocktaking_update_request_stocktaking

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


from ..models.stocktaking_update_request_stocktaking_items_item import (
    StocktakingUpdateRequestStocktakingItemsItem,
)
