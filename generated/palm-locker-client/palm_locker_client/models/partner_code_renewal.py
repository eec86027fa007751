from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerCodeRenewal")


@_attrs_define
class PartnerCodeRenewal:
    """The order with its new partner code, as answered by "Renew Partner Code".

    Attributes:
        id (str): Order id.
        locker_id (str | Unset):
        order_code (str | Unset):
        remain_cost (int | Unset): Amount still to be paid (assumed from the name: the document does not describe it).
        order_type (str | Unset): Order type; only `locker` is documented (ledger PL-018).
        partner_id (str | Unset):
        partner_code (str | Unset): The new 6-digit code that opens the box for the partner.
    """

    id: str
    locker_id: str | Unset = UNSET
    order_code: str | Unset = UNSET
    remain_cost: int | Unset = UNSET
    order_type: str | Unset = UNSET
    partner_id: str | Unset = UNSET
    partner_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        locker_id = self.locker_id

        order_code = self.order_code

        remain_cost = self.remain_cost

        order_type = self.order_type

        partner_id = self.partner_id

        partner_code = self.partner_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if locker_id is not UNSET:
            field_dict["lockerId"] = locker_id
        if order_code is not UNSET:
            field_dict["orderCode"] = order_code
        if remain_cost is not UNSET:
            field_dict["remainCost"] = remain_cost
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if partner_id is not UNSET:
            field_dict["partnerId"] = partner_id
        if partner_code is not UNSET:
            field_dict["partnerCode"] = partner_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "PartnerCodeRenewal", exc)

        try:
            locker_id = d.pop("lockerId", UNSET)
            if not isinstance(locker_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(locker_id).__name__}")
        except Exception as exc:
            locker_id = types.undecoded(src_dict, "lockerId", "PartnerCodeRenewal", exc)

        try:
            order_code = d.pop("orderCode", UNSET)
            if not isinstance(order_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_code).__name__}")
        except Exception as exc:
            order_code = types.undecoded(src_dict, "orderCode", "PartnerCodeRenewal", exc)

        try:
            remain_cost = d.pop("remainCost", UNSET)
            if not isinstance(remain_cost, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(remain_cost).__name__}")
        except Exception as exc:
            remain_cost = types.undecoded(src_dict, "remainCost", "PartnerCodeRenewal", exc)

        try:
            order_type = d.pop("orderType", UNSET)
            if not isinstance(order_type, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_type).__name__}")
        except Exception as exc:
            order_type = types.undecoded(src_dict, "orderType", "PartnerCodeRenewal", exc)

        try:
            partner_id = d.pop("partnerId", UNSET)
            if not isinstance(partner_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(partner_id).__name__}")
        except Exception as exc:
            partner_id = types.undecoded(src_dict, "partnerId", "PartnerCodeRenewal", exc)

        try:
            partner_code = d.pop("partnerCode", UNSET)
            if not isinstance(partner_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(partner_code).__name__}")
        except Exception as exc:
            partner_code = types.undecoded(src_dict, "partnerCode", "PartnerCodeRenewal", exc)

        partner_code_renewal = cls(
            id=id,
            locker_id=locker_id,
            order_code=order_code,
            remain_cost=remain_cost,
            order_type=order_type,
            partner_id=partner_id,
            partner_code=partner_code,
        )

        partner_code_renewal.additional_properties = d
        return partner_code_renewal

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
