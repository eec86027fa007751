from typing import Literal

CustomerWebhookPayloadType = Literal["customers"]

CUSTOMER_WEBHOOK_PAYLOAD_TYPE_VALUES: set[CustomerWebhookPayloadType] = {
    "customers",
}


def check_customer_webhook_payload_type(value: str) -> CustomerWebhookPayloadType:
    if value in CUSTOMER_WEBHOOK_PAYLOAD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOMER_WEBHOOK_PAYLOAD_TYPE_VALUES!r}")
