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

T = TypeVar("T", bound="Stocktaking")


@_attrs_define
class Stocktaking:
    """A stocktaking ("phiếu kiểm hàng"). `id` and `items` are not in the source's table; they are in the example (`items`
    is null there; its item fields are those of the create/update bodies).

        Attributes:
            id (str): Stocktaking id (UUID); `stocktaking_id` of "Cập nhật kiểm hàng".
            creator_id (str | Unset): Id (UUID) of the staff member who created the stocktaking.
            display_id (int | None | Unset): Stocktaking number shown to users; null in the example.
            inserted_at (int | str | Unset): Creation time. The table says unix timestamp; the example sends an ISO-8601
                local time without zone. Both are accepted.
            items (list[StocktakingItemsType0Item] | None | Unset): Counted lines; null in the list example.
            note (str | Unset): Note.
            progress (int | Unset): Processing progress, percent.
            shop_id (int | Unset): Shop id.
            status (int | StocktakingStatus | Unset): `StocktakingStatus` as the API answers it: one of the documented
                values, or any other integer. Open because a vendor state machine that can grow (ledger PP-431); a client must
                not fail on a value it does not know. Requests keep the closed `StocktakingStatus`.
            stocktaking_at (int | str | Unset): Time of the count. The table says unix timestamp; the example sends an
                ISO-8601 local time without zone. Both are accepted.
            stocktaking_by (StocktakingBy | str | Unset): `StocktakingBy` as the API answers it: one of the documented
                values, or any other string. Open because the vendor can add stocktaking selectors (ledger PP-431); a client
                must not fail on a value it does not know. Requests keep the closed `StocktakingBy`.
            stocktaking_by_value (list[str] | Unset): Category ids, supplier ids or brand ids, according to
                `stocktaking_by`.
            updated_at (int | str | Unset): Last update time. The table says unix timestamp; the example sends an ISO-8601
                local time without zone. Both are accepted.
            updated_status_at (int | str | Unset): Time of the last status change. The table says unix timestamp; the
                example sends an ISO-8601 local time without zone. Both are accepted.
            warehouse_id (str | Unset): Warehouse id (UUID).
    """

    id: str
    creator_id: str | Unset = UNSET
    display_id: int | None | Unset = UNSET
    inserted_at: int | str | Unset = UNSET
    items: list[StocktakingItemsType0Item] | None | Unset = UNSET
    note: str | Unset = UNSET
    progress: int | Unset = UNSET
    shop_id: int | Unset = UNSET
    status: int | StocktakingStatus | Unset = UNSET
    stocktaking_at: int | str | Unset = UNSET
    stocktaking_by: StocktakingBy | str | Unset = UNSET
    stocktaking_by_value: list[str] | Unset = UNSET
    updated_at: int | str | Unset = UNSET
    updated_status_at: int | str | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        creator_id = self.creator_id

        display_id: int | None | Unset
        if isinstance(self.display_id, Unset):
            display_id = UNSET
        else:
            display_id = self.display_id

        inserted_at: int | str | Unset
        if isinstance(self.inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = self.inserted_at

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        note = self.note

        progress = self.progress

        shop_id = self.shop_id

        status: int | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        stocktaking_at: int | str | Unset
        if isinstance(self.stocktaking_at, Unset):
            stocktaking_at = UNSET
        else:
            stocktaking_at = self.stocktaking_at

        stocktaking_by: str | Unset
        if isinstance(self.stocktaking_by, Unset):
            stocktaking_by = UNSET
        elif isinstance(self.stocktaking_by, str):
            stocktaking_by = self.stocktaking_by
        else:
            stocktaking_by = self.stocktaking_by

        stocktaking_by_value: list[str] | Unset = UNSET
        if not isinstance(self.stocktaking_by_value, Unset):
            stocktaking_by_value = self.stocktaking_by_value

        updated_at: int | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        updated_status_at: int | str | Unset
        if isinstance(self.updated_status_at, Unset):
            updated_status_at = UNSET
        else:
            updated_status_at = self.updated_status_at

        warehouse_id = self.warehouse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if items is not UNSET:
            field_dict["items"] = items
        if note is not UNSET:
            field_dict["note"] = note
        if progress is not UNSET:
            field_dict["progress"] = progress
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if status is not UNSET:
            field_dict["status"] = status
        if stocktaking_at is not UNSET:
            field_dict["stocktaking_at"] = stocktaking_at
        if stocktaking_by is not UNSET:
            field_dict["stocktaking_by"] = stocktaking_by
        if stocktaking_by_value is not UNSET:
            field_dict["stocktaking_by_value"] = stocktaking_by_value
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_status_at is not UNSET:
            field_dict["updated_status_at"] = updated_status_at
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Stocktaking", exc)

        try:
            creator_id = d.pop("creator_id", UNSET)
            if not isinstance(creator_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(creator_id).__name__}")
        except Exception as exc:
            creator_id = types.undecoded(src_dict, "creator_id", "Stocktaking", exc)

        try:
            display_id: int | None | Unset = d.pop("display_id", UNSET)
            if not isinstance(display_id, (int, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(display_id).__name__}")

        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "Stocktaking", exc)

        try:
            inserted_at: int | str | Unset = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(inserted_at).__name__}")

        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "Stocktaking", exc)

        try:

            def _parse_items(data: object) -> list[StocktakingItemsType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    items_type_0 = []
                    _items_type_0 = data
                    if not isinstance(_items_type_0, list):
                        raise TypeError(f"expected an array, got {type(_items_type_0).__name__}")
                    for items_type_0_item_data in _items_type_0:
                        try:
                            items_type_0_item = StocktakingItemsType0Item.from_dict(items_type_0_item_data)

                        except Exception as item_exc:
                            items_type_0_item = types.undecoded_item(items_type_0_item_data, "items_type_0", item_exc)
                        items_type_0.append(items_type_0_item)

                    return items_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[StocktakingItemsType0Item] | None | Unset, data)

            items = _parse_items(d.pop("items", UNSET))

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "Stocktaking", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "Stocktaking", exc)

        try:
            progress = d.pop("progress", UNSET)
            if not isinstance(progress, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(progress).__name__}")
        except Exception as exc:
            progress = types.undecoded(src_dict, "progress", "Stocktaking", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "Stocktaking", exc)

        try:

            def _parse_status(data: object) -> int | StocktakingStatus | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_stocktaking_status_value_type_0 = check_stocktaking_status(data)

                    return componentsschemas_stocktaking_status_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, int):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(int | StocktakingStatus | Unset, data)

            status = _parse_status(d.pop("status", UNSET))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "Stocktaking", exc)

        try:
            stocktaking_at: int | str | Unset = d.pop("stocktaking_at", UNSET)
            if not isinstance(stocktaking_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(stocktaking_at).__name__}")

        except Exception as exc:
            stocktaking_at = types.undecoded(src_dict, "stocktaking_at", "Stocktaking", exc)

        try:

            def _parse_stocktaking_by(data: object) -> StocktakingBy | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_stocktaking_by_value_type_0 = check_stocktaking_by(data)

                    return componentsschemas_stocktaking_by_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, str):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(StocktakingBy | str | Unset, data)

            stocktaking_by = _parse_stocktaking_by(d.pop("stocktaking_by", UNSET))

        except Exception as exc:
            stocktaking_by = types.undecoded(src_dict, "stocktaking_by", "Stocktaking", exc)

        try:
            stocktaking_by_value = cast(list[str], d.pop("stocktaking_by_value", UNSET))

        except Exception as exc:
            stocktaking_by_value = types.undecoded(src_dict, "stocktaking_by_value", "Stocktaking", exc)

        try:
            updated_at: int | str | Unset = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(updated_at).__name__}")

        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "Stocktaking", exc)

        try:
            updated_status_at: int | str | Unset = d.pop("updated_status_at", UNSET)
            if not isinstance(updated_status_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(updated_status_at).__name__}")

        except Exception as exc:
            updated_status_at = types.undecoded(src_dict, "updated_status_at", "Stocktaking", exc)

        try:
            warehouse_id = d.pop("warehouse_id", UNSET)
            if not isinstance(warehouse_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "Stocktaking", exc)

        stocktaking = cls(
            id=id,
            creator_id=creator_id,
            display_id=display_id,
            inserted_at=inserted_at,
            items=items,
            note=note,
            progress=progress,
            shop_id=shop_id,
            status=status,
            stocktaking_at=stocktaking_at,
            stocktaking_by=stocktaking_by,
            stocktaking_by_value=stocktaking_by_value,
            updated_at=updated_at,
            updated_status_at=updated_status_at,
            warehouse_id=warehouse_id,
        )

        stocktaking.additional_properties = d
        return stocktaking

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


from ..models.stocktaking_items_type_0_item import StocktakingItemsType0Item
