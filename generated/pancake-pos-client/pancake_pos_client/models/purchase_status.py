from typing import Literal

PurchaseStatusKnown = Literal[-1, 0, 1, 2]
"""The values the spec lists."""

PurchaseStatus = PurchaseStatusKnown | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

PURCHASE_STATUS_VALUES: set[PurchaseStatusKnown] = {
    -1,
    0,
    1,
    2,
}


def check_purchase_status(value: int) -> PurchaseStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in PURCHASE_STATUS_VALUES or isinstance(value, int):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_STATUS_VALUES!r} or another int")


def is_known_purchase_status(value: PurchaseStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in PURCHASE_STATUS_VALUES
