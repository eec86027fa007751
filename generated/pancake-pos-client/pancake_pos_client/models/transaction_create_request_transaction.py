from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.transaction_payment_method import (
    TransactionPaymentMethod,
    check_transaction_payment_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionCreateRequestTransaction")


@_attrs_define
class TransactionCreateRequestTransaction:
    """
    Attributes:
        name (str): Transaction name.
        note (str | Unset): Note.
        amount (int | Unset): Amount (the example pays out -1000000).
        is_locked (bool | Unset): Lock the transaction against editing.
        tag_ids (list[str] | Unset): Transaction tag ids.
        payments (list[TransactionPaymentMethod] | Unset): Payment methods.
        supplier_products_id (int | Unset): Supplier id.
        is_accounting (bool | Unset): Book the transaction in the financial accounts.
        time_incurred (int | str | Unset): When the transaction occurred. The table says unix timestamp; the example
            sends an ISO-8601 UTC string (`2023-09-23T08:41:54.404Z`). Both are accepted.
        payment_debts_to_suppliers (bool | Unset): Pay debts owed to the supplier (not in the table; seen in the
            example, and documented as a response field of "Danh sách thu chi").
        images (list[str] | Unset): Image URLs.
    """

    name: str
    note: str | Unset = UNSET
    amount: int | Unset = UNSET
    is_locked: bool | Unset = UNSET
    tag_ids: list[str] | Unset = UNSET
    payments: list[TransactionPaymentMethod] | Unset = UNSET
    supplier_products_id: int | Unset = UNSET
    is_accounting: bool | Unset = UNSET
    time_incurred: int | str | Unset = UNSET
    payment_debts_to_suppliers: bool | Unset = UNSET
    images: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        note = self.note

        amount = self.amount

        is_locked = self.is_locked

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        payments: list[str] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item: str = payments_item_data
                payments.append(payments_item)

        supplier_products_id = self.supplier_products_id

        is_accounting = self.is_accounting

        time_incurred: int | str | Unset
        if isinstance(self.time_incurred, Unset):
            time_incurred = UNSET
        else:
            time_incurred = self.time_incurred

        payment_debts_to_suppliers = self.payment_debts_to_suppliers

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if isinstance(name, Unset):
            del field_dict["name"]
        if note is not UNSET:
            field_dict["note"] = note
        if amount is not UNSET:
            field_dict["amount"] = amount
        if is_locked is not UNSET:
            field_dict["is_locked"] = is_locked
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids
        if payments is not UNSET:
            field_dict["payments"] = payments
        if supplier_products_id is not UNSET:
            field_dict["supplier_products_id"] = supplier_products_id
        if is_accounting is not UNSET:
            field_dict["is_accounting"] = is_accounting
        if time_incurred is not UNSET:
            field_dict["time_incurred"] = time_incurred
        if payment_debts_to_suppliers is not UNSET:
            field_dict["payment_debts_to_suppliers"] = payment_debts_to_suppliers
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "TransactionCreateRequestTransaction", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "TransactionCreateRequestTransaction", exc)

        try:
            amount = d.pop("amount", UNSET)
            if not isinstance(amount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(amount).__name__}")
        except Exception as exc:
            amount = types.undecoded(src_dict, "amount", "TransactionCreateRequestTransaction", exc)

        try:
            is_locked = d.pop("is_locked", UNSET)
            if not isinstance(is_locked, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_locked).__name__}")
        except Exception as exc:
            is_locked = types.undecoded(src_dict, "is_locked", "TransactionCreateRequestTransaction", exc)

        try:
            tag_ids = cast(list[str], d.pop("tag_ids", UNSET))

        except Exception as exc:
            tag_ids = types.undecoded(src_dict, "tag_ids", "TransactionCreateRequestTransaction", exc)

        try:
            _payments = d.pop("payments", UNSET)
            payments: list[TransactionPaymentMethod] | Unset = UNSET
            if _payments is not UNSET:
                if not isinstance(_payments, list):
                    raise TypeError(f"expected an array, got {type(_payments).__name__}")
                payments = []
                for payments_item_data in _payments:
                    try:
                        payments_item = check_transaction_payment_method(payments_item_data)

                    except Exception as item_exc:
                        payments_item = types.undecoded_item(payments_item_data, "payments", item_exc)
                    payments.append(payments_item)

        except Exception as exc:
            payments = types.undecoded(src_dict, "payments", "TransactionCreateRequestTransaction", exc)

        try:
            supplier_products_id = d.pop("supplier_products_id", UNSET)
            if not isinstance(supplier_products_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(supplier_products_id).__name__}")
        except Exception as exc:
            supplier_products_id = types.undecoded(
                src_dict, "supplier_products_id", "TransactionCreateRequestTransaction", exc
            )

        try:
            is_accounting = d.pop("is_accounting", UNSET)
            if not isinstance(is_accounting, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_accounting).__name__}")
        except Exception as exc:
            is_accounting = types.undecoded(src_dict, "is_accounting", "TransactionCreateRequestTransaction", exc)

        try:
            time_incurred: int | str | Unset = d.pop("time_incurred", UNSET)
            if not isinstance(time_incurred, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(time_incurred).__name__}")

        except Exception as exc:
            time_incurred = types.undecoded(src_dict, "time_incurred", "TransactionCreateRequestTransaction", exc)

        try:
            payment_debts_to_suppliers = d.pop("payment_debts_to_suppliers", UNSET)
            if not isinstance(payment_debts_to_suppliers, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(payment_debts_to_suppliers).__name__}")
        except Exception as exc:
            payment_debts_to_suppliers = types.undecoded(
                src_dict, "payment_debts_to_suppliers", "TransactionCreateRequestTransaction", exc
            )

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "TransactionCreateRequestTransaction", exc)

        transaction_create_request_transaction = cls(
            name=name,
            note=note,
            amount=amount,
            is_locked=is_locked,
            tag_ids=tag_ids,
            payments=payments,
            supplier_products_id=supplier_products_id,
            is_accounting=is_accounting,
            time_incurred=time_incurred,
            payment_debts_to_suppliers=payment_debts_to_suppliers,
            images=images,
        )

        transaction_create_request_transaction.additional_properties = d
        return transaction_create_request_transaction

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
