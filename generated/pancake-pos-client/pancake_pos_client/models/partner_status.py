from typing import Literal

PartnerStatus = Literal[
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

PARTNER_STATUS_VALUES: set[PartnerStatus] = {
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
    if value in PARTNER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_STATUS_VALUES!r}")
