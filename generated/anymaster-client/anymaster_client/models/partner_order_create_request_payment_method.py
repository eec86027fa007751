from typing import Literal

PartnerOrderCreateRequestPaymentMethodKnown = Literal["cash", "stripe"]
"""The values the spec lists."""

PartnerOrderCreateRequestPaymentMethod = PartnerOrderCreateRequestPaymentMethodKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

PARTNER_ORDER_CREATE_REQUEST_PAYMENT_METHOD_VALUES: set[PartnerOrderCreateRequestPaymentMethodKnown] = {
    "cash",
    "stripe",
}


def check_partner_order_create_request_payment_method(value: str) -> PartnerOrderCreateRequestPaymentMethod:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in PARTNER_ORDER_CREATE_REQUEST_PAYMENT_METHOD_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARTNER_ORDER_CREATE_REQUEST_PAYMENT_METHOD_VALUES!r} or another str"
    )


def is_known_partner_order_create_request_payment_method(value: PartnerOrderCreateRequestPaymentMethod) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in PARTNER_ORDER_CREATE_REQUEST_PAYMENT_METHOD_VALUES
