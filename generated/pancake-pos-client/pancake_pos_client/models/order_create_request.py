from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.order_returned_reason import (
    OrderReturnedReason,
    check_order_returned_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreateRequest")


@_attrs_define
class OrderCreateRequest:
    """Body of `POST /shops/{shop_id}/orders` ("Tạo đơn hàng"). The source's table is headed "Query Parameters" but its
    example is this JSON body (ledger PP-110). Fields only in the example (`received_at_shop`, `page_id`,
    `account_name`, `returned_reason`) are typed from the "Cập nhật đơn hàng" and "Thông tin đơn hàng" tables (ledger
    PP-111).

        Attributes:
            shop_id (int): Shop id ("Mã shop"); the source requires it in the body as well as in the path.
            items (list[OrderItemInput]): Order lines ("Danh sách sản phẩm"); the table's default is `[]`.
            warehouse_id (UUID): Warehouse id ("Mã kho hàng"), from `GET /warehouses`.
            shipping_address (OrderShippingAddressInput): The delivery address "Tạo đơn hàng" sends (`shipping_address`,
                typed only "json" by the table): the fields of the source's request example. The names the server derives from
                the ids (province_name, district_name, commnue_name) and carrier codes (commune_code_sicepat) are only in
                `OrderShippingAddress`, the answer's shape (ledger PP-433).
            bill_full_name (None | str | Unset): Recipient name ("Tên khách hàng nhận hàng").
            bill_phone_number (None | str | Unset): Recipient phone number ("SĐT khách hàng nhận hàng").
            is_free_shipping (bool | Unset): Free shipping. Default: False.
            received_at_shop (bool | Unset): true — Bán hàng tại quầy (sold at the counter); false — Bán online (sold
                online).
            page_id (str | Unset): Facebook page id ("Mã Facebook page").
            account (int | None | Unset): Order source id ("Mã nguồn đơn hàng"), from `GET /shops/{shop_id}/order_source`.
            account_name (str | Unset): Order source name ("Tên mã nguồn đơn").
            assigning_seller_id (None | Unset | UUID): Id of the seller assigned to the order ("Mã nhân viên được phân
                công").
            note (None | str | Unset): Internal note ("Ghi chú nội bộ").
            note_print (None | str | Unset): Note printed on the order ("Ghi chú đơn hàng").
            returned_reason (None | OrderReturnedReason | Unset): Return reason code ("Lý do trả lại").
            shipping_fee (int | Unset): Shipping fee charged ("Phí vận chuyển"). Default: 0.
            total_discount (int | Unset): Total discount ("Tổng tiền giảm giá"). Default: 0.
            warehouse_info (OrderWarehouseInfoInput | Unset): The warehouse snapshot "Tạo đơn hàng" may send
                (`warehouse_info`, typed only "json" by the table): its name, phone and address parts. Identifiers the server
                keeps for the warehouse (custom_id, affiliate_id, ffm_id, has_snappy_service) are only in `OrderWarehouseInfo`,
                the answer's shape (ledger PP-433).
            custom_id (None | str | Unset): Shop's own order code ("Mã đơn hàng").
    """

    shop_id: int
    items: list[OrderItemInput]
    warehouse_id: UUID
    shipping_address: OrderShippingAddressInput
    bill_full_name: None | str | Unset = UNSET
    bill_phone_number: None | str | Unset = UNSET
    is_free_shipping: bool | Unset = False
    received_at_shop: bool | Unset = UNSET
    page_id: str | Unset = UNSET
    account: int | None | Unset = UNSET
    account_name: str | Unset = UNSET
    assigning_seller_id: None | Unset | UUID = UNSET
    note: None | str | Unset = UNSET
    note_print: None | str | Unset = UNSET
    returned_reason: None | OrderReturnedReason | Unset = UNSET
    shipping_fee: int | Unset = 0
    total_discount: int | Unset = 0
    warehouse_info: OrderWarehouseInfoInput | Unset = UNSET
    custom_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            shop_id = self.shop_id
        except (AttributeError, TypeError):
            shop_id = cast(Any, self.shop_id)

        try:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        except (AttributeError, TypeError):
            items = cast(Any, self.items)

        try:
            warehouse_id = str(self.warehouse_id)
        except (AttributeError, TypeError):
            warehouse_id = cast(Any, self.warehouse_id)

        try:
            shipping_address = self.shipping_address.to_dict()
        except (AttributeError, TypeError):
            shipping_address = cast(Any, self.shipping_address)

        bill_full_name: None | str | Unset
        if isinstance(self.bill_full_name, Unset):
            bill_full_name = UNSET
        else:
            bill_full_name = self.bill_full_name

        bill_phone_number: None | str | Unset
        if isinstance(self.bill_phone_number, Unset):
            bill_phone_number = UNSET
        else:
            bill_phone_number = self.bill_phone_number

        is_free_shipping = self.is_free_shipping

        received_at_shop = self.received_at_shop

        page_id = self.page_id

        account: int | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        account_name = self.account_name

        assigning_seller_id: None | str | Unset
        if isinstance(self.assigning_seller_id, Unset):
            assigning_seller_id = UNSET
        elif isinstance(self.assigning_seller_id, UUID):
            assigning_seller_id = str(self.assigning_seller_id)
        else:
            assigning_seller_id = self.assigning_seller_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        note_print: None | str | Unset
        if isinstance(self.note_print, Unset):
            note_print = UNSET
        else:
            note_print = self.note_print

        returned_reason: int | None | Unset
        if isinstance(self.returned_reason, Unset):
            returned_reason = UNSET
        elif isinstance(self.returned_reason, int):
            returned_reason = self.returned_reason
        else:
            returned_reason = self.returned_reason

        shipping_fee = self.shipping_fee

        total_discount = self.total_discount

        warehouse_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse_info, Unset):
            warehouse_info = self.warehouse_info.to_dict()

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shop_id": shop_id,
                "items": items,
                "warehouse_id": warehouse_id,
                "shipping_address": shipping_address,
            }
        )
        if isinstance(shop_id, Unset):
            del field_dict["shop_id"]
        if isinstance(items, Unset):
            del field_dict["items"]
        if isinstance(warehouse_id, Unset):
            del field_dict["warehouse_id"]
        if isinstance(shipping_address, Unset):
            del field_dict["shipping_address"]
        if bill_full_name is not UNSET:
            field_dict["bill_full_name"] = bill_full_name
        if bill_phone_number is not UNSET:
            field_dict["bill_phone_number"] = bill_phone_number
        if is_free_shipping is not UNSET:
            field_dict["is_free_shipping"] = is_free_shipping
        if received_at_shop is not UNSET:
            field_dict["received_at_shop"] = received_at_shop
        if page_id is not UNSET:
            field_dict["page_id"] = page_id
        if account is not UNSET:
            field_dict["account"] = account
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if assigning_seller_id is not UNSET:
            field_dict["assigning_seller_id"] = assigning_seller_id
        if note is not UNSET:
            field_dict["note"] = note
        if note_print is not UNSET:
            field_dict["note_print"] = note_print
        if returned_reason is not UNSET:
            field_dict["returned_reason"] = returned_reason
        if shipping_fee is not UNSET:
            field_dict["shipping_fee"] = shipping_fee
        if total_discount is not UNSET:
            field_dict["total_discount"] = total_discount
        if warehouse_info is not UNSET:
            field_dict["warehouse_info"] = warehouse_info
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            shop_id = d.pop("shop_id")
            if not isinstance(shop_id, int):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "OrderCreateRequest", exc)

        try:
            items = []
            _items = d.pop("items")
            if not isinstance(_items, list):
                raise TypeError(f"expected an array, got {type(_items).__name__}")
            for items_item_data in _items:
                try:
                    items_item = OrderItemInput.from_dict(items_item_data)

                except Exception as item_exc:
                    items_item = types.undecoded_item(items_item_data, "items", item_exc)
                items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "OrderCreateRequest", exc)

        try:
            warehouse_id = types.parse_uuid(d.pop("warehouse_id"))

        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "OrderCreateRequest", exc)

        try:
            shipping_address = OrderShippingAddressInput.from_dict(d.pop("shipping_address"))

        except Exception as exc:
            shipping_address = types.undecoded(src_dict, "shipping_address", "OrderCreateRequest", exc)

        try:
            bill_full_name: None | str | Unset = d.pop("bill_full_name", UNSET)
            if not isinstance(bill_full_name, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(bill_full_name).__name__}")

        except Exception as exc:
            bill_full_name = types.undecoded(src_dict, "bill_full_name", "OrderCreateRequest", exc)

        try:
            bill_phone_number: None | str | Unset = d.pop("bill_phone_number", UNSET)
            if not isinstance(bill_phone_number, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(bill_phone_number).__name__}")

        except Exception as exc:
            bill_phone_number = types.undecoded(src_dict, "bill_phone_number", "OrderCreateRequest", exc)

        try:
            is_free_shipping = d.pop("is_free_shipping", UNSET)
            if not isinstance(is_free_shipping, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_free_shipping).__name__}")
        except Exception as exc:
            is_free_shipping = types.undecoded(src_dict, "is_free_shipping", "OrderCreateRequest", exc)

        try:
            received_at_shop = d.pop("received_at_shop", UNSET)
            if not isinstance(received_at_shop, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(received_at_shop).__name__}")
        except Exception as exc:
            received_at_shop = types.undecoded(src_dict, "received_at_shop", "OrderCreateRequest", exc)

        try:
            page_id = d.pop("page_id", UNSET)
            if not isinstance(page_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(page_id).__name__}")
        except Exception as exc:
            page_id = types.undecoded(src_dict, "page_id", "OrderCreateRequest", exc)

        try:
            account: int | None | Unset = d.pop("account", UNSET)
            if not isinstance(account, (int, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(account).__name__}")

        except Exception as exc:
            account = types.undecoded(src_dict, "account", "OrderCreateRequest", exc)

        try:
            account_name = d.pop("account_name", UNSET)
            if not isinstance(account_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(account_name).__name__}")
        except Exception as exc:
            account_name = types.undecoded(src_dict, "account_name", "OrderCreateRequest", exc)

        try:

            def _parse_assigning_seller_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    assigning_seller_id_type_0 = types.parse_uuid(data)

                    return assigning_seller_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(None | Unset | UUID, data)

            assigning_seller_id = _parse_assigning_seller_id(d.pop("assigning_seller_id", UNSET))

        except Exception as exc:
            assigning_seller_id = types.undecoded(src_dict, "assigning_seller_id", "OrderCreateRequest", exc)

        try:
            note: None | str | Unset = d.pop("note", UNSET)
            if not isinstance(note, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(note).__name__}")

        except Exception as exc:
            note = types.undecoded(src_dict, "note", "OrderCreateRequest", exc)

        try:
            note_print: None | str | Unset = d.pop("note_print", UNSET)
            if not isinstance(note_print, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(note_print).__name__}")

        except Exception as exc:
            note_print = types.undecoded(src_dict, "note_print", "OrderCreateRequest", exc)

        try:

            def _parse_returned_reason(data: object) -> None | OrderReturnedReason | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    returned_reason_type_0 = check_order_returned_reason(data)

                    return returned_reason_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(None | OrderReturnedReason | Unset, data)

            returned_reason = _parse_returned_reason(d.pop("returned_reason", UNSET))

        except Exception as exc:
            returned_reason = types.undecoded(src_dict, "returned_reason", "OrderCreateRequest", exc)

        try:
            shipping_fee = d.pop("shipping_fee", UNSET)
            if not isinstance(shipping_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shipping_fee).__name__}")
        except Exception as exc:
            shipping_fee = types.undecoded(src_dict, "shipping_fee", "OrderCreateRequest", exc)

        try:
            total_discount = d.pop("total_discount", UNSET)
            if not isinstance(total_discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_discount).__name__}")
        except Exception as exc:
            total_discount = types.undecoded(src_dict, "total_discount", "OrderCreateRequest", exc)

        try:
            _warehouse_info = d.pop("warehouse_info", UNSET)
            warehouse_info: OrderWarehouseInfoInput | Unset
            if isinstance(_warehouse_info, Unset):
                warehouse_info = UNSET
            else:
                warehouse_info = OrderWarehouseInfoInput.from_dict(_warehouse_info)

        except Exception as exc:
            warehouse_info = types.undecoded(src_dict, "warehouse_info", "OrderCreateRequest", exc)

        try:
            custom_id: None | str | Unset = d.pop("custom_id", UNSET)
            if not isinstance(custom_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(custom_id).__name__}")

        except Exception as exc:
            custom_id = types.undecoded(src_dict, "custom_id", "OrderCreateRequest", exc)

        order_create_request = cls(
            shop_id=shop_id,
            items=items,
            warehouse_id=warehouse_id,
            shipping_address=shipping_address,
            bill_full_name=bill_full_name,
            bill_phone_number=bill_phone_number,
            is_free_shipping=is_free_shipping,
            received_at_shop=received_at_shop,
            page_id=page_id,
            account=account,
            account_name=account_name,
            assigning_seller_id=assigning_seller_id,
            note=note,
            note_print=note_print,
            returned_reason=returned_reason,
            shipping_fee=shipping_fee,
            total_discount=total_discount,
            warehouse_info=warehouse_info,
            custom_id=custom_id,
        )

        order_create_request.additional_properties = d
        return order_create_request

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


from ..models.order_item_input import OrderItemInput
from ..models.order_shipping_address_input import OrderShippingAddressInput
from ..models.order_warehouse_info_input import OrderWarehouseInfoInput
