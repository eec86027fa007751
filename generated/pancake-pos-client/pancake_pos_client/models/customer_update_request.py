from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="CustomerUpdateRequest")


@_attrs_define
class CustomerUpdateRequest:
    """Body of “Cập nhật khách hàng” (`PUT /shops/{shop_id}/customers/{customer_id}`). The table (headed “Query
    Parameters”) lists the fields flat; the example wraps them in `customer`, which is the shape taken here (ledger
    PP-207, PP-210). No field is required.

        Attributes:
            customer (CustomerUpdateRequestCustomer):
    """

    customer: CustomerUpdateRequestCustomer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
            }
        )
        if isinstance(customer, Unset):
            del field_dict["customer"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            customer = CustomerUpdateRequestCustomer.from_dict(d.pop("customer"))

        except Exception as exc:
            customer = types.undecoded(src_dict, "customer", "CustomerUpdateRequest", exc)

        customer_update_request = cls(
            customer=customer,
        )

        customer_update_request.additional_properties = d
        return customer_update_request

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


from ..models.customer_update_request_customer import CustomerUpdateRequestCustomer
