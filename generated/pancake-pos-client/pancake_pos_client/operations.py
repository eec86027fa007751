"""Every operation of the Pancake POS API client, and which ones are safe to repeat.

Placed here by partner-contracts from the spec; regenerate instead of editing. GET, HEAD and OPTIONS are
safe to repeat; another method is only where the spec marks the operation ``x-idempotent: true`` (the
vendor document says repeating it changes nothing more). Those are retried by default; the others only
when a call passes ``max_retries=`` or the client ``with_options(retry_non_idempotent=True)``.
"""

from __future__ import annotations

__spec_version__ = "3.0.0"
"""``info.version`` of the contract this client was generated from (the package has its own version)."""

IDEMPOTENT: frozenset[str] = frozenset(
    {
        "compare_shipping_fees",
    }
)
"""Operations (function names) with a method other than GET/HEAD/OPTIONS that are safe to repeat."""

OPERATIONS: dict[str, tuple[str, str, bool]] = {
    "api.analytics.get_sale_analytics": ("GET", "/shops/{shop_id}/analytics/sale", True),
    "api.call_laters.create_call_later": ("POST", "/shops/{shop_id}/order_call_laters", False),
    "api.call_laters.list_call_laters": ("GET", "/shops/{shop_id}/order_call_laters", True),
    "api.carriers.compare_shipping_fees": ("POST", "/shops/{shop_id}/orders/price_comparing", True),
    "api.carriers.list_partners": ("GET", "/shops/{shop_id}/partners", True),
    "api.categories.list_categories": ("GET", "/shops/{shop_id}/categories", True),
    "api.combos.list_combo_products": ("GET", "/shops/{shop_id}/combo_products", True),
    "api.crm.create_crm_record": ("POST", "/shops/{shop_id}/crm/{table_name}/records", False),
    "api.crm.create_crm_table": ("POST", "/shops/{shop_id}/crm/tables", False),
    "api.crm.get_crm_record_history": ("GET", "/shops/{shop_id}/crm/{table_name}/history", True),
    "api.crm.list_crm_profiles": ("GET", "/shops/{shop_id}/crm/profile", True),
    "api.crm.list_crm_records": ("GET", "/shops/{shop_id}/crm/{table_name}/records", True),
    "api.crm.list_crm_tables": ("GET", "/shops/{shop_id}/crm/tables", True),
    "api.crm.update_crm_record": ("PUT", "/shops/{shop_id}/crm/{table_name}/records", False),
    "api.customer_levels.list_customer_levels": ("GET", "/shops/{shop_id}/customer_levels", True),
    "api.customers.create_customer": ("POST", "/shops/{shop_id}/customers", False),
    "api.customers.create_promotion_advance_multi": ("POST", "/shops/{shop_id}/promotion_advance/create_multi", False),
    "api.customers.list_customer_notes": ("GET", "/shops/{shop_id}/customers/{customer_id}/load_customer_notes", True),
    "api.customers.list_customer_point_logs": ("GET", "/shops/{shop_id}/customers/point_logs", True),
    "api.customers.list_customers": ("GET", "/shops/{shop_id}/customers", True),
    "api.customers.update_customer": ("PUT", "/shops/{shop_id}/customers/{customer_id}", False),
    "api.exports.create_export": ("POST", "/shops/{shop_id}/export", False),
    "api.exports.list_exports": ("GET", "/shops/{shop_id}/export", True),
    "api.exports.update_export": ("PUT", "/shops/{shop_id}/export/{export_id}", False),
    "api.geo.list_communes": ("GET", "/geo/communes", True),
    "api.geo.list_districts": ("GET", "/geo/districts", True),
    "api.geo.list_provinces": ("GET", "/geo/provinces", True),
    "api.inventory_histories.list_inventory_histories": ("GET", "/shops/{shop_id}/inventory_histories", True),
    "api.measurements.list_measurements": ("GET", "/shops/{shop_id}/product_measurements/get_measure", True),
    "api.order_tags.list_order_tags": ("GET", "/shops/{shop_id}/orders/tags", True),
    "api.orders.create_order": ("POST", "/shops/{shop_id}/orders", False),
    "api.orders.get_logistics_shipping_document": (
        "POST",
        "/shops/{shop_id}/products/get_logistics_shipping_document",
        False,
    ),
    "api.orders.get_order": ("GET", "/shops/{shop_id}/orders/{order_id}", True),
    "api.orders.get_order_tracking_url": ("POST", "/shops/{shop_id}/orders/get_tracking_url", False),
    "api.orders.list_order_sources": ("GET", "/shops/{shop_id}/order_source", True),
    "api.orders.list_orders": ("GET", "/shops/{shop_id}/orders", True),
    "api.orders.update_order": ("PUT", "/shops/{shop_id}/orders/{order_id}", False),
    "api.products.bulk_update_variation_quantity": ("POST", "/shops/{shop_id}/variations/update_quantity", False),
    "api.products.create_product": ("POST", "/shops/{shop_id}/products", False),
    "api.products.list_product_variations": ("GET", "/shops/{shop_id}/products/variations", True),
    "api.products.update_composite_product": ("POST", "/shops/{shop_id}/variations/update_composite_product", False),
    "api.products.update_product": ("PUT", "/shops/{shop_id}/products/{product_id}", False),
    "api.products.update_variation_quantity": (
        "POST",
        "/shops/{shop_id}/variations/{variation_id}/update_quantity",
        False,
    ),
    "api.promotions.create_promotion_advance": ("POST", "/shops/{shop_id}/promotion_advance", False),
    "api.promotions.create_promotion_product": ("POST", "/shops/{shop_id}/promotion_products", False),
    "api.promotions.list_promotion_advances": ("GET", "/shops/{shop_id}/promotion_advance", True),
    "api.promotions.list_promotion_products": ("GET", "/shops/{shop_id}/promotion_products", True),
    "api.promotions.update_promotion_advance": ("PUT", "/shops/{shop_id}/promotion_advance/{id}", False),
    "api.promotions.update_promotion_product": ("PUT", "/shops/{shop_id}/promotion_products/{id}", False),
    "api.purchases.create_purchase": ("POST", "/shops/{shop_id}/purchases", False),
    "api.purchases.list_purchases": ("GET", "/shops/{shop_id}/purchases", True),
    "api.purchases.separate_purchase": ("POST", "/shops/{shop_id}/purchases/separate", False),
    "api.purchases.update_purchase": ("PUT", "/shops/{shop_id}/purchases/{purchase_id}", False),
    "api.returned_orders.list_returned_orders": ("GET", "/shops/{shop_id}/orders_returned", True),
    "api.shops.list_shops": ("GET", "/shops", True),
    "api.stocktakings.create_stocktaking": ("POST", "/shops/{shop_id}/stocktakings", False),
    "api.stocktakings.list_stocktakings": ("GET", "/shops/{shop_id}/stocktakings", True),
    "api.stocktakings.update_stocktaking": ("PUT", "/shops/{shop_id}/stocktakings/{stocktaking_id}", False),
    "api.transactions.create_adv_cost": ("POST", "/shops/{shop_id}/adv_costs", False),
    "api.transactions.create_transaction": ("POST", "/shops/{shop_id}/transactions", False),
    "api.transactions.list_transactions": ("GET", "/shops/{shop_id}/transactions", True),
    "api.transfers.create_transfers": ("POST", "/shops/{shop_id}/transfers/multi", False),
    "api.transfers.list_transfers": ("GET", "/shops/{shop_id}/transfers", True),
    "api.transfers.update_transfer": ("PUT", "/shops/{shop_id}/transfers/{transfer_id}", False),
    "api.users.list_users": ("GET", "/shops/{shop_id}/users", True),
    "api.vouchers.create_voucher": ("POST", "/shops/{shop_id}/vouchers", False),
    "api.vouchers.get_voucher": ("GET", "/shops/{shop_id}/vouchers/{voucher_id}", True),
    "api.vouchers.list_vouchers": ("GET", "/shops/{shop_id}/vouchers", True),
    "api.warehouses.create_warehouse": ("POST", "/shops/{shop_id}/warehouses", False),
    "api.warehouses.list_warehouses": ("GET", "/shops/{shop_id}/warehouses", True),
    "api.warehouses.update_warehouse": ("PUT", "/shops/{shop_id}/warehouses/{warehouse_id}", False),
    "api.webhooks.update_shop_webhook": ("PUT", "/shops/{shop_id}", False),
}
"""Module -> (method, path, safe to repeat), for every operation."""

__all__ = ["IDEMPOTENT", "OPERATIONS", "__spec_version__"]
