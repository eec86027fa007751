from typing import Literal

TransactionPaymentMethod = Literal[
    "cash",
    "charged_by_card",
    "charged_by_fundiin",
    "charged_by_kredivo",
    "charged_by_momo",
    "charged_by_qrpay",
    "charged_by_vnpay",
    "transfer_money",
]

TRANSACTION_PAYMENT_METHOD_VALUES: set[TransactionPaymentMethod] = {
    "cash",
    "charged_by_card",
    "charged_by_fundiin",
    "charged_by_kredivo",
    "charged_by_momo",
    "charged_by_qrpay",
    "charged_by_vnpay",
    "transfer_money",
}


def check_transaction_payment_method(value: str) -> TransactionPaymentMethod:
    if value in TRANSACTION_PAYMENT_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_PAYMENT_METHOD_VALUES!r}")
