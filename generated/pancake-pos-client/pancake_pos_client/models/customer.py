from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer of the shop (“Khách hàng”), as listed by `GET /shops/{shop_id}/customers` and returned by “Tạo khách
    hàng”. The list table documents the common fields; the create response shows many more, documented here from that
    example (ledger PP-206). `id` is the shop-customer id used in the customer paths, `shop_customer_id` of orders and
    point logs; `customer_id` is a separate, cross-shop customer id.

        Attributes:
            id (UUID): Customer id in the shop.
            customer_id (UUID | Unset): Cross-shop customer id (only in the create example).
            shop_id (int | Unset): Shop id (only in the create example).
            name (str | Unset): Customer name.
            username (None | str | Unset): Username (null in the example; type assumed, ledger PP-204).
            gender (None | str | Unset): Gender ("male", "female" in the examples; the source lists no values).
            date_of_birth (str | Unset): Date of birth (YYYY-MM-DD).
            phone_numbers (list[str] | Unset): Phone numbers.
            emails (list[str] | Unset): E-mail addresses.
            fb_id (None | str | Unset): Facebook id of the customer.
            shop_customer_addresses (list[CustomerAddress] | Unset): Delivery addresses. (The table's `full_address` and
                `phone_number` rows, labelled as the warehouse's, are fields of these addresses; ledger PP-219.)
            tags (list[str] | Unset): Customer tags (empty in the examples; “Cập nhật khách hàng” sends tag names such as
                "Hay hoàn").
            conversation_tags (list[Any] | None | Unset): Tags of the customer's conversations (null in the example; shape
                not documented, ledger PP-204).
            notes (list[CustomerNote] | Unset): Notes on the customer.
            level (CustomerLevel | None | Unset): Customer level (null in the examples). Taken to be the level object of
                `GET /shops/{shop_id}/customer_levels` when set (ledger PP-204).
            is_discount_by_level (bool | Unset): Customer gets the discount of their level.
            reward_point (float | Unset): Reward points. The table lists it twice, as int and as float; the list example
                repeats the key with 10, 100.5 and 0.0 (ledger PP-220).
            used_reward_point (float | Unset): Reward points already used (meaning assumed from the name; the document does
                not describe it).
            order_count (int | Unset): Number of orders.
            succeed_order_count (int | Unset): Number of successful orders.
            returned_order_count (int | Unset): Number of returned orders (meaning assumed from the name; the document does
                not describe it).
            purchased_amount (int | Unset): Total amount purchased.
            last_order_at (str | Unset): Time of the last order (ISO 8601 local date-time without offset).
            referral_code (str | Unset): The customer's referral code.
            count_referrals (int | Unset): Number of customers referred (meaning assumed from the name; the document does
                not describe it).
            total_amount_referred (int | None | Unset): Total purchases of referred customers (null in the example; type
                assumed, ledger PP-204).
            current_debts (int | Unset): Current debt of the customer (meaning assumed from the name; the document does not
                describe it).
            is_adjust_debts (bool | None | Unset): Debt adjustment flag (null in the example; type assumed, ledger PP-204).
            currency (None | str | Unset): Currency of the customer (null in the example; type assumed, ledger PP-204).
            list_voucher (list[Any] | Unset): Vouchers of the customer (empty in the example; item shape not documented,
                ledger PP-204).
            is_block (bool | Unset): Customer is blocked.
            user_block_id (None | str | Unset): User who blocked the customer (null in the example; type assumed, ledger
                PP-204).
            assigned_user_id (UUID | Unset): Staff member assigned to the customer.
            creator_id (UUID | Unset): User who created the customer.
            active_levera_pay (bool | Unset): Levera Pay is active for the customer (meaning assumed from the name; the
                document does not describe it).
            inserted_at (str | Unset): Creation time.
            updated_at (str | Unset): Last update time.
    """

    id: UUID
    customer_id: UUID | Unset = UNSET
    shop_id: int | Unset = UNSET
    name: str | Unset = UNSET
    username: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    phone_numbers: list[str] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    fb_id: None | str | Unset = UNSET
    shop_customer_addresses: list[CustomerAddress] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    conversation_tags: list[Any] | None | Unset = UNSET
    notes: list[CustomerNote] | Unset = UNSET
    level: CustomerLevel | None | Unset = UNSET
    is_discount_by_level: bool | Unset = UNSET
    reward_point: float | Unset = UNSET
    used_reward_point: float | Unset = UNSET
    order_count: int | Unset = UNSET
    succeed_order_count: int | Unset = UNSET
    returned_order_count: int | Unset = UNSET
    purchased_amount: int | Unset = UNSET
    last_order_at: str | Unset = UNSET
    referral_code: str | Unset = UNSET
    count_referrals: int | Unset = UNSET
    total_amount_referred: int | None | Unset = UNSET
    current_debts: int | Unset = UNSET
    is_adjust_debts: bool | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    list_voucher: list[Any] | Unset = UNSET
    is_block: bool | Unset = UNSET
    user_block_id: None | str | Unset = UNSET
    assigned_user_id: UUID | Unset = UNSET
    creator_id: UUID | Unset = UNSET
    active_levera_pay: bool | Unset = UNSET
    inserted_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = str(self.id)
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        shop_id = self.shop_id

        name = self.name

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        date_of_birth = self.date_of_birth

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        fb_id: None | str | Unset
        if isinstance(self.fb_id, Unset):
            fb_id = UNSET
        else:
            fb_id = self.fb_id

        shop_customer_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shop_customer_addresses, Unset):
            shop_customer_addresses = []
            for shop_customer_addresses_item_data in self.shop_customer_addresses:
                shop_customer_addresses_item = shop_customer_addresses_item_data.to_dict()
                shop_customer_addresses.append(shop_customer_addresses_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        conversation_tags: list[Any] | None | Unset
        if isinstance(self.conversation_tags, Unset):
            conversation_tags = UNSET
        elif isinstance(self.conversation_tags, list):
            conversation_tags = self.conversation_tags

        else:
            conversation_tags = self.conversation_tags

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        level: dict[str, Any] | None | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, CustomerLevel):
            level = self.level.to_dict()
        else:
            level = self.level

        is_discount_by_level = self.is_discount_by_level

        reward_point = self.reward_point

        used_reward_point = self.used_reward_point

        order_count = self.order_count

        succeed_order_count = self.succeed_order_count

        returned_order_count = self.returned_order_count

        purchased_amount = self.purchased_amount

        last_order_at = self.last_order_at

        referral_code = self.referral_code

        count_referrals = self.count_referrals

        total_amount_referred: int | None | Unset
        if isinstance(self.total_amount_referred, Unset):
            total_amount_referred = UNSET
        else:
            total_amount_referred = self.total_amount_referred

        current_debts = self.current_debts

        is_adjust_debts: bool | None | Unset
        if isinstance(self.is_adjust_debts, Unset):
            is_adjust_debts = UNSET
        else:
            is_adjust_debts = self.is_adjust_debts

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        list_voucher: list[Any] | Unset = UNSET
        if not isinstance(self.list_voucher, Unset):
            list_voucher = self.list_voucher

        is_block = self.is_block

        user_block_id: None | str | Unset
        if isinstance(self.user_block_id, Unset):
            user_block_id = UNSET
        else:
            user_block_id = self.user_block_id

        assigned_user_id: str | Unset = UNSET
        if not isinstance(self.assigned_user_id, Unset):
            assigned_user_id = str(self.assigned_user_id)

        creator_id: str | Unset = UNSET
        if not isinstance(self.creator_id, Unset):
            creator_id = str(self.creator_id)

        active_levera_pay = self.active_levera_pay

        inserted_at = self.inserted_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if name is not UNSET:
            field_dict["name"] = name
        if username is not UNSET:
            field_dict["username"] = username
        if gender is not UNSET:
            field_dict["gender"] = gender
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if emails is not UNSET:
            field_dict["emails"] = emails
        if fb_id is not UNSET:
            field_dict["fb_id"] = fb_id
        if shop_customer_addresses is not UNSET:
            field_dict["shop_customer_addresses"] = shop_customer_addresses
        if tags is not UNSET:
            field_dict["tags"] = tags
        if conversation_tags is not UNSET:
            field_dict["conversation_tags"] = conversation_tags
        if notes is not UNSET:
            field_dict["notes"] = notes
        if level is not UNSET:
            field_dict["level"] = level
        if is_discount_by_level is not UNSET:
            field_dict["is_discount_by_level"] = is_discount_by_level
        if reward_point is not UNSET:
            field_dict["reward_point"] = reward_point
        if used_reward_point is not UNSET:
            field_dict["used_reward_point"] = used_reward_point
        if order_count is not UNSET:
            field_dict["order_count"] = order_count
        if succeed_order_count is not UNSET:
            field_dict["succeed_order_count"] = succeed_order_count
        if returned_order_count is not UNSET:
            field_dict["returned_order_count"] = returned_order_count
        if purchased_amount is not UNSET:
            field_dict["purchased_amount"] = purchased_amount
        if last_order_at is not UNSET:
            field_dict["last_order_at"] = last_order_at
        if referral_code is not UNSET:
            field_dict["referral_code"] = referral_code
        if count_referrals is not UNSET:
            field_dict["count_referrals"] = count_referrals
        if total_amount_referred is not UNSET:
            field_dict["total_amount_referred"] = total_amount_referred
        if current_debts is not UNSET:
            field_dict["current_debts"] = current_debts
        if is_adjust_debts is not UNSET:
            field_dict["is_adjust_debts"] = is_adjust_debts
        if currency is not UNSET:
            field_dict["currency"] = currency
        if list_voucher is not UNSET:
            field_dict["list_voucher"] = list_voucher
        if is_block is not UNSET:
            field_dict["is_block"] = is_block
        if user_block_id is not UNSET:
            field_dict["user_block_id"] = user_block_id
        if assigned_user_id is not UNSET:
            field_dict["assigned_user_id"] = assigned_user_id
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if active_levera_pay is not UNSET:
            field_dict["active_levera_pay"] = active_levera_pay
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = types.parse_uuid(d.pop("id"))

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Customer", exc)

        try:
            _customer_id = d.pop("customer_id", UNSET)
            customer_id: UUID | Unset
            if isinstance(_customer_id, Unset):
                customer_id = UNSET
            else:
                customer_id = types.parse_uuid(_customer_id)

        except Exception as exc:
            customer_id = types.undecoded(src_dict, "customer_id", "Customer", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "Customer", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "Customer", exc)

        try:
            username: None | str | Unset = d.pop("username", UNSET)
            if not isinstance(username, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(username).__name__}")

        except Exception as exc:
            username = types.undecoded(src_dict, "username", "Customer", exc)

        try:
            gender: None | str | Unset = d.pop("gender", UNSET)
            if not isinstance(gender, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(gender).__name__}")

        except Exception as exc:
            gender = types.undecoded(src_dict, "gender", "Customer", exc)

        try:
            date_of_birth = d.pop("date_of_birth", UNSET)
            if not isinstance(date_of_birth, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(date_of_birth).__name__}")
        except Exception as exc:
            date_of_birth = types.undecoded(src_dict, "date_of_birth", "Customer", exc)

        try:
            phone_numbers = cast(list[str], d.pop("phone_numbers", UNSET))

        except Exception as exc:
            phone_numbers = types.undecoded(src_dict, "phone_numbers", "Customer", exc)

        try:
            emails = cast(list[str], d.pop("emails", UNSET))

        except Exception as exc:
            emails = types.undecoded(src_dict, "emails", "Customer", exc)

        try:
            fb_id: None | str | Unset = d.pop("fb_id", UNSET)
            if not isinstance(fb_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(fb_id).__name__}")

        except Exception as exc:
            fb_id = types.undecoded(src_dict, "fb_id", "Customer", exc)

        try:
            _shop_customer_addresses = d.pop("shop_customer_addresses", UNSET)
            shop_customer_addresses: list[CustomerAddress] | Unset = UNSET
            if _shop_customer_addresses is not UNSET:
                if not isinstance(_shop_customer_addresses, list):
                    raise TypeError(f"expected an array, got {type(_shop_customer_addresses).__name__}")
                shop_customer_addresses = []
                for shop_customer_addresses_item_data in _shop_customer_addresses:
                    try:
                        shop_customer_addresses_item = CustomerAddress.from_dict(shop_customer_addresses_item_data)

                    except Exception as item_exc:
                        shop_customer_addresses_item = types.undecoded_item(
                            shop_customer_addresses_item_data, "shop_customer_addresses", item_exc
                        )
                    shop_customer_addresses.append(shop_customer_addresses_item)

        except Exception as exc:
            shop_customer_addresses = types.undecoded(src_dict, "shop_customer_addresses", "Customer", exc)

        try:
            tags = cast(list[str], d.pop("tags", UNSET))

        except Exception as exc:
            tags = types.undecoded(src_dict, "tags", "Customer", exc)

        try:

            def _parse_conversation_tags(data: object) -> list[Any] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    conversation_tags_type_0: list[Any] = data

                    return conversation_tags_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[Any] | None | Unset, data)

            conversation_tags = _parse_conversation_tags(d.pop("conversation_tags", UNSET))

        except Exception as exc:
            conversation_tags = types.undecoded(src_dict, "conversation_tags", "Customer", exc)

        try:
            _notes = d.pop("notes", UNSET)
            notes: list[CustomerNote] | Unset = UNSET
            if _notes is not UNSET:
                if not isinstance(_notes, list):
                    raise TypeError(f"expected an array, got {type(_notes).__name__}")
                notes = []
                for notes_item_data in _notes:
                    try:
                        notes_item = CustomerNote.from_dict(notes_item_data)

                    except Exception as item_exc:
                        notes_item = types.undecoded_item(notes_item_data, "notes", item_exc)
                    notes.append(notes_item)

        except Exception as exc:
            notes = types.undecoded(src_dict, "notes", "Customer", exc)

        try:

            def _parse_level(data: object) -> CustomerLevel | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    level_type_0 = CustomerLevel.from_dict(data)

                    return level_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(CustomerLevel | None | Unset, data)

            level = _parse_level(d.pop("level", UNSET))

        except Exception as exc:
            level = types.undecoded(src_dict, "level", "Customer", exc)

        try:
            is_discount_by_level = d.pop("is_discount_by_level", UNSET)
            if not isinstance(is_discount_by_level, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_discount_by_level).__name__}")
        except Exception as exc:
            is_discount_by_level = types.undecoded(src_dict, "is_discount_by_level", "Customer", exc)

        try:
            reward_point = d.pop("reward_point", UNSET)
            if not isinstance(reward_point, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(reward_point).__name__}")
        except Exception as exc:
            reward_point = types.undecoded(src_dict, "reward_point", "Customer", exc)

        try:
            used_reward_point = d.pop("used_reward_point", UNSET)
            if not isinstance(used_reward_point, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(used_reward_point).__name__}")
        except Exception as exc:
            used_reward_point = types.undecoded(src_dict, "used_reward_point", "Customer", exc)

        try:
            order_count = d.pop("order_count", UNSET)
            if not isinstance(order_count, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(order_count).__name__}")
        except Exception as exc:
            order_count = types.undecoded(src_dict, "order_count", "Customer", exc)

        try:
            succeed_order_count = d.pop("succeed_order_count", UNSET)
            if not isinstance(succeed_order_count, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(succeed_order_count).__name__}")
        except Exception as exc:
            succeed_order_count = types.undecoded(src_dict, "succeed_order_count", "Customer", exc)

        try:
            returned_order_count = d.pop("returned_order_count", UNSET)
            if not isinstance(returned_order_count, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(returned_order_count).__name__}")
        except Exception as exc:
            returned_order_count = types.undecoded(src_dict, "returned_order_count", "Customer", exc)

        try:
            purchased_amount = d.pop("purchased_amount", UNSET)
            if not isinstance(purchased_amount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(purchased_amount).__name__}")
        except Exception as exc:
            purchased_amount = types.undecoded(src_dict, "purchased_amount", "Customer", exc)

        try:
            last_order_at = d.pop("last_order_at", UNSET)
            if not isinstance(last_order_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(last_order_at).__name__}")
        except Exception as exc:
            last_order_at = types.undecoded(src_dict, "last_order_at", "Customer", exc)

        try:
            referral_code = d.pop("referral_code", UNSET)
            if not isinstance(referral_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(referral_code).__name__}")
        except Exception as exc:
            referral_code = types.undecoded(src_dict, "referral_code", "Customer", exc)

        try:
            count_referrals = d.pop("count_referrals", UNSET)
            if not isinstance(count_referrals, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(count_referrals).__name__}")
        except Exception as exc:
            count_referrals = types.undecoded(src_dict, "count_referrals", "Customer", exc)

        try:
            total_amount_referred: int | None | Unset = d.pop("total_amount_referred", UNSET)
            if not isinstance(total_amount_referred, (int, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(total_amount_referred).__name__}")

        except Exception as exc:
            total_amount_referred = types.undecoded(src_dict, "total_amount_referred", "Customer", exc)

        try:
            current_debts = d.pop("current_debts", UNSET)
            if not isinstance(current_debts, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(current_debts).__name__}")
        except Exception as exc:
            current_debts = types.undecoded(src_dict, "current_debts", "Customer", exc)

        try:
            is_adjust_debts: bool | None | Unset = d.pop("is_adjust_debts", UNSET)
            if not isinstance(is_adjust_debts, (bool, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(is_adjust_debts).__name__}")

        except Exception as exc:
            is_adjust_debts = types.undecoded(src_dict, "is_adjust_debts", "Customer", exc)

        try:
            currency: None | str | Unset = d.pop("currency", UNSET)
            if not isinstance(currency, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(currency).__name__}")

        except Exception as exc:
            currency = types.undecoded(src_dict, "currency", "Customer", exc)

        try:
            list_voucher: list[Any] = d.pop("list_voucher", UNSET)

        except Exception as exc:
            list_voucher = types.undecoded(src_dict, "list_voucher", "Customer", exc)

        try:
            is_block = d.pop("is_block", UNSET)
            if not isinstance(is_block, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_block).__name__}")
        except Exception as exc:
            is_block = types.undecoded(src_dict, "is_block", "Customer", exc)

        try:
            user_block_id: None | str | Unset = d.pop("user_block_id", UNSET)
            if not isinstance(user_block_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(user_block_id).__name__}")

        except Exception as exc:
            user_block_id = types.undecoded(src_dict, "user_block_id", "Customer", exc)

        try:
            _assigned_user_id = d.pop("assigned_user_id", UNSET)
            assigned_user_id: UUID | Unset
            if isinstance(_assigned_user_id, Unset):
                assigned_user_id = UNSET
            else:
                assigned_user_id = types.parse_uuid(_assigned_user_id)

        except Exception as exc:
            assigned_user_id = types.undecoded(src_dict, "assigned_user_id", "Customer", exc)

        try:
            _creator_id = d.pop("creator_id", UNSET)
            creator_id: UUID | Unset
            if isinstance(_creator_id, Unset):
                creator_id = UNSET
            else:
                creator_id = types.parse_uuid(_creator_id)

        except Exception as exc:
            creator_id = types.undecoded(src_dict, "creator_id", "Customer", exc)

        try:
            active_levera_pay = d.pop("active_levera_pay", UNSET)
            if not isinstance(active_levera_pay, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(active_levera_pay).__name__}")
        except Exception as exc:
            active_levera_pay = types.undecoded(src_dict, "active_levera_pay", "Customer", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "Customer", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "Customer", exc)

        customer = cls(
            id=id,
            customer_id=customer_id,
            shop_id=shop_id,
            name=name,
            username=username,
            gender=gender,
            date_of_birth=date_of_birth,
            phone_numbers=phone_numbers,
            emails=emails,
            fb_id=fb_id,
            shop_customer_addresses=shop_customer_addresses,
            tags=tags,
            conversation_tags=conversation_tags,
            notes=notes,
            level=level,
            is_discount_by_level=is_discount_by_level,
            reward_point=reward_point,
            used_reward_point=used_reward_point,
            order_count=order_count,
            succeed_order_count=succeed_order_count,
            returned_order_count=returned_order_count,
            purchased_amount=purchased_amount,
            last_order_at=last_order_at,
            referral_code=referral_code,
            count_referrals=count_referrals,
            total_amount_referred=total_amount_referred,
            current_debts=current_debts,
            is_adjust_debts=is_adjust_debts,
            currency=currency,
            list_voucher=list_voucher,
            is_block=is_block,
            user_block_id=user_block_id,
            assigned_user_id=assigned_user_id,
            creator_id=creator_id,
            active_levera_pay=active_levera_pay,
            inserted_at=inserted_at,
            updated_at=updated_at,
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


from ..models.customer_address import CustomerAddress
from ..models.customer_level import CustomerLevel
from ..models.customer_note import CustomerNote
