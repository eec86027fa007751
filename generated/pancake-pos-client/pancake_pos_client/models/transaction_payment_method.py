from typing import Literal, cast

TransactionPaymentMethodKnown = Literal[
    "cash",
    "charged_by_card",
    "charged_by_fundiin",
    "charged_by_kredivo",
    "charged_by_momo",
    "charged_by_qrpay",
    "charged_by_vnpay",
    "transfer_money",
]
"""The values the spec lists."""

TransactionPaymentMethod = TransactionPaymentMethodKnown
"""A value the spec lists: only requests use this enum, so mypy rejects any other (the client still sends
what it is given, and decodes any string it receives)."""

TRANSACTION_PAYMENT_METHOD_VALUES: set[TransactionPaymentMethodKnown] = {
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
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in TRANSACTION_PAYMENT_METHOD_VALUES or isinstance(value, str):
        return cast(TransactionPaymentMethod, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_PAYMENT_METHOD_VALUES!r} or another str")


def is_known_transaction_payment_method(value: TransactionPaymentMethod) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in TRANSACTION_PAYMENT_METHOD_VALUES
