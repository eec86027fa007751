from typing import Literal

TransactionStatusType0Known = Literal[0, 1, 2, 3]
"""The values the spec lists."""

TransactionStatusType0 = TransactionStatusType0Known | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

TRANSACTION_STATUS_TYPE_0_VALUES: set[TransactionStatusType0Known] = {
    0,
    1,
    2,
    3,
}


def check_transaction_status_type_0(value: int) -> TransactionStatusType0:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in TRANSACTION_STATUS_TYPE_0_VALUES or isinstance(value, int):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_STATUS_TYPE_0_VALUES!r} or another int")


def is_known_transaction_status_type_0(value: TransactionStatusType0) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in TRANSACTION_STATUS_TYPE_0_VALUES
