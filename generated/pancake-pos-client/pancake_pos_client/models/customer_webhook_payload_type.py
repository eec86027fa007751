from typing import Literal

CustomerWebhookPayloadTypeKnown = Literal["customers"]
"""The values the spec lists."""

CustomerWebhookPayloadType = CustomerWebhookPayloadTypeKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

CUSTOMER_WEBHOOK_PAYLOAD_TYPE_VALUES: set[CustomerWebhookPayloadTypeKnown] = {
    "customers",
}


def check_customer_webhook_payload_type(value: str) -> CustomerWebhookPayloadType:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in CUSTOMER_WEBHOOK_PAYLOAD_TYPE_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOMER_WEBHOOK_PAYLOAD_TYPE_VALUES!r} or another str"
    )


def is_known_customer_webhook_payload_type(value: CustomerWebhookPayloadType) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in CUSTOMER_WEBHOOK_PAYLOAD_TYPE_VALUES
