from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        try:
            name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            phone_number = self.phone_number
        except (AttributeError, TypeError):
            phone_number = cast(Any, self.phone_number)

        try:
            create_type: str = self.create_type
        except (AttributeError, TypeError):
            create_type = cast(Any, self.create_type)

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
        if isinstance(name, Unset):
            del field_dict["name"]
        if isinstance(phone_number, Unset):
            del field_dict["phoneNumber"]
        if isinstance(create_type, Unset):
            del field_dict["createType"]
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if last_order_at is not UNSET:
            field_dict["last_order_at"] = last_order_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "CustomerCreateRequest", exc)

        try:
            phone_number = d.pop("phoneNumber")
            if not isinstance(phone_number, str):
                raise types.Mistyped(f"expected str, got {type(phone_number).__name__}")
        except Exception as exc:
            phone_number = types.undecoded(src_dict, "phoneNumber", "CustomerCreateRequest", exc)

        try:
            create_type = check_customer_create_request_create_type(d.pop("createType"))

        except Exception as exc:
            create_type = types.undecoded(src_dict, "createType", "CustomerCreateRequest", exc)

        try:
            date_of_birth = d.pop("dateOfBirth", UNSET)
            if not isinstance(date_of_birth, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(date_of_birth).__name__}")
        except Exception as exc:
            date_of_birth = types.undecoded(src_dict, "dateOfBirth", "CustomerCreateRequest", exc)

        try:
            last_order_at = d.pop("last_order_at", UNSET)
            if not isinstance(last_order_at, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(last_order_at).__name__}")
        except Exception as exc:
            last_order_at = types.undecoded(src_dict, "last_order_at", "CustomerCreateRequest", exc)

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
