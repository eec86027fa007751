from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.box_size import BoxSize, check_box_size
from ..models.order_create_request_order_type import (
    OrderCreateRequestOrderType,
    check_order_create_request_order_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreateRequest")


@_attrs_define
class OrderCreateRequest:
    """Body of "Create new order". `lockerId` is required, and either `size` or `stackPosition` must be given ("You must
    use either size or stackPosition when create order").

        Attributes:
            locker_id (str): The id of the locker, from "List devices" / "Get device's detail".
            receiver_phone (str | Unset): The phone number of the receiver.
            receiver_name (str | Unset): The name of the receiver.
            cost (int | Unset): The total cost associated with the order.
            sender_phone (str | Unset): The phone number of the sender.
            stack_position (float | Unset): The stack's position in this device. You must use either `size` or
                `stackPosition`.
            description (str | Unset): Free-text description of the package. Sent by the source's example request only; the
                parameter table does not list it (ledger PL-009).
            order_type (OrderCreateRequestOrderType | Unset): The order type. Default is `locker`; no other value is
                documented (ledger PL-018). Default: 'locker'.
            partner_code (str | Unset): The code (6 digits, 0-9 only) that opens the box when the partner wants to retrieve
                the order.
            partner_outdate_threshold (int | str | Unset): The maximum time in milliseconds the partner wants to keep the
                order in the locker before fees start. The table says number; the source's example sends the digit string
                "10000": both an integer and a digit string are accepted (ledger PL-008).
            size (BoxSize | Unset): Size class of a locker box (stack). Dimensions as given by the vendor's `sizeStack`.
            partner_order_code (str | Unset): Order code of the partner's order.
            partner_rent_code (str | Unset): The partner's rent code.
    """

    locker_id: str
    receiver_phone: str | Unset = UNSET
    receiver_name: str | Unset = UNSET
    cost: int | Unset = UNSET
    sender_phone: str | Unset = UNSET
    stack_position: float | Unset = UNSET
    description: str | Unset = UNSET
    order_type: OrderCreateRequestOrderType | Unset = "locker"
    partner_code: str | Unset = UNSET
    partner_outdate_threshold: int | str | Unset = UNSET
    size: BoxSize | Unset = UNSET
    partner_order_code: str | Unset = UNSET
    partner_rent_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            locker_id = self.locker_id
        except (AttributeError, TypeError):
            locker_id = cast(Any, self.locker_id)

        receiver_phone = self.receiver_phone

        receiver_name = self.receiver_name

        cost = self.cost

        sender_phone = self.sender_phone

        stack_position = self.stack_position

        description = self.description

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        partner_code = self.partner_code

        partner_outdate_threshold: int | str | Unset
        if isinstance(self.partner_outdate_threshold, Unset):
            partner_outdate_threshold = UNSET
        else:
            partner_outdate_threshold = self.partner_outdate_threshold

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        partner_order_code = self.partner_order_code

        partner_rent_code = self.partner_rent_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lockerId": locker_id,
            }
        )
        if isinstance(locker_id, Unset):
            del field_dict["lockerId"]
        if receiver_phone is not UNSET:
            field_dict["receiverPhone"] = receiver_phone
        if receiver_name is not UNSET:
            field_dict["receiverName"] = receiver_name
        if cost is not UNSET:
            field_dict["cost"] = cost
        if sender_phone is not UNSET:
            field_dict["senderPhone"] = sender_phone
        if stack_position is not UNSET:
            field_dict["stackPosition"] = stack_position
        if description is not UNSET:
            field_dict["description"] = description
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if partner_code is not UNSET:
            field_dict["partnerCode"] = partner_code
        if partner_outdate_threshold is not UNSET:
            field_dict["partnerOutdateThreshold"] = partner_outdate_threshold
        if size is not UNSET:
            field_dict["size"] = size
        if partner_order_code is not UNSET:
            field_dict["partnerOrderCode"] = partner_order_code
        if partner_rent_code is not UNSET:
            field_dict["partnerRentCode"] = partner_rent_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            locker_id = d.pop("lockerId")
            if not isinstance(locker_id, str):
                raise types.Mistyped(f"expected str, got {type(locker_id).__name__}")
        except Exception as exc:
            locker_id = types.undecoded(src_dict, "lockerId", "OrderCreateRequest", exc)

        try:
            receiver_phone = d.pop("receiverPhone", UNSET)
            if not isinstance(receiver_phone, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(receiver_phone).__name__}")
        except Exception as exc:
            receiver_phone = types.undecoded(src_dict, "receiverPhone", "OrderCreateRequest", exc)

        try:
            receiver_name = d.pop("receiverName", UNSET)
            if not isinstance(receiver_name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(receiver_name).__name__}")
        except Exception as exc:
            receiver_name = types.undecoded(src_dict, "receiverName", "OrderCreateRequest", exc)

        try:
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(cost).__name__}")
        except Exception as exc:
            cost = types.undecoded(src_dict, "cost", "OrderCreateRequest", exc)

        try:
            sender_phone = d.pop("senderPhone", UNSET)
            if not isinstance(sender_phone, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(sender_phone).__name__}")
        except Exception as exc:
            sender_phone = types.undecoded(src_dict, "senderPhone", "OrderCreateRequest", exc)

        try:
            stack_position = d.pop("stackPosition", UNSET)
            if not isinstance(stack_position, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(stack_position).__name__}")
        except Exception as exc:
            stack_position = types.undecoded(src_dict, "stackPosition", "OrderCreateRequest", exc)

        try:
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(description).__name__}")
        except Exception as exc:
            description = types.undecoded(src_dict, "description", "OrderCreateRequest", exc)

        try:
            _order_type = d.pop("orderType", UNSET)
            order_type: OrderCreateRequestOrderType | Unset
            if isinstance(_order_type, Unset):
                order_type = UNSET
            else:
                order_type = check_order_create_request_order_type(_order_type)

        except Exception as exc:
            order_type = types.undecoded(src_dict, "orderType", "OrderCreateRequest", exc)

        try:
            partner_code = d.pop("partnerCode", UNSET)
            if not isinstance(partner_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(partner_code).__name__}")
        except Exception as exc:
            partner_code = types.undecoded(src_dict, "partnerCode", "OrderCreateRequest", exc)

        try:
            partner_outdate_threshold: int | str | Unset = d.pop("partnerOutdateThreshold", UNSET)
            if not isinstance(partner_outdate_threshold, (int, str, Unset)) and types.is_strict():
                raise types.Mistyped(f"no branch of the union decodes a {type(partner_outdate_threshold).__name__}")

        except Exception as exc:
            partner_outdate_threshold = types.undecoded(src_dict, "partnerOutdateThreshold", "OrderCreateRequest", exc)

        try:
            _size = d.pop("size", UNSET)
            size: BoxSize | Unset
            if isinstance(_size, Unset):
                size = UNSET
            else:
                size = check_box_size(_size)

        except Exception as exc:
            size = types.undecoded(src_dict, "size", "OrderCreateRequest", exc)

        try:
            partner_order_code = d.pop("partnerOrderCode", UNSET)
            if not isinstance(partner_order_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(partner_order_code).__name__}")
        except Exception as exc:
            partner_order_code = types.undecoded(src_dict, "partnerOrderCode", "OrderCreateRequest", exc)

        try:
            partner_rent_code = d.pop("partnerRentCode", UNSET)
            if not isinstance(partner_rent_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(partner_rent_code).__name__}")
        except Exception as exc:
            partner_rent_code = types.undecoded(src_dict, "partnerRentCode", "OrderCreateRequest", exc)

        order_create_request = cls(
            locker_id=locker_id,
            receiver_phone=receiver_phone,
            receiver_name=receiver_name,
            cost=cost,
            sender_phone=sender_phone,
            stack_position=stack_position,
            description=description,
            order_type=order_type,
            partner_code=partner_code,
            partner_outdate_threshold=partner_outdate_threshold,
            size=size,
            partner_order_code=partner_order_code,
            partner_rent_code=partner_rent_code,
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
