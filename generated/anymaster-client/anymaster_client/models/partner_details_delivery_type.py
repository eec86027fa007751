from typing import Literal

PartnerDetailsDeliveryType = Literal["to_door_by_lift", "to_door_by_stairs", "to_pavement"]

PARTNER_DETAILS_DELIVERY_TYPE_VALUES: set[PartnerDetailsDeliveryType] = {
    "to_door_by_lift",
    "to_door_by_stairs",
    "to_pavement",
}


def check_partner_details_delivery_type(value: str) -> PartnerDetailsDeliveryType:
    if value in PARTNER_DETAILS_DELIVERY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_DETAILS_DELIVERY_TYPE_VALUES!r}")
