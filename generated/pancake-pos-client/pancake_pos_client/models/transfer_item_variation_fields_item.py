from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferItemVariationFieldsItem")


@_attrs_define
class TransferItemVariationFieldsItem:
    """
    Attributes:
        id (str | Unset): Attribute id (UUID).
        key_value (str | Unset): Attribute value key (meaning assumed from the name; the document does not describe it).
        name (str | Unset): Attribute name.
        value (str | Unset): Attribute value.
    """

    id: str | Unset = UNSET
    key_value: str | Unset = UNSET
    name: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key_value = self.key_value

        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if key_value is not UNSET:
            field_dict["keyValue"] = key_value
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "TransferItemVariationFieldsItem", exc)

        try:
            key_value = d.pop("keyValue", UNSET)
            if not isinstance(key_value, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(key_value).__name__}")
        except Exception as exc:
            key_value = types.undecoded(src_dict, "keyValue", "TransferItemVariationFieldsItem", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "TransferItemVariationFieldsItem", exc)

        try:
            value = d.pop("value", UNSET)
            if not isinstance(value, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(value).__name__}")
        except Exception as exc:
            value = types.undecoded(src_dict, "value", "TransferItemVariationFieldsItem", exc)

        transfer_item_variation_fields_item = cls(
            id=id,
            key_value=key_value,
            name=name,
            value=value,
        )

        transfer_item_variation_fields_item.additional_properties = d
        return transfer_item_variation_fields_item

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
