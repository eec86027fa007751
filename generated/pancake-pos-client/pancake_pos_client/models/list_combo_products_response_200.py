from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.combo_product import ComboProduct


T = TypeVar("T", bound="ListComboProductsResponse200")


@_attrs_define
class ListComboProductsResponse200:
    """
    Attributes:
        data (list[ComboProduct]):
        success (bool):
        page_number (int | Unset): Current page.
        page_size (int | Unset): Page size.
        total_entries (int | Unset): Total number of entries.
        total_pages (int | Unset): Total number of pages.
    """

    data: list[ComboProduct]
    success: bool
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_entries: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        success = self.success

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
        from ..models.combo_product import ComboProduct

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ComboProduct.from_dict(data_item_data)

            data.append(data_item)

        success = d.pop("success")

        page_number = d.pop("page_number", UNSET)

        page_size = d.pop("page_size", UNSET)

        total_entries = d.pop("total_entries", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        list_combo_products_response_200 = cls(
            data=data,
            success=success,
            page_number=page_number,
            page_size=page_size,
            total_entries=total_entries,
            total_pages=total_pages,
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
