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
from ..models.order_update_request_pick_up_method import (
    OrderUpdateRequestPickUpMethod,
    check_order_update_request_pick_up_method,
)
from ..models.order_update_request_picking_shif_marketplace import (
    OrderUpdateRequestPickingShifMarketplace,
    check_order_update_request_picking_shif_marketplace,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderUpdateRequest")


@_attrs_define
class OrderUpdateRequest:
    """Body of `PUT /shops/{shop_id}/orders/{order_id}` ("Cập nhật đơn hàng"): the fields to change, including `status`
    (move the order to another status). The source marks no field required. The source's example sends back a whole
    order, including read-only fields (`id`, `creator`, `inserted_at`, `status_name`, `partner`); they are accepted
    here.

        Attributes:
            shop_id (int | Unset): Shop id ("Mã shop").
            id (int | str | Unset): Order id ("Mã đơn hàng"). The table says string; the example sends an integer (ledger
                PP-112).
            status (OrderStatus | Unset): Order status code (`status`). The codes and their labels are the source's status
                table in "Thông tin đơn hàng"; the order list filter (`status`, `updateStatus`) uses the same codes.
            status_name (str | Unset): Machine name of the status (only in the example).
            bill_full_name (str | Unset): Recipient name ("Tên khách hàng nhận hàng").
            bill_phone_number (str | Unset): Recipient phone number ("SĐT khách hàng nhận hàng").
            warehouse_id (UUID | Unset): Warehouse id ("Mã kho hàng"), from `GET /warehouses`.
            warehouse_info (OrderWarehouseInfo | Unset): Snapshot of the shipping warehouse on an order (`warehouse_info`,
                "Thông tin kho hàng"). The source types it only as "json"; the fields come from its examples.
            is_free_shipping (bool | Unset): Free shipping.
            shipping_fee (int | Unset): Shipping fee charged ("Phí vận chuyển").
            received_at_shop (bool | Unset): true — Bán hàng tại quầy (sold at the counter); false — Bán online (sold
                online).
            note (str | Unset): Internal note ("Ghi chú nội bộ").
            note_print (None | str | Unset): Note printed on the order ("Ghi chú đơn hàng"); the example sends null.
            items (list[OrderItem] | Unset): Order lines ("Danh sách sản phẩm").
            shipping_address (OrderShippingAddress | Unset): Delivery address of an order (`shipping_address`, "Thông tin
                nhận hàng"; table "shipping_address (1.5)"). Used in responses and in the create/update request bodies.
            discount (int | Unset): Order discount ("Giảm giá đơn hàng").
            inserted_at (str | Unset): Creation time ("Thời điểm tạo").
            updated_at (str | Unset): Last update time ("Thời điểm cập nhật trạng thái").
            creator (OrderStaff | Unset): A staff member (user) as embedded in an order: `creator`, `last_editor`,
                `assigning_seller`, `assigning_care`, `marketer`, `status_history[].editor`. The source documents only
                `creator.fb_id` and `creator.name`; the other fields come from its examples.
            last_editor (OrderStaff | Unset): A staff member (user) as embedded in an order: `creator`, `last_editor`,
                `assigning_seller`, `assigning_care`, `marketer`, `status_history[].editor`. The source documents only
                `creator.fb_id` and `creator.name`; the other fields come from its examples.
            partner (OrderPartner | Unset): Shipping information of an order (`partner`, "Thông tin vận chuyển"; table
                "partner (1.3)"). Fields not in the table come from the examples.
            tags (list[OrderUpdateRequestTagsItem] | Unset): Order tags ("Danh sách thẻ đơn hàng").
            cod (int | Unset): Amount to collect on delivery ("Tổng tiền cần thu").
            total_price (int | Unset): Total value of the products ("Tổng giá trị sản phẩm").
            total_price_after_sub_discount (int | Unset): Order total after discount ("Tổng giá đơn hàng đã trừ chiết
                khấu").
            charged_by_momo (int | Unset): Paid through MoMo ("Số tiền khách thanh toán qua MOMO").
            charged_by_qrpay (int | Unset): Paid through QRPay ("Số tiền khách thanh toán qua QRPAY").
            charged_by_card (int | Unset): Paid by card ("Số tiền khách quẹt thẻ").
            transfer_money (int | Unset): Paid by bank transfer ("Số tiền khách chuyển khoản").
            page_id (str | Unset): Facebook page id ("Mã Facebook page").
            partner_fee (int | Unset): Carrier's shipping fee ("Phí vận chuyển từ ĐVVC").
            fee_marketplace (int | Unset): Marketplace fee ("Phí sàn").
            customer_pay_fee (bool | Unset): Who pays shipping: false — Shop trả phí ship (shop pays); true — Khách trả phí
                ship (customer pays).
            account (int | Unset): Order source id ("Mã nguồn đơn hàng").
            account_name (str | Unset): Order source name ("Tên mã nguồn đơn").
            assigning_seller_id (UUID | Unset): Id of the seller assigned to the order ("Mã nhân viên được phân công").
            returned_reason (None | OrderReturnedReason | Unset): Return reason code ("Lý do trả lại"; only in the example).
            arrange_shipment_marketplace (bool | Unset): Arrange shipment for a Shopee, Lazada or TikTok order ("Chuẩn bị
                hàng với đơn từ sàn Shopee, Lazada, TikTok").
            pick_up_method (OrderUpdateRequestPickUpMethod | Unset): Pickup method for Shopee and TikTok orders ("Phương
                thức lấy hàng Shopee, Tiktok").
            picking_shif_marketplace (OrderUpdateRequestPickingShifMarketplace | Unset): Shopee pickup shift ("Ca lấy hàng
                Shopee"). The wire name is spelled `picking_shif_marketplace`.
    """

    shop_id: int | Unset = UNSET
    id: int | str | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    status_name: str | Unset = UNSET
    bill_full_name: str | Unset = UNSET
    bill_phone_number: str | Unset = UNSET
    warehouse_id: UUID | Unset = UNSET
    warehouse_info: OrderWarehouseInfo | Unset = UNSET
    is_free_shipping: bool | Unset = UNSET
    shipping_fee: int | Unset = UNSET
    received_at_shop: bool | Unset = UNSET
    note: str | Unset = UNSET
    note_print: None | str | Unset = UNSET
    items: list[OrderItem] | Unset = UNSET
    shipping_address: OrderShippingAddress | Unset = UNSET
    discount: int | Unset = UNSET
    inserted_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    creator: OrderStaff | Unset = UNSET
    last_editor: OrderStaff | Unset = UNSET
    partner: OrderPartner | Unset = UNSET
    tags: list[OrderUpdateRequestTagsItem] | Unset = UNSET
    cod: int | Unset = UNSET
    total_price: int | Unset = UNSET
    total_price_after_sub_discount: int | Unset = UNSET
    charged_by_momo: int | Unset = UNSET
    charged_by_qrpay: int | Unset = UNSET
    charged_by_card: int | Unset = UNSET
    transfer_money: int | Unset = UNSET
    page_id: str | Unset = UNSET
    partner_fee: int | Unset = UNSET
    fee_marketplace: int | Unset = UNSET
    customer_pay_fee: bool | Unset = UNSET
    account: int | Unset = UNSET
    account_name: str | Unset = UNSET
    assigning_seller_id: UUID | Unset = UNSET
    returned_reason: None | OrderReturnedReason | Unset = UNSET
    arrange_shipment_marketplace: bool | Unset = UNSET
    pick_up_method: OrderUpdateRequestPickUpMethod | Unset = UNSET
    picking_shif_marketplace: OrderUpdateRequestPickingShifMarketplace | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shop_id = self.shop_id

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        status_name = self.status_name

        bill_full_name = self.bill_full_name

        bill_phone_number = self.bill_phone_number

        warehouse_id: str | Unset = UNSET
        if not isinstance(self.warehouse_id, Unset):
            warehouse_id = str(self.warehouse_id)

        warehouse_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse_info, Unset):
            warehouse_info = self.warehouse_info.to_dict()

        is_free_shipping = self.is_free_shipping

        shipping_fee = self.shipping_fee

        received_at_shop = self.received_at_shop

        note = self.note

        note_print: None | str | Unset
        if isinstance(self.note_print, Unset):
            note_print = UNSET
        else:
            note_print = self.note_print

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        discount = self.discount

        inserted_at = self.inserted_at

        updated_at = self.updated_at

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        last_editor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_editor, Unset):
            last_editor = self.last_editor.to_dict()

        partner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner, Unset):
            partner = self.partner.to_dict()

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        cod = self.cod

        total_price = self.total_price

        total_price_after_sub_discount = self.total_price_after_sub_discount

        charged_by_momo = self.charged_by_momo

        charged_by_qrpay = self.charged_by_qrpay

        charged_by_card = self.charged_by_card

        transfer_money = self.transfer_money

        page_id = self.page_id

        partner_fee = self.partner_fee

        fee_marketplace = self.fee_marketplace

        customer_pay_fee = self.customer_pay_fee

        account = self.account

        account_name = self.account_name

        assigning_seller_id: str | Unset = UNSET
        if not isinstance(self.assigning_seller_id, Unset):
            assigning_seller_id = str(self.assigning_seller_id)

        returned_reason: int | None | Unset
        if isinstance(self.returned_reason, Unset):
            returned_reason = UNSET
        elif isinstance(self.returned_reason, int):
            returned_reason = self.returned_reason
        else:
            returned_reason = self.returned_reason

        arrange_shipment_marketplace = self.arrange_shipment_marketplace

        pick_up_method: str | Unset = UNSET
        if not isinstance(self.pick_up_method, Unset):
            pick_up_method = self.pick_up_method

        picking_shif_marketplace: str | Unset = UNSET
        if not isinstance(self.picking_shif_marketplace, Unset):
            picking_shif_marketplace = self.picking_shif_marketplace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if status_name is not UNSET:
            field_dict["status_name"] = status_name
        if bill_full_name is not UNSET:
            field_dict["bill_full_name"] = bill_full_name
        if bill_phone_number is not UNSET:
            field_dict["bill_phone_number"] = bill_phone_number
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if warehouse_info is not UNSET:
            field_dict["warehouse_info"] = warehouse_info
        if is_free_shipping is not UNSET:
            field_dict["is_free_shipping"] = is_free_shipping
        if shipping_fee is not UNSET:
            field_dict["shipping_fee"] = shipping_fee
        if received_at_shop is not UNSET:
            field_dict["received_at_shop"] = received_at_shop
        if note is not UNSET:
            field_dict["note"] = note
        if note_print is not UNSET:
            field_dict["note_print"] = note_print
        if items is not UNSET:
            field_dict["items"] = items
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if discount is not UNSET:
            field_dict["discount"] = discount
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if creator is not UNSET:
            field_dict["creator"] = creator
        if last_editor is not UNSET:
            field_dict["last_editor"] = last_editor
        if partner is not UNSET:
            field_dict["partner"] = partner
        if tags is not UNSET:
            field_dict["tags"] = tags
        if cod is not UNSET:
            field_dict["cod"] = cod
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if total_price_after_sub_discount is not UNSET:
            field_dict["total_price_after_sub_discount"] = total_price_after_sub_discount
        if charged_by_momo is not UNSET:
            field_dict["charged_by_momo"] = charged_by_momo
        if charged_by_qrpay is not UNSET:
            field_dict["charged_by_qrpay"] = charged_by_qrpay
        if charged_by_card is not UNSET:
            field_dict["charged_by_card"] = charged_by_card
        if transfer_money is not UNSET:
            field_dict["transfer_money"] = transfer_money
        if page_id is not UNSET:
            field_dict["page_id"] = page_id
        if partner_fee is not UNSET:
            field_dict["partner_fee"] = partner_fee
        if fee_marketplace is not UNSET:
            field_dict["fee_marketplace"] = fee_marketplace
        if customer_pay_fee is not UNSET:
            field_dict["customer_pay_fee"] = customer_pay_fee
        if account is not UNSET:
            field_dict["account"] = account
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if assigning_seller_id is not UNSET:
            field_dict["assigning_seller_id"] = assigning_seller_id
        if returned_reason is not UNSET:
            field_dict["returned_reason"] = returned_reason
        if arrange_shipment_marketplace is not UNSET:
            field_dict["arrange_shipment_marketplace"] = arrange_shipment_marketplace
        if pick_up_method is not UNSET:
            field_dict["pick_up_method"] = pick_up_method
        if picking_shif_marketplace is not UNSET:
            field_dict["picking_shif_marketplace"] = picking_shif_marketplace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "OrderUpdateRequest", exc)

        try:
            id: int | str | Unset = d.pop("id", UNSET)
            if not isinstance(id, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(id).__name__}")

        except Exception as exc:
            id = types.undecoded(src_dict, "id", "OrderUpdateRequest", exc)

        try:
            _status = d.pop("status", UNSET)
            status: OrderStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_order_status(_status)

        except Exception as exc:
            status = types.undecoded(src_dict, "status", "OrderUpdateRequest", exc)

        try:
            status_name = d.pop("status_name", UNSET)
            if not isinstance(status_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(status_name).__name__}")
        except Exception as exc:
            status_name = types.undecoded(src_dict, "status_name", "OrderUpdateRequest", exc)

        try:
            bill_full_name = d.pop("bill_full_name", UNSET)
            if not isinstance(bill_full_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(bill_full_name).__name__}")
        except Exception as exc:
            bill_full_name = types.undecoded(src_dict, "bill_full_name", "OrderUpdateRequest", exc)

        try:
            bill_phone_number = d.pop("bill_phone_number", UNSET)
            if not isinstance(bill_phone_number, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(bill_phone_number).__name__}")
        except Exception as exc:
            bill_phone_number = types.undecoded(src_dict, "bill_phone_number", "OrderUpdateRequest", exc)

        try:
            _warehouse_id = d.pop("warehouse_id", UNSET)
            warehouse_id: UUID | Unset
            if isinstance(_warehouse_id, Unset):
                warehouse_id = UNSET
            else:
                warehouse_id = types.parse_uuid(_warehouse_id)

        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "OrderUpdateRequest", exc)

        try:
            _warehouse_info = d.pop("warehouse_info", UNSET)
            warehouse_info: OrderWarehouseInfo | Unset
            if isinstance(_warehouse_info, Unset):
                warehouse_info = UNSET
            else:
                warehouse_info = OrderWarehouseInfo.from_dict(_warehouse_info)

        except Exception as exc:
            warehouse_info = types.undecoded(src_dict, "warehouse_info", "OrderUpdateRequest", exc)

        try:
            is_free_shipping = d.pop("is_free_shipping", UNSET)
            if not isinstance(is_free_shipping, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_free_shipping).__name__}")
        except Exception as exc:
            is_free_shipping = types.undecoded(src_dict, "is_free_shipping", "OrderUpdateRequest", exc)

        try:
            shipping_fee = d.pop("shipping_fee", UNSET)
            if not isinstance(shipping_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shipping_fee).__name__}")
        except Exception as exc:
            shipping_fee = types.undecoded(src_dict, "shipping_fee", "OrderUpdateRequest", exc)

        try:
            received_at_shop = d.pop("received_at_shop", UNSET)
            if not isinstance(received_at_shop, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(received_at_shop).__name__}")
        except Exception as exc:
            received_at_shop = types.undecoded(src_dict, "received_at_shop", "OrderUpdateRequest", exc)

        try:
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(note).__name__}")
        except Exception as exc:
            note = types.undecoded(src_dict, "note", "OrderUpdateRequest", exc)

        try:
            note_print: None | str | Unset = d.pop("note_print", UNSET)
            if not isinstance(note_print, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(note_print).__name__}")

        except Exception as exc:
            note_print = types.undecoded(src_dict, "note_print", "OrderUpdateRequest", exc)

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
            items = types.undecoded(src_dict, "items", "OrderUpdateRequest", exc)

        try:
            _shipping_address = d.pop("shipping_address", UNSET)
            shipping_address: OrderShippingAddress | Unset
            if isinstance(_shipping_address, Unset):
                shipping_address = UNSET
            else:
                shipping_address = OrderShippingAddress.from_dict(_shipping_address)

        except Exception as exc:
            shipping_address = types.undecoded(src_dict, "shipping_address", "OrderUpdateRequest", exc)

        try:
            discount = d.pop("discount", UNSET)
            if not isinstance(discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(src_dict, "discount", "OrderUpdateRequest", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "OrderUpdateRequest", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "OrderUpdateRequest", exc)

        try:
            _creator = d.pop("creator", UNSET)
            creator: OrderStaff | Unset
            if isinstance(_creator, Unset):
                creator = UNSET
            else:
                creator = OrderStaff.from_dict(_creator)

        except Exception as exc:
            creator = types.undecoded(src_dict, "creator", "OrderUpdateRequest", exc)

        try:
            _last_editor = d.pop("last_editor", UNSET)
            last_editor: OrderStaff | Unset
            if isinstance(_last_editor, Unset):
                last_editor = UNSET
            else:
                last_editor = OrderStaff.from_dict(_last_editor)

        except Exception as exc:
            last_editor = types.undecoded(src_dict, "last_editor", "OrderUpdateRequest", exc)

        try:
            _partner = d.pop("partner", UNSET)
            partner: OrderPartner | Unset
            if isinstance(_partner, Unset):
                partner = UNSET
            else:
                partner = OrderPartner.from_dict(_partner)

        except Exception as exc:
            partner = types.undecoded(src_dict, "partner", "OrderUpdateRequest", exc)

        try:
            _tags = d.pop("tags", UNSET)
            tags: list[OrderUpdateRequestTagsItem] | Unset = UNSET
            if _tags is not UNSET:
                if not isinstance(_tags, list):
                    raise TypeError(f"expected an array, got {type(_tags).__name__}")
                tags = []
                for tags_item_data in _tags:
                    try:
                        tags_item = OrderUpdateRequestTagsItem.from_dict(tags_item_data)

                    except Exception as item_exc:
                        tags_item = types.undecoded_item(tags_item_data, "tags", item_exc)
                    tags.append(tags_item)

        except Exception as exc:
            tags = types.undecoded(src_dict, "tags", "OrderUpdateRequest", exc)

        try:
            cod = d.pop("cod", UNSET)
            if not isinstance(cod, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cod).__name__}")
        except Exception as exc:
            cod = types.undecoded(src_dict, "cod", "OrderUpdateRequest", exc)

        try:
            total_price = d.pop("total_price", UNSET)
            if not isinstance(total_price, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_price).__name__}")
        except Exception as exc:
            total_price = types.undecoded(src_dict, "total_price", "OrderUpdateRequest", exc)

        try:
            total_price_after_sub_discount = d.pop("total_price_after_sub_discount", UNSET)
            if not isinstance(total_price_after_sub_discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_price_after_sub_discount).__name__}")
        except Exception as exc:
            total_price_after_sub_discount = types.undecoded(
                src_dict, "total_price_after_sub_discount", "OrderUpdateRequest", exc
            )

        try:
            charged_by_momo = d.pop("charged_by_momo", UNSET)
            if not isinstance(charged_by_momo, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(charged_by_momo).__name__}")
        except Exception as exc:
            charged_by_momo = types.undecoded(src_dict, "charged_by_momo", "OrderUpdateRequest", exc)

        try:
            charged_by_qrpay = d.pop("charged_by_qrpay", UNSET)
            if not isinstance(charged_by_qrpay, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(charged_by_qrpay).__name__}")
        except Exception as exc:
            charged_by_qrpay = types.undecoded(src_dict, "charged_by_qrpay", "OrderUpdateRequest", exc)

        try:
            charged_by_card = d.pop("charged_by_card", UNSET)
            if not isinstance(charged_by_card, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(charged_by_card).__name__}")
        except Exception as exc:
            charged_by_card = types.undecoded(src_dict, "charged_by_card", "OrderUpdateRequest", exc)

        try:
            transfer_money = d.pop("transfer_money", UNSET)
            if not isinstance(transfer_money, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(transfer_money).__name__}")
        except Exception as exc:
            transfer_money = types.undecoded(src_dict, "transfer_money", "OrderUpdateRequest", exc)

        try:
            page_id = d.pop("page_id", UNSET)
            if not isinstance(page_id, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(page_id).__name__}")
        except Exception as exc:
            page_id = types.undecoded(src_dict, "page_id", "OrderUpdateRequest", exc)

        try:
            partner_fee = d.pop("partner_fee", UNSET)
            if not isinstance(partner_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(partner_fee).__name__}")
        except Exception as exc:
            partner_fee = types.undecoded(src_dict, "partner_fee", "OrderUpdateRequest", exc)

        try:
            fee_marketplace = d.pop("fee_marketplace", UNSET)
            if not isinstance(fee_marketplace, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(fee_marketplace).__name__}")
        except Exception as exc:
            fee_marketplace = types.undecoded(src_dict, "fee_marketplace", "OrderUpdateRequest", exc)

        try:
            customer_pay_fee = d.pop("customer_pay_fee", UNSET)
            if not isinstance(customer_pay_fee, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(customer_pay_fee).__name__}")
        except Exception as exc:
            customer_pay_fee = types.undecoded(src_dict, "customer_pay_fee", "OrderUpdateRequest", exc)

        try:
            account = d.pop("account", UNSET)
            if not isinstance(account, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(account).__name__}")
        except Exception as exc:
            account = types.undecoded(src_dict, "account", "OrderUpdateRequest", exc)

        try:
            account_name = d.pop("account_name", UNSET)
            if not isinstance(account_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(account_name).__name__}")
        except Exception as exc:
            account_name = types.undecoded(src_dict, "account_name", "OrderUpdateRequest", exc)

        try:
            _assigning_seller_id = d.pop("assigning_seller_id", UNSET)
            assigning_seller_id: UUID | Unset
            if isinstance(_assigning_seller_id, Unset):
                assigning_seller_id = UNSET
            else:
                assigning_seller_id = types.parse_uuid(_assigning_seller_id)

        except Exception as exc:
            assigning_seller_id = types.undecoded(src_dict, "assigning_seller_id", "OrderUpdateRequest", exc)

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
            returned_reason = types.undecoded(src_dict, "returned_reason", "OrderUpdateRequest", exc)

        try:
            arrange_shipment_marketplace = d.pop("arrange_shipment_marketplace", UNSET)
            if not isinstance(arrange_shipment_marketplace, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(arrange_shipment_marketplace).__name__}")
        except Exception as exc:
            arrange_shipment_marketplace = types.undecoded(
                src_dict, "arrange_shipment_marketplace", "OrderUpdateRequest", exc
            )

        try:
            _pick_up_method = d.pop("pick_up_method", UNSET)
            pick_up_method: OrderUpdateRequestPickUpMethod | Unset
            if isinstance(_pick_up_method, Unset):
                pick_up_method = UNSET
            else:
                pick_up_method = check_order_update_request_pick_up_method(_pick_up_method)

        except Exception as exc:
            pick_up_method = types.undecoded(src_dict, "pick_up_method", "OrderUpdateRequest", exc)

        try:
            _picking_shif_marketplace = d.pop("picking_shif_marketplace", UNSET)
            picking_shif_marketplace: OrderUpdateRequestPickingShifMarketplace | Unset
            if isinstance(_picking_shif_marketplace, Unset):
                picking_shif_marketplace = UNSET
            else:
                picking_shif_marketplace = check_order_update_request_picking_shif_marketplace(
                    _picking_shif_marketplace
                )

        except Exception as exc:
            picking_shif_marketplace = types.undecoded(src_dict, "picking_shif_marketplace", "OrderUpdateRequest", exc)

        order_update_request = cls(
            shop_id=shop_id,
            id=id,
            status=status,
            status_name=status_name,
            bill_full_name=bill_full_name,
            bill_phone_number=bill_phone_number,
            warehouse_id=warehouse_id,
            warehouse_info=warehouse_info,
            is_free_shipping=is_free_shipping,
            shipping_fee=shipping_fee,
            received_at_shop=received_at_shop,
            note=note,
            note_print=note_print,
            items=items,
            shipping_address=shipping_address,
            discount=discount,
            inserted_at=inserted_at,
            updated_at=updated_at,
            creator=creator,
            last_editor=last_editor,
            partner=partner,
            tags=tags,
            cod=cod,
            total_price=total_price,
            total_price_after_sub_discount=total_price_after_sub_discount,
            charged_by_momo=charged_by_momo,
            charged_by_qrpay=charged_by_qrpay,
            charged_by_card=charged_by_card,
            transfer_money=transfer_money,
            page_id=page_id,
            partner_fee=partner_fee,
            fee_marketplace=fee_marketplace,
            customer_pay_fee=customer_pay_fee,
            account=account,
            account_name=account_name,
            assigning_seller_id=assigning_seller_id,
            returned_reason=returned_reason,
            arrange_shipment_marketplace=arrange_shipment_marketplace,
            pick_up_method=pick_up_method,
            picking_shif_marketplace=picking_shif_marketplace,
        )

        order_update_request.additional_properties = d
        return order_update_request

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


from ..models.order_item import OrderItem
from ..models.order_partner import OrderPartner
from ..models.order_shipping_address import OrderShippingAddress
from ..models.order_staff import OrderStaff
from ..models.order_update_request_tags_item import OrderUpdateRequestTagsItem
from ..models.order_warehouse_info import OrderWarehouseInfo
