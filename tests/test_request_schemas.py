"""Requests get request schemas: Pancake's create-order body does not offer fields the server sets (PP-433)."""

from __future__ import annotations

import attrs

from partner_contracts.spec.api import discover

SERVER_SET = {
    "OrderItemInput": {"id", "inserted_at", "returned_count", "measure_group_id", "quantity_by_combo_products"},
    "OrderShippingAddressInput": {"province_name", "district_name", "commnue_name", "commune_code_sicepat"},
    "OrderWarehouseInfoInput": {"custom_id", "affiliate_id", "ffm_id", "has_snappy_service"},
    "OrderVariationInfoInput": {"barcode", "images", "inserted_at", "measure_info", "price_at_counter"},
}


def test_create_order_body_uses_input_schemas_without_server_set_fields() -> None:
    (api,) = [a for a in discover() if a.key == "pancake-pos"]
    schemas = api.bundled.document["components"]["schemas"]
    body = schemas["OrderCreateRequest"]["properties"]
    assert body["items"]["items"] == {"$ref": "#/components/schemas/OrderItemInput"}
    assert body["shipping_address"] == {"$ref": "#/components/schemas/OrderShippingAddressInput"}
    assert body["warehouse_info"] == {"$ref": "#/components/schemas/OrderWarehouseInfoInput"}
    for name, server_set in SERVER_SET.items():
        offered = set(schemas[name]["properties"])
        answered = set(schemas[name.removesuffix("Input")]["properties"])
        assert offered < answered and not offered & server_set, name


def test_generated_create_order_models_do_not_offer_server_set_fields() -> None:
    from pancake_pos_client import models

    item_fields = {f.name for f in attrs.fields(models.OrderItemInput)}
    assert "quantity" in item_fields and not item_fields & SERVER_SET["OrderItemInput"]
    address_fields = {f.name for f in attrs.fields(models.OrderShippingAddressInput)}
    assert "province_id" in address_fields and not address_fields & SERVER_SET["OrderShippingAddressInput"]


def test_webhook_settings_request_keeps_the_closed_webhook_types() -> None:
    """PP-414: the answer's webhook_types is open (str | WebhookType); the request's stays WebhookType."""
    from pancake_pos_client import models

    sent = str(attrs.fields(models.ShopWebhookConfigInput).webhook_types.type)
    answered = str(attrs.fields(models.ShopWebhookConfig).webhook_types.type)
    assert sent.startswith("list[WebhookType]") and "str" not in sent, sent
    assert "str" in answered, answered
