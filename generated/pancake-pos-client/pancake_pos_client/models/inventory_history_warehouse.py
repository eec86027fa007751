from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryHistoryWarehouse")


@_attrs_define
class InventoryHistoryWarehouse:
    """Warehouse whose stock changed.

    Attributes:
        custom_id (None | str | Unset): Shop-defined warehouse code; null in the example.
        ffm_id (int | None | str | Unset): Fulfilment id; null in the example (type unknown).
        full_address (str | Unset): Full address.
        id (str | Unset): Warehouse id (UUID).
        name (str | Unset): Warehouse name.
        phone_number (str | Unset): Phone number.
    """

    custom_id: None | str | Unset = UNSET
    ffm_id: int | None | str | Unset = UNSET
    full_address: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        ffm_id: int | None | str | Unset
        if isinstance(self.ffm_id, Unset):
            ffm_id = UNSET
        else:
            ffm_id = self.ffm_id

        full_address = self.full_address

        id = self.id

        name = self.name

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if ffm_id is not UNSET:
            field_dict["ffm_id"] = ffm_id
        if full_address is not UNSET:
            field_dict["full_address"] = full_address
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            custom_id: None | str | Unset = d.pop("custom_id", UNSET)
            if not isinstance(custom_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(custom_id).__name__}")

        except Exception as exc:
            custom_id = types.undecoded(src_dict, "custom_id", "InventoryHistoryWarehouse", exc)

        try:
            ffm_id: int | None | str | Unset = d.pop("ffm_id", UNSET)
            if not isinstance(ffm_id, (str, int, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(ffm_id).__name__}")

        except Exception as exc:
            ffm_id = types.undecoded(src_dict, "ffm_id", "InventoryHistoryWarehouse", exc)

        try:
            full_address = d.pop("full_address", UNSET)
            if not isinstance(full_address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(full_address).__name__}")
        except Exception as exc:
            full_address = types.undecoded(src_dict, "full_address", "InventoryHistoryWarehouse", exc)

        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "InventoryHistoryWarehouse", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "InventoryHistoryWarehouse", exc)

        try:
            phone_number = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(phone_number).__name__}")
        except Exception as exc:
            phone_number = types.undecoded(src_dict, "phone_number", "InventoryHistoryWarehouse", exc)

        inventory_history_warehouse = cls(
            custom_id=custom_id,
            ffm_id=ffm_id,
            full_address=full_address,
            id=id,
            name=name,
            phone_number=phone_number,
        )

        inventory_history_warehouse.additional_properties = d
        return inventory_history_warehouse

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
