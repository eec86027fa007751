from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="PurchaseSeparateRequest")


@_attrs_define
class PurchaseSeparateRequest:
    """Body of "Tách phiếu nhập kho": split part of an existing purchase (`oldPurchase`, with its remaining lines) into a
    new purchase (`newPurchase`).

        Attributes:
            new_purchase (PurchaseSeparateInput): One side of "Tách phiếu nhập kho" (`newPurchase` or `oldPurchase`; both
                use the same fields — "newPurchase và oldPurchase dùng chung các request parameters"). `id` is required for
                `oldPurchase` only, which `PurchaseSeparateRequest` adds.
            old_purchase (PurchaseSeparateRequestOldPurchase):
    """

    new_purchase: PurchaseSeparateInput
    old_purchase: PurchaseSeparateRequestOldPurchase
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            new_purchase = self.new_purchase.to_dict()
        except (AttributeError, TypeError):
            new_purchase = cast(Any, self.new_purchase)

        try:
            old_purchase = self.old_purchase.to_dict()
        except (AttributeError, TypeError):
            old_purchase = cast(Any, self.old_purchase)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "newPurchase": new_purchase,
                "oldPurchase": old_purchase,
            }
        )
        if isinstance(new_purchase, Unset):
            del field_dict["newPurchase"]
        if isinstance(old_purchase, Unset):
            del field_dict["oldPurchase"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            new_purchase = PurchaseSeparateInput.from_dict(d.pop("newPurchase"))

        except Exception as exc:
            new_purchase = types.undecoded(src_dict, "newPurchase", "PurchaseSeparateRequest", exc)

        try:
            old_purchase = PurchaseSeparateRequestOldPurchase.from_dict(d.pop("oldPurchase"))

        except Exception as exc:
            old_purchase = types.undecoded(src_dict, "oldPurchase", "PurchaseSeparateRequest", exc)

        purchase_separate_request = cls(
            new_purchase=new_purchase,
            old_purchase=old_purchase,
        )

        purchase_separate_request.additional_properties = d
        return purchase_separate_request

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


from ..models.purchase_separate_input import PurchaseSeparateInput
from ..models.purchase_separate_request_old_purchase import (
    PurchaseSeparateRequestOldPurchase,
)
