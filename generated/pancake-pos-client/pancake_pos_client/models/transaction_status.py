from typing import Literal

TransactionStatusKnown = Literal[0, 1, 2, 3]
"""The values the spec lists."""

TransactionStatus = TransactionStatusKnown | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

TRANSACTION_STATUS_VALUES: set[TransactionStatusKnown] = {
    0,
    1,
    2,
    3,
}


def check_transaction_status(value: int) -> TransactionStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in TRANSACTION_STATUS_VALUES or isinstance(value, int):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_STATUS_VALUES!r} or another int")


def is_known_transaction_status(value: TransactionStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in TRANSACTION_STATUS_VALUES
