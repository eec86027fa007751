from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPartner")


@_attrs_define
class OrderPartner:
    """Shipping information of an order (`partner`, "Thông tin vận chuyển"; table "partner (1.3)"). Fields not in the table
    come from the examples.

        Attributes:
            partner_id (int | Unset): Carrier id (`partner.partner_id`, "Mã ĐVVC"). The known ids are the source's
                "PartnerId" table in "Thông tin đơn hàng". Not an enum: the source's own order example uses partner_id 57, which
                the table does not list (ledger PP-117).
            extend_code (str | Unset): Tracking (waybill) number ("Mã vận đơn").
            sort_code (None | str | Unset): Short sorting code ("Mã vận chuyển rút gọn").
            total_fee (int | Unset): Total carrier fee ("Tổng phí").
            updated_at (str | Unset): Last update time ("Cập nhật lúc"), ISO-8601 local time without offset.
            picked_up_at (None | str | Unset): Time the carrier picked the parcel up ("Lấy hàng lúc").
            delivery_name (None | str | Unset): Delivery courier's name ("Nhân viên giao hàng").
            delivery_tel (None | str | Unset): Delivery courier's phone number ("SDT nhân viên giao hàng").
            cod (int | Unset): Cash-on-delivery amount at the carrier (only in examples).
            custom_partner_id (None | str | Unset): Custom carrier id (only in examples, always null; ledger PP-123).
            extend_update (list[Any] | Unset): Carrier status updates (only in examples, always empty; the item shape is not
                documented).
            is_returned (bool | None | Unset): Whether the parcel was returned (only in examples).
            order_number_vtp (None | str | Unset): Viettel Post order number (only in examples, always null; ledger PP-123).
            paid_at (None | str | Unset): Reconciliation time (only in examples, always null).
            system_created (bool | Unset): Whether the shipment was created through the system (only in examples).
    """

    partner_id: int | Unset = UNSET
    extend_code: str | Unset = UNSET
    sort_code: None | str | Unset = UNSET
    total_fee: int | Unset = UNSET
    updated_at: str | Unset = UNSET
    picked_up_at: None | str | Unset = UNSET
    delivery_name: None | str | Unset = UNSET
    delivery_tel: None | str | Unset = UNSET
    cod: int | Unset = UNSET
    custom_partner_id: None | str | Unset = UNSET
    extend_update: list[Any] | Unset = UNSET
    is_returned: bool | None | Unset = UNSET
    order_number_vtp: None | str | Unset = UNSET
    paid_at: None | str | Unset = UNSET
    system_created: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_id = self.partner_id

        extend_code = self.extend_code

        sort_code: None | str | Unset
        if isinstance(self.sort_code, Unset):
            sort_code = UNSET
        else:
            sort_code = self.sort_code

        total_fee = self.total_fee

        updated_at = self.updated_at

        picked_up_at: None | str | Unset
        if isinstance(self.picked_up_at, Unset):
            picked_up_at = UNSET
        else:
            picked_up_at = self.picked_up_at

        delivery_name: None | str | Unset
        if isinstance(self.delivery_name, Unset):
            delivery_name = UNSET
        else:
            delivery_name = self.delivery_name

        delivery_tel: None | str | Unset
        if isinstance(self.delivery_tel, Unset):
            delivery_tel = UNSET
        else:
            delivery_tel = self.delivery_tel

        cod = self.cod

        custom_partner_id: None | str | Unset
        if isinstance(self.custom_partner_id, Unset):
            custom_partner_id = UNSET
        else:
            custom_partner_id = self.custom_partner_id

        extend_update: list[Any] | Unset = UNSET
        if not isinstance(self.extend_update, Unset):
            extend_update = self.extend_update

        is_returned: bool | None | Unset
        if isinstance(self.is_returned, Unset):
            is_returned = UNSET
        else:
            is_returned = self.is_returned

        order_number_vtp: None | str | Unset
        if isinstance(self.order_number_vtp, Unset):
            order_number_vtp = UNSET
        else:
            order_number_vtp = self.order_number_vtp

        paid_at: None | str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        else:
            paid_at = self.paid_at

        system_created = self.system_created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if extend_code is not UNSET:
            field_dict["extend_code"] = extend_code
        if sort_code is not UNSET:
            field_dict["sort_code"] = sort_code
        if total_fee is not UNSET:
            field_dict["total_fee"] = total_fee
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if picked_up_at is not UNSET:
            field_dict["picked_up_at"] = picked_up_at
        if delivery_name is not UNSET:
            field_dict["delivery_name"] = delivery_name
        if delivery_tel is not UNSET:
            field_dict["delivery_tel"] = delivery_tel
        if cod is not UNSET:
            field_dict["cod"] = cod
        if custom_partner_id is not UNSET:
            field_dict["custom_partner_id"] = custom_partner_id
        if extend_update is not UNSET:
            field_dict["extend_update"] = extend_update
        if is_returned is not UNSET:
            field_dict["is_returned"] = is_returned
        if order_number_vtp is not UNSET:
            field_dict["order_number_vtp"] = order_number_vtp
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if system_created is not UNSET:
            field_dict["system_created"] = system_created

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            partner_id = d.pop("partner_id", UNSET)
            if not isinstance(partner_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(partner_id).__name__}")
        except Exception as exc:
            partner_id = types.undecoded(src_dict, "partner_id", "OrderPartner", exc)

        try:
            extend_code = d.pop("extend_code", UNSET)
            if not isinstance(extend_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(extend_code).__name__}")
        except Exception as exc:
            extend_code = types.undecoded(src_dict, "extend_code", "OrderPartner", exc)

        try:
            sort_code: None | str | Unset = d.pop("sort_code", UNSET)
            if not isinstance(sort_code, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(sort_code).__name__}")

        except Exception as exc:
            sort_code = types.undecoded(src_dict, "sort_code", "OrderPartner", exc)

        try:
            total_fee = d.pop("total_fee", UNSET)
            if not isinstance(total_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_fee).__name__}")
        except Exception as exc:
            total_fee = types.undecoded(src_dict, "total_fee", "OrderPartner", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "OrderPartner", exc)

        try:
            picked_up_at: None | str | Unset = d.pop("picked_up_at", UNSET)
            if not isinstance(picked_up_at, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(picked_up_at).__name__}")

        except Exception as exc:
            picked_up_at = types.undecoded(src_dict, "picked_up_at", "OrderPartner", exc)

        try:
            delivery_name: None | str | Unset = d.pop("delivery_name", UNSET)
            if not isinstance(delivery_name, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(delivery_name).__name__}")

        except Exception as exc:
            delivery_name = types.undecoded(src_dict, "delivery_name", "OrderPartner", exc)

        try:
            delivery_tel: None | str | Unset = d.pop("delivery_tel", UNSET)
            if not isinstance(delivery_tel, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(delivery_tel).__name__}")

        except Exception as exc:
            delivery_tel = types.undecoded(src_dict, "delivery_tel", "OrderPartner", exc)

        try:
            cod = d.pop("cod", UNSET)
            if not isinstance(cod, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cod).__name__}")
        except Exception as exc:
            cod = types.undecoded(src_dict, "cod", "OrderPartner", exc)

        try:
            custom_partner_id: None | str | Unset = d.pop("custom_partner_id", UNSET)
            if not isinstance(custom_partner_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(custom_partner_id).__name__}")

        except Exception as exc:
            custom_partner_id = types.undecoded(src_dict, "custom_partner_id", "OrderPartner", exc)

        try:
            extend_update: list[Any] = d.pop("extend_update", UNSET)

        except Exception as exc:
            extend_update = types.undecoded(src_dict, "extend_update", "OrderPartner", exc)

        try:
            is_returned: bool | None | Unset = d.pop("is_returned", UNSET)
            if not isinstance(is_returned, (bool, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(is_returned).__name__}")

        except Exception as exc:
            is_returned = types.undecoded(src_dict, "is_returned", "OrderPartner", exc)

        try:
            order_number_vtp: None | str | Unset = d.pop("order_number_vtp", UNSET)
            if not isinstance(order_number_vtp, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(order_number_vtp).__name__}")

        except Exception as exc:
            order_number_vtp = types.undecoded(src_dict, "order_number_vtp", "OrderPartner", exc)

        try:
            paid_at: None | str | Unset = d.pop("paid_at", UNSET)
            if not isinstance(paid_at, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(paid_at).__name__}")

        except Exception as exc:
            paid_at = types.undecoded(src_dict, "paid_at", "OrderPartner", exc)

        try:
            system_created = d.pop("system_created", UNSET)
            if not isinstance(system_created, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(system_created).__name__}")
        except Exception as exc:
            system_created = types.undecoded(src_dict, "system_created", "OrderPartner", exc)

        order_partner = cls(
            partner_id=partner_id,
            extend_code=extend_code,
            sort_code=sort_code,
            total_fee=total_fee,
            updated_at=updated_at,
            picked_up_at=picked_up_at,
            delivery_name=delivery_name,
            delivery_tel=delivery_tel,
            cod=cod,
            custom_partner_id=custom_partner_id,
            extend_update=extend_update,
            is_returned=is_returned,
            order_number_vtp=order_number_vtp,
            paid_at=paid_at,
            system_created=system_created,
        )

        order_partner.additional_properties = d
        return order_partner

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
