from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.order_status import OrderStatus, check_order_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """A Pancake POS order, as returned by the order list, `GET /shops/{shop_id}/orders/{order_id}`, the create/update
    operations and the order webhook. Fields are those of the "Thông tin đơn hàng" reference table plus the fields that
    appear only in the source's order examples (ledger PP-120). Timestamps are ISO-8601 local date-times without offset
    (ledger PP-107).

        Attributes:
            id (int | str): Order id ("Mã đơn hàng"). The table says string; every example shows an integer (ledger PP-112).
            display_id (int | Unset): Order number shown to users (only in the "Thông tin đơn hàng" example).
            custom_id (None | str | Unset): Shop's own order code ("Mã đơn hàng").
            shop_id (int | Unset): Shop id ("Mã shop").
            status (int | OrderStatus | Unset): `OrderStatus` as the API answers it: one of the documented values, or any
                other integer. Open because a vendor order state machine that can grow (ledger PP-431); a client must not fail
                on a value it does not know. Requests keep the closed `OrderStatus`.
            status_name (str | Unset): Machine name of the status (e.g. `new`). Only in the examples; the source lists no
                values.
            sub_status_history (list[Any] | Unset): Sub-status history (only in examples, always empty; item shape not
                documented).
            status_history (list[OrderStatusHistoryItem] | Unset): Status change history ("Lịch sử cập nhật trạng thái").
            last_update_status_at (str | Unset): Time of the last status change ("Thời điểm cập nhật trạng thái cuối").
            inserted_at (str | Unset): Creation time ("Thời điểm tạo").
            updated_at (str | Unset): Last update time ("Thời điểm cập nhật trạng thái").
            page_id (str | Unset): Facebook page id ("Mã Facebook page").
            account (int | None | str | Unset): Order source id ("Mã nguồn đơn hàng"). The table says int; the "Thông tin
                đơn hàng" example shows a page id string (ledger PP-115).
            account_name (str | Unset): Order source name ("Tên mã nguồn đơn"; documented in "Cập nhật đơn hàng").
            order_sources (str | Unset): Order source code ("Mã nguồn đơn hàng"), e.g. "-1".
            is_from_ecommerce (bool | None | Unset): Order came from a marketplace ("Đơn từ sàn").
            bill_full_name (str | Unset): Recipient name ("Tên khách hàng nhận hàng").
            bill_phone_number (str | Unset): Recipient phone number ("SĐT khách hàng nhận hàng").
            bill_email (str | Unset): Customer email ("Email khách hàng").
            customer (OrderCustomer | Unset): Customer ("Thông tin khách hàng"; table "customer (1.1)").
            shop_customer_id (UUID | Unset): Customer id in the shop ("Mã khách hàng").
            shop_customer_address_id (UUID | Unset): Customer address id ("Mã địa chỉ khách hàng").
            duplicated_phone (bool | Unset): Phone number matches another order ("Trùng số điện thoại").
            duplicated_customer (bool | Unset): Customer matches another order ("Trùng khách hàng").
            customer_referral_code (None | OrderCustomerReferralCodeType1 | str | Unset): Customer referral code ("Mã giới
                thiệu khách hàng"; typed json; only null in examples).
            customer_needs (list[Any] | Unset): Customer needs (only in examples, always empty; item shape not documented).
            shipping_address (OrderShippingAddress | Unset): Delivery address of an order (`shipping_address`, "Thông tin
                nhận hàng"; table "shipping_address (1.5)"). Used in responses and in the create/update request bodies.
            warehouse_id (UUID | Unset): Warehouse id ("Mã kho hàng"), from `GET /warehouses`.
            warehouse_info (OrderWarehouseInfo | Unset): Snapshot of the shipping warehouse on an order (`warehouse_info`,
                "Thông tin kho hàng"). The source types it only as "json"; the fields come from its examples.
            partner (OrderPartner | Unset): Shipping information of an order (`partner`, "Thông tin vận chuyển"; table
                "partner (1.3)"). Fields not in the table come from the examples.
            shop_partner_id (int | Unset): Id of the shop's carrier connection (only in the "Thông tin đơn hàng" example).
            is_linked_partner (bool | Unset): Order is linked to a carrier ("Liên kết ĐVVC").
            time_send_partner (str | Unset): Time the order was sent to the carrier ("Thời điểm đẩy đơn").
            estimate_delivery_date (str | Unset): Estimated delivery time ("Dự kiến nhận hàng").
            items (list[OrderItem] | Unset): Order lines ("Danh sách sản phẩm").
            total_quantity (int | Unset): Total quantity ("Tổng số lượng").
            activated_combo_products (list[OrderActivatedCombo] | OrderActivatedCombo | Unset): Applied combos ("Thông tin
                combo được kích hoạt"). The table says array; the list and get examples show a single object (ledger PP-114).
            tags (list[int | OrderTagsItemType1 | str] | Unset): Order tags ("Danh sách thẻ đơn hàng"). Objects `{id, name}`
                in most examples, bare tag ids in the "Thông tin đơn hàng" example (ledger PP-113).
            note (None | str | Unset): Internal note ("Ghi chú nội bộ").
            note_print (None | str | Unset): Note printed on the order ("Ghi chú đơn hàng").
            note_image (list[str] | None | Unset): Note image URLs ("Link hình ảnh ghi chú").
            returned_reason (int | None | str | Unset): Return reason ("Lý do trả lại"); codes of `OrderReturnedReason`. The
                table says string; the examples show an integer or null (ledger PP-116).
            order_returned_ids (list[str] | None | str | Unset): Ids of the return orders ("Mã đơn trả hàng"; typed uid;
                only null in examples; ledger PP-123).
            order_currency (str | Unset): Currency ("Đơn vị tiền tệ"), e.g. VND.
            total_price (int | Unset): Total value of the products ("Tổng giá trị sản phẩm").
            total_price_after_sub_discount (int | Unset): Order total after discount ("Tổng giá đơn hàng đã trừ chiết khấu";
                documented in "Cập nhật đơn hàng").
            total_discount (int | Unset): Total discount ("Tổng tiền giảm giá").
            discount (int | Unset): Order discount ("Chiết khấu").
            discount_by_customer_level (int | None | Unset): Discount from the customer level ("Giảm giá bởi cấp độ khách
                hàng").
            shipping_fee (int | Unset): Shipping fee charged ("Phí vận chuyển").
            is_free_shipping (bool | Unset): Free shipping. The table labels it "Phí vận chuyển" (shipping fee), the label
                of `shipping_fee` too; the boolean type and the name are followed (ledger PP-438).
            customer_pay_fee (bool | Unset): Who pays shipping: false — Shop trả phí ship (shop pays); true — Khách trả phí
                ship (customer pays).
            partner_fee (int | Unset): Carrier's shipping fee ("Phí vận chuyển từ ĐVVC").
            fee_marketplace (int | Unset): Marketplace fee ("Phí sàn").
            advanced_platform_fee (OrderAdvancedPlatformFee | Unset): Marketplace fees ("Phí sàn"; table
                "advanced_platform_fee (1.0)").
            surcharge (int | Unset): Surcharge ("Phụ thu").
            cost_surcharge (int | Unset): Extra cost ("Phụ phí").
            tax (int | Unset): Tax ("Thuế").
            cod (int | Unset): Amount to collect on delivery ("Tổng tiền cần thu").
            money_to_collect (int | Unset): Amount to collect ("Số tiền cần thu").
            cash (int | Unset): Paid in cash ("Tiền mặt").
            transfer_money (int | Unset): Paid by bank transfer ("Số tiền khách chuyển khoản").
            charged_by_card (int | Unset): Paid by card ("Số tiền khách quẹt thẻ").
            charged_by_momo (int | Unset): Paid through MoMo ("Số tiền khách thanh toán qua MOMO").
            charged_by_qrpay (int | Unset): Paid through QRPay ("Số tiền khách thanh toán qua QRPAY").
            charged_by_vnpay (int | Unset): Paid through VNPay ("Số tiền thanh toán bằng VNPAY").
            charged_by_fundiin (int | Unset): Paid through Fundiin ("Số tiền thanh toán bằng Fundiin").
            charged_by_kredivo (int | Unset): Paid through Kredivo ("Số tiền thanh toán bằng Kredivo").
            bank_transfer_images (list[str] | None | Unset): Bank transfer proof image URLs ("Link hình ảnh chuyển khoản").
            einvoices (list[Any] | Unset): E-invoices ("Thông tin hóa đơn điện tử"; always empty in examples, item shape not
                documented).
            received_at_shop (bool | Unset): true — Bán hàng tại quầy (sold at the counter); false — Bán online (sold
                online).
            printing_count (int | Unset): Number of times printed ("Số lần in").
            is_locked (bool | Unset): Order is locked ("Khóa đơn hàng").
            lock_order_by_user (None | str | Unset): User who locked the order ("Mã người khóa đơn hàng").
            viewing (list[Any] | Unset): Staff currently viewing the order ("NV đang xem"; always empty in examples, item
                shape not documented).
            call_laters (list[CallLater] | Unset): Call-back reminders ("Gọi lại").
            histories (list[OrderHistoriesItem] | Unset): Edit history ("Lịch sử"). Each entry names its editor and time;
                every other key is a changed field holding `{new, old}` (documented only by example).
            creator (OrderStaff | Unset): A staff member (user) as embedded in an order: `creator`, `last_editor`,
                `assigning_seller`, `assigning_care`, `marketer`, `status_history[].editor`. The source documents only
                `creator.fb_id` and `creator.name`; the other fields come from its examples.
            creator_id (UUID | Unset): Creator id ("Mã người tạo").
            last_editor (OrderStaff | Unset): A staff member (user) as embedded in an order: `creator`, `last_editor`,
                `assigning_seller`, `assigning_care`, `marketer`, `status_history[].editor`. The source documents only
                `creator.fb_id` and `creator.name`; the other fields come from its examples.
            last_editor_id (UUID | Unset): Last editor id ("Mã người sửa cuối").
            assigning_seller (OrderStaff | Unset): A staff member (user) as embedded in an order: `creator`, `last_editor`,
                `assigning_seller`, `assigning_care`, `marketer`, `status_history[].editor`. The source documents only
                `creator.fb_id` and `creator.name`; the other fields come from its examples.
            assigning_seller_id (UUID | Unset): Assigned seller id ("Mã nhân viên được phân công").
            time_assign_seller (str | Unset): Time the seller was assigned ("Phân công nhân viên xử lý").
            assigning_care (OrderStaff | Unset): A staff member (user) as embedded in an order: `creator`, `last_editor`,
                `assigning_seller`, `assigning_care`, `marketer`, `status_history[].editor`. The source documents only
                `creator.fb_id` and `creator.name`; the other fields come from its examples.
            assigning_care_id (UUID | Unset): Customer-care staff id ("Mã nhân viên chăm sóc").
            time_assign_care (str | Unset): Time the customer-care staff was assigned ("Thời điểm phân công NV chăm sóc").
            marketer (OrderStaff | Unset): A staff member (user) as embedded in an order: `creator`, `last_editor`,
                `assigning_seller`, `assigning_care`, `marketer`, `status_history[].editor`. The source documents only
                `creator.fb_id` and `creator.name`; the other fields come from its examples.
            pke_mkter (UUID | Unset): Marketer id ("Mã nhân viên marketer").
            time_assign_marketer (str | Unset): Time the marketer was assigned ("Thời điểm phân công marketer").
            shopify_abandon_checkout_id (int | Unset): Id of the abandoned Shopify checkout ("Id của thanh toán chưa hoàn
                tất từ Shopify").
            link_confirm_order (str | Unset): Order confirmation link ("Link xác nhận đơn hàng").
    """

    id: int | str
    display_id: int | Unset = UNSET
    custom_id: None | str | Unset = UNSET
    shop_id: int | Unset = UNSET
    status: int | OrderStatus | Unset = UNSET
    status_name: str | Unset = UNSET
    sub_status_history: list[Any] | Unset = UNSET
    status_history: list[OrderStatusHistoryItem] | Unset = UNSET
    last_update_status_at: str | Unset = UNSET
    inserted_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    page_id: str | Unset = UNSET
    account: int | None | str | Unset = UNSET
    account_name: str | Unset = UNSET
    order_sources: str | Unset = UNSET
    is_from_ecommerce: bool | None | Unset = UNSET
    bill_full_name: str | Unset = UNSET
    bill_phone_number: str | Unset = UNSET
    bill_email: str | Unset = UNSET
    customer: OrderCustomer | Unset = UNSET
    shop_customer_id: UUID | Unset = UNSET
    shop_customer_address_id: UUID | Unset = UNSET
    duplicated_phone: bool | Unset = UNSET
    duplicated_customer: bool | Unset = UNSET
    customer_referral_code: None | OrderCustomerReferralCodeType1 | str | Unset = UNSET
    customer_needs: list[Any] | Unset = UNSET
    shipping_address: OrderShippingAddress | Unset = UNSET
    warehouse_id: UUID | Unset = UNSET
    warehouse_info: OrderWarehouseInfo | Unset = UNSET
    partner: OrderPartner | Unset = UNSET
    shop_partner_id: int | Unset = UNSET
    is_linked_partner: bool | Unset = UNSET
    time_send_partner: str | Unset = UNSET
    estimate_delivery_date: str | Unset = UNSET
    items: list[OrderItem] | Unset = UNSET
    total_quantity: int | Unset = UNSET
    activated_combo_products: list[OrderActivatedCombo] | OrderActivatedCombo | Unset = UNSET
    tags: list[int | OrderTagsItemType1 | str] | Unset = UNSET
    note: None | str | Unset = UNSET
    note_print: None | str | Unset = UNSET
    note_image: list[str] | None | Unset = UNSET
    returned_reason: int | None | str | Unset = UNSET
    order_returned_ids: list[str] | None | str | Unset = UNSET
    order_currency: str | Unset = UNSET
    total_price: int | Unset = UNSET
    total_price_after_sub_discount: int | Unset = UNSET
    total_discount: int | Unset = UNSET
    discount: int | Unset = UNSET
    discount_by_customer_level: int | None | Unset = UNSET
    shipping_fee: int | Unset = UNSET
    is_free_shipping: bool | Unset = UNSET
    customer_pay_fee: bool | Unset = UNSET
    partner_fee: int | Unset = UNSET
    fee_marketplace: int | Unset = UNSET
    advanced_platform_fee: OrderAdvancedPlatformFee | Unset = UNSET
    surcharge: int | Unset = UNSET
    cost_surcharge: int | Unset = UNSET
    tax: int | Unset = UNSET
    cod: int | Unset = UNSET
    money_to_collect: int | Unset = UNSET
    cash: int | Unset = UNSET
    transfer_money: int | Unset = UNSET
    charged_by_card: int | Unset = UNSET
    charged_by_momo: int | Unset = UNSET
    charged_by_qrpay: int | Unset = UNSET
    charged_by_vnpay: int | Unset = UNSET
    charged_by_fundiin: int | Unset = UNSET
    charged_by_kredivo: int | Unset = UNSET
    bank_transfer_images: list[str] | None | Unset = UNSET
    einvoices: list[Any] | Unset = UNSET
    received_at_shop: bool | Unset = UNSET
    printing_count: int | Unset = UNSET
    is_locked: bool | Unset = UNSET
    lock_order_by_user: None | str | Unset = UNSET
    viewing: list[Any] | Unset = UNSET
    call_laters: list[CallLater] | Unset = UNSET
    histories: list[OrderHistoriesItem] | Unset = UNSET
    creator: OrderStaff | Unset = UNSET
    creator_id: UUID | Unset = UNSET
    last_editor: OrderStaff | Unset = UNSET
    last_editor_id: UUID | Unset = UNSET
    assigning_seller: OrderStaff | Unset = UNSET
    assigning_seller_id: UUID | Unset = UNSET
    time_assign_seller: str | Unset = UNSET
    assigning_care: OrderStaff | Unset = UNSET
    assigning_care_id: UUID | Unset = UNSET
    time_assign_care: str | Unset = UNSET
    marketer: OrderStaff | Unset = UNSET
    pke_mkter: UUID | Unset = UNSET
    time_assign_marketer: str | Unset = UNSET
    shopify_abandon_checkout_id: int | Unset = UNSET
    link_confirm_order: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id: int | str
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        display_id = self.display_id

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        shop_id = self.shop_id

        status: int | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        status_name = self.status_name

        sub_status_history: list[Any] | Unset = UNSET
        if not isinstance(self.sub_status_history, Unset):
            sub_status_history = self.sub_status_history

        status_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status_history, Unset):
            status_history = []
            for status_history_item_data in self.status_history:
                status_history_item = status_history_item_data.to_dict()
                status_history.append(status_history_item)

        last_update_status_at = self.last_update_status_at

        inserted_at = self.inserted_at

        updated_at = self.updated_at

        page_id = self.page_id

        account: int | None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        account_name = self.account_name

        order_sources = self.order_sources

        is_from_ecommerce: bool | None | Unset
        if isinstance(self.is_from_ecommerce, Unset):
            is_from_ecommerce = UNSET
        else:
            is_from_ecommerce = self.is_from_ecommerce

        bill_full_name = self.bill_full_name

        bill_phone_number = self.bill_phone_number

        bill_email = self.bill_email

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        shop_customer_id: str | Unset = UNSET
        if not isinstance(self.shop_customer_id, Unset):
            shop_customer_id = str(self.shop_customer_id)

        shop_customer_address_id: str | Unset = UNSET
        if not isinstance(self.shop_customer_address_id, Unset):
            shop_customer_address_id = str(self.shop_customer_address_id)

        duplicated_phone = self.duplicated_phone

        duplicated_customer = self.duplicated_customer

        customer_referral_code: dict[str, Any] | None | str | Unset
        if isinstance(self.customer_referral_code, Unset):
            customer_referral_code = UNSET
        elif isinstance(self.customer_referral_code, OrderCustomerReferralCodeType1):
            customer_referral_code = self.customer_referral_code.to_dict()
        else:
            customer_referral_code = self.customer_referral_code

        customer_needs: list[Any] | Unset = UNSET
        if not isinstance(self.customer_needs, Unset):
            customer_needs = self.customer_needs

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        warehouse_id: str | Unset = UNSET
        if not isinstance(self.warehouse_id, Unset):
            warehouse_id = str(self.warehouse_id)

        warehouse_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse_info, Unset):
            warehouse_info = self.warehouse_info.to_dict()

        partner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner, Unset):
            partner = self.partner.to_dict()

        shop_partner_id = self.shop_partner_id

        is_linked_partner = self.is_linked_partner

        time_send_partner = self.time_send_partner

        estimate_delivery_date = self.estimate_delivery_date

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        total_quantity = self.total_quantity

        activated_combo_products: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.activated_combo_products, Unset):
            activated_combo_products = UNSET
        elif isinstance(self.activated_combo_products, OrderActivatedCombo):
            activated_combo_products = self.activated_combo_products.to_dict()
        else:
            activated_combo_products = []
            for activated_combo_products_type_1_item_data in self.activated_combo_products:
                activated_combo_products_type_1_item = activated_combo_products_type_1_item_data.to_dict()
                activated_combo_products.append(activated_combo_products_type_1_item)

        tags: list[dict[str, Any] | int | str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item: dict[str, Any] | int | str
                if isinstance(tags_item_data, OrderTagsItemType1):
                    tags_item = tags_item_data.to_dict()
                else:
                    tags_item = tags_item_data
                tags.append(tags_item)

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

        note_image: list[str] | None | Unset
        if isinstance(self.note_image, Unset):
            note_image = UNSET
        elif isinstance(self.note_image, list):
            note_image = self.note_image

        else:
            note_image = self.note_image

        returned_reason: int | None | str | Unset
        if isinstance(self.returned_reason, Unset):
            returned_reason = UNSET
        else:
            returned_reason = self.returned_reason

        order_returned_ids: list[str] | None | str | Unset
        if isinstance(self.order_returned_ids, Unset):
            order_returned_ids = UNSET
        elif isinstance(self.order_returned_ids, list):
            order_returned_ids = self.order_returned_ids

        else:
            order_returned_ids = self.order_returned_ids

        order_currency = self.order_currency

        total_price = self.total_price

        total_price_after_sub_discount = self.total_price_after_sub_discount

        total_discount = self.total_discount

        discount = self.discount

        discount_by_customer_level: int | None | Unset
        if isinstance(self.discount_by_customer_level, Unset):
            discount_by_customer_level = UNSET
        else:
            discount_by_customer_level = self.discount_by_customer_level

        shipping_fee = self.shipping_fee

        is_free_shipping = self.is_free_shipping

        customer_pay_fee = self.customer_pay_fee

        partner_fee = self.partner_fee

        fee_marketplace = self.fee_marketplace

        advanced_platform_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_platform_fee, Unset):
            advanced_platform_fee = self.advanced_platform_fee.to_dict()

        surcharge = self.surcharge

        cost_surcharge = self.cost_surcharge

        tax = self.tax

        cod = self.cod

        money_to_collect = self.money_to_collect

        cash = self.cash

        transfer_money = self.transfer_money

        charged_by_card = self.charged_by_card

        charged_by_momo = self.charged_by_momo

        charged_by_qrpay = self.charged_by_qrpay

        charged_by_vnpay = self.charged_by_vnpay

        charged_by_fundiin = self.charged_by_fundiin

        charged_by_kredivo = self.charged_by_kredivo

        bank_transfer_images: list[str] | None | Unset
        if isinstance(self.bank_transfer_images, Unset):
            bank_transfer_images = UNSET
        elif isinstance(self.bank_transfer_images, list):
            bank_transfer_images = self.bank_transfer_images

        else:
            bank_transfer_images = self.bank_transfer_images

        einvoices: list[Any] | Unset = UNSET
        if not isinstance(self.einvoices, Unset):
            einvoices = self.einvoices

        received_at_shop = self.received_at_shop

        printing_count = self.printing_count

        is_locked = self.is_locked

        lock_order_by_user: None | str | Unset
        if isinstance(self.lock_order_by_user, Unset):
            lock_order_by_user = UNSET
        else:
            lock_order_by_user = self.lock_order_by_user

        viewing: list[Any] | Unset = UNSET
        if not isinstance(self.viewing, Unset):
            viewing = self.viewing

        call_laters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_laters, Unset):
            call_laters = []
            for call_laters_item_data in self.call_laters:
                call_laters_item = call_laters_item_data.to_dict()
                call_laters.append(call_laters_item)

        histories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.histories, Unset):
            histories = []
            for histories_item_data in self.histories:
                histories_item = histories_item_data.to_dict()
                histories.append(histories_item)

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        creator_id: str | Unset = UNSET
        if not isinstance(self.creator_id, Unset):
            creator_id = str(self.creator_id)

        last_editor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_editor, Unset):
            last_editor = self.last_editor.to_dict()

        last_editor_id: str | Unset = UNSET
        if not isinstance(self.last_editor_id, Unset):
            last_editor_id = str(self.last_editor_id)

        assigning_seller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assigning_seller, Unset):
            assigning_seller = self.assigning_seller.to_dict()

        assigning_seller_id: str | Unset = UNSET
        if not isinstance(self.assigning_seller_id, Unset):
            assigning_seller_id = str(self.assigning_seller_id)

        time_assign_seller = self.time_assign_seller

        assigning_care: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assigning_care, Unset):
            assigning_care = self.assigning_care.to_dict()

        assigning_care_id: str | Unset = UNSET
        if not isinstance(self.assigning_care_id, Unset):
            assigning_care_id = str(self.assigning_care_id)

        time_assign_care = self.time_assign_care

        marketer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.marketer, Unset):
            marketer = self.marketer.to_dict()

        pke_mkter: str | Unset = UNSET
        if not isinstance(self.pke_mkter, Unset):
            pke_mkter = str(self.pke_mkter)

        time_assign_marketer = self.time_assign_marketer

        shopify_abandon_checkout_id = self.shopify_abandon_checkout_id

        link_confirm_order = self.link_confirm_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_name is not UNSET:
            field_dict["status_name"] = status_name
        if sub_status_history is not UNSET:
            field_dict["sub_status_history"] = sub_status_history
        if status_history is not UNSET:
            field_dict["status_history"] = status_history
        if last_update_status_at is not UNSET:
            field_dict["last_update_status_at"] = last_update_status_at
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if page_id is not UNSET:
            field_dict["page_id"] = page_id
        if account is not UNSET:
            field_dict["account"] = account
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if order_sources is not UNSET:
            field_dict["order_sources"] = order_sources
        if is_from_ecommerce is not UNSET:
            field_dict["is_from_ecommerce"] = is_from_ecommerce
        if bill_full_name is not UNSET:
            field_dict["bill_full_name"] = bill_full_name
        if bill_phone_number is not UNSET:
            field_dict["bill_phone_number"] = bill_phone_number
        if bill_email is not UNSET:
            field_dict["bill_email"] = bill_email
        if customer is not UNSET:
            field_dict["customer"] = customer
        if shop_customer_id is not UNSET:
            field_dict["shop_customer_id"] = shop_customer_id
        if shop_customer_address_id is not UNSET:
            field_dict["shop_customer_address_id"] = shop_customer_address_id
        if duplicated_phone is not UNSET:
            field_dict["duplicated_phone"] = duplicated_phone
        if duplicated_customer is not UNSET:
            field_dict["duplicated_customer"] = duplicated_customer
        if customer_referral_code is not UNSET:
            field_dict["customer_referral_code"] = customer_referral_code
        if customer_needs is not UNSET:
            field_dict["customer_needs"] = customer_needs
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if warehouse_info is not UNSET:
            field_dict["warehouse_info"] = warehouse_info
        if partner is not UNSET:
            field_dict["partner"] = partner
        if shop_partner_id is not UNSET:
            field_dict["shop_partner_id"] = shop_partner_id
        if is_linked_partner is not UNSET:
            field_dict["is_linked_partner"] = is_linked_partner
        if time_send_partner is not UNSET:
            field_dict["time_send_partner"] = time_send_partner
        if estimate_delivery_date is not UNSET:
            field_dict["estimate_delivery_date"] = estimate_delivery_date
        if items is not UNSET:
            field_dict["items"] = items
        if total_quantity is not UNSET:
            field_dict["total_quantity"] = total_quantity
        if activated_combo_products is not UNSET:
            field_dict["activated_combo_products"] = activated_combo_products
        if tags is not UNSET:
            field_dict["tags"] = tags
        if note is not UNSET:
            field_dict["note"] = note
        if note_print is not UNSET:
            field_dict["note_print"] = note_print
        if note_image is not UNSET:
            field_dict["note_image"] = note_image
        if returned_reason is not UNSET:
            field_dict["returned_reason"] = returned_reason
        if order_returned_ids is not UNSET:
            field_dict["order_returned_ids"] = order_returned_ids
        if order_currency is not UNSET:
            field_dict["order_currency"] = order_currency
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if total_price_after_sub_discount is not UNSET:
            field_dict["total_price_after_sub_discount"] = total_price_after_sub_discount
        if total_discount is not UNSET:
            field_dict["total_discount"] = total_discount
        if discount is not UNSET:
            field_dict["discount"] = discount
        if discount_by_customer_level is not UNSET:
            field_dict["discount_by_customer_level"] = discount_by_customer_level
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
        if advanced_platform_fee is not UNSET:
            field_dict["advanced_platform_fee"] = advanced_platform_fee
        if surcharge is not UNSET:
            field_dict["surcharge"] = surcharge
        if cost_surcharge is not UNSET:
            field_dict["cost_surcharge"] = cost_surcharge
        if tax is not UNSET:
            field_dict["tax"] = tax
        if cod is not UNSET:
            field_dict["cod"] = cod
        if money_to_collect is not UNSET:
            field_dict["money_to_collect"] = money_to_collect
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
        if charged_by_vnpay is not UNSET:
            field_dict["charged_by_vnpay"] = charged_by_vnpay
        if charged_by_fundiin is not UNSET:
            field_dict["charged_by_fundiin"] = charged_by_fundiin
        if charged_by_kredivo is not UNSET:
            field_dict["charged_by_kredivo"] = charged_by_kredivo
        if bank_transfer_images is not UNSET:
            field_dict["bank_transfer_images"] = bank_transfer_images
        if einvoices is not UNSET:
            field_dict["einvoices"] = einvoices
        if received_at_shop is not UNSET:
            field_dict["received_at_shop"] = received_at_shop
        if printing_count is not UNSET:
            field_dict["printing_count"] = printing_count
        if is_locked is not UNSET:
            field_dict["is_locked"] = is_locked
        if lock_order_by_user is not UNSET:
            field_dict["lock_order_by_user"] = lock_order_by_user
        if viewing is not UNSET:
            field_dict["viewing"] = viewing
        if call_laters is not UNSET:
            field_dict["call_laters"] = call_laters
        if histories is not UNSET:
            field_dict["histories"] = histories
        if creator is not UNSET:
            field_dict["creator"] = creator
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if last_editor is not UNSET:
            field_dict["last_editor"] = last_editor
        if last_editor_id is not UNSET:
            field_dict["last_editor_id"] = last_editor_id
        if assigning_seller is not UNSET:
            field_dict["assigning_seller"] = assigning_seller
        if assigning_seller_id is not UNSET:
            field_dict["assigning_seller_id"] = assigning_seller_id
        if time_assign_seller is not UNSET:
            field_dict["time_assign_seller"] = time_assign_seller
        if assigning_care is not UNSET:
            field_dict["assigning_care"] = assigning_care
        if assigning_care_id is not UNSET:
            field_dict["assigning_care_id"] = assigning_care_id
        if time_assign_care is not UNSET:
            field_dict["time_assign_care"] = time_assign_care
        if marketer is not UNSET:
            field_dict["marketer"] = marketer
        if pke_mkter is not UNSET:
            field_dict["pke_mkter"] = pke_mkter
        if time_assign_marketer is not UNSET:
            field_dict["time_assign_marketer"] = time_assign_marketer
        if shopify_abandon_checkout_id is not UNSET:
            field_dict["shopify_abandon_checkout_id"] = shopify_abandon_checkout_id
        if link_confirm_order is not UNSET:
            field_dict["link_confirm_order"] = link_confirm_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id: int | str = d.pop("id")
            if not isinstance(id, (int, str)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(id).__name__}")

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Order", exc)

        try:
            display_id = d.pop("display_id", UNSET)
            if not isinstance(display_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(display_id).__name__}")
        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "Order", exc)

        try:
            custom_id: None | str | Unset = d.pop("custom_id", UNSET)
            if not isinstance(custom_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(custom_id).__name__}")

        except Exception as exc:
            custom_id = types.undecoded(src_dict, "custom_id", "Order", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "Order", exc)

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
            status = types.undecoded(src_dict, "status", "Order", exc)

        try:
            status_name = d.pop("status_name", UNSET)
            if not isinstance(status_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(status_name).__name__}")
        except Exception as exc:
            status_name = types.undecoded(src_dict, "status_name", "Order", exc)

        try:
            sub_status_history: list[Any] = d.pop("sub_status_history", UNSET)

        except Exception as exc:
            sub_status_history = types.undecoded(src_dict, "sub_status_history", "Order", exc)

        try:
            _status_history = d.pop("status_history", UNSET)
            status_history: list[OrderStatusHistoryItem] | Unset = UNSET
            if _status_history is not UNSET:
                if not isinstance(_status_history, list):
                    raise TypeError(f"expected an array, got {type(_status_history).__name__}")
                status_history = []
                for status_history_item_data in _status_history:
                    try:
                        status_history_item = OrderStatusHistoryItem.from_dict(status_history_item_data)

                    except Exception as item_exc:
                        status_history_item = types.undecoded_item(status_history_item_data, "status_history", item_exc)
                    status_history.append(status_history_item)

        except Exception as exc:
            status_history = types.undecoded(src_dict, "status_history", "Order", exc)

        try:
            last_update_status_at = d.pop("last_update_status_at", UNSET)
            if not isinstance(last_update_status_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(last_update_status_at).__name__}")
        except Exception as exc:
            last_update_status_at = types.undecoded(src_dict, "last_update_status_at", "Order", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "Order", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "Order", exc)

        try:
            page_id = d.pop("page_id", UNSET)
            if not isinstance(page_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(page_id).__name__}")
        except Exception as exc:
            page_id = types.undecoded(src_dict, "page_id", "Order", exc)

        try:
            account: int | None | str | Unset = d.pop("account", UNSET)
            if not isinstance(account, (int, str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(account).__name__}")

        except Exception as exc:
            account = types.undecoded(src_dict, "account", "Order", exc)

        try:
            account_name = d.pop("account_name", UNSET)
            if not isinstance(account_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(account_name).__name__}")
        except Exception as exc:
            account_name = types.undecoded(src_dict, "account_name", "Order", exc)

        try:
            order_sources = d.pop("order_sources", UNSET)
            if not isinstance(order_sources, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_sources).__name__}")
        except Exception as exc:
            order_sources = types.undecoded(src_dict, "order_sources", "Order", exc)

        try:
            is_from_ecommerce: bool | None | Unset = d.pop("is_from_ecommerce", UNSET)
            if not isinstance(is_from_ecommerce, (bool, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(is_from_ecommerce).__name__}")

        except Exception as exc:
            is_from_ecommerce = types.undecoded(src_dict, "is_from_ecommerce", "Order", exc)

        try:
            bill_full_name = d.pop("bill_full_name", UNSET)
            if not isinstance(bill_full_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(bill_full_name).__name__}")
        except Exception as exc:
            bill_full_name = types.undecoded(src_dict, "bill_full_name", "Order", exc)

        try:
            bill_phone_number = d.pop("bill_phone_number", UNSET)
            if not isinstance(bill_phone_number, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(bill_phone_number).__name__}")
        except Exception as exc:
            bill_phone_number = types.undecoded(src_dict, "bill_phone_number", "Order", exc)

        try:
            bill_email = d.pop("bill_email", UNSET)
            if not isinstance(bill_email, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(bill_email).__name__}")
        except Exception as exc:
            bill_email = types.undecoded(src_dict, "bill_email", "Order", exc)

        try:
            _customer = d.pop("customer", UNSET)
            customer: OrderCustomer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = OrderCustomer.from_dict(_customer)

        except Exception as exc:
            customer = types.undecoded(src_dict, "customer", "Order", exc)

        try:
            _shop_customer_id = d.pop("shop_customer_id", UNSET)
            shop_customer_id: UUID | Unset
            if isinstance(_shop_customer_id, Unset):
                shop_customer_id = UNSET
            else:
                shop_customer_id = types.parse_uuid(_shop_customer_id)

        except Exception as exc:
            shop_customer_id = types.undecoded(src_dict, "shop_customer_id", "Order", exc)

        try:
            _shop_customer_address_id = d.pop("shop_customer_address_id", UNSET)
            shop_customer_address_id: UUID | Unset
            if isinstance(_shop_customer_address_id, Unset):
                shop_customer_address_id = UNSET
            else:
                shop_customer_address_id = types.parse_uuid(_shop_customer_address_id)

        except Exception as exc:
            shop_customer_address_id = types.undecoded(src_dict, "shop_customer_address_id", "Order", exc)

        try:
            duplicated_phone = d.pop("duplicated_phone", UNSET)
            if not isinstance(duplicated_phone, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(duplicated_phone).__name__}")
        except Exception as exc:
            duplicated_phone = types.undecoded(src_dict, "duplicated_phone", "Order", exc)

        try:
            duplicated_customer = d.pop("duplicated_customer", UNSET)
            if not isinstance(duplicated_customer, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(duplicated_customer).__name__}")
        except Exception as exc:
            duplicated_customer = types.undecoded(src_dict, "duplicated_customer", "Order", exc)

        try:

            def _parse_customer_referral_code(data: object) -> None | OrderCustomerReferralCodeType1 | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    customer_referral_code_type_1 = OrderCustomerReferralCodeType1.from_dict(data)

                    return customer_referral_code_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, (str, type(None))):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(None | OrderCustomerReferralCodeType1 | str | Unset, data)

            customer_referral_code = _parse_customer_referral_code(d.pop("customer_referral_code", UNSET))

        except Exception as exc:
            customer_referral_code = types.undecoded(src_dict, "customer_referral_code", "Order", exc)

        try:
            customer_needs: list[Any] = d.pop("customer_needs", UNSET)

        except Exception as exc:
            customer_needs = types.undecoded(src_dict, "customer_needs", "Order", exc)

        try:
            _shipping_address = d.pop("shipping_address", UNSET)
            shipping_address: OrderShippingAddress | Unset
            if isinstance(_shipping_address, Unset):
                shipping_address = UNSET
            else:
                shipping_address = OrderShippingAddress.from_dict(_shipping_address)

        except Exception as exc:
            shipping_address = types.undecoded(src_dict, "shipping_address", "Order", exc)

        try:
            _warehouse_id = d.pop("warehouse_id", UNSET)
            warehouse_id: UUID | Unset
            if isinstance(_warehouse_id, Unset):
                warehouse_id = UNSET
            else:
                warehouse_id = types.parse_uuid(_warehouse_id)

        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "Order", exc)

        try:
            _warehouse_info = d.pop("warehouse_info", UNSET)
            warehouse_info: OrderWarehouseInfo | Unset
            if isinstance(_warehouse_info, Unset):
                warehouse_info = UNSET
            else:
                warehouse_info = OrderWarehouseInfo.from_dict(_warehouse_info)

        except Exception as exc:
            warehouse_info = types.undecoded(src_dict, "warehouse_info", "Order", exc)

        try:
            _partner = d.pop("partner", UNSET)
            partner: OrderPartner | Unset
            if isinstance(_partner, Unset):
                partner = UNSET
            else:
                partner = OrderPartner.from_dict(_partner)

        except Exception as exc:
            partner = types.undecoded(src_dict, "partner", "Order", exc)

        try:
            shop_partner_id = d.pop("shop_partner_id", UNSET)
            if not isinstance(shop_partner_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_partner_id).__name__}")
        except Exception as exc:
            shop_partner_id = types.undecoded(src_dict, "shop_partner_id", "Order", exc)

        try:
            is_linked_partner = d.pop("is_linked_partner", UNSET)
            if not isinstance(is_linked_partner, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_linked_partner).__name__}")
        except Exception as exc:
            is_linked_partner = types.undecoded(src_dict, "is_linked_partner", "Order", exc)

        try:
            time_send_partner = d.pop("time_send_partner", UNSET)
            if not isinstance(time_send_partner, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(time_send_partner).__name__}")
        except Exception as exc:
            time_send_partner = types.undecoded(src_dict, "time_send_partner", "Order", exc)

        try:
            estimate_delivery_date = d.pop("estimate_delivery_date", UNSET)
            if not isinstance(estimate_delivery_date, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(estimate_delivery_date).__name__}")
        except Exception as exc:
            estimate_delivery_date = types.undecoded(src_dict, "estimate_delivery_date", "Order", exc)

        try:
            _items = d.pop("items", UNSET)
            items: list[OrderItem] | Unset = UNSET
            if _items is not UNSET:
                if not isinstance(_items, list):
                    raise TypeError(f"expected an array, got {type(_items).__name__}")
                items = []
                for items_item_data in _items:
                    try:
                        items_item = OrderItem.from_dict(items_item_data)

                    except Exception as item_exc:
                        items_item = types.undecoded_item(items_item_data, "items", item_exc)
                    items.append(items_item)

        except Exception as exc:
            items = types.undecoded(src_dict, "items", "Order", exc)

        try:
            total_quantity = d.pop("total_quantity", UNSET)
            if not isinstance(total_quantity, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_quantity).__name__}")
        except Exception as exc:
            total_quantity = types.undecoded(src_dict, "total_quantity", "Order", exc)

        try:

            def _parse_activated_combo_products_branches(
                data: object,
            ) -> list[OrderActivatedCombo] | OrderActivatedCombo | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    activated_combo_products_type_0 = OrderActivatedCombo.from_dict(data)

                    return activated_combo_products_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                activated_combo_products_type_1 = []
                _activated_combo_products_type_1 = data
                if not isinstance(_activated_combo_products_type_1, list):
                    raise TypeError(f"expected an array, got {type(_activated_combo_products_type_1).__name__}")
                for activated_combo_products_type_1_item_data in _activated_combo_products_type_1:
                    try:
                        activated_combo_products_type_1_item = OrderActivatedCombo.from_dict(
                            activated_combo_products_type_1_item_data
                        )

                    except Exception as item_exc:
                        activated_combo_products_type_1_item = types.undecoded_item(
                            activated_combo_products_type_1_item_data, "activated_combo_products_type_1", item_exc
                        )
                    activated_combo_products_type_1.append(activated_combo_products_type_1_item)

                return activated_combo_products_type_1

            def _parse_activated_combo_products(
                data: object,
            ) -> list[OrderActivatedCombo] | OrderActivatedCombo | Unset:
                try:
                    parsed = types.strictly(_parse_activated_combo_products_branches, data)
                except Exception:
                    # no branch decodes strictly: the first that builds with what came (in strict mode: raises)
                    return _parse_activated_combo_products_branches(data)
                return _parse_activated_combo_products_branches(data) if parsed is data else parsed

            activated_combo_products = _parse_activated_combo_products(d.pop("activated_combo_products", UNSET))

        except Exception as exc:
            activated_combo_products = types.undecoded(src_dict, "activated_combo_products", "Order", exc)

        try:
            _tags = d.pop("tags", UNSET)
            tags: list[int | OrderTagsItemType1 | str] | Unset = UNSET
            if _tags is not UNSET:
                if not isinstance(_tags, list):
                    raise TypeError(f"expected an array, got {type(_tags).__name__}")
                tags = []
                for tags_item_data in _tags:
                    try:

                        def _parse_tags_item(data: object) -> int | OrderTagsItemType1 | str:
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                tags_item_type_1 = OrderTagsItemType1.from_dict(data)

                                return tags_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if types.is_strict() and not isinstance(data, (int, str)):
                                raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                            return cast(int | OrderTagsItemType1 | str, data)

                        tags_item = _parse_tags_item(tags_item_data)

                    except Exception as item_exc:
                        tags_item = types.undecoded_item(tags_item_data, "tags", item_exc)
                    tags.append(tags_item)

        except Exception as exc:
            tags = types.undecoded(src_dict, "tags", "Order", exc)

        try:
            note: None | str | Unset = d.pop("note", UNSET)
            if not isinstance(note, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(note).__name__}")

        except Exception as exc:
            note = types.undecoded(src_dict, "note", "Order", exc)

        try:
            note_print: None | str | Unset = d.pop("note_print", UNSET)
            if not isinstance(note_print, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(note_print).__name__}")

        except Exception as exc:
            note_print = types.undecoded(src_dict, "note_print", "Order", exc)

        try:

            def _parse_note_image(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    note_image_type_0 = cast(list[str], data)

                    return note_image_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[str] | None | Unset, data)

            note_image = _parse_note_image(d.pop("note_image", UNSET))

        except Exception as exc:
            note_image = types.undecoded(src_dict, "note_image", "Order", exc)

        try:
            returned_reason: int | None | str | Unset = d.pop("returned_reason", UNSET)
            if not isinstance(returned_reason, (int, str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(returned_reason).__name__}")

        except Exception as exc:
            returned_reason = types.undecoded(src_dict, "returned_reason", "Order", exc)

        try:

            def _parse_order_returned_ids(data: object) -> list[str] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    order_returned_ids_type_0 = cast(list[str], data)

                    return order_returned_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, (str, type(None))):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[str] | None | str | Unset, data)

            order_returned_ids = _parse_order_returned_ids(d.pop("order_returned_ids", UNSET))

        except Exception as exc:
            order_returned_ids = types.undecoded(src_dict, "order_returned_ids", "Order", exc)

        try:
            order_currency = d.pop("order_currency", UNSET)
            if not isinstance(order_currency, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(order_currency).__name__}")
        except Exception as exc:
            order_currency = types.undecoded(src_dict, "order_currency", "Order", exc)

        try:
            total_price = d.pop("total_price", UNSET)
            if not isinstance(total_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_price).__name__}")
        except Exception as exc:
            total_price = types.undecoded(src_dict, "total_price", "Order", exc)

        try:
            total_price_after_sub_discount = d.pop("total_price_after_sub_discount", UNSET)
            if not isinstance(total_price_after_sub_discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_price_after_sub_discount).__name__}")
        except Exception as exc:
            total_price_after_sub_discount = types.undecoded(src_dict, "total_price_after_sub_discount", "Order", exc)

        try:
            total_discount = d.pop("total_discount", UNSET)
            if not isinstance(total_discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_discount).__name__}")
        except Exception as exc:
            total_discount = types.undecoded(src_dict, "total_discount", "Order", exc)

        try:
            discount = d.pop("discount", UNSET)
            if not isinstance(discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(src_dict, "discount", "Order", exc)

        try:
            discount_by_customer_level: int | None | Unset = d.pop("discount_by_customer_level", UNSET)
            if not isinstance(discount_by_customer_level, (int, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(discount_by_customer_level).__name__}")

        except Exception as exc:
            discount_by_customer_level = types.undecoded(src_dict, "discount_by_customer_level", "Order", exc)

        try:
            shipping_fee = d.pop("shipping_fee", UNSET)
            if not isinstance(shipping_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shipping_fee).__name__}")
        except Exception as exc:
            shipping_fee = types.undecoded(src_dict, "shipping_fee", "Order", exc)

        try:
            is_free_shipping = d.pop("is_free_shipping", UNSET)
            if not isinstance(is_free_shipping, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_free_shipping).__name__}")
        except Exception as exc:
            is_free_shipping = types.undecoded(src_dict, "is_free_shipping", "Order", exc)

        try:
            customer_pay_fee = d.pop("customer_pay_fee", UNSET)
            if not isinstance(customer_pay_fee, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(customer_pay_fee).__name__}")
        except Exception as exc:
            customer_pay_fee = types.undecoded(src_dict, "customer_pay_fee", "Order", exc)

        try:
            partner_fee = d.pop("partner_fee", UNSET)
            if not isinstance(partner_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(partner_fee).__name__}")
        except Exception as exc:
            partner_fee = types.undecoded(src_dict, "partner_fee", "Order", exc)

        try:
            fee_marketplace = d.pop("fee_marketplace", UNSET)
            if not isinstance(fee_marketplace, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(fee_marketplace).__name__}")
        except Exception as exc:
            fee_marketplace = types.undecoded(src_dict, "fee_marketplace", "Order", exc)

        try:
            _advanced_platform_fee = d.pop("advanced_platform_fee", UNSET)
            advanced_platform_fee: OrderAdvancedPlatformFee | Unset
            if isinstance(_advanced_platform_fee, Unset):
                advanced_platform_fee = UNSET
            else:
                advanced_platform_fee = OrderAdvancedPlatformFee.from_dict(_advanced_platform_fee)

        except Exception as exc:
            advanced_platform_fee = types.undecoded(src_dict, "advanced_platform_fee", "Order", exc)

        try:
            surcharge = d.pop("surcharge", UNSET)
            if not isinstance(surcharge, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(surcharge).__name__}")
        except Exception as exc:
            surcharge = types.undecoded(src_dict, "surcharge", "Order", exc)

        try:
            cost_surcharge = d.pop("cost_surcharge", UNSET)
            if not isinstance(cost_surcharge, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cost_surcharge).__name__}")
        except Exception as exc:
            cost_surcharge = types.undecoded(src_dict, "cost_surcharge", "Order", exc)

        try:
            tax = d.pop("tax", UNSET)
            if not isinstance(tax, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(tax).__name__}")
        except Exception as exc:
            tax = types.undecoded(src_dict, "tax", "Order", exc)

        try:
            cod = d.pop("cod", UNSET)
            if not isinstance(cod, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cod).__name__}")
        except Exception as exc:
            cod = types.undecoded(src_dict, "cod", "Order", exc)

        try:
            money_to_collect = d.pop("money_to_collect", UNSET)
            if not isinstance(money_to_collect, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(money_to_collect).__name__}")
        except Exception as exc:
            money_to_collect = types.undecoded(src_dict, "money_to_collect", "Order", exc)

        try:
            cash = d.pop("cash", UNSET)
            if not isinstance(cash, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cash).__name__}")
        except Exception as exc:
            cash = types.undecoded(src_dict, "cash", "Order", exc)

        try:
            transfer_money = d.pop("transfer_money", UNSET)
            if not isinstance(transfer_money, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(transfer_money).__name__}")
        except Exception as exc:
            transfer_money = types.undecoded(src_dict, "transfer_money", "Order", exc)

        try:
            charged_by_card = d.pop("charged_by_card", UNSET)
            if not isinstance(charged_by_card, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(charged_by_card).__name__}")
        except Exception as exc:
            charged_by_card = types.undecoded(src_dict, "charged_by_card", "Order", exc)

        try:
            charged_by_momo = d.pop("charged_by_momo", UNSET)
            if not isinstance(charged_by_momo, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(charged_by_momo).__name__}")
        except Exception as exc:
            charged_by_momo = types.undecoded(src_dict, "charged_by_momo", "Order", exc)

        try:
            charged_by_qrpay = d.pop("charged_by_qrpay", UNSET)
            if not isinstance(charged_by_qrpay, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(charged_by_qrpay).__name__}")
        except Exception as exc:
            charged_by_qrpay = types.undecoded(src_dict, "charged_by_qrpay", "Order", exc)

        try:
            charged_by_vnpay = d.pop("charged_by_vnpay", UNSET)
            if not isinstance(charged_by_vnpay, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(charged_by_vnpay).__name__}")
        except Exception as exc:
            charged_by_vnpay = types.undecoded(src_dict, "charged_by_vnpay", "Order", exc)

        try:
            charged_by_fundiin = d.pop("charged_by_fundiin", UNSET)
            if not isinstance(charged_by_fundiin, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(charged_by_fundiin).__name__}")
        except Exception as exc:
            charged_by_fundiin = types.undecoded(src_dict, "charged_by_fundiin", "Order", exc)

        try:
            charged_by_kredivo = d.pop("charged_by_kredivo", UNSET)
            if not isinstance(charged_by_kredivo, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(charged_by_kredivo).__name__}")
        except Exception as exc:
            charged_by_kredivo = types.undecoded(src_dict, "charged_by_kredivo", "Order", exc)

        try:

            def _parse_bank_transfer_images(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    bank_transfer_images_type_0 = cast(list[str], data)

                    return bank_transfer_images_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[str] | None | Unset, data)

            bank_transfer_images = _parse_bank_transfer_images(d.pop("bank_transfer_images", UNSET))

        except Exception as exc:
            bank_transfer_images = types.undecoded(src_dict, "bank_transfer_images", "Order", exc)

        try:
            einvoices: list[Any] = d.pop("einvoices", UNSET)

        except Exception as exc:
            einvoices = types.undecoded(src_dict, "einvoices", "Order", exc)

        try:
            received_at_shop = d.pop("received_at_shop", UNSET)
            if not isinstance(received_at_shop, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(received_at_shop).__name__}")
        except Exception as exc:
            received_at_shop = types.undecoded(src_dict, "received_at_shop", "Order", exc)

        try:
            printing_count = d.pop("printing_count", UNSET)
            if not isinstance(printing_count, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(printing_count).__name__}")
        except Exception as exc:
            printing_count = types.undecoded(src_dict, "printing_count", "Order", exc)

        try:
            is_locked = d.pop("is_locked", UNSET)
            if not isinstance(is_locked, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_locked).__name__}")
        except Exception as exc:
            is_locked = types.undecoded(src_dict, "is_locked", "Order", exc)

        try:
            lock_order_by_user: None | str | Unset = d.pop("lock_order_by_user", UNSET)
            if not isinstance(lock_order_by_user, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(lock_order_by_user).__name__}")

        except Exception as exc:
            lock_order_by_user = types.undecoded(src_dict, "lock_order_by_user", "Order", exc)

        try:
            viewing: list[Any] = d.pop("viewing", UNSET)

        except Exception as exc:
            viewing = types.undecoded(src_dict, "viewing", "Order", exc)

        try:
            _call_laters = d.pop("call_laters", UNSET)
            call_laters: list[CallLater] | Unset = UNSET
            if _call_laters is not UNSET:
                if not isinstance(_call_laters, list):
                    raise TypeError(f"expected an array, got {type(_call_laters).__name__}")
                call_laters = []
                for call_laters_item_data in _call_laters:
                    try:
                        call_laters_item = CallLater.from_dict(call_laters_item_data)

                    except Exception as item_exc:
                        call_laters_item = types.undecoded_item(call_laters_item_data, "call_laters", item_exc)
                    call_laters.append(call_laters_item)

        except Exception as exc:
            call_laters = types.undecoded(src_dict, "call_laters", "Order", exc)

        try:
            _histories = d.pop("histories", UNSET)
            histories: list[OrderHistoriesItem] | Unset = UNSET
            if _histories is not UNSET:
                if not isinstance(_histories, list):
                    raise TypeError(f"expected an array, got {type(_histories).__name__}")
                histories = []
                for histories_item_data in _histories:
                    try:
                        histories_item = OrderHistoriesItem.from_dict(histories_item_data)

                    except Exception as item_exc:
                        histories_item = types.undecoded_item(histories_item_data, "histories", item_exc)
                    histories.append(histories_item)

        except Exception as exc:
            histories = types.undecoded(src_dict, "histories", "Order", exc)

        try:
            _creator = d.pop("creator", UNSET)
            creator: OrderStaff | Unset
            if isinstance(_creator, Unset):
                creator = UNSET
            else:
                creator = OrderStaff.from_dict(_creator)

        except Exception as exc:
            creator = types.undecoded(src_dict, "creator", "Order", exc)

        try:
            _creator_id = d.pop("creator_id", UNSET)
            creator_id: UUID | Unset
            if isinstance(_creator_id, Unset):
                creator_id = UNSET
            else:
                creator_id = types.parse_uuid(_creator_id)

        except Exception as exc:
            creator_id = types.undecoded(src_dict, "creator_id", "Order", exc)

        try:
            _last_editor = d.pop("last_editor", UNSET)
            last_editor: OrderStaff | Unset
            if isinstance(_last_editor, Unset):
                last_editor = UNSET
            else:
                last_editor = OrderStaff.from_dict(_last_editor)

        except Exception as exc:
            last_editor = types.undecoded(src_dict, "last_editor", "Order", exc)

        try:
            _last_editor_id = d.pop("last_editor_id", UNSET)
            last_editor_id: UUID | Unset
            if isinstance(_last_editor_id, Unset):
                last_editor_id = UNSET
            else:
                last_editor_id = types.parse_uuid(_last_editor_id)

        except Exception as exc:
            last_editor_id = types.undecoded(src_dict, "last_editor_id", "Order", exc)

        try:
            _assigning_seller = d.pop("assigning_seller", UNSET)
            assigning_seller: OrderStaff | Unset
            if isinstance(_assigning_seller, Unset):
                assigning_seller = UNSET
            else:
                assigning_seller = OrderStaff.from_dict(_assigning_seller)

        except Exception as exc:
            assigning_seller = types.undecoded(src_dict, "assigning_seller", "Order", exc)

        try:
            _assigning_seller_id = d.pop("assigning_seller_id", UNSET)
            assigning_seller_id: UUID | Unset
            if isinstance(_assigning_seller_id, Unset):
                assigning_seller_id = UNSET
            else:
                assigning_seller_id = types.parse_uuid(_assigning_seller_id)

        except Exception as exc:
            assigning_seller_id = types.undecoded(src_dict, "assigning_seller_id", "Order", exc)

        try:
            time_assign_seller = d.pop("time_assign_seller", UNSET)
            if not isinstance(time_assign_seller, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(time_assign_seller).__name__}")
        except Exception as exc:
            time_assign_seller = types.undecoded(src_dict, "time_assign_seller", "Order", exc)

        try:
            _assigning_care = d.pop("assigning_care", UNSET)
            assigning_care: OrderStaff | Unset
            if isinstance(_assigning_care, Unset):
                assigning_care = UNSET
            else:
                assigning_care = OrderStaff.from_dict(_assigning_care)

        except Exception as exc:
            assigning_care = types.undecoded(src_dict, "assigning_care", "Order", exc)

        try:
            _assigning_care_id = d.pop("assigning_care_id", UNSET)
            assigning_care_id: UUID | Unset
            if isinstance(_assigning_care_id, Unset):
                assigning_care_id = UNSET
            else:
                assigning_care_id = types.parse_uuid(_assigning_care_id)

        except Exception as exc:
            assigning_care_id = types.undecoded(src_dict, "assigning_care_id", "Order", exc)

        try:
            time_assign_care = d.pop("time_assign_care", UNSET)
            if not isinstance(time_assign_care, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(time_assign_care).__name__}")
        except Exception as exc:
            time_assign_care = types.undecoded(src_dict, "time_assign_care", "Order", exc)

        try:
            _marketer = d.pop("marketer", UNSET)
            marketer: OrderStaff | Unset
            if isinstance(_marketer, Unset):
                marketer = UNSET
            else:
                marketer = OrderStaff.from_dict(_marketer)

        except Exception as exc:
            marketer = types.undecoded(src_dict, "marketer", "Order", exc)

        try:
            _pke_mkter = d.pop("pke_mkter", UNSET)
            pke_mkter: UUID | Unset
            if isinstance(_pke_mkter, Unset):
                pke_mkter = UNSET
            else:
                pke_mkter = types.parse_uuid(_pke_mkter)

        except Exception as exc:
            pke_mkter = types.undecoded(src_dict, "pke_mkter", "Order", exc)

        try:
            time_assign_marketer = d.pop("time_assign_marketer", UNSET)
            if not isinstance(time_assign_marketer, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(time_assign_marketer).__name__}")
        except Exception as exc:
            time_assign_marketer = types.undecoded(src_dict, "time_assign_marketer", "Order", exc)

        try:
            shopify_abandon_checkout_id = d.pop("shopify_abandon_checkout_id", UNSET)
            if not isinstance(shopify_abandon_checkout_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shopify_abandon_checkout_id).__name__}")
        except Exception as exc:
            shopify_abandon_checkout_id = types.undecoded(src_dict, "shopify_abandon_checkout_id", "Order", exc)

        try:
            link_confirm_order = d.pop("link_confirm_order", UNSET)
            if not isinstance(link_confirm_order, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(link_confirm_order).__name__}")
        except Exception as exc:
            link_confirm_order = types.undecoded(src_dict, "link_confirm_order", "Order", exc)

        order = cls(
            id=id,
            display_id=display_id,
            custom_id=custom_id,
            shop_id=shop_id,
            status=status,
            status_name=status_name,
            sub_status_history=sub_status_history,
            status_history=status_history,
            last_update_status_at=last_update_status_at,
            inserted_at=inserted_at,
            updated_at=updated_at,
            page_id=page_id,
            account=account,
            account_name=account_name,
            order_sources=order_sources,
            is_from_ecommerce=is_from_ecommerce,
            bill_full_name=bill_full_name,
            bill_phone_number=bill_phone_number,
            bill_email=bill_email,
            customer=customer,
            shop_customer_id=shop_customer_id,
            shop_customer_address_id=shop_customer_address_id,
            duplicated_phone=duplicated_phone,
            duplicated_customer=duplicated_customer,
            customer_referral_code=customer_referral_code,
            customer_needs=customer_needs,
            shipping_address=shipping_address,
            warehouse_id=warehouse_id,
            warehouse_info=warehouse_info,
            partner=partner,
            shop_partner_id=shop_partner_id,
            is_linked_partner=is_linked_partner,
            time_send_partner=time_send_partner,
            estimate_delivery_date=estimate_delivery_date,
            items=items,
            total_quantity=total_quantity,
            activated_combo_products=activated_combo_products,
            tags=tags,
            note=note,
            note_print=note_print,
            note_image=note_image,
            returned_reason=returned_reason,
            order_returned_ids=order_returned_ids,
            order_currency=order_currency,
            total_price=total_price,
            total_price_after_sub_discount=total_price_after_sub_discount,
            total_discount=total_discount,
            discount=discount,
            discount_by_customer_level=discount_by_customer_level,
            shipping_fee=shipping_fee,
            is_free_shipping=is_free_shipping,
            customer_pay_fee=customer_pay_fee,
            partner_fee=partner_fee,
            fee_marketplace=fee_marketplace,
            advanced_platform_fee=advanced_platform_fee,
            surcharge=surcharge,
            cost_surcharge=cost_surcharge,
            tax=tax,
            cod=cod,
            money_to_collect=money_to_collect,
            cash=cash,
            transfer_money=transfer_money,
            charged_by_card=charged_by_card,
            charged_by_momo=charged_by_momo,
            charged_by_qrpay=charged_by_qrpay,
            charged_by_vnpay=charged_by_vnpay,
            charged_by_fundiin=charged_by_fundiin,
            charged_by_kredivo=charged_by_kredivo,
            bank_transfer_images=bank_transfer_images,
            einvoices=einvoices,
            received_at_shop=received_at_shop,
            printing_count=printing_count,
            is_locked=is_locked,
            lock_order_by_user=lock_order_by_user,
            viewing=viewing,
            call_laters=call_laters,
            histories=histories,
            creator=creator,
            creator_id=creator_id,
            last_editor=last_editor,
            last_editor_id=last_editor_id,
            assigning_seller=assigning_seller,
            assigning_seller_id=assigning_seller_id,
            time_assign_seller=time_assign_seller,
            assigning_care=assigning_care,
            assigning_care_id=assigning_care_id,
            time_assign_care=time_assign_care,
            marketer=marketer,
            pke_mkter=pke_mkter,
            time_assign_marketer=time_assign_marketer,
            shopify_abandon_checkout_id=shopify_abandon_checkout_id,
            link_confirm_order=link_confirm_order,
        )

        order.additional_properties = d
        return order

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


from ..models.call_later import CallLater
from ..models.order_activated_combo import OrderActivatedCombo
from ..models.order_advanced_platform_fee import OrderAdvancedPlatformFee
from ..models.order_customer import OrderCustomer
from ..models.order_customer_referral_code_type_1 import OrderCustomerReferralCodeType1
from ..models.order_histories_item import OrderHistoriesItem
from ..models.order_item import OrderItem
from ..models.order_partner import OrderPartner
from ..models.order_shipping_address import OrderShippingAddress
from ..models.order_staff import OrderStaff
from ..models.order_status_history_item import OrderStatusHistoryItem
from ..models.order_tags_item_type_1 import OrderTagsItemType1
from ..models.order_warehouse_info import OrderWarehouseInfo
