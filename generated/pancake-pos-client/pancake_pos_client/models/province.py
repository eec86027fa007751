from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Province")


@_attrs_define
class Province:
    """A province or centrally-governed city (`GET /geo/provinces`). The source documents the fields only by example
    (ledger PP-104).

        Attributes:
            id (str): Administrative-unit id (a numeric string).
            name (str | Unset): Vietnamese name.
            name_en (str | Unset): Unaccented lowercase name (meaning assumed from the name; the document does not describe
                it).
    """

    id: str
    name: str | Unset = UNSET
    name_en: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        name = self.name

        name_en = self.name_en

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if name is not UNSET:
            field_dict["name"] = name
        if name_en is not UNSET:
            field_dict["name_en"] = name_en

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Province", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "Province", exc)

        try:
            name_en = d.pop("name_en", UNSET)
            if not isinstance(name_en, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name_en).__name__}")
        except Exception as exc:
            name_en = types.undecoded(src_dict, "name_en", "Province", exc)

        province = cls(
            id=id,
            name=name,
            name_en=name_en,
        )

        province.additional_properties = d
        return province

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
