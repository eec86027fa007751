from typing import Literal, cast

WebhookTypeKnown = Literal["customers", "orders", "variations_warehouses"]
"""The values the spec lists."""

WebhookType = WebhookTypeKnown
"""A value the spec lists: only requests use this enum, so mypy rejects any other (the client still sends
what it is given, and decodes any string it receives)."""

WEBHOOK_TYPE_VALUES: set[WebhookTypeKnown] = {
    "customers",
    "orders",
    "variations_warehouses",
}


def check_webhook_type(value: str) -> WebhookType:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in WEBHOOK_TYPE_VALUES or isinstance(value, str):
        return cast(WebhookType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_TYPE_VALUES!r} or another str")


def is_known_webhook_type(value: WebhookType) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in WEBHOOK_TYPE_VALUES
