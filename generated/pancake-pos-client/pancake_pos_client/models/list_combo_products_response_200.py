from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

if TYPE_CHECKING:
    from ..models.combo_product import ComboProduct


T = TypeVar("T", bound="ListComboProductsResponse200")


@_attrs_define
class ListComboProductsResponse200:
    """
    Attributes:
        data (list[ComboProduct]):
        page_number (int): Current page.
        page_size (int): Page size.
        total_entries (int): Total number of entries.
        total_pages (int): Total number of pages.
        success (bool):
    """

    data: list[ComboProduct]
    page_number: int
    page_size: int
    total_entries: int
    total_pages: int
    success: bool
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
            page_number = self.page_number
        except (AttributeError, TypeError):
            page_number = cast(Any, self.page_number)

        try:
            page_size = self.page_size
        except (AttributeError, TypeError):
            page_size = cast(Any, self.page_size)

        try:
            total_entries = self.total_entries
        except (AttributeError, TypeError):
            total_entries = cast(Any, self.total_entries)

        try:
            total_pages = self.total_pages
        except (AttributeError, TypeError):
            total_pages = cast(Any, self.total_pages)

        try:
            success = self.success
        except (AttributeError, TypeError):
            success = cast(Any, self.success)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "page_number": page_number,
                "page_size": page_size,
                "total_entries": total_entries,
                "total_pages": total_pages,
                "success": success,
            }
        )
        if isinstance(data, Unset):
            del field_dict["data"]
        if isinstance(page_number, Unset):
            del field_dict["page_number"]
        if isinstance(page_size, Unset):
            del field_dict["page_size"]
        if isinstance(total_entries, Unset):
            del field_dict["total_entries"]
        if isinstance(total_pages, Unset):
            del field_dict["total_pages"]
        if isinstance(success, Unset):
            del field_dict["success"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combo_product import ComboProduct

        d = dict(src_dict)
        try:
            data = []
            _data = d.pop("data")
            if not isinstance(_data, list):
                raise TypeError(f"expected an array, got {type(_data).__name__}")
            for data_item_data in _data:
                try:
                    data_item = ComboProduct.from_dict(data_item_data)

                except Exception as item_exc:
                    data_item = types.undecoded_item(data_item_data, "data", item_exc)
                data.append(data_item)

        except Exception as exc:
            data = types.undecoded(src_dict, "data", "ListComboProductsResponse200", exc)

        try:
            page_number = d.pop("page_number")
            if not isinstance(page_number, int):
                raise types.Mistyped(f"expected int, got {type(page_number).__name__}")
        except Exception as exc:
            page_number = types.undecoded(src_dict, "page_number", "ListComboProductsResponse200", exc)

        try:
            page_size = d.pop("page_size")
            if not isinstance(page_size, int):
                raise types.Mistyped(f"expected int, got {type(page_size).__name__}")
        except Exception as exc:
            page_size = types.undecoded(src_dict, "page_size", "ListComboProductsResponse200", exc)

        try:
            total_entries = d.pop("total_entries")
            if not isinstance(total_entries, int):
                raise types.Mistyped(f"expected int, got {type(total_entries).__name__}")
        except Exception as exc:
            total_entries = types.undecoded(src_dict, "total_entries", "ListComboProductsResponse200", exc)

        try:
            total_pages = d.pop("total_pages")
            if not isinstance(total_pages, int):
                raise types.Mistyped(f"expected int, got {type(total_pages).__name__}")
        except Exception as exc:
            total_pages = types.undecoded(src_dict, "total_pages", "ListComboProductsResponse200", exc)

        try:
            success = d.pop("success")
            if not isinstance(success, bool):
                raise types.Mistyped(f"expected bool, got {type(success).__name__}")
        except Exception as exc:
            success = types.undecoded(src_dict, "success", "ListComboProductsResponse200", exc)

        list_combo_products_response_200 = cls(
            data=data,
            page_number=page_number,
            page_size=page_size,
            total_entries=total_entries,
            total_pages=total_pages,
            success=success,
        )

        list_combo_products_response_200.additional_properties = d
        return list_combo_products_response_200

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
