from typing import Literal

WebhookType = Literal["customers", "orders", "variations_warehouses"]

WEBHOOK_TYPE_VALUES: set[WebhookType] = {
    "customers",
    "orders",
    "variations_warehouses",
}


def check_webhook_type(value: str) -> WebhookType:
    if value in WEBHOOK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_TYPE_VALUES!r}")
