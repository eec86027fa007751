from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="LockerListResponseData")


@_attrs_define
class LockerListResponseData:
    """
    Attributes:
        items (list[LockerCompact | LockerFull] | Unset):
        page (int | Unset): Page index (from 0).
        size (int | Unset): Page size.
        total (int | Unset): Total number of lockers matching the search (compact format example only).
    """

    items: list[LockerCompact | LockerFull] | Unset = UNSET
    page: int | Unset = UNSET
    size: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any]
                if isinstance(items_item_data, LockerCompact):
                    items_item = items_item_data.to_dict()
                else:
                    items_item = items_item_data.to_dict()

                items.append(items_item)

        page = self.page

        size = self.size

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if page is not UNSET:
            field_dict["page"] = page
        if size is not UNSET:
            field_dict["size"] = size
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _items = d.pop("items", UNSET)
            items: list[LockerCompact | LockerFull] | Unset = UNSET
            if _items is not UNSET:
                if not isinstance(_items, list):
                    raise TypeError(f"expected an array, got {type(_items).__name__}")
                items = []
                for items_item_data in _items:
                    try:

                        def _parse_items_item_branches(data: object) -> LockerCompact | LockerFull:
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                items_item_type_0 = LockerCompact.from_dict(data)

                                return items_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not isinstance(data, dict):
                                raise TypeError()
                            items_item_type_1 = LockerFull.from_dict(data)

                            return items_item_type_1

                        def _parse_items_item(data: object) -> LockerCompact | LockerFull:
                            try:
                                parsed = types.strictly(_parse_items_item_branches, data)
                            except Exception:
                                # no branch decodes strictly: the first that builds with what came (in strict mode: raises)
                                return _parse_items_item_branches(data)
                            return _parse_items_item_branches(data) if parsed is data else parsed

                        items_item = _parse_items_item(items_item_data)

                    except Exception as item_exc:
                        items_item = types.undecoded_item(items_item_data, "items", item_exc)
                    items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "LockerListResponseData", exc)

        try:
            page = d.pop("page", UNSET)
            if not isinstance(page, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(page).__name__}")
        except Exception as exc:
            page = types.undecoded(src_dict, "page", "LockerListResponseData", exc)

        try:
            size = d.pop("size", UNSET)
            if not isinstance(size, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(size).__name__}")
        except Exception as exc:
            size = types.undecoded(src_dict, "size", "LockerListResponseData", exc)

        try:
            total = d.pop("total", UNSET)
            if not isinstance(total, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total).__name__}")
        except Exception as exc:
            total = types.undecoded(src_dict, "total", "LockerListResponseData", exc)

        locker_list_response_data = cls(
            items=items,
            page=page,
            size=size,
            total=total,
        )

        locker_list_response_data.additional_properties = d
        return locker_list_response_data

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


from ..models.locker_compact import LockerCompact
from ..models.locker_full import LockerFull
