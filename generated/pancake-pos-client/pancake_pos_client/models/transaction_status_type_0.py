from typing import Literal

TransactionStatusType0 = Literal[0, 1, 2, 3]

TRANSACTION_STATUS_TYPE_0_VALUES: set[TransactionStatusType0] = {
    0,
    1,
    2,
    3,
}


def check_transaction_status_type_0(value: int) -> TransactionStatusType0:
    if value in TRANSACTION_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_STATUS_TYPE_0_VALUES!r}")
