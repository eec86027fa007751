from typing import Literal

TransactionStatus = Literal[0, 1, 2, 3]

TRANSACTION_STATUS_VALUES: set[TransactionStatus] = {
    0,
    1,
    2,
    3,
}


def check_transaction_status(value: int) -> TransactionStatus:
    if value in TRANSACTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_STATUS_VALUES!r}")
