from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListOrdersResponse200")


@_attrs_define
class ListOrdersResponse200:
    """
    Attributes:
        data (list[Order]):
        success (bool):
        page_number (int | Unset): Current page.
        page_size (int | Unset): Orders per page.
        total_entries (int | Unset): Number of matching orders.
        total_pages (int | Unset): Number of pages.
    """

    data: list[Order]
    success: bool
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_entries: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        except (AttributeError, TypeError):
            data = cast(Any, self.data)

        try:
            success = self.success
        except (AttributeError, TypeError):
            success = cast(Any, self.success)

        page_number = self.page_number

        page_size = self.page_size

        total_entries = self.total_entries

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "success": success,
            }
        )
        if isinstance(data, Unset):
            del field_dict["data"]
        if isinstance(success, Unset):
            del field_dict["success"]
        if page_number is not UNSET:
            field_dict["page_number"] = page_number
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if total_entries is not UNSET:
            field_dict["total_entries"] = total_entries
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            data = []
            _data = d.pop("data")
            if not isinstance(_data, list):
                raise TypeError(f"expected an array, got {type(_data).__name__}")
            for data_item_data in _data:
                try:
                    data_item = Order.from_dict(data_item_data)

                except Exception as item_exc:
                    data_item = types.undecoded_item(data_item_data, "data", item_exc)
                data.append(data_item)

        except Exception as exc:
            data = types.undecoded(src_dict, "data", "ListOrdersResponse200", exc)

        try:
            success = d.pop("success")
            if not isinstance(success, bool):
                raise types.Mistyped(f"expected bool, got {type(success).__name__}")
        except Exception as exc:
            success = types.undecoded(src_dict, "success", "ListOrdersResponse200", exc)

        try:
            page_number = d.pop("page_number", UNSET)
            if not isinstance(page_number, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(page_number).__name__}")
        except Exception as exc:
            page_number = types.undecoded(src_dict, "page_number", "ListOrdersResponse200", exc)

        try:
            page_size = d.pop("page_size", UNSET)
            if not isinstance(page_size, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(page_size).__name__}")
        except Exception as exc:
            page_size = types.undecoded(src_dict, "page_size", "ListOrdersResponse200", exc)

        try:
            total_entries = d.pop("total_entries", UNSET)
            if not isinstance(total_entries, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_entries).__name__}")
        except Exception as exc:
            total_entries = types.undecoded(src_dict, "total_entries", "ListOrdersResponse200", exc)

        try:
            total_pages = d.pop("total_pages", UNSET)
            if not isinstance(total_pages, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_pages).__name__}")
        except Exception as exc:
            total_pages = types.undecoded(src_dict, "total_pages", "ListOrdersResponse200", exc)

        list_orders_response_200 = cls(
            data=data,
            success=success,
            page_number=page_number,
            page_size=page_size,
            total_entries=total_entries,
            total_pages=total_pages,
        )

        list_orders_response_200.additional_properties = d
        return list_orders_response_200

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


from ..models.order import Order
