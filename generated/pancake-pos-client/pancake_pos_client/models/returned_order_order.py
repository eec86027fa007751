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
from ..models.order_status import OrderStatus, check_order_status
from ..models.returned_order_order_returned_reason_type_1 import (
    ReturnedOrderOrderReturnedReasonType1,
    check_returned_order_order_returned_reason_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnedOrderOrder")


@_attrs_define
class ReturnedOrderOrder:
    """An order as embedded in a returned-order record (`order`, `order_to_returned`). It is the same order object as
    `Order` (“Thông tin đơn hàng”), but the embedding carries extra fields (`system_id`, `items_length`,
    `exchange_payment`, `change_by_orders`, …), shows nulls where `Order` has objects/strings (`assigning_care`,
    `time_assign_care`, `estimate_delivery_date`), and is cut to `{}` when nested inside `change_by_orders`; so it is
    modelled here on its own, with no required field, reusing the order's leaf components (ledger PP-203). Field
    meanings follow the order table; fields not in that table are described from the example.

        Attributes:
            id (int | str | Unset): Order id as embedded (“Mã đơn hàng”). The example shows a string such as "1485614856",
                not the numeric `order_id` of the record; the order table types `id` as string.
            system_id (int | Unset): Order number within the shop (only in this embedding).
            shop_id (int | Unset): Shop id (“Mã shop”).
            status (int | OrderStatus | Unset): `OrderStatus` as the API answers it: one of the documented values, or any
                other integer. Open because a vendor order state machine that can grow (ledger PP-431); a client must not fail
                on a value it does not know. Requests keep the closed `OrderStatus`.
            status_name (str | Unset): Machine name of the status (e.g. "new", "delivered"); the source lists no values.
            sub_status (int | None | Unset): Sub-status (null in the example; type assumed, ledger PP-204).
            order_link (str | Unset): Link to the order in the Pancake POS web app (meaning assumed from the name; the
                document does not describe it).
            order_sources (str | Unset): Order source code (“Mã nguồn đơn hàng”), e.g. "-1".
            order_sources_name (str | Unset): Order source name (e.g. "Facebook").
            account (int | str | Unset): Order source account (“Mã nguồn đơn hàng”). The order table says int; the example
                shows a string (ledger PP-205).
            account_name (str | Unset): Order source account name.
            post_id (None | str | Unset): Facebook post id the order came from (null in the example; type assumed, ledger
                PP-204).
            p_utm_term (None | str | Unset): UTM term of the order (null in the example; type assumed, ledger PP-204).
            bill_full_name (str | Unset): Recipient name (“Tên khách hàng nhận hàng”).
            bill_phone_number (str | Unset): Recipient phone number (“SĐT khách hàng nhận hàng”).
            shipping_address (OrderShippingAddress | Unset): Delivery address of an order (`shipping_address`, "Thông tin
                nhận hàng"; table "shipping_address (1.5)"). Used in responses and in the create/update request bodies.
            warehouse_id (UUID | Unset): Warehouse id (“Mã kho hàng”).
            items (list[ReturnedOrderOrderItemsItem] | Unset): Order lines (“Danh sách sản phẩm”).
            items_length (int | Unset): Number of order lines (meaning assumed from the name; the document does not describe
                it).
            total_quantity (int | Unset): Total quantity (“Tổng số lượng”).
            total_price (int | Unset): Total value of the products (“Tổng giá trị sản phẩm”).
            total_price_after_sub_discount (int | Unset): Total after line discounts.
            total_discount (int | Unset): Total discount (“Tổng tiền giảm giá”).
            shipping_fee (int | Unset): Shipping fee (“Phí vận chuyển”).
            is_free_shipping (bool | Unset): Free shipping.
            customer_pay_fee (bool | Unset): true: the customer pays shipping; false: the shop pays (“Khách trả phí ship”).
            partner_fee (int | Unset): Carrier fee (“Phí vận chuyển từ ĐVVC”).
            fee_marketplace (int | Unset): Marketplace fee.
            return_fee (bool | Unset): Whether a return fee applies (meaning assumed from the name; the document does not
                describe it).
            surcharge (int | Unset): Surcharge (“Phụ thu”).
            cod (int | Unset): Amount to collect on delivery (“Tổng tiền cần thu”); negative when the shop refunds.
            money_to_collect (int | Unset): Amount to collect (“Số tiền cần thu”); negative when the shop refunds.
            prepaid (int | Unset): Amount prepaid (meaning assumed from the name; the document does not describe it).
            prepaid_by_point (ReturnedOrderOrderPrepaidByPoint | Unset): Part of the order paid with reward points (meaning
                assumed from the name; the document does not describe it).
            cash (int | Unset): Cash (“Tiền mặt”).
            transfer_money (int | Unset): Bank transfer amount (“Số tiền khách chuyển khoản”).
            charged_by_card (int | Unset): Card payment (“Số tiền khách quẹt thẻ”).
            charged_by_momo (int | Unset): MoMo payment.
            charged_by_qrpay (int | Unset): QRPay payment.
            exchange_payment (int | Unset): Amount settled by the exchange (meaning assumed from the name; the document does
                not describe it).
            is_exchange_order (bool | Unset): Whether the order was exchanged (meaning assumed from the name; the document
                does not describe it).
            change_by_orders (list[ReturnedOrder] | Unset): Returned-order records that exchanged this order (meaning
                assumed from the name; the document does not describe it).
            activated_promotion_advances (list[Any] | Unset): Promotions applied (empty in the example; item shape not
                documented, ledger PP-204).
            levera_point (int | Unset): Levera loyalty points (meaning assumed from the name; the document does not describe
                it).
            received_at_shop (bool | Unset): true: sold at the counter; false: sold online.
            order_currency (str | Unset): Currency (e.g. "VND").
            estimate_delivery_date (None | str | Unset): Expected delivery date (“Dự kiến nhận hàng”).
            note (None | str | Unset): Internal note (“Ghi chú nội bộ”).
            note_print (None | str | Unset): Order note printed on the label (“Ghi chú đơn hàng”).
            returned_reason (int | None | OrderReturnedReason | ReturnedOrderOrderReturnedReasonType1 | str | Unset): Return
                reason (“Lý do trả lại”; not in this embedding's example, documented by the order table). Codes of
                `OrderReturnedReason`; the table types it as string, order examples show integers.
            creator (OrderStaff | Unset): A staff member (user) as embedded in an order: `creator`, `last_editor`,
                `assigning_seller`, `assigning_care`, `marketer`, `status_history[].editor`. The source documents only
                `creator.fb_id` and `creator.name`; the other fields come from its examples.
            assigning_seller_id (UUID | Unset): Assigned seller id (“Mã nhân viên được phân công”).
            time_assign_seller (str | Unset): Time the seller was assigned.
            assigning_care_id (None | Unset | UUID): Customer-care staff id (“Mã nhân viên chăm sóc”).
            assigning_care (None | OrderStaff | Unset): Customer-care staff (“Nhân viên chăm sóc”).
            time_assign_care (None | str | Unset): Time the customer-care staff was assigned.
            inserted_at (str | Unset): Creation time (“Thời điểm tạo”).
            updated_at (str | Unset): Last update time.
    """

    id: int | str | Unset = UNSET
    system_id: int | Unset = UNSET
    shop_id: int | Unset = UNSET
    status: int | OrderStatus | Unset = UNSET
    status_name: str | Unset = UNSET
    sub_status: int | None | Unset = UNSET
    order_link: str | Unset = UNSET
    order_sources: str | Unset = UNSET
    order_sources_name: str | Unset = UNSET
    account: int | str | Unset = UNSET
    account_name: str | Unset = UNSET
    post_id: None | str | Unset = UNSET
    p_utm_term: None | str | Unset = UNSET
    bill_full_name: str | Unset = UNSET
    bill_phone_number: str | Unset = UNSET
    shipping_address: OrderShippingAddress | Unset = UNSET
    warehouse_id: UUID | Unset = UNSET
    items: list[ReturnedOrderOrderItemsItem] | Unset = UNSET
    items_length: int | Unset = UNSET
    total_quantity: int | Unset = UNSET
    total_price: int | Unset = UNSET
    total_price_after_sub_discount: int | Unset = UNSET
    total_discount: int | Unset = UNSET
    shipping_fee: int | Unset = UNSET
    is_free_shipping: bool | Unset = UNSET
    customer_pay_fee: bool | Unset = UNSET
    partner_fee: int | Unset = UNSET
    fee_marketplace: int | Unset = UNSET
    return_fee: bool | Unset = UNSET
    surcharge: int | Unset = UNSET
    cod: int | Unset = UNSET
    money_to_collect: int | Unset = UNSET
    prepaid: int | Unset = UNSET
    prepaid_by_point: ReturnedOrderOrderPrepaidByPoint | Unset = UNSET
    cash: int | Unset = UNSET
    transfer_money: int | Unset = UNSET
    charged_by_card: int | Unset = UNSET
    charged_by_momo: int | Unset = UNSET
    charged_by_qrpay: int | Unset = UNSET
    exchange_payment: int | Unset = UNSET
    is_exchange_order: bool | Unset = UNSET
    change_by_orders: list[ReturnedOrder] | Unset = UNSET
    activated_promotion_advances: list[Any] | Unset = UNSET
    levera_point: int | Unset = UNSET
    received_at_shop: bool | Unset = UNSET
    order_currency: str | Unset = UNSET
    estimate_delivery_date: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    note_print: None | str | Unset = UNSET
    returned_reason: int | None | OrderReturnedReason | ReturnedOrderOrderReturnedReasonType1 | str | Unset = UNSET
    creator: OrderStaff | Unset = UNSET
    assigning_seller_id: UUID | Unset = UNSET
    time_assign_seller: str | Unset = UNSET
    assigning_care_id: None | Unset | UUID = UNSET
    assigning_care: None | OrderStaff | Unset = UNSET
    time_assign_care: None | str | Unset = UNSET
    inserted_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        system_id = self.system_id

        shop_id = self.shop_id

        status: int | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        status_name = self.status_name

        sub_status: int | None | Unset
        if isinstance(self.sub_status, Unset):
            sub_status = UNSET
        else:
            sub_status = self.sub_status

        order_link = self.order_link

        order_sources = self.order_sources

        order_sources_name = self.order_sources_name

        account: int | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        account_name = self.account_name

        post_id: None | str | Unset
        if isinstance(self.post_id, Unset):
            post_id = UNSET
        else:
            post_id = self.post_id

        p_utm_term: None | str | Unset
        if isinstance(self.p_utm_term, Unset):
            p_utm_term = UNSET
        else:
            p_utm_term = self.p_utm_term

        bill_full_name = self.bill_full_name

        bill_phone_number = self.bill_phone_number

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        warehouse_id: str | Unset = UNSET
        if not isinstance(self.warehouse_id, Unset):
            warehouse_id = str(self.warehouse_id)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        items_length = self.items_length

        total_quantity = self.total_quantity

        total_price = self.total_price

        total_price_after_sub_discount = self.total_price_after_sub_discount

        total_discount = self.total_discount

        shipping_fee = self.shipping_fee

        is_free_shipping = self.is_free_shipping

        customer_pay_fee = self.customer_pay_fee

        partner_fee = self.partner_fee

        fee_marketplace = self.fee_marketplace

        return_fee = self.return_fee

        surcharge = self.surcharge

        cod = self.cod

        money_to_collect = self.money_to_collect

        prepaid = self.prepaid

        prepaid_by_point: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepaid_by_point, Unset):
            prepaid_by_point = self.prepaid_by_point.to_dict()

        cash = self.cash

        transfer_money = self.transfer_money

        charged_by_card = self.charged_by_card

        charged_by_momo = self.charged_by_momo

        charged_by_qrpay = self.charged_by_qrpay

        exchange_payment = self.exchange_payment

        is_exchange_order = self.is_exchange_order

        change_by_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.change_by_orders, Unset):
            change_by_orders = []
            for change_by_orders_item_data in self.change_by_orders:
                change_by_orders_item = change_by_orders_item_data.to_dict()
                change_by_orders.append(change_by_orders_item)

        activated_promotion_advances: list[Any] | Unset = UNSET
        if not isinstance(self.activated_promotion_advances, Unset):
            activated_promotion_advances = self.activated_promotion_advances

        levera_point = self.levera_point

        received_at_shop = self.received_at_shop

        order_currency = self.order_currency

        estimate_delivery_date: None | str | Unset
        if isinstance(self.estimate_delivery_date, Unset):
            estimate_delivery_date = UNSET
        else:
            estimate_delivery_date = self.estimate_delivery_date

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

        returned_reason: int | None | str | Unset
        if isinstance(self.returned_reason, Unset):
            returned_reason = UNSET
        elif isinstance(self.returned_reason, int) or isinstance(self.returned_reason, str):
            returned_reason = self.returned_reason
        else:
            returned_reason = self.returned_reason

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        assigning_seller_id: str | Unset = UNSET
        if not isinstance(self.assigning_seller_id, Unset):
            assigning_seller_id = str(self.assigning_seller_id)

        time_assign_seller = self.time_assign_seller

        assigning_care_id: None | str | Unset
        if isinstance(self.assigning_care_id, Unset):
            assigning_care_id = UNSET
        elif isinstance(self.assigning_care_id, UUID):
            assigning_care_id = str(self.assigning_care_id)
        else:
            assigning_care_id = self.assigning_care_id

        assigning_care: dict[str, Any] | None | Unset
        if isinstance(self.assigning_care, Unset):
            assigning_care = UNSET
        elif isinstance(self.assigning_care, OrderStaff):
            assigning_care = self.assigning_care.to_dict()
        else:
            assigning_care = self.assigning_care

        time_assign_care: None | str | Unset
        if isinstance(self.time_assign_care, Unset):
            time_assign_care = UNSET
        else:
            time_assign_care = self.time_assign_care

        inserted_at = self.inserted_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if system_id is not UNSET:
            field_dict["system_id"] = system_id
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_name is not UNSET:
            field_dict["status_name"] = status_name
        if sub_status is not UNSET:
            field_dict["sub_status"] = sub_status
        if order_link is not UNSET:
            field_dict["order_link"] = order_link
        if order_sources is not UNSET:
            field_dict["order_sources"] = order_sources
        if order_sources_name is not UNSET:
            field_dict["order_sources_name"] = order_sources_name
        if account is not UNSET:
            field_dict["account"] = account
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if post_id is not UNSET:
            field_dict["post_id"] = post_id
        if p_utm_term is not UNSET:
            field_dict["p_utm_term"] = p_utm_term
        if bill_full_name is not UNSET:
            field_dict["bill_full_name"] = bill_full_name
        if bill_phone_number is not UNSET:
            field_dict["bill_phone_number"] = bill_phone_number
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if items is not UNSET:
            field_dict["items"] = items
        if items_length is not UNSET:
            field_dict["items_length"] = items_length
        if total_quantity is not UNSET:
            field_dict["total_quantity"] = total_quantity
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if total_price_after_sub_discount is not UNSET:
            field_dict["total_price_after_sub_discount"] = total_price_after_sub_discount
        if total_discount is not UNSET:
            field_dict["total_discount"] = total_discount
        if shipping_fee is not UNSET:
            field_dict["shipping_fee"] = shipping_fee
        if is_free_shipping is not UNSET:
            field_dict["is_free_shipping"] = is_free_shipping
        if customer_pay_fee is not UNSET:
            field_dict["customer_pay_fee"] = customer_pay_fee
        if partner_fee is not UNSET:
            field_dict["partner_fee"] = partner_fee
        if fee_marketplace is not UNSET:
            field_dict["fee_marketplace"] = fee_marketplace
        if return_fee is not UNSET:
            field_dict["return_fee"] = return_fee
        if surcharge is not UNSET:
            field_dict["surcharge"] = surcharge
        if cod is not UNSET:
            field_dict["cod"] = cod
        if money_to_collect is not UNSET:
            field_dict["money_to_collect"] = money_to_collect
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if prepaid_by_point is not UNSET:
            field_dict["prepaid_by_point"] = prepaid_by_point
        if cash is not UNSET:
            field_dict["cash"] = cash
        if transfer_money is not UNSET:
            field_dict["transfer_money"] = transfer_money
        if charged_by_card is not UNSET:
            field_dict["charged_by_card"] = charged_by_card
        if charged_by_momo is not UNSET:
            field_dict["charged_by_momo"] = charged_by_momo
        if charged_by_qrpay is not UNSET:
            field_dict["charged_by_qrpay"] = charged_by_qrpay
        if exchange_payment is not UNSET:
            field_dict["exchange_payment"] = exchange_payment
        if is_exchange_order is not UNSET:
            field_dict["is_exchange_order"] = is_exchange_order
        if change_by_orders is not UNSET:
            field_dict["change_by_orders"] = change_by_orders
        if activated_promotion_advances is not UNSET:
            field_dict["activated_promotion_advances"] = activated_promotion_advances
        if levera_point is not UNSET:
            field_dict["levera_point"] = levera_point
        if received_at_shop is not UNSET:
            field_dict["received_at_shop"] = received_at_shop
        if order_currency is not UNSET:
            field_dict["order_currency"] = order_currency
        if estimate_delivery_date is not UNSET:
            field_dict["estimate_delivery_date"] = estimate_delivery_date
        if note is not UNSET:
            field_dict["note"] = note
        if note_print is not UNSET:
            field_dict["note_print"] = note_print
        if returned_reason is not UNSET:
            field_dict["returned_reason"] = returned_reason
        if creator is not UNSET:
            field_dict["creator"] = creator
        if assigning_seller_id is not UNSET:
            field_dict["assigning_seller_id"] = assigning_seller_id
        if time_assign_seller is not UNSET:
            field_dict["time_assign_seller"] = time_assign_seller
        if assigning_care_id is not UNSET:
            field_dict["assigning_care_id"] = assigning_care_id
        if assigning_care is not UNSET:
            field_dict["assigning_care"] = assigning_care
        if time_assign_care is not UNSET:
            field_dict["time_assign_care"] = time_assign_care
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id: int | str | Unset = d.pop("id", UNSET)
            if not isinstance(id, (str, int, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(id).__name__}")

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "ReturnedOrderOrder", exc)

        try:
            system_id = d.pop("system_id", UNSET)
            if not isinstance(system_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(system_id).__name__}")
        except Exception as exc:
            system_id = types.undecoded(src_dict, "system_id", "ReturnedOrderOrder", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "ReturnedOrderOrder", exc)

        try:

            def _parse_status(data: object) -> int | OrderStatus | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_order_status_value_type_0 = check_order_status(data)

                    return componentsschemas_order_status_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, int):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(int | OrderStatus | Unset, data)

            status = _parse_status(d.pop("status", UNSET))

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "ReturnedOrderOrder", exc)

        try:
            status_name = d.pop("status_name", UNSET)
            if not isinstance(status_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(status_name).__name__}")
        except Exception as exc:
            status_name = types.undecoded(src_dict, "status_name", "ReturnedOrderOrder", exc)

        try:
            sub_status: int | None | Unset = d.pop("sub_status", UNSET)
            if not isinstance(sub_status, (int, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(sub_status).__name__}")

        except Exception as exc:
            sub_status = types.undecoded(src_dict, "sub_status", "ReturnedOrderOrder", exc)

        try:
            order_link = d.pop("order_link", UNSET)
            if not isinstance(order_link, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_link).__name__}")
        except Exception as exc:
            order_link = types.undecoded(src_dict, "order_link", "ReturnedOrderOrder", exc)

        try:
            order_sources = d.pop("order_sources", UNSET)
            if not isinstance(order_sources, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_sources).__name__}")
        except Exception as exc:
            order_sources = types.undecoded(src_dict, "order_sources", "ReturnedOrderOrder", exc)

        try:
            order_sources_name = d.pop("order_sources_name", UNSET)
            if not isinstance(order_sources_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_sources_name).__name__}")
        except Exception as exc:
            order_sources_name = types.undecoded(src_dict, "order_sources_name", "ReturnedOrderOrder", exc)

        try:
            account: int | str | Unset = d.pop("account", UNSET)
            if not isinstance(account, (str, int, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(account).__name__}")

        except Exception as exc:
            account = types.undecoded(src_dict, "account", "ReturnedOrderOrder", exc)

        try:
            account_name = d.pop("account_name", UNSET)
            if not isinstance(account_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(account_name).__name__}")
        except Exception as exc:
            account_name = types.undecoded(src_dict, "account_name", "ReturnedOrderOrder", exc)

        try:
            post_id: None | str | Unset = d.pop("post_id", UNSET)
            if not isinstance(post_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(post_id).__name__}")

        except Exception as exc:
            post_id = types.undecoded(src_dict, "post_id", "ReturnedOrderOrder", exc)

        try:
            p_utm_term: None | str | Unset = d.pop("p_utm_term", UNSET)
            if not isinstance(p_utm_term, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(p_utm_term).__name__}")

        except Exception as exc:
            p_utm_term = types.undecoded(src_dict, "p_utm_term", "ReturnedOrderOrder", exc)

        try:
            bill_full_name = d.pop("bill_full_name", UNSET)
            if not isinstance(bill_full_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(bill_full_name).__name__}")
        except Exception as exc:
            bill_full_name = types.undecoded(src_dict, "bill_full_name", "ReturnedOrderOrder", exc)

        try:
            bill_phone_number = d.pop("bill_phone_number", UNSET)
            if not isinstance(bill_phone_number, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(bill_phone_number).__name__}")
        except Exception as exc:
            bill_phone_number = types.undecoded(src_dict, "bill_phone_number", "ReturnedOrderOrder", exc)

        try:
            _shipping_address = d.pop("shipping_address", UNSET)
            shipping_address: OrderShippingAddress | Unset
            if isinstance(_shipping_address, Unset):
                shipping_address = UNSET
            else:
                shipping_address = OrderShippingAddress.from_dict(_shipping_address)

        except Exception as exc:
            shipping_address = types.undecoded(src_dict, "shipping_address", "ReturnedOrderOrder", exc)

        try:
            _warehouse_id = d.pop("warehouse_id", UNSET)
            warehouse_id: UUID | Unset
            if isinstance(_warehouse_id, Unset):
                warehouse_id = UNSET
            else:
                warehouse_id = types.parse_uuid(_warehouse_id)

        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "ReturnedOrderOrder", exc)

        try:
            _items = d.pop("items", UNSET)
            items: list[ReturnedOrderOrderItemsItem] | Unset = UNSET
            if _items is not UNSET:
                if not isinstance(_items, list):
                    raise TypeError(f"expected an array, got {type(_items).__name__}")
                items = []
                for items_item_data in _items:
                    try:
                        items_item = ReturnedOrderOrderItemsItem.from_dict(items_item_data)

                    except Exception as item_exc:
                        items_item = types.undecoded_item(items_item_data, "items", item_exc)
                    items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "ReturnedOrderOrder", exc)

        try:
            items_length = d.pop("items_length", UNSET)
            if not isinstance(items_length, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(items_length).__name__}")
        except Exception as exc:
            items_length = types.undecoded(src_dict, "items_length", "ReturnedOrderOrder", exc)

        try:
            total_quantity = d.pop("total_quantity", UNSET)
            if not isinstance(total_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_quantity).__name__}")
        except Exception as exc:
            total_quantity = types.undecoded(src_dict, "total_quantity", "ReturnedOrderOrder", exc)

        try:
            total_price = d.pop("total_price", UNSET)
            if not isinstance(total_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_price).__name__}")
        except Exception as exc:
            total_price = types.undecoded(src_dict, "total_price", "ReturnedOrderOrder", exc)

        try:
            total_price_after_sub_discount = d.pop("total_price_after_sub_discount", UNSET)
            if not isinstance(total_price_after_sub_discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_price_after_sub_discount).__name__}")
        except Exception as exc:
            total_price_after_sub_discount = types.undecoded(
                src_dict, "total_price_after_sub_discount", "ReturnedOrderOrder", exc
            )

        try:
            total_discount = d.pop("total_discount", UNSET)
            if not isinstance(total_discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_discount).__name__}")
        except Exception as exc:
            total_discount = types.undecoded(src_dict, "total_discount", "ReturnedOrderOrder", exc)

        try:
            shipping_fee = d.pop("shipping_fee", UNSET)
            if not isinstance(shipping_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shipping_fee).__name__}")
        except Exception as exc:
            shipping_fee = types.undecoded(src_dict, "shipping_fee", "ReturnedOrderOrder", exc)

        try:
            is_free_shipping = d.pop("is_free_shipping", UNSET)
            if not isinstance(is_free_shipping, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_free_shipping).__name__}")
        except Exception as exc:
            is_free_shipping = types.undecoded(src_dict, "is_free_shipping", "ReturnedOrderOrder", exc)

        try:
            customer_pay_fee = d.pop("customer_pay_fee", UNSET)
            if not isinstance(customer_pay_fee, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(customer_pay_fee).__name__}")
        except Exception as exc:
            customer_pay_fee = types.undecoded(src_dict, "customer_pay_fee", "ReturnedOrderOrder", exc)

        try:
            partner_fee = d.pop("partner_fee", UNSET)
            if not isinstance(partner_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(partner_fee).__name__}")
        except Exception as exc:
            partner_fee = types.undecoded(src_dict, "partner_fee", "ReturnedOrderOrder", exc)

        try:
            fee_marketplace = d.pop("fee_marketplace", UNSET)
            if not isinstance(fee_marketplace, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(fee_marketplace).__name__}")
        except Exception as exc:
            fee_marketplace = types.undecoded(src_dict, "fee_marketplace", "ReturnedOrderOrder", exc)

        try:
            return_fee = d.pop("return_fee", UNSET)
            if not isinstance(return_fee, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(return_fee).__name__}")
        except Exception as exc:
            return_fee = types.undecoded(src_dict, "return_fee", "ReturnedOrderOrder", exc)

        try:
            surcharge = d.pop("surcharge", UNSET)
            if not isinstance(surcharge, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(surcharge).__name__}")
        except Exception as exc:
            surcharge = types.undecoded(src_dict, "surcharge", "ReturnedOrderOrder", exc)

        try:
            cod = d.pop("cod", UNSET)
            if not isinstance(cod, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cod).__name__}")
        except Exception as exc:
            cod = types.undecoded(src_dict, "cod", "ReturnedOrderOrder", exc)

        try:
            money_to_collect = d.pop("money_to_collect", UNSET)
            if not isinstance(money_to_collect, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(money_to_collect).__name__}")
        except Exception as exc:
            money_to_collect = types.undecoded(src_dict, "money_to_collect", "ReturnedOrderOrder", exc)

        try:
            prepaid = d.pop("prepaid", UNSET)
            if not isinstance(prepaid, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(prepaid).__name__}")
        except Exception as exc:
            prepaid = types.undecoded(src_dict, "prepaid", "ReturnedOrderOrder", exc)

        try:
            _prepaid_by_point = d.pop("prepaid_by_point", UNSET)
            prepaid_by_point: ReturnedOrderOrderPrepaidByPoint | Unset
            if isinstance(_prepaid_by_point, Unset):
                prepaid_by_point = UNSET
            else:
                prepaid_by_point = ReturnedOrderOrderPrepaidByPoint.from_dict(_prepaid_by_point)

        except Exception as exc:
            prepaid_by_point = types.undecoded(src_dict, "prepaid_by_point", "ReturnedOrderOrder", exc)

        try:
            cash = d.pop("cash", UNSET)
            if not isinstance(cash, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cash).__name__}")
        except Exception as exc:
            cash = types.undecoded(src_dict, "cash", "ReturnedOrderOrder", exc)

        try:
            transfer_money = d.pop("transfer_money", UNSET)
            if not isinstance(transfer_money, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(transfer_money).__name__}")
        except Exception as exc:
            transfer_money = types.undecoded(src_dict, "transfer_money", "ReturnedOrderOrder", exc)

        try:
            charged_by_card = d.pop("charged_by_card", UNSET)
            if not isinstance(charged_by_card, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(charged_by_card).__name__}")
        except Exception as exc:
            charged_by_card = types.undecoded(src_dict, "charged_by_card", "ReturnedOrderOrder", exc)

        try:
            charged_by_momo = d.pop("charged_by_momo", UNSET)
            if not isinstance(charged_by_momo, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(charged_by_momo).__name__}")
        except Exception as exc:
            charged_by_momo = types.undecoded(src_dict, "charged_by_momo", "ReturnedOrderOrder", exc)

        try:
            charged_by_qrpay = d.pop("charged_by_qrpay", UNSET)
            if not isinstance(charged_by_qrpay, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(charged_by_qrpay).__name__}")
        except Exception as exc:
            charged_by_qrpay = types.undecoded(src_dict, "charged_by_qrpay", "ReturnedOrderOrder", exc)

        try:
            exchange_payment = d.pop("exchange_payment", UNSET)
            if not isinstance(exchange_payment, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(exchange_payment).__name__}")
        except Exception as exc:
            exchange_payment = types.undecoded(src_dict, "exchange_payment", "ReturnedOrderOrder", exc)

        try:
            is_exchange_order = d.pop("is_exchange_order", UNSET)
            if not isinstance(is_exchange_order, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_exchange_order).__name__}")
        except Exception as exc:
            is_exchange_order = types.undecoded(src_dict, "is_exchange_order", "ReturnedOrderOrder", exc)

        try:
            _change_by_orders = d.pop("change_by_orders", UNSET)
            change_by_orders: list[ReturnedOrder] | Unset = UNSET
            if _change_by_orders is not UNSET:
                if not isinstance(_change_by_orders, list):
                    raise TypeError(f"expected an array, got {type(_change_by_orders).__name__}")
                change_by_orders = []
                for change_by_orders_item_data in _change_by_orders:
                    try:
                        change_by_orders_item = ReturnedOrder.from_dict(change_by_orders_item_data)

                    except Exception as item_exc:
                        change_by_orders_item = types.undecoded_item(
                            change_by_orders_item_data, "change_by_orders", item_exc
                        )
                    change_by_orders.append(change_by_orders_item)

        except Exception as exc:
            change_by_orders = types.undecoded(src_dict, "change_by_orders", "ReturnedOrderOrder", exc)

        try:
            activated_promotion_advances: list[Any] = d.pop("activated_promotion_advances", UNSET)

        except Exception as exc:
            activated_promotion_advances = types.undecoded(
                src_dict, "activated_promotion_advances", "ReturnedOrderOrder", exc
            )

        try:
            levera_point = d.pop("levera_point", UNSET)
            if not isinstance(levera_point, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(levera_point).__name__}")
        except Exception as exc:
            levera_point = types.undecoded(src_dict, "levera_point", "ReturnedOrderOrder", exc)

        try:
            received_at_shop = d.pop("received_at_shop", UNSET)
            if not isinstance(received_at_shop, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(received_at_shop).__name__}")
        except Exception as exc:
            received_at_shop = types.undecoded(src_dict, "received_at_shop", "ReturnedOrderOrder", exc)

        try:
            order_currency = d.pop("order_currency", UNSET)
            if not isinstance(order_currency, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_currency).__name__}")
        except Exception as exc:
            order_currency = types.undecoded(src_dict, "order_currency", "ReturnedOrderOrder", exc)

        try:
            estimate_delivery_date: None | str | Unset = d.pop("estimate_delivery_date", UNSET)
            if not isinstance(estimate_delivery_date, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(estimate_delivery_date).__name__}")

        except Exception as exc:
            estimate_delivery_date = types.undecoded(src_dict, "estimate_delivery_date", "ReturnedOrderOrder", exc)

        try:
            note: None | str | Unset = d.pop("note", UNSET)
            if not isinstance(note, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(note).__name__}")

        except Exception as exc:
            note = types.undecoded(src_dict, "note", "ReturnedOrderOrder", exc)

        try:
            note_print: None | str | Unset = d.pop("note_print", UNSET)
            if not isinstance(note_print, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(note_print).__name__}")

        except Exception as exc:
            note_print = types.undecoded(src_dict, "note_print", "ReturnedOrderOrder", exc)

        try:

            def _parse_returned_reason_branches(
                data: object,
            ) -> int | None | OrderReturnedReason | ReturnedOrderOrderReturnedReasonType1 | str | Unset:
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
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    returned_reason_type_1 = check_returned_order_order_returned_reason_type_1(data)

                    return returned_reason_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, (int, str, type(None))):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(
                    int | None | OrderReturnedReason | ReturnedOrderOrderReturnedReasonType1 | str | Unset, data
                )

            def _parse_returned_reason(
                data: object,
            ) -> int | None | OrderReturnedReason | ReturnedOrderOrderReturnedReasonType1 | str | Unset:
                try:
                    parsed = types.strictly(_parse_returned_reason_branches, data)
                except Exception:
                    # no branch decodes strictly: the first that builds with what came (in strict mode: raises)
                    return _parse_returned_reason_branches(data)
                return _parse_returned_reason_branches(data) if parsed is data else parsed

            returned_reason = _parse_returned_reason(d.pop("returned_reason", UNSET))

        except Exception as exc:
            returned_reason = types.undecoded(src_dict, "returned_reason", "ReturnedOrderOrder", exc)

        try:
            _creator = d.pop("creator", UNSET)
            creator: OrderStaff | Unset
            if isinstance(_creator, Unset):
                creator = UNSET
            else:
                creator = OrderStaff.from_dict(_creator)

        except Exception as exc:
            creator = types.undecoded(src_dict, "creator", "ReturnedOrderOrder", exc)

        try:
            _assigning_seller_id = d.pop("assigning_seller_id", UNSET)
            assigning_seller_id: UUID | Unset
            if isinstance(_assigning_seller_id, Unset):
                assigning_seller_id = UNSET
            else:
                assigning_seller_id = types.parse_uuid(_assigning_seller_id)

        except Exception as exc:
            assigning_seller_id = types.undecoded(src_dict, "assigning_seller_id", "ReturnedOrderOrder", exc)

        try:
            time_assign_seller = d.pop("time_assign_seller", UNSET)
            if not isinstance(time_assign_seller, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(time_assign_seller).__name__}")
        except Exception as exc:
            time_assign_seller = types.undecoded(src_dict, "time_assign_seller", "ReturnedOrderOrder", exc)

        try:

            def _parse_assigning_care_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    assigning_care_id_type_0 = types.parse_uuid(data)

                    return assigning_care_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(None | Unset | UUID, data)

            assigning_care_id = _parse_assigning_care_id(d.pop("assigning_care_id", UNSET))

        except Exception as exc:
            assigning_care_id = types.undecoded(src_dict, "assigning_care_id", "ReturnedOrderOrder", exc)

        try:

            def _parse_assigning_care(data: object) -> None | OrderStaff | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    assigning_care_type_0 = OrderStaff.from_dict(data)

                    return assigning_care_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(None | OrderStaff | Unset, data)

            assigning_care = _parse_assigning_care(d.pop("assigning_care", UNSET))

        except Exception as exc:
            assigning_care = types.undecoded(src_dict, "assigning_care", "ReturnedOrderOrder", exc)

        try:
            time_assign_care: None | str | Unset = d.pop("time_assign_care", UNSET)
            if not isinstance(time_assign_care, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(time_assign_care).__name__}")

        except Exception as exc:
            time_assign_care = types.undecoded(src_dict, "time_assign_care", "ReturnedOrderOrder", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "ReturnedOrderOrder", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "ReturnedOrderOrder", exc)

        returned_order_order = cls(
            id=id,
            system_id=system_id,
            shop_id=shop_id,
            status=status,
            status_name=status_name,
            sub_status=sub_status,
            order_link=order_link,
            order_sources=order_sources,
            order_sources_name=order_sources_name,
            account=account,
            account_name=account_name,
            post_id=post_id,
            p_utm_term=p_utm_term,
            bill_full_name=bill_full_name,
            bill_phone_number=bill_phone_number,
            shipping_address=shipping_address,
            warehouse_id=warehouse_id,
            items=items,
            items_length=items_length,
            total_quantity=total_quantity,
            total_price=total_price,
            total_price_after_sub_discount=total_price_after_sub_discount,
            total_discount=total_discount,
            shipping_fee=shipping_fee,
            is_free_shipping=is_free_shipping,
            customer_pay_fee=customer_pay_fee,
            partner_fee=partner_fee,
            fee_marketplace=fee_marketplace,
            return_fee=return_fee,
            surcharge=surcharge,
            cod=cod,
            money_to_collect=money_to_collect,
            prepaid=prepaid,
            prepaid_by_point=prepaid_by_point,
            cash=cash,
            transfer_money=transfer_money,
            charged_by_card=charged_by_card,
            charged_by_momo=charged_by_momo,
            charged_by_qrpay=charged_by_qrpay,
            exchange_payment=exchange_payment,
            is_exchange_order=is_exchange_order,
            change_by_orders=change_by_orders,
            activated_promotion_advances=activated_promotion_advances,
            levera_point=levera_point,
            received_at_shop=received_at_shop,
            order_currency=order_currency,
            estimate_delivery_date=estimate_delivery_date,
            note=note,
            note_print=note_print,
            returned_reason=returned_reason,
            creator=creator,
            assigning_seller_id=assigning_seller_id,
            time_assign_seller=time_assign_seller,
            assigning_care_id=assigning_care_id,
            assigning_care=assigning_care,
            time_assign_care=time_assign_care,
            inserted_at=inserted_at,
            updated_at=updated_at,
        )

        returned_order_order.additional_properties = d
        return returned_order_order

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


from ..models.order_shipping_address import OrderShippingAddress
from ..models.order_staff import OrderStaff
from ..models.returned_order import ReturnedOrder
from ..models.returned_order_order_items_item import ReturnedOrderOrderItemsItem
from ..models.returned_order_order_prepaid_by_point import (
    ReturnedOrderOrderPrepaidByPoint,
)
