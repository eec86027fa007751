from typing import Literal

InventoryWebhookPayloadDataRecordTypeKnown = Literal["variations_warehouses"]
"""The values the spec lists."""

InventoryWebhookPayloadDataRecordType = InventoryWebhookPayloadDataRecordTypeKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

INVENTORY_WEBHOOK_PAYLOAD_DATA_RECORD_TYPE_VALUES: set[InventoryWebhookPayloadDataRecordTypeKnown] = {
    "variations_warehouses",
}


def check_inventory_webhook_payload_data_record_type(value: str) -> InventoryWebhookPayloadDataRecordType:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in INVENTORY_WEBHOOK_PAYLOAD_DATA_RECORD_TYPE_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVENTORY_WEBHOOK_PAYLOAD_DATA_RECORD_TYPE_VALUES!r} or another str"
    )


def is_known_inventory_webhook_payload_data_record_type(value: InventoryWebhookPayloadDataRecordType) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in INVENTORY_WEBHOOK_PAYLOAD_DATA_RECORD_TYPE_VALUES
