from typing import Literal

PartnerDetailsDeliveryTypeKnown = Literal["to_door_by_lift", "to_door_by_stairs", "to_pavement"]
"""The values the spec lists."""

PartnerDetailsDeliveryType = PartnerDetailsDeliveryTypeKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

PARTNER_DETAILS_DELIVERY_TYPE_VALUES: set[PartnerDetailsDeliveryTypeKnown] = {
    "to_door_by_lift",
    "to_door_by_stairs",
    "to_pavement",
}


def check_partner_details_delivery_type(value: str) -> PartnerDetailsDeliveryType:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in PARTNER_DETAILS_DELIVERY_TYPE_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARTNER_DETAILS_DELIVERY_TYPE_VALUES!r} or another str"
    )


def is_known_partner_details_delivery_type(value: PartnerDetailsDeliveryType) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in PARTNER_DETAILS_DELIVERY_TYPE_VALUES
