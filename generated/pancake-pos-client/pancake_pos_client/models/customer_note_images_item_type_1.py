from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerNoteImagesItemType1")


@_attrs_define
class CustomerNoteImagesItemType1:
    """
    Attributes:
        url (str | Unset): Image URL.
    """

    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            url = d.pop("url", UNSET)
            if not isinstance(url, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(url).__name__}")
        except Exception as exc:
            url = types.undecoded(src_dict, "url", "CustomerNoteImagesItemType1", exc)

        customer_note_images_item_type_1 = cls(
            url=url,
        )

        customer_note_images_item_type_1.additional_properties = d
        return customer_note_images_item_type_1

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
