from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types

if TYPE_CHECKING:
    from ..models.promotion_advance import PromotionAdvance


T = TypeVar("T", bound="ListPromotionAdvancesResponse200")


@_attrs_define
class ListPromotionAdvancesResponse200:
    """
    Attributes:
        data (list[PromotionAdvance]):
        page_number (int): Current page.
        page_size (int): Page size.
        total_entries (int): Total number of entries.
        total_pages (int): Total number of pages.
        success (bool):
    """

    data: list[PromotionAdvance]
    page_number: int
    page_size: int
    total_entries: int
    total_pages: int
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        page_number = self.page_number

        page_size = self.page_size

        total_entries = self.total_entries

        total_pages = self.total_pages

        success = self.success

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.promotion_advance import PromotionAdvance

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PromotionAdvance.from_dict(data_item_data)

            data.append(data_item)

        page_number = d.pop("page_number")

        page_size = d.pop("page_size")

        total_entries = d.pop("total_entries")

        total_pages = d.pop("total_pages")

        success = d.pop("success")

        list_promotion_advances_response_200 = cls(
            data=data,
            page_number=page_number,
            page_size=page_size,
            total_entries=total_entries,
            total_pages=total_pages,
            success=success,
        )

        list_promotion_advances_response_200.additional_properties = d
        return list_promotion_advances_response_200

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
