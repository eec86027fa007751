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
from ..models.transaction_status_type_0 import (
    TransactionStatusType0,
    check_transaction_status_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """A receipt or payment voucher ("phiếu thu chi") of the shop's cash book. `id`, `is_canceled`, `shop_id` and
    `table_name` are not in the source's table; they are documented from its example.

        Attributes:
            id (str): Transaction id (UUID).
            advertising_cost_id (None | str | Unset): Id of the advertising cost this transaction belongs to; null for other
                transactions.
            amount (int | Unset): Amount (negative in the source's example of a payment to a supplier).
            creator (CreatorSummary | Unset): Short profile of the staff member who created a record: `creator` of a
                transaction, `user` of a purchase or an export. The source's tables type it only as `json` ("Thông tin người
                tạo"); the fields below are those of its examples.
            creator_id (str | Unset): Id (UUID) of the staff member who created the transaction.
            display_id (str | Unset): Human-readable transaction code, e.g. `KH6815`.
            images (list[str] | Unset): Image URLs attached to the transaction.
            inserted_at (int | str | Unset): Creation time. The table says unix timestamp; the example sends an ISO-8601
                local time without zone (`2023-09-23T05:00:20`). Both are accepted.
            is_accounting (bool | Unset): Whether the transaction is booked in the financial accounts.
            is_canceled (bool | Unset): Whether the transaction was cancelled (not in the table; seen in the example).
            is_locked (bool | Unset): Whether the transaction is locked against editing.
            name (str | Unset): Transaction name.
            note (str | Unset): Note.
            payment_debts_to_suppliers (bool | Unset): Whether this transaction pays debts owed to a supplier.
            payments (list[str | TransactionPaymentMethod] | Unset): Payment methods.
            shop_id (int | Unset): Shop id (not in the table; seen in the example).
            status (int | TransactionStatusType0 | Unset): Transaction status. Open (ledger PP-431); a status the document
                does not list is kept.
            supplier_products_id (int | Unset): Supplier id.
            table_name (str | Unset): Kind of record the transaction comes from, e.g. `debts` (not in the table; seen in the
                example).
            tag_ids (list[str] | Unset): Transaction tag ids.
            time_incurred (int | str | Unset): When the transaction occurred. The table says unix timestamp; the example
                sends an ISO-8601 local time without zone. Both are accepted.
    """

    id: str
    advertising_cost_id: None | str | Unset = UNSET
    amount: int | Unset = UNSET
    creator: CreatorSummary | Unset = UNSET
    creator_id: str | Unset = UNSET
    display_id: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    inserted_at: int | str | Unset = UNSET
    is_accounting: bool | Unset = UNSET
    is_canceled: bool | Unset = UNSET
    is_locked: bool | Unset = UNSET
    name: str | Unset = UNSET
    note: str | Unset = UNSET
    payment_debts_to_suppliers: bool | Unset = UNSET
    payments: list[str | TransactionPaymentMethod] | Unset = UNSET
    shop_id: int | Unset = UNSET
    status: int | TransactionStatusType0 | Unset = UNSET
    supplier_products_id: int | Unset = UNSET
    table_name: str | Unset = UNSET
    tag_ids: list[str] | Unset = UNSET
    time_incurred: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        advertising_cost_id: None | str | Unset
        if isinstance(self.advertising_cost_id, Unset):
            advertising_cost_id = UNSET
        else:
            advertising_cost_id = self.advertising_cost_id

        amount = self.amount

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        creator_id = self.creator_id

        display_id = self.display_id

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        inserted_at: int | str | Unset
        if isinstance(self.inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = self.inserted_at

        is_accounting = self.is_accounting

        is_canceled = self.is_canceled

        is_locked = self.is_locked

        name = self.name

        note = self.note

        payment_debts_to_suppliers = self.payment_debts_to_suppliers

        payments: list[str] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item: str
                if isinstance(payments_item_data, str):
                    payments_item = payments_item_data
                else:
                    payments_item = payments_item_data
                payments.append(payments_item)

        shop_id = self.shop_id

        status: int | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        supplier_products_id = self.supplier_products_id

        table_name = self.table_name

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        time_incurred: int | str | Unset
        if isinstance(self.time_incurred, Unset):
            time_incurred = UNSET
        else:
            time_incurred = self.time_incurred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if advertising_cost_id is not UNSET:
            field_dict["advertising_cost_id"] = advertising_cost_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if creator is not UNSET:
            field_dict["creator"] = creator
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if images is not UNSET:
            field_dict["images"] = images
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if is_accounting is not UNSET:
            field_dict["is_accounting"] = is_accounting
        if is_canceled is not UNSET:
            field_dict["is_canceled"] = is_canceled
        if is_locked is not UNSET:
            field_dict["is_locked"] = is_locked
        if name is not UNSET:
            field_dict["name"] = name
        if note is not UNSET:
            field_dict["note"] = note
        if payment_debts_to_suppliers is not UNSET:
            field_dict["payment_debts_to_suppliers"] = payment_debts_to_suppliers
        if payments is not UNSET:
            field_dict["payments"] = payments
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if status is not UNSET:
            field_dict["status"] = status
        if supplier_products_id is not UNSET:
            field_dict["supplier_products_id"] = supplier_products_id
        if table_name is not UNSET:
            field_dict["table_name"] = table_name
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids
        if time_incurred is not UNSET:
            field_dict["time_incurred"] = time_incurred

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise types.Mistyped(f"expected str, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Transaction", exc)

        try:
            advertising_cost_id: None | str | Unset = d.pop("advertising_cost_id", UNSET)
            if not isinstance(advertising_cost_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(advertising_cost_id).__name__}")

        except Exception as exc:
            advertising_cost_id = types.undecoded(src_dict, "advertising_cost_id", "Transaction", exc)

        try:
            amount = d.pop("amount", UNSET)
            if not isinstance(amount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(amount).__name__}")
        except Exception as exc:
            amount = types.undecoded(src_dict, "amount", "Transaction", exc)

        try:
            _creator = d.pop("creator", UNSET)
            creator: CreatorSummary | Unset
            if isinstance(_creator, Unset):
                creator = UNSET
            else:
                creator = CreatorSummary.from_dict(_creator)

        except Exception as exc:
            creator = types.undecoded(src_dict, "creator", "Transaction", exc)

        try:
            creator_id = d.pop("creator_id", UNSET)
            if not isinstance(creator_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(creator_id).__name__}")
        except Exception as exc:
            creator_id = types.undecoded(src_dict, "creator_id", "Transaction", exc)

        try:
            display_id = d.pop("display_id", UNSET)
            if not isinstance(display_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(display_id).__name__}")
        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "Transaction", exc)

        try:
            images = cast(list[str], d.pop("images", UNSET))

        except Exception as exc:
            images = types.undecoded(src_dict, "images", "Transaction", exc)

        try:
            inserted_at: int | str | Unset = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(inserted_at).__name__}")

        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "Transaction", exc)

        try:
            is_accounting = d.pop("is_accounting", UNSET)
            if not isinstance(is_accounting, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_accounting).__name__}")
        except Exception as exc:
            is_accounting = types.undecoded(src_dict, "is_accounting", "Transaction", exc)

        try:
            is_canceled = d.pop("is_canceled", UNSET)
            if not isinstance(is_canceled, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_canceled).__name__}")
        except Exception as exc:
            is_canceled = types.undecoded(src_dict, "is_canceled", "Transaction", exc)

        try:
            is_locked = d.pop("is_locked", UNSET)
            if not isinstance(is_locked, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_locked).__name__}")
        except Exception as exc:
            is_locked = types.undecoded(src_dict, "is_locked", "Transaction", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "Transaction", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "Transaction", exc)

        try:
            payment_debts_to_suppliers = d.pop("payment_debts_to_suppliers", UNSET)
            if not isinstance(payment_debts_to_suppliers, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(payment_debts_to_suppliers).__name__}")
        except Exception as exc:
            payment_debts_to_suppliers = types.undecoded(src_dict, "payment_debts_to_suppliers", "Transaction", exc)

        try:
            _payments = d.pop("payments", UNSET)
            payments: list[str | TransactionPaymentMethod] | Unset = UNSET
            if _payments is not UNSET:
                if not isinstance(_payments, list):
                    raise TypeError(f"expected an array, got {type(_payments).__name__}")
                payments = []
                for payments_item_data in _payments:
                    try:

                        def _parse_payments_item(data: object) -> str | TransactionPaymentMethod:
                            try:
                                if not isinstance(data, str):
                                    raise TypeError()
                                componentsschemas_transaction_payment_method_value_type_0 = (
                                    check_transaction_payment_method(data)
                                )

                                return componentsschemas_transaction_payment_method_value_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if types.is_strict() and not isinstance(data, str):
                                raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                            return cast(str | TransactionPaymentMethod, data)

                        payments_item = _parse_payments_item(payments_item_data)

                    except Exception as item_exc:
                        payments_item = types.undecoded_item(payments_item_data, "payments", item_exc)
                    payments.append(payments_item)

        except Exception as exc:
            payments = types.undecoded(src_dict, "payments", "Transaction", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "Transaction", exc)

        try:

            def _parse_status(data: object) -> int | TransactionStatusType0 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    status_type_0 = check_transaction_status_type_0(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, int):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(int | TransactionStatusType0 | Unset, data)

            status = _parse_status(d.pop("status", UNSET))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "Transaction", exc)

        try:
            supplier_products_id = d.pop("supplier_products_id", UNSET)
            if not isinstance(supplier_products_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(supplier_products_id).__name__}")
        except Exception as exc:
            supplier_products_id = types.undecoded(src_dict, "supplier_products_id", "Transaction", exc)

        try:
            table_name = d.pop("table_name", UNSET)
            if not isinstance(table_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(table_name).__name__}")
        except Exception as exc:
            table_name = types.undecoded(src_dict, "table_name", "Transaction", exc)

        try:
            tag_ids = cast(list[str], d.pop("tag_ids", UNSET))

        except Exception as exc:
            tag_ids = types.undecoded(src_dict, "tag_ids", "Transaction", exc)

        try:
            time_incurred: int | str | Unset = d.pop("time_incurred", UNSET)
            if not isinstance(time_incurred, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(time_incurred).__name__}")

        except Exception as exc:
            time_incurred = types.undecoded(src_dict, "time_incurred", "Transaction", exc)

        transaction = cls(
            id=id,
            advertising_cost_id=advertising_cost_id,
            amount=amount,
            creator=creator,
            creator_id=creator_id,
            display_id=display_id,
            images=images,
            inserted_at=inserted_at,
            is_accounting=is_accounting,
            is_canceled=is_canceled,
            is_locked=is_locked,
            name=name,
            note=note,
            payment_debts_to_suppliers=payment_debts_to_suppliers,
            payments=payments,
            shop_id=shop_id,
            status=status,
            supplier_products_id=supplier_products_id,
            table_name=table_name,
            tag_ids=tag_ids,
            time_incurred=time_incurred,
        )

        transaction.additional_properties = d
        return transaction

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


from ..models.creator_summary import CreatorSummary
