from typing import Literal

PartnerStatusKnown = Literal[
    "canceled",
    "delay_delivery",
    "delay_pickup",
    "delivered",
    "delivered_cod",
    "on_the_way",
    "out_for_delivery",
    "picked_up",
    "picking_up",
    "request_received",
    "returned",
    "returned_cod",
    "returning",
    "undeliverable",
    "waiting_for_return",
]
"""The values the spec lists."""

PartnerStatus = PartnerStatusKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

PARTNER_STATUS_VALUES: set[PartnerStatusKnown] = {
    "canceled",
    "delay_delivery",
    "delay_pickup",
    "delivered",
    "delivered_cod",
    "on_the_way",
    "out_for_delivery",
    "picked_up",
    "picking_up",
    "request_received",
    "returned",
    "returned_cod",
    "returning",
    "undeliverable",
    "waiting_for_return",
}


def check_partner_status(value: str) -> PartnerStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in PARTNER_STATUS_VALUES or isinstance(value, str):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_STATUS_VALUES!r} or another str")


def is_known_partner_status(value: PartnerStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in PARTNER_STATUS_VALUES
