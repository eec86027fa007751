from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnedOrder")


@_attrs_define
class ReturnedOrder:
    """A returned/exchanged order record (“Đơn hàng đổi trả”), as listed by `GET /shops/{shop_id}/orders_returned`. It
    links the original order (`order_id_to_returned`, snapshot in `order_to_returned`) to the new return/exchange order
    (`order_id`, snapshot in `order`) and lists the returned lines. The source documents this object only by its example
    (no response table); every field below comes from that example (ledger PP-203). Times are ISO-8601 local date-times
    without offset. The reason a return happened is the order's `returned_reason` (codes in `OrderReturnedReason`: 1
    customer, 2 staff, 3 product, 4 carrier, 5 exchange).

        Attributes:
            id (int): Returned-order record id.
            display_id (int | Unset): Returned-order number shown to users.
            custom_id (None | str | Unset): Shop's own code for the record (null in the example).
            shop_id (int | Unset): Shop id.
            status (int | Unset): Status of a returned-order record. The codes are the list the source prints under the
                `update_status` query parameter of “Danh sách đơn hàng đổi trả” (0 Mới, 2 Đã gửi hàng, 1 Hoàn tất, 4 Đã hủy);
                applying them to the record's `status` is our reading (ledger PP-202). Not an `enum`, because the source does
                not tie the list to this field.
            status_histories (list[ReturnedOrderStatusHistoriesItem] | Unset): Status changes of the returned-order record
                (meaning assumed from the name; the document does not describe it).
            order_id (int | Unset): Id of the new (return/exchange) order; its snapshot is `order`.
            order (ReturnedOrderOrder | Unset): An order as embedded in a returned-order record (`order`,
                `order_to_returned`). It is the same order object as `Order` (“Thông tin đơn hàng”), but the embedding carries
                extra fields (`system_id`, `items_length`, `exchange_payment`, `change_by_orders`, …), shows nulls where `Order`
                has objects/strings (`assigning_care`, `time_assign_care`, `estimate_delivery_date`), and is cut to `{}` when
                nested inside `change_by_orders`; so it is modelled here on its own, with no required field, reusing the order's
                leaf components (ledger PP-203). Field meanings follow the order table; fields not in that table are described
                from the example.
            order_id_to_returned (int | Unset): Id of the original order that is being returned; its snapshot is
                `order_to_returned` (meaning assumed from the name; the document does not describe it).
            order_to_returned (ReturnedOrderOrder | Unset): An order as embedded in a returned-order record (`order`,
                `order_to_returned`). It is the same order object as `Order` (“Thông tin đơn hàng”), but the embedding carries
                extra fields (`system_id`, `items_length`, `exchange_payment`, `change_by_orders`, …), shows nulls where `Order`
                has objects/strings (`assigning_care`, `time_assign_care`, `estimate_delivery_date`), and is cut to `{}` when
                nested inside `change_by_orders`; so it is modelled here on its own, with no required field, reusing the order's
                leaf components (ledger PP-203). Field meanings follow the order table; fields not in that table are described
                from the example.
            returned_items (list[ReturnedOrderItem] | Unset): Lines returned from the original order (meaning assumed from
                the name; the document does not describe it).
            returned_fee (int | Unset): Fee charged for the return (meaning assumed from the name; the document does not
                describe it).
            discount (int | Unset): Discount on the return.
            discount_from_order_to_returned (int | Unset): Discount carried over from the original order (meaning assumed
                from the name; the document does not describe it).
            bill_full_name (str | Unset): Customer (recipient) name.
            bill_phone_number (str | Unset): Customer (recipient) phone number.
            shop_customer_id (UUID | Unset): Customer id in the shop (see `GET /shops/{shop_id}/customers`).
            creator_id (UUID | Unset): User who created the record.
            warehouse_id (UUID | Unset): Warehouse the goods return to (see `GET /shops/{shop_id}/warehouses`).
            tags (list[Any] | Unset): Tags of the record (always empty in the example; item shape not documented, ledger
                PP-204).
            inserted_at (str | Unset): Creation time.
            updated_at (str | Unset): Last update time.
    """

    id: int
    display_id: int | Unset = UNSET
    custom_id: None | str | Unset = UNSET
    shop_id: int | Unset = UNSET
    status: int | Unset = UNSET
    status_histories: list[ReturnedOrderStatusHistoriesItem] | Unset = UNSET
    order_id: int | Unset = UNSET
    order: ReturnedOrderOrder | Unset = UNSET
    order_id_to_returned: int | Unset = UNSET
    order_to_returned: ReturnedOrderOrder | Unset = UNSET
    returned_items: list[ReturnedOrderItem] | Unset = UNSET
    returned_fee: int | Unset = UNSET
    discount: int | Unset = UNSET
    discount_from_order_to_returned: int | Unset = UNSET
    bill_full_name: str | Unset = UNSET
    bill_phone_number: str | Unset = UNSET
    shop_customer_id: UUID | Unset = UNSET
    creator_id: UUID | Unset = UNSET
    warehouse_id: UUID | Unset = UNSET
    tags: list[Any] | Unset = UNSET
    inserted_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
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

        status = self.status

        status_histories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status_histories, Unset):
            status_histories = []
            for status_histories_item_data in self.status_histories:
                status_histories_item = status_histories_item_data.to_dict()
                status_histories.append(status_histories_item)

        order_id = self.order_id

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        order_id_to_returned = self.order_id_to_returned

        order_to_returned: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_to_returned, Unset):
            order_to_returned = self.order_to_returned.to_dict()

        returned_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.returned_items, Unset):
            returned_items = []
            for returned_items_item_data in self.returned_items:
                returned_items_item = returned_items_item_data.to_dict()
                returned_items.append(returned_items_item)

        returned_fee = self.returned_fee

        discount = self.discount

        discount_from_order_to_returned = self.discount_from_order_to_returned

        bill_full_name = self.bill_full_name

        bill_phone_number = self.bill_phone_number

        shop_customer_id: str | Unset = UNSET
        if not isinstance(self.shop_customer_id, Unset):
            shop_customer_id = str(self.shop_customer_id)

        creator_id: str | Unset = UNSET
        if not isinstance(self.creator_id, Unset):
            creator_id = str(self.creator_id)

        warehouse_id: str | Unset = UNSET
        if not isinstance(self.warehouse_id, Unset):
            warehouse_id = str(self.warehouse_id)

        tags: list[Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

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
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_histories is not UNSET:
            field_dict["status_histories"] = status_histories
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order is not UNSET:
            field_dict["order"] = order
        if order_id_to_returned is not UNSET:
            field_dict["order_id_to_returned"] = order_id_to_returned
        if order_to_returned is not UNSET:
            field_dict["order_to_returned"] = order_to_returned
        if returned_items is not UNSET:
            field_dict["returned_items"] = returned_items
        if returned_fee is not UNSET:
            field_dict["returned_fee"] = returned_fee
        if discount is not UNSET:
            field_dict["discount"] = discount
        if discount_from_order_to_returned is not UNSET:
            field_dict["discount_from_order_to_returned"] = discount_from_order_to_returned
        if bill_full_name is not UNSET:
            field_dict["bill_full_name"] = bill_full_name
        if bill_phone_number is not UNSET:
            field_dict["bill_phone_number"] = bill_phone_number
        if shop_customer_id is not UNSET:
            field_dict["shop_customer_id"] = shop_customer_id
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, int):
                raise types.Mistyped(f"expected int, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "ReturnedOrder", exc)

        try:
            display_id = d.pop("display_id", UNSET)
            if not isinstance(display_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(display_id).__name__}")
        except Exception as exc:
            display_id = types.undecoded(src_dict, "display_id", "ReturnedOrder", exc)

        try:
            custom_id: None | str | Unset = d.pop("custom_id", UNSET)
            if not isinstance(custom_id, (str, type(None), Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(custom_id).__name__}")

        except Exception as exc:
            custom_id = types.undecoded(src_dict, "custom_id", "ReturnedOrder", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "ReturnedOrder", exc)

        try:
            status = d.pop("status", UNSET)
            if not isinstance(status, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(status).__name__}")
        except Exception as exc:
            status = types.undecoded(src_dict, "status", "ReturnedOrder", exc)

        try:
            _status_histories = d.pop("status_histories", UNSET)
            status_histories: list[ReturnedOrderStatusHistoriesItem] | Unset = UNSET
            if _status_histories is not UNSET:
                if not isinstance(_status_histories, list):
                    raise TypeError(f"expected an array, got {type(_status_histories).__name__}")
                status_histories = []
                for status_histories_item_data in _status_histories:
                    try:
                        status_histories_item = ReturnedOrderStatusHistoriesItem.from_dict(status_histories_item_data)

                    except Exception as item_exc:
                        status_histories_item = types.undecoded_item(
                            status_histories_item_data, "status_histories", item_exc
                        )
                    status_histories.append(status_histories_item)

        except Exception as exc:
            status_histories = types.undecoded(src_dict, "status_histories", "ReturnedOrder", exc)

        try:
            order_id = d.pop("order_id", UNSET)
            if not isinstance(order_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(order_id).__name__}")
        except Exception as exc:
            order_id = types.undecoded(src_dict, "order_id", "ReturnedOrder", exc)

        try:
            _order = d.pop("order", UNSET)
            order: ReturnedOrderOrder | Unset
            if isinstance(_order, Unset):
                order = UNSET
            else:
                order = ReturnedOrderOrder.from_dict(_order)

        except Exception as exc:
            order = types.undecoded(src_dict, "order", "ReturnedOrder", exc)

        try:
            order_id_to_returned = d.pop("order_id_to_returned", UNSET)
            if not isinstance(order_id_to_returned, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(order_id_to_returned).__name__}")
        except Exception as exc:
            order_id_to_returned = types.undecoded(src_dict, "order_id_to_returned", "ReturnedOrder", exc)

        try:
            _order_to_returned = d.pop("order_to_returned", UNSET)
            order_to_returned: ReturnedOrderOrder | Unset
            if isinstance(_order_to_returned, Unset):
                order_to_returned = UNSET
            else:
                order_to_returned = ReturnedOrderOrder.from_dict(_order_to_returned)

        except Exception as exc:
            order_to_returned = types.undecoded(src_dict, "order_to_returned", "ReturnedOrder", exc)

        try:
            _returned_items = d.pop("returned_items", UNSET)
            returned_items: list[ReturnedOrderItem] | Unset = UNSET
            if _returned_items is not UNSET:
                if not isinstance(_returned_items, list):
                    raise TypeError(f"expected an array, got {type(_returned_items).__name__}")
                returned_items = []
                for returned_items_item_data in _returned_items:
                    try:
                        returned_items_item = ReturnedOrderItem.from_dict(returned_items_item_data)

                    except Exception as item_exc:
                        returned_items_item = types.undecoded_item(returned_items_item_data, "returned_items", item_exc)
                    returned_items.append(returned_items_item)

        except Exception as exc:
            returned_items = types.undecoded(src_dict, "returned_items", "ReturnedOrder", exc)

        try:
            returned_fee = d.pop("returned_fee", UNSET)
            if not isinstance(returned_fee, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(returned_fee).__name__}")
        except Exception as exc:
            returned_fee = types.undecoded(src_dict, "returned_fee", "ReturnedOrder", exc)

        try:
            discount = d.pop("discount", UNSET)
            if not isinstance(discount, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(src_dict, "discount", "ReturnedOrder", exc)

        try:
            discount_from_order_to_returned = d.pop("discount_from_order_to_returned", UNSET)
            if not isinstance(discount_from_order_to_returned, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(discount_from_order_to_returned).__name__}")
        except Exception as exc:
            discount_from_order_to_returned = types.undecoded(
                src_dict, "discount_from_order_to_returned", "ReturnedOrder", exc
            )

        try:
            bill_full_name = d.pop("bill_full_name", UNSET)
            if not isinstance(bill_full_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(bill_full_name).__name__}")
        except Exception as exc:
            bill_full_name = types.undecoded(src_dict, "bill_full_name", "ReturnedOrder", exc)

        try:
            bill_phone_number = d.pop("bill_phone_number", UNSET)
            if not isinstance(bill_phone_number, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(bill_phone_number).__name__}")
        except Exception as exc:
            bill_phone_number = types.undecoded(src_dict, "bill_phone_number", "ReturnedOrder", exc)

        try:
            _shop_customer_id = d.pop("shop_customer_id", UNSET)
            shop_customer_id: UUID | Unset
            if isinstance(_shop_customer_id, Unset):
                shop_customer_id = UNSET
            else:
                shop_customer_id = types.parse_uuid(_shop_customer_id)

        except Exception as exc:
            shop_customer_id = types.undecoded(src_dict, "shop_customer_id", "ReturnedOrder", exc)

        try:
            _creator_id = d.pop("creator_id", UNSET)
            creator_id: UUID | Unset
            if isinstance(_creator_id, Unset):
                creator_id = UNSET
            else:
                creator_id = types.parse_uuid(_creator_id)

        except Exception as exc:
            creator_id = types.undecoded(src_dict, "creator_id", "ReturnedOrder", exc)

        try:
            _warehouse_id = d.pop("warehouse_id", UNSET)
            warehouse_id: UUID | Unset
            if isinstance(_warehouse_id, Unset):
                warehouse_id = UNSET
            else:
                warehouse_id = types.parse_uuid(_warehouse_id)

        except Exception as exc:
            warehouse_id = types.undecoded(src_dict, "warehouse_id", "ReturnedOrder", exc)

        try:
            tags: list[Any] = d.pop("tags", UNSET)

        except Exception as exc:
            tags = types.undecoded(src_dict, "tags", "ReturnedOrder", exc)

        try:
            inserted_at = d.pop("inserted_at", UNSET)
            if not isinstance(inserted_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(inserted_at).__name__}")
        except Exception as exc:
            inserted_at = types.undecoded(src_dict, "inserted_at", "ReturnedOrder", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "ReturnedOrder", exc)

        returned_order = cls(
            id=id,
            display_id=display_id,
            custom_id=custom_id,
            shop_id=shop_id,
            status=status,
            status_histories=status_histories,
            order_id=order_id,
            order=order,
            order_id_to_returned=order_id_to_returned,
            order_to_returned=order_to_returned,
            returned_items=returned_items,
            returned_fee=returned_fee,
            discount=discount,
            discount_from_order_to_returned=discount_from_order_to_returned,
            bill_full_name=bill_full_name,
            bill_phone_number=bill_phone_number,
            shop_customer_id=shop_customer_id,
            creator_id=creator_id,
            warehouse_id=warehouse_id,
            tags=tags,
            inserted_at=inserted_at,
            updated_at=updated_at,
        )

        returned_order.additional_properties = d
        return returned_order

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


from ..models.returned_order_item import ReturnedOrderItem
from ..models.returned_order_order import ReturnedOrderOrder
from ..models.returned_order_status_histories_item import (
    ReturnedOrderStatusHistoriesItem,
)
