from typing import Literal

InventoryWebhookPayloadDataRecordType = Literal["variations_warehouses"]

INVENTORY_WEBHOOK_PAYLOAD_DATA_RECORD_TYPE_VALUES: set[InventoryWebhookPayloadDataRecordType] = {
    "variations_warehouses",
}


def check_inventory_webhook_payload_data_record_type(value: str) -> InventoryWebhookPayloadDataRecordType:
    if value in INVENTORY_WEBHOOK_PAYLOAD_DATA_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVENTORY_WEBHOOK_PAYLOAD_DATA_RECORD_TYPE_VALUES!r}"
    )
