from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Voucher")


@_attrs_define
class Voucher:
    """A discount voucher ("phiếu giảm giá"). The table types `id` and `creator_id` as int; the examples send UUID strings,
    so both are accepted.

        Attributes:
            id (int | str): Voucher id (a UUID string in the examples); `voucher_id` of "Lấy thông tin phiếu giảm giá".
            name (str | Unset): Voucher code.
            start_time (int | str | Unset): Start of validity. The table says unix timestamp; the examples send an ISO-8601
                local time without zone. Both are accepted.
            end_time (int | str | Unset): End of validity. The table says unix timestamp; the examples send an ISO-8601
                local time without zone. Both are accepted.
            promo_code_info (VoucherPromoCodeInfo | Unset): Discount of a voucher ("Thông tin giảm giá").
            is_free_shipping (bool | Unset): Free shipping.
            is_activated (bool | Unset): Activated.
            is_used (bool | None | Unset): Used; null in the examples.
            creator_id (int | str | Unset): Creator (a UUID string in the examples).
            inserted_at (int | str | Unset): Creation time. The table says unix timestamp; the examples send an ISO-8601
                local time without zone. Both are accepted.
            updated_at (int | str | Unset): Last update time. The table says unix timestamp; the examples send an ISO-8601
                local time without zone. Both are accepted.
            display_id (int | Unset): Voucher number shown to users.
            shop_id (int | Unset): Shop id.
            type_ (str | Unset): Kind of voucher (`discount_by_coupon_id` in the examples; the values are not documented).
            customer_tags (list[str] | Unset): Customer tags the voucher applies to.
    """

    id: int | str
    name: str | Unset = UNSET
    start_time: int | str | Unset = UNSET
    end_time: int | str | Unset = UNSET
    promo_code_info: VoucherPromoCodeInfo | Unset = UNSET
    is_free_shipping: bool | Unset = UNSET
    is_activated: bool | Unset = UNSET
    is_used: bool | None | Unset = UNSET
    creator_id: int | str | Unset = UNSET
    inserted_at: int | str | Unset = UNSET
    updated_at: int | str | Unset = UNSET
    display_id: int | Unset = UNSET
    shop_id: int | Unset = UNSET
    type_: str | Unset = UNSET
    customer_tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id: int | str
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        name = self.name

        start_time: int | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: int | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        promo_code_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promo_code_info, Unset):
            promo_code_info = self.promo_code_info.to_dict()

        is_free_shipping = self.is_free_shipping

        is_activated = self.is_activated

        is_used: bool | None | Unset
        if isinstance(self.is_used, Unset):
            is_used = UNSET
        else:
            is_used = self.is_used

        creator_id: int | str | Unset
        if isinstance(self.creator_id, Unset):
            creator_id = UNSET
        else:
            creator_id = self.creator_id

        inserted_at: int | str | Unset
        if isinstance(self.inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = self.inserted_at

        updated_at: int | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        display_id = self.display_id

        shop_id = self.shop_id

        type_ = self.type_

        customer_tags: list[str] | Unset = UNSET
        if not isinstance(self.customer_tags, Unset):
            customer_tags = self.customer_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if promo_code_info is not UNSET:
            field_dict["promo_code_info"] = promo_code_info
        if is_free_shipping is not UNSET:
            field_dict["is_free_shipping"] = is_free_shipping
        if is_activated is not UNSET:
            field_dict["is_activated"] = is_activated
        if is_used is not UNSET:
            field_dict["is_used"] = is_used
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if customer_tags is not UNSET:
            field_dict["customer_tags"] = customer_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id: int | str = d.pop("id")
            if not isinstance(id, (int, str)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(id).__name__}")

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Voucher", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "Voucher", exc)

        try:
            start_time: int | str | Unset = d.pop("start_time", UNSET)
            if not isinstance(start_time, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(start_time).__name__}")

        except Exception as exc:
            start_time = types.undecoded(src_dict, "start_time", "Voucher", exc)

        try:
            end_time: int | str | Unset = d.pop("end_time", UNSET)
            if not isinstance(end_time, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(end_time).__name__}")

        except Exception as exc:
            end_time = types.undecoded(src_dict, "end_time", "Voucher", exc)

        try:
            _promo_code_info = d.pop("promo_code_info", UNSET)
            promo_code_info: VoucherPromoCodeInfo | Unset
            if isinstance(_promo_code_info, Unset):
                promo_code_info = UNSET
            else:
                promo_code_info = VoucherPromoCodeInfo.from_dict(_promo_code_info)

        except Exception as exc:
            promo_code_info = types.undecoded(src_dict, "promo_code_info", "Voucher", exc)

        try:
            is_free_shipping = d.pop("is_free_shipping", UNSET)
            if not isinstance(is_free_shipping, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_free_shipping).__name__}")
        except Exception as exc:
            is_free_shipping = types.undecoded(src_dict, "is_free_shipping", "Voucher", exc)

        try:
            is_activated = d.pop("is_activated", UNSET)
            if not isinstance(is_activated, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_activated).__name__}")
        except Exception as exc:
            is_activated = types.undecoded(src_dict, "is_activated", "Voucher", exc)

        try:
            is_used: bool | None | Unset = d.pop("is_used", UNSET)
            if not isinstance(is_used, (bool, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(is_used).__name__}")

        except Exception as exc:
            is_used = types.undecoded(src_dict, "is_used", "Voucher", exc)

        try:
            creator_id: int | str | Unset = d.pop("creator_id", UNSET)
            if not isinstance(creator_id, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(creator_id).__name__}")

        except Exception as exc:
            creator_id = types.undecoded(src_dict, "creator_id", "Voucher", exc)

        try:
            inserted_at: int | str | Unset = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(inserted_at).__name__}")

        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "Voucher", exc)

        try:
            updated_at: int | str | Unset = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(updated_at).__name__}")

        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "Voucher", exc)

        try:
            display_id = d.pop("display_id", UNSET)
            if not isinstance(display_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(display_id).__name__}")
        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "Voucher", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "Voucher", exc)

        try:
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(type_).__name__}")
        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "Voucher", exc)

        try:
            customer_tags = cast(list[str], d.pop("customer_tags", UNSET))

        except Exception as exc:
            customer_tags = types.undecoded(src_dict, "customer_tags", "Voucher", exc)

        voucher = cls(
            id=id,
            name=name,
            start_time=start_time,
            end_time=end_time,
            promo_code_info=promo_code_info,
            is_free_shipping=is_free_shipping,
            is_activated=is_activated,
            is_used=is_used,
            creator_id=creator_id,
            inserted_at=inserted_at,
            updated_at=updated_at,
            display_id=display_id,
            shop_id=shop_id,
            type_=type_,
            customer_tags=customer_tags,
        )

        voucher.additional_properties = d
        return voucher

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


from ..models.voucher_promo_code_info import VoucherPromoCodeInfo
