from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderSource")


@_attrs_define
class OrderSource:
    """An order source ("nguồn đơn hàng") or a source account/page under it (`GET /shops/{shop_id}/order_source`). Top-
    level sources have negative ids (e.g. -3 Shopee) and `parent_id: null`; accounts and pages point to their source
    through `parent_id`.

        Attributes:
            id (int | str): Order source id, or page id for a page ("Mã nguồn đơn hàng / Mã page").
            name (str | Unset): Order source name, or page name ("Tên nguồn đơn hàng / Tên page").
            parent_id (int | None | Unset): Id of the parent order source ("Mã nguồn đơn hàng cha").
            shop_id (int | Unset): Shop id ("Mã shop").
            inserted_at (str | Unset): Creation time, ISO-8601 local time without offset (only in the example; ledger
                PP-126).
            updated_at (str | Unset): Last update time, ISO-8601 local time without offset (only in the example; ledger
                PP-126).
    """

    id: int | str
    name: str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    shop_id: int | Unset = UNSET
    inserted_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id: int | str
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        name = self.name

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        shop_id = self.shop_id

        inserted_at = self.inserted_at

        updated_at = self.updated_at

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
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id: int | str = d.pop("id")
            if not isinstance(id, (int, str)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(id).__name__}")

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "OrderSource", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "OrderSource", exc)

        try:
            parent_id: int | None | Unset = d.pop("parent_id", UNSET)
            if not isinstance(parent_id, (int, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(parent_id).__name__}")

        except Exception as exc:
            parent_id = types.undecoded(src_dict, "parent_id", "OrderSource", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "OrderSource", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "OrderSource", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "OrderSource", exc)

        order_source = cls(
            id=id,
            name=name,
            parent_id=parent_id,
            shop_id=shop_id,
            inserted_at=inserted_at,
            updated_at=updated_at,
        )

        order_source.additional_properties = d
        return order_source

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
