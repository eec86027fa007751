from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderHistoriesItemItemsItem")


@_attrs_define
class OrderHistoriesItemItemsItem:
    """
    Attributes:
        variation_id (UUID | Unset): Variation of the changed line.
        new (None | OrderItem | Unset): The line after the change: the order-line fields the example shows (quantity,
            discounts, variation_info), typed as an order line (ledger PP-120).
        old (None | OrderItem | Unset): The line before the change (null when added), assumed to have the shape of
            `new`.
    """

    variation_id: UUID | Unset = UNSET
    new: None | OrderItem | Unset = UNSET
    old: None | OrderItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variation_id: str | Unset = UNSET
        if not isinstance(self.variation_id, Unset):
            variation_id = str(self.variation_id)

        new: dict[str, Any] | None | Unset
        if isinstance(self.new, Unset):
            new = UNSET
        elif isinstance(self.new, OrderItem):
            new = self.new.to_dict()
        else:
            new = self.new

        old: dict[str, Any] | None | Unset
        if isinstance(self.old, Unset):
            old = UNSET
        elif isinstance(self.old, OrderItem):
            old = self.old.to_dict()
        else:
            old = self.old

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id
        if new is not UNSET:
            field_dict["new"] = new
        if old is not UNSET:
            field_dict["old"] = old

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _variation_id = d.pop("variation_id", UNSET)
            variation_id: UUID | Unset
            if isinstance(_variation_id, Unset):
                variation_id = UNSET
            else:
                variation_id = types.parse_uuid(_variation_id)

        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "OrderHistoriesItemItemsItem", exc)

        try:

            def _parse_new(data: object) -> None | OrderItem | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    new_type_0 = OrderItem.from_dict(data)

                    return new_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(None | OrderItem | Unset, data)

            new = _parse_new(d.pop("new", UNSET))

        except Exception as exc:
            new = types.undecoded(src_dict, "new", "OrderHistoriesItemItemsItem", exc)

        try:

            def _parse_old(data: object) -> None | OrderItem | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    old_type_0 = OrderItem.from_dict(data)

                    return old_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(None | OrderItem | Unset, data)

            old = _parse_old(d.pop("old", UNSET))

        except Exception as exc:
            old = types.undecoded(src_dict, "old", "OrderHistoriesItemItemsItem", exc)

        order_histories_item_items_item = cls(
            variation_id=variation_id,
            new=new,
            old=old,
        )

        order_histories_item_items_item.additional_properties = d
        return order_histories_item_items_item

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


from ..models.order_item import OrderItem
