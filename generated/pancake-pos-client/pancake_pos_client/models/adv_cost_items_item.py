from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvCostItemsItem")


@_attrs_define
class AdvCostItemsItem:
    """
    Attributes:
        cost (int | Unset): Cost.
        warehouse_id (str | Unset): Warehouse id.
        is_livestream (bool | Unset): Cost of a livestream.
        product (str | Unset): Product id.
        pke_mkter (str | Unset): Marketer (an e-mail address in the example).
        source (AdvCostItemsItemSource | Unset): Order source the cost is attributed to. The table types it only as
            `json`; `key` and `account` are the fields of the example.
        is_wholesale (bool | Unset): Wholesale.
        post_ids (list[str] | Unset): Post ids (Facebook `pageid_postid` in the example).
    """

    cost: int | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    is_livestream: bool | Unset = UNSET
    product: str | Unset = UNSET
    pke_mkter: str | Unset = UNSET
    source: AdvCostItemsItemSource | Unset = UNSET
    is_wholesale: bool | Unset = UNSET
    post_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        warehouse_id = self.warehouse_id

        is_livestream = self.is_livestream

        product = self.product

        pke_mkter = self.pke_mkter

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        is_wholesale = self.is_wholesale

        post_ids: list[str] | Unset = UNSET
        if not isinstance(self.post_ids, Unset):
            post_ids = self.post_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost is not UNSET:
            field_dict["cost"] = cost
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if is_livestream is not UNSET:
            field_dict["is_livestream"] = is_livestream
        if product is not UNSET:
            field_dict["product"] = product
        if pke_mkter is not UNSET:
            field_dict["pke_mkter"] = pke_mkter
        if source is not UNSET:
            field_dict["source"] = source
        if is_wholesale is not UNSET:
            field_dict["is_wholesale"] = is_wholesale
        if post_ids is not UNSET:
            field_dict["post_ids"] = post_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cost).__name__}")
        except Exception as exc:
            cost = types.undecoded(src_dict, "cost", "AdvCostItemsItem", exc)

        try:
            warehouse_id = d.pop("warehouse_id", UNSET)
            if not isinstance(warehouse_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(warehouse_id).__name__}")
        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "AdvCostItemsItem", exc)

        try:
            is_livestream = d.pop("is_livestream", UNSET)
            if not isinstance(is_livestream, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_livestream).__name__}")
        except Exception as exc:
            is_livestream = types.undecoded(src_dict, "is_livestream", "AdvCostItemsItem", exc)

        try:
            product = d.pop("product", UNSET)
            if not isinstance(product, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(product).__name__}")
        except Exception as exc:
            product = types.undecoded(src_dict, "product", "AdvCostItemsItem", exc)

        try:
            pke_mkter = d.pop("pke_mkter", UNSET)
            if not isinstance(pke_mkter, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(pke_mkter).__name__}")
        except Exception as exc:
            pke_mkter = types.undecoded(src_dict, "pke_mkter", "AdvCostItemsItem", exc)

        try:
            _source = d.pop("source", UNSET)
            source: AdvCostItemsItemSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = AdvCostItemsItemSource.from_dict(_source)

        except Exception as exc:
            source = types.undecoded(src_dict, "source", "AdvCostItemsItem", exc)

        try:
            is_wholesale = d.pop("is_wholesale", UNSET)
            if not isinstance(is_wholesale, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_wholesale).__name__}")
        except Exception as exc:
            is_wholesale = types.undecoded(src_dict, "is_wholesale", "AdvCostItemsItem", exc)

        try:
            post_ids = cast(list[str], d.pop("post_ids", UNSET))

        except Exception as exc:
            post_ids = types.undecoded(src_dict, "post_ids", "AdvCostItemsItem", exc)

        adv_cost_items_item = cls(
            cost=cost,
            warehouse_id=warehouse_id,
            is_livestream=is_livestream,
            product=product,
            pke_mkter=pke_mkter,
            source=source,
            is_wholesale=is_wholesale,
            post_ids=post_ids,
        )

        adv_cost_items_item.additional_properties = d
        return adv_cost_items_item

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


from ..models.adv_cost_items_item_source import AdvCostItemsItemSource
