from typing import Literal

PartnerOrderCreateRequestPaymentMethod = Literal["cash", "stripe"]

PARTNER_ORDER_CREATE_REQUEST_PAYMENT_METHOD_VALUES: set[PartnerOrderCreateRequestPaymentMethod] = {
    "cash",
    "stripe",
}


def check_partner_order_create_request_payment_method(value: str) -> PartnerOrderCreateRequestPaymentMethod:
    if value in PARTNER_ORDER_CREATE_REQUEST_PAYMENT_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARTNER_ORDER_CREATE_REQUEST_PAYMENT_METHOD_VALUES!r}"
    )
