from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="RenewOrderPassResponse")


@_attrs_define
class RenewOrderPassResponse:
    """Answer of "Renew Order pass". Not wrapped in `data`, unlike the other order answers (ledger PL-017).

    Attributes:
        id (str): The unique identifier of the renewed order.
        order_pass (str | Unset): The new order pass (the source calls it "the updated order code").
        created_at (datetime.datetime | Unset): When the new pass was created.
        updated_at (datetime.datetime | Unset): Last update of the pass.
    """

    id: str
    order_pass: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        order_pass = self.order_pass

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if order_pass is not UNSET:
            field_dict["orderPass"] = order_pass
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "RenewOrderPassResponse", exc)

        try:
            order_pass = d.pop("orderPass", UNSET)
            if not isinstance(order_pass, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_pass).__name__}")
        except Exception as exc:
            order_pass = types.undecoded(src_dict, "orderPass", "RenewOrderPassResponse", exc)

        try:
            _created_at = d.pop("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = types.parse_datetime(_created_at)

        except Exception as exc:
            created_at = types.undecoded(src_dict, "createdAt", "RenewOrderPassResponse", exc)

        try:
            _updated_at = d.pop("updatedAt", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = types.parse_datetime(_updated_at)

        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updatedAt", "RenewOrderPassResponse", exc)

        renew_order_pass_response = cls(
            id=id,
            order_pass=order_pass,
            created_at=created_at,
            updated_at=updated_at,
        )

        renew_order_pass_response.additional_properties = d
        return renew_order_pass_response

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
