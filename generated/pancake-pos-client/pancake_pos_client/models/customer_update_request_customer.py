from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerUpdateRequestCustomer")


@_attrs_define
class CustomerUpdateRequestCustomer:
    """
    Attributes:
        name (str | Unset): Customer name.
        gender (str | Unset): Gender (e.g. "female"; the source lists no values).
        emails (list[str] | Unset): E-mail addresses.
        phone_numbers (list[str] | Unset): Phone numbers.
        date_of_birth (str | Unset): Date of birth (e.g. "1995-03-04").
        reward_point (int | Unset): Reward points.
        is_discount_by_level (bool | Unset): Give the customer the discount of their level.
        tags (list[str] | Unset): Customer tags (tag names, e.g. "Hay hoàn").
        is_block (bool | Unset): Block the customer.
        assigned_user_id (UUID | Unset): Staff member assigned to the customer (from `GET /shops/{shop_id}/users`).
        level_id (UUID | Unset): Customer level id (from `GET /shops/{shop_id}/customer_levels`).
        notes (list[CustomerUpdateRequestCustomerNotesItem] | Unset): Customer notes (table “Note (1.1)”).
        shop_customer_addresses (list[CustomerAddressInput] | Unset): Customer addresses (table “Shop_customer_address
            (1.2)”). The example's name; the table writes `shop_customer_address` (ledger PP-222).
        shop_customer_address (list[CustomerAddressInput] | Unset): The table's spelling of `shop_customer_addresses`
            (ledger PP-222).
    """

    name: str | Unset = UNSET
    gender: str | Unset = UNSET
    emails: list[str] | Unset = UNSET
    phone_numbers: list[str] | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    reward_point: int | Unset = UNSET
    is_discount_by_level: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    is_block: bool | Unset = UNSET
    assigned_user_id: UUID | Unset = UNSET
    level_id: UUID | Unset = UNSET
    notes: list[CustomerUpdateRequestCustomerNotesItem] | Unset = UNSET
    shop_customer_addresses: list[CustomerAddressInput] | Unset = UNSET
    shop_customer_address: list[CustomerAddressInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        gender = self.gender

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        date_of_birth = self.date_of_birth

        reward_point = self.reward_point

        is_discount_by_level = self.is_discount_by_level

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        is_block = self.is_block

        assigned_user_id: str | Unset = UNSET
        if not isinstance(self.assigned_user_id, Unset):
            assigned_user_id = str(self.assigned_user_id)

        level_id: str | Unset = UNSET
        if not isinstance(self.level_id, Unset):
            level_id = str(self.level_id)

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        shop_customer_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shop_customer_addresses, Unset):
            shop_customer_addresses = []
            for shop_customer_addresses_item_data in self.shop_customer_addresses:
                shop_customer_addresses_item = shop_customer_addresses_item_data.to_dict()
                shop_customer_addresses.append(shop_customer_addresses_item)

        shop_customer_address: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shop_customer_address, Unset):
            shop_customer_address = []
            for shop_customer_address_item_data in self.shop_customer_address:
                shop_customer_address_item = shop_customer_address_item_data.to_dict()
                shop_customer_address.append(shop_customer_address_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if emails is not UNSET:
            field_dict["emails"] = emails
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if reward_point is not UNSET:
            field_dict["reward_point"] = reward_point
        if is_discount_by_level is not UNSET:
            field_dict["is_discount_by_level"] = is_discount_by_level
        if tags is not UNSET:
            field_dict["tags"] = tags
        if is_block is not UNSET:
            field_dict["is_block"] = is_block
        if assigned_user_id is not UNSET:
            field_dict["assigned_user_id"] = assigned_user_id
        if level_id is not UNSET:
            field_dict["level_id"] = level_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if shop_customer_addresses is not UNSET:
            field_dict["shop_customer_addresses"] = shop_customer_addresses
        if shop_customer_address is not UNSET:
            field_dict["shop_customer_address"] = shop_customer_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "CustomerUpdateRequestCustomer", exc)

        try:
            gender = d.pop("gender", UNSET)
            if not isinstance(gender, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(gender).__name__}")
        except Exception as exc:
            gender = types.undecoded(src_dict, "gender", "CustomerUpdateRequestCustomer", exc)

        try:
            emails = cast(list[str], d.pop("emails", UNSET))

        except Exception as exc:
            emails = types.undecoded(src_dict, "emails", "CustomerUpdateRequestCustomer", exc)

        try:
            phone_numbers = cast(list[str], d.pop("phone_numbers", UNSET))

        except Exception as exc:
            phone_numbers = types.undecoded(src_dict, "phone_numbers", "CustomerUpdateRequestCustomer", exc)

        try:
            date_of_birth = d.pop("date_of_birth", UNSET)
            if not isinstance(date_of_birth, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(date_of_birth).__name__}")
        except Exception as exc:
            date_of_birth = types.undecoded(src_dict, "date_of_birth", "CustomerUpdateRequestCustomer", exc)

        try:
            reward_point = d.pop("reward_point", UNSET)
            if not isinstance(reward_point, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(reward_point).__name__}")
        except Exception as exc:
            reward_point = types.undecoded(src_dict, "reward_point", "CustomerUpdateRequestCustomer", exc)

        try:
            is_discount_by_level = d.pop("is_discount_by_level", UNSET)
            if not isinstance(is_discount_by_level, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_discount_by_level).__name__}")
        except Exception as exc:
            is_discount_by_level = types.undecoded(
                src_dict, "is_discount_by_level", "CustomerUpdateRequestCustomer", exc
            )

        try:
            tags = cast(list[str], d.pop("tags", UNSET))

        except Exception as exc:
            tags = types.undecoded(src_dict, "tags", "CustomerUpdateRequestCustomer", exc)

        try:
            is_block = d.pop("is_block", UNSET)
            if not isinstance(is_block, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_block).__name__}")
        except Exception as exc:
            is_block = types.undecoded(src_dict, "is_block", "CustomerUpdateRequestCustomer", exc)

        try:
            _assigned_user_id = d.pop("assigned_user_id", UNSET)
            assigned_user_id: UUID | Unset
            if isinstance(_assigned_user_id, Unset):
                assigned_user_id = UNSET
            else:
                assigned_user_id = types.parse_uuid(_assigned_user_id)

        except Exception as exc:
            assigned_user_id = types.undecoded(src_dict, "assigned_user_id", "CustomerUpdateRequestCustomer", exc)

        try:
            _level_id = d.pop("level_id", UNSET)
            level_id: UUID | Unset
            if isinstance(_level_id, Unset):
                level_id = UNSET
            else:
                level_id = types.parse_uuid(_level_id)

        except Exception as exc:
            level_id = types.undecoded(src_dict, "level_id", "CustomerUpdateRequestCustomer", exc)

        try:
            _notes = d.pop("notes", UNSET)
            notes: list[CustomerUpdateRequestCustomerNotesItem] | Unset = UNSET
            if _notes is not UNSET:
                if not isinstance(_notes, list):
                    raise TypeError(f"expected an array, got {type(_notes).__name__}")
                notes = []
                for notes_item_data in _notes:
                    try:
                        notes_item = CustomerUpdateRequestCustomerNotesItem.from_dict(notes_item_data)

                    except Exception as item_exc:
                        notes_item = types.undecoded_item(notes_item_data, "notes", item_exc)
                    notes.append(notes_item)

        except Exception as exc:
            notes = types.undecoded(src_dict, "notes", "CustomerUpdateRequestCustomer", exc)

        try:
            _shop_customer_addresses = d.pop("shop_customer_addresses", UNSET)
            shop_customer_addresses: list[CustomerAddressInput] | Unset = UNSET
            if _shop_customer_addresses is not UNSET:
                if not isinstance(_shop_customer_addresses, list):
                    raise TypeError(f"expected an array, got {type(_shop_customer_addresses).__name__}")
                shop_customer_addresses = []
                for shop_customer_addresses_item_data in _shop_customer_addresses:
                    try:
                        shop_customer_addresses_item = CustomerAddressInput.from_dict(shop_customer_addresses_item_data)

                    except Exception as item_exc:
                        shop_customer_addresses_item = types.undecoded_item(
                            shop_customer_addresses_item_data, "shop_customer_addresses", item_exc
                        )
                    shop_customer_addresses.append(shop_customer_addresses_item)

        except Exception as exc:
            shop_customer_addresses = types.undecoded(
                src_dict, "shop_customer_addresses", "CustomerUpdateRequestCustomer", exc
            )

        try:
            _shop_customer_address = d.pop("shop_customer_address", UNSET)
            shop_customer_address: list[CustomerAddressInput] | Unset = UNSET
            if _shop_customer_address is not UNSET:
                if not isinstance(_shop_customer_address, list):
                    raise TypeError(f"expected an array, got {type(_shop_customer_address).__name__}")
                shop_customer_address = []
                for shop_customer_address_item_data in _shop_customer_address:
                    try:
                        shop_customer_address_item = CustomerAddressInput.from_dict(shop_customer_address_item_data)

                    except Exception as item_exc:
                        shop_customer_address_item = types.undecoded_item(
                            shop_customer_address_item_data, "shop_customer_address", item_exc
                        )
                    shop_customer_address.append(shop_customer_address_item)

        except Exception as exc:
            shop_customer_address = types.undecoded(
                src_dict, "shop_customer_address", "CustomerUpdateRequestCustomer", exc
            )

        customer_update_request_customer = cls(
            name=name,
            gender=gender,
            emails=emails,
            phone_numbers=phone_numbers,
            date_of_birth=date_of_birth,
            reward_point=reward_point,
            is_discount_by_level=is_discount_by_level,
            tags=tags,
            is_block=is_block,
            assigned_user_id=assigned_user_id,
            level_id=level_id,
            notes=notes,
            shop_customer_addresses=shop_customer_addresses,
            shop_customer_address=shop_customer_address,
        )

        customer_update_request_customer.additional_properties = d
        return customer_update_request_customer

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


from ..models.customer_address_input import CustomerAddressInput
from ..models.customer_update_request_customer_notes_item import (
    CustomerUpdateRequestCustomerNotesItem,
)
