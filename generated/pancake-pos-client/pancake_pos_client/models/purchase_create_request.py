from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="PurchaseCreateRequest")


@_attrs_define
class PurchaseCreateRequest:
    """Body of "Tạo phiếu nhập kho". The table lists the fields of the `purchase` object its example wraps them in, and
    marks none of them required.

        Attributes:
            purchase (PurchaseCreateRequestPurchase):
    """

    purchase: PurchaseCreateRequestPurchase
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            purchase = self.purchase.to_dict()
        except (AttributeError, TypeError):
            purchase = cast(Any, self.purchase)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "purchase": purchase,
            }
        )
        if isinstance(purchase, Unset):
            del field_dict["purchase"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            purchase = PurchaseCreateRequestPurchase.from_dict(d.pop("purchase"))

        except Exception as exc:
            purchase = types.undecoded(src_dict, "purchase", "PurchaseCreateRequest", exc)

        purchase_create_request = cls(
            purchase=purchase,
        )

        purchase_create_request.additional_properties = d
        return purchase_create_request

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


from ..models.purchase_create_request_purchase import PurchaseCreateRequestPurchase
