from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.customer_create_request_create_type import (
    CustomerCreateRequestCreateType,
    check_customer_create_request_create_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerCreateRequest")


@_attrs_define
class CustomerCreateRequest:
    """Body of “Tạo khách hàng” (`POST /shops/{shop_id}/customers`). The source prints no request example, only a table
    (headed “Query Parameters”) with flat camelCase fields; they are taken as flat fields of the JSON body (ledger
    PP-207, PP-221). `createType` says what to do when a customer with the same phone number already exists.

        Attributes:
            name (str): Customer name (e.g. "Nguyen Van Hoang").
            phone_number (str): Phone number (e.g. "0903924956").
            create_type (CustomerCreateRequestCreateType): Behaviour when the phone number already belongs to a customer.
            date_of_birth (str | Unset): Date of birth (the table's type is “string time”; example "1995-02-01").
            last_order_at (int | Unset): Time of the last purchase, unix timestamp in seconds (e.g. 1715878800).
    """

    name: str
    phone_number: str
    create_type: CustomerCreateRequestCreateType
    date_of_birth: str | Unset = UNSET
    last_order_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone_number = self.phone_number

        create_type: str = self.create_type

        date_of_birth = self.date_of_birth

        last_order_at = self.last_order_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "phoneNumber": phone_number,
                "createType": create_type,
            }
        )
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if last_order_at is not UNSET:
            field_dict["last_order_at"] = last_order_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        phone_number = d.pop("phoneNumber")

        create_type = check_customer_create_request_create_type(d.pop("createType"))

        date_of_birth = d.pop("dateOfBirth", UNSET)

        last_order_at = d.pop("last_order_at", UNSET)

        customer_create_request = cls(
            name=name,
            phone_number=phone_number,
            create_type=create_type,
            date_of_birth=date_of_birth,
            last_order_at=last_order_at,
        )

        customer_create_request.additional_properties = d
        return customer_create_request

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
