from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="TransactionCreateRequest")


@_attrs_define
class TransactionCreateRequest:
    """Body of "Tạo phiếu thu chi". The source's table (headed "Query Parameters") lists the fields of the `transaction`
    object that its example wraps them in.

        Attributes:
            transaction (TransactionCreateRequestTransaction):
    """

    transaction: TransactionCreateRequestTransaction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            transaction = self.transaction.to_dict()
        except (AttributeError, TypeError):
            transaction = cast(Any, self.transaction)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction": transaction,
            }
        )
        if isinstance(transaction, Unset):
            del field_dict["transaction"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            transaction = TransactionCreateRequestTransaction.from_dict(d.pop("transaction"))

        except Exception as exc:
            transaction = types.undecoded(src_dict, "transaction", "TransactionCreateRequest", exc)

        transaction_create_request = cls(
            transaction=transaction,
        )

        transaction_create_request.additional_properties = d
        return transaction_create_request

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


from ..models.transaction_create_request_transaction import (
    TransactionCreateRequestTransaction,
)
