from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvCost")


@_attrs_define
class AdvCost:
    """An advertising cost ("chi phí quảng cáo") as sent in the `params` object of "Tạo chi phí quảng cáo": the day's cost,
    the cash-book transaction it creates and its line items. The source's table lists the fields flat; the nesting
    (`transaction.*`, `items[].*`) is that of its example.

        Attributes:
            cost_date (str | Unset): Day of the advertising cost, `YYYY-MM-DD HH:MM:SS` in the example.
            transaction (AdvCostTransaction | Unset): The receipt/payment transaction recorded for the cost.
            items (list[AdvCostItemsItem] | Unset): Line items of the advertising cost.
    """

    cost_date: str | Unset = UNSET
    transaction: AdvCostTransaction | Unset = UNSET
    items: list[AdvCostItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_date = self.cost_date

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_date is not UNSET:
            field_dict["cost_date"] = cost_date
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            cost_date = d.pop("cost_date", UNSET)
            if not isinstance(cost_date, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(cost_date).__name__}")
        except Exception as exc:
            cost_date = types.undecoded(src_dict, "cost_date", "AdvCost", exc)

        try:
            _transaction = d.pop("transaction", UNSET)
            transaction: AdvCostTransaction | Unset
            if isinstance(_transaction, Unset):
                transaction = UNSET
            else:
                transaction = AdvCostTransaction.from_dict(_transaction)

        except Exception as exc:
            transaction = types.undecoded(src_dict, "transaction", "AdvCost", exc)

        try:
            _items = d.pop("items", UNSET)
            items: list[AdvCostItemsItem] | Unset = UNSET
            if _items is not UNSET:
                if not isinstance(_items, list):
                    raise TypeError(f"expected an array, got {type(_items).__name__}")
                items = []
                for items_item_data in _items:
                    try:
                        items_item = AdvCostItemsItem.from_dict(items_item_data)

                    except Exception as item_exc:
                        items_item = types.undecoded_item(items_item_data, "items", item_exc)
                    items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "AdvCost", exc)

        adv_cost = cls(
            cost_date=cost_date,
            transaction=transaction,
            items=items,
        )

        adv_cost.additional_properties = d
        return adv_cost

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


from ..models.adv_cost_items_item import AdvCostItemsItem
from ..models.adv_cost_transaction import AdvCostTransaction
