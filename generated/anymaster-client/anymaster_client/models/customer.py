from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """Customer info.

    Attributes:
        phone_number (str): Mobile phone number of the customer.
        first_name (str): First name of the customer.
        last_name (str): Last name of the customer.
    """

    phone_number: str
    first_name: str
    last_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            phone_number = self.phone_number
        except (AttributeError, TypeError):
            phone_number = cast(Any, self.phone_number)

        try:
            first_name = self.first_name
        except (AttributeError, TypeError):
            first_name = cast(Any, self.first_name)

        try:
            last_name = self.last_name
        except (AttributeError, TypeError):
            last_name = cast(Any, self.last_name)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if isinstance(phone_number, Unset):
            del field_dict["phone_number"]
        if isinstance(first_name, Unset):
            del field_dict["first_name"]
        if isinstance(last_name, Unset):
            del field_dict["last_name"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            phone_number = d.pop("phone_number")
            if not isinstance(phone_number, str):
                raise types.Mistyped(f"expected str, got {type(phone_number).__name__}")
        except Exception as exc:
            phone_number = types.undecoded(src_dict, "phone_number", "Customer", exc)

        try:
            first_name = d.pop("first_name")
            if not isinstance(first_name, str):
                raise types.Mistyped(f"expected str, got {type(first_name).__name__}")
        except Exception as exc:
            first_name = types.undecoded(src_dict, "first_name", "Customer", exc)

        try:
            last_name = d.pop("last_name")
            if not isinstance(last_name, str):
                raise types.Mistyped(f"expected str, got {type(last_name).__name__}")
        except Exception as exc:
            last_name = types.undecoded(src_dict, "last_name", "Customer", exc)

        customer = cls(
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
        )

        customer.additional_properties = d
        return customer

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
