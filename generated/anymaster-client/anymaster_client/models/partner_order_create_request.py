from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.partner_order_create_request_payment_method import (
    PartnerOrderCreateRequestPaymentMethod,
    check_partner_order_create_request_payment_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerOrderCreateRequest")


@_attrs_define
class PartnerOrderCreateRequest:
    """Body of "Create new partner order" (Body Parameters table).

    Attributes:
        customer (Customer): Customer info.
        partner_details (PartnerDetails): Partner details of the order: store, items, stock flag and delivery type
            (composed from the partner's profile and "Get item list"). The source's description of this object, "delivery
            type", is copied from `delivery_type` (AM-010).
        datetime_ (list[Datetime]): Dates and time slots that the customer prefers (see "Get free master slots").
        payment_method (PartnerOrderCreateRequestPaymentMethod): Payment method.
        image_uuids (list[str]): Ids of the uploaded images linked to this order (the id returned by "Upload image",
            e.g. of the store receipt). No format is documented (AM-017).
        address (Address | Unset): Delivery/assembly address. The object is optional in the body, but when it is sent
            all four fields are required (AM-008).
    """

    customer: Customer
    partner_details: PartnerDetails
    datetime_: list[Datetime]
    payment_method: PartnerOrderCreateRequestPaymentMethod
    image_uuids: list[str]
    address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            partner_details = self.partner_details.to_dict()
        except (AttributeError, TypeError):
            partner_details = cast(Any, self.partner_details)

        try:
            datetime_ = []
            for datetime_item_data in self.datetime_:
                datetime_item = datetime_item_data.to_dict()
                datetime_.append(datetime_item)

        except (AttributeError, TypeError):
            datetime_ = cast(Any, self.datetime_)

        try:
            payment_method: str = self.payment_method
        except (AttributeError, TypeError):
            payment_method = cast(Any, self.payment_method)

        try:
            image_uuids = self.image_uuids

        except (AttributeError, TypeError):
            image_uuids = cast(Any, self.image_uuids)

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "partner_details": partner_details,
                "datetime": datetime_,
                "payment_method": payment_method,
                "image_uuids": image_uuids,
            }
        )
        if isinstance(customer, Unset):
            del field_dict["customer"]
        if isinstance(partner_details, Unset):
            del field_dict["partner_details"]
        if isinstance(datetime_, Unset):
            del field_dict["datetime"]
        if isinstance(payment_method, Unset):
            del field_dict["payment_method"]
        if isinstance(image_uuids, Unset):
            del field_dict["image_uuids"]
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            customer = Customer.from_dict(d.pop("customer"))

        except Exception as exc:
            customer = types.undecoded(src_dict, "customer", "PartnerOrderCreateRequest", exc)

        try:
            partner_details = PartnerDetails.from_dict(d.pop("partner_details"))

        except Exception as exc:
            partner_details = types.undecoded(src_dict, "partner_details", "PartnerOrderCreateRequest", exc)

        try:
            datetime_ = []
            _datetime_ = d.pop("datetime")
            if not isinstance(_datetime_, list):
                raise TypeError(f"expected an array, got {type(_datetime_).__name__}")
            for datetime_item_data in _datetime_:
                try:
                    datetime_item = Datetime.from_dict(datetime_item_data)

                except Exception as item_exc:
                    datetime_item = types.undecoded_item(datetime_item_data, "datetime", item_exc)
                datetime_.append(datetime_item)

        except Exception as exc:
            datetime_ = types.undecoded(src_dict, "datetime", "PartnerOrderCreateRequest", exc)

        try:
            payment_method = check_partner_order_create_request_payment_method(d.pop("payment_method"))

        except Exception as exc:
            payment_method = types.undecoded(src_dict, "payment_method", "PartnerOrderCreateRequest", exc)

        try:
            image_uuids = cast(list[str], d.pop("image_uuids"))

        except Exception as exc:
            image_uuids = types.undecoded(src_dict, "image_uuids", "PartnerOrderCreateRequest", exc)

        try:
            _address = d.pop("address", UNSET)
            address: Address | Unset
            if isinstance(_address, Unset):
                address = UNSET
            else:
                address = Address.from_dict(_address)

        except Exception as exc:
            address = types.undecoded(src_dict, "address", "PartnerOrderCreateRequest", exc)

        partner_order_create_request = cls(
            customer=customer,
            partner_details=partner_details,
            datetime_=datetime_,
            payment_method=payment_method,
            image_uuids=image_uuids,
            address=address,
        )

        partner_order_create_request.additional_properties = d
        return partner_order_create_request

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


from ..models.address import Address
from ..models.customer import Customer
from ..models.datetime_ import Datetime
from ..models.partner_details import PartnerDetails
