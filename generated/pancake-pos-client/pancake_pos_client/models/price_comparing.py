from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceComparing")


@_attrs_define
class PriceComparing:
    """One carrier quote from the shipping-fee comparison.

    Attributes:
        partner_fee (int | Unset): Shipping fee quoted by the carrier.
        partner_id (int | Unset): Carrier id (`partner.partner_id`, "Mã ĐVVC"). The known ids are the source's
            "PartnerId" table in "Thông tin đơn hàng". Not an enum: the source's own order example uses partner_id 57, which
            the table does not list (ledger PP-117).
        partner_name (str | Unset): Carrier name (short names such as `GHTK`, `VTP`; not the names of the partners
            list).
    """

    partner_fee: int | Unset = UNSET
    partner_id: int | Unset = UNSET
    partner_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_fee = self.partner_fee

        partner_id = self.partner_id

        partner_name = self.partner_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partner_fee is not UNSET:
            field_dict["partner_fee"] = partner_fee
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if partner_name is not UNSET:
            field_dict["partner_name"] = partner_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            partner_fee = d.pop("partner_fee", UNSET)
            if not isinstance(partner_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(partner_fee).__name__}")
        except Exception as exc:
            partner_fee = types.undecoded(src_dict, "partner_fee", "PriceComparing", exc)

        try:
            partner_id = d.pop("partner_id", UNSET)
            if not isinstance(partner_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(partner_id).__name__}")
        except Exception as exc:
            partner_id = types.undecoded(src_dict, "partner_id", "PriceComparing", exc)

        try:
            partner_name = d.pop("partner_name", UNSET)
            if not isinstance(partner_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(partner_name).__name__}")
        except Exception as exc:
            partner_name = types.undecoded(src_dict, "partner_name", "PriceComparing", exc)

        price_comparing = cls(
            partner_fee=partner_fee,
            partner_id=partner_id,
            partner_name=partner_name,
        )

        price_comparing.additional_properties = d
        return price_comparing

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
