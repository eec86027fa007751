"""Contains all the data models used in inputs/outputs.

A model's module is imported the first time the model is used (``from .models import X`` or
``models.X``), so importing the package stays fast however many models the API has.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .adv_cost import AdvCost
    from .adv_cost_items_item import AdvCostItemsItem
    from .adv_cost_items_item_source import AdvCostItemsItemSource
    from .adv_cost_transaction import AdvCostTransaction
    from .best_service_code import BestServiceCode
    from .bulk_update_variation_quantity_response_200 import (
        BulkUpdateVariationQuantityResponse200,
    )
    from .call_later import CallLater
    from .call_later_create_request import CallLaterCreateRequest
    from .call_later_create_request_order_call_later import (
        CallLaterCreateRequestOrderCallLater,
    )
    from .call_later_status import CallLaterStatus
    from .category import Category
    from .combo_product import ComboProduct
    from .combo_product_order_sources_item import ComboProductOrderSourcesItem
    from .commune import Commune
    from .compare_shipping_fees_response_200 import CompareShippingFeesResponse200
    from .create_adv_cost_body import CreateAdvCostBody
    from .create_adv_cost_response_200 import CreateAdvCostResponse200
    from .create_call_later_response_200 import CreateCallLaterResponse200
    from .create_crm_record_body import CreateCrmRecordBody
    from .create_crm_record_body_record import CreateCrmRecordBodyRecord
    from .create_crm_table_body import CreateCrmTableBody
    from .create_crm_table_body_table import CreateCrmTableBodyTable
    from .create_crm_table_response_200 import CreateCrmTableResponse200
    from .create_crm_table_response_200_data import CreateCrmTableResponse200Data
    from .create_customer_response_200 import CreateCustomerResponse200
    from .create_export_response_200 import CreateExportResponse200
    from .create_product_response_200 import CreateProductResponse200
    from .create_promotion_advance_body import CreatePromotionAdvanceBody
    from .create_promotion_advance_multi_response_200 import (
        CreatePromotionAdvanceMultiResponse200,
    )
    from .create_promotion_advance_response_200 import CreatePromotionAdvanceResponse200
    from .create_promotion_product_body import CreatePromotionProductBody
    from .create_promotion_product_response_200 import CreatePromotionProductResponse200
    from .create_purchase_response_200 import CreatePurchaseResponse200
    from .create_stocktaking_response_200 import CreateStocktakingResponse200
    from .create_transaction_response_200 import CreateTransactionResponse200
    from .create_transfers_response_200 import CreateTransfersResponse200
    from .create_voucher_response_200 import CreateVoucherResponse200
    from .create_warehouse_response_200 import CreateWarehouseResponse200
    from .creator_summary import CreatorSummary
    from .crm_field import CrmField
    from .crm_history import CrmHistory
    from .crm_history_changes_item import CrmHistoryChangesItem
    from .crm_profile import CrmProfile
    from .crm_record import CrmRecord
    from .crm_record_envelope import CrmRecordEnvelope
    from .crm_record_envelope_data import CrmRecordEnvelopeData
    from .crm_section import CrmSection
    from .crm_table import CrmTable
    from .crm_table_permission_type_type_0 import CrmTablePermissionTypeType0
    from .crm_table_table_permissions_item import CrmTableTablePermissionsItem
    from .crm_webhook_payload import CrmWebhookPayload
    from .crm_webhook_payload_data import CrmWebhookPayloadData
    from .customer import Customer
    from .customer_address import CustomerAddress
    from .customer_address_input import CustomerAddressInput
    from .customer_create_request import CustomerCreateRequest
    from .customer_create_request_create_type import CustomerCreateRequestCreateType
    from .customer_level import CustomerLevel
    from .customer_level_discount_type_type_0 import CustomerLevelDiscountTypeType0
    from .customer_note import CustomerNote
    from .customer_note_created_by import CustomerNoteCreatedBy
    from .customer_note_images_item_type_1 import CustomerNoteImagesItemType1
    from .customer_update_request import CustomerUpdateRequest
    from .customer_update_request_customer import CustomerUpdateRequestCustomer
    from .customer_update_request_customer_notes_item import (
        CustomerUpdateRequestCustomerNotesItem,
    )
    from .customer_update_request_customer_notes_item_images_item import (
        CustomerUpdateRequestCustomerNotesItemImagesItem,
    )
    from .customer_webhook_payload import CustomerWebhookPayload
    from .customer_webhook_payload_ad_clicks_item import (
        CustomerWebhookPayloadAdClicksItem,
    )
    from .customer_webhook_payload_type import CustomerWebhookPayloadType
    from .district import District
    from .error import Error
    from .export import Export
    from .export_create_defective_request import ExportCreateDefectiveRequest
    from .export_create_defective_request_export_list import (
        ExportCreateDefectiveRequestExportList,
    )
    from .export_create_defective_request_export_list_export_items_item import (
        ExportCreateDefectiveRequestExportListExportItemsItem,
    )
    from .export_create_normal_request import ExportCreateNormalRequest
    from .export_create_normal_request_export_list import (
        ExportCreateNormalRequestExportList,
    )
    from .export_create_normal_request_export_list_export_items_item import (
        ExportCreateNormalRequestExportListExportItemsItem,
    )
    from .export_item import ExportItem
    from .export_status import ExportStatus
    from .export_update_defective_request import ExportUpdateDefectiveRequest
    from .export_update_defective_request_export_list import (
        ExportUpdateDefectiveRequestExportList,
    )
    from .export_update_defective_request_export_list_export_items_item import (
        ExportUpdateDefectiveRequestExportListExportItemsItem,
    )
    from .export_update_normal_request import ExportUpdateNormalRequest
    from .export_update_normal_request_export_list import (
        ExportUpdateNormalRequestExportList,
    )
    from .export_update_normal_request_export_list_export_items_item import (
        ExportUpdateNormalRequestExportListExportItemsItem,
    )
    from .get_crm_record_history_response_200 import GetCrmRecordHistoryResponse200
    from .get_logistics_shipping_document_body import GetLogisticsShippingDocumentBody
    from .get_logistics_shipping_document_body_params_item import (
        GetLogisticsShippingDocumentBodyParamsItem,
    )
    from .get_logistics_shipping_document_document_type import (
        GetLogisticsShippingDocumentDocumentType,
    )
    from .get_logistics_shipping_document_response_200 import (
        GetLogisticsShippingDocumentResponse200,
    )
    from .get_order_tracking_url_response_200 import GetOrderTrackingUrlResponse200
    from .get_sale_analytics_response_200 import GetSaleAnalyticsResponse200
    from .get_sale_analytics_returned_record import GetSaleAnalyticsReturnedRecord
    from .get_sale_analytics_returned_status import GetSaleAnalyticsReturnedStatus
    from .get_sale_analytics_success_record import GetSaleAnalyticsSuccessRecord
    from .get_sale_analytics_success_status import GetSaleAnalyticsSuccessStatus
    from .get_sale_analytics_user_type import GetSaleAnalyticsUserType
    from .ghn_service_code import GhnServiceCode
    from .inventory_history import InventoryHistory
    from .inventory_history_current_inventory_item import (
        InventoryHistoryCurrentInventoryItem,
    )
    from .inventory_history_variation_now import InventoryHistoryVariationNow
    from .inventory_history_variation_now_fields_item import (
        InventoryHistoryVariationNowFieldsItem,
    )
    from .inventory_history_warehouse import InventoryHistoryWarehouse
    from .inventory_webhook_payload import InventoryWebhookPayload
    from .inventory_webhook_payload_data import InventoryWebhookPayloadData
    from .inventory_webhook_payload_data_record import InventoryWebhookPayloadDataRecord
    from .inventory_webhook_payload_data_record_type import (
        InventoryWebhookPayloadDataRecordType,
    )
    from .list_call_laters_response_200 import ListCallLatersResponse200
    from .list_call_laters_status import ListCallLatersStatus
    from .list_categories_response_200 import ListCategoriesResponse200
    from .list_combo_products_response_200 import ListComboProductsResponse200
    from .list_communes_response_200 import ListCommunesResponse200
    from .list_crm_profiles_response_200 import ListCrmProfilesResponse200
    from .list_crm_records_response_200 import ListCrmRecordsResponse200
    from .list_crm_records_response_200_data import ListCrmRecordsResponse200Data
    from .list_crm_tables_response_200 import ListCrmTablesResponse200
    from .list_customer_levels_response_200 import ListCustomerLevelsResponse200
    from .list_customer_notes_response_200 import ListCustomerNotesResponse200
    from .list_customer_notes_response_200_customer_notes_item import (
        ListCustomerNotesResponse200CustomerNotesItem,
    )
    from .list_customer_point_logs_response_200 import ListCustomerPointLogsResponse200
    from .list_customers_response_200 import ListCustomersResponse200
    from .list_districts_response_200 import ListDistrictsResponse200
    from .list_exports_response_200 import ListExportsResponse200
    from .list_exports_status import ListExportsStatus
    from .list_inventory_histories_response_200 import ListInventoryHistoriesResponse200
    from .list_measurements_response_200 import ListMeasurementsResponse200
    from .list_order_sources_response_200 import ListOrderSourcesResponse200
    from .list_order_tags_response_200 import ListOrderTagsResponse200
    from .list_orders_response_200 import ListOrdersResponse200
    from .list_orders_update_status_type_0 import ListOrdersUpdateStatusType0
    from .list_orders_update_status_type_1 import ListOrdersUpdateStatusType1
    from .list_partners_response_200 import ListPartnersResponse200
    from .list_product_variations_product_status import (
        ListProductVariationsProductStatus,
    )
    from .list_product_variations_response_200 import ListProductVariationsResponse200
    from .list_product_variations_selling_status import (
        ListProductVariationsSellingStatus,
    )
    from .list_promotion_advances_response_200 import ListPromotionAdvancesResponse200
    from .list_promotion_products_response_200 import ListPromotionProductsResponse200
    from .list_provinces_response_200 import ListProvincesResponse200
    from .list_purchases_response_200 import ListPurchasesResponse200
    from .list_purchases_status import ListPurchasesStatus
    from .list_returned_orders_response_200 import ListReturnedOrdersResponse200
    from .list_returned_orders_update_status_type_0 import (
        ListReturnedOrdersUpdateStatusType0,
    )
    from .list_returned_orders_update_status_type_1 import (
        ListReturnedOrdersUpdateStatusType1,
    )
    from .list_shops_response_200 import ListShopsResponse200
    from .list_stocktakings_response_200 import ListStocktakingsResponse200
    from .list_stocktakings_status import ListStocktakingsStatus
    from .list_transactions_response_200 import ListTransactionsResponse200
    from .list_transactions_status import ListTransactionsStatus
    from .list_transfers_response_200 import ListTransfersResponse200
    from .list_users_response_200 import ListUsersResponse200
    from .list_vouchers_response_200 import ListVouchersResponse200
    from .list_warehouses_response_200 import ListWarehousesResponse200
    from .measurement import Measurement
    from .measurement_nodes_item import MeasurementNodesItem
    from .order import Order
    from .order_activated_combo import OrderActivatedCombo
    from .order_activated_combo_combo_product_info import (
        OrderActivatedComboComboProductInfo,
    )
    from .order_activated_combo_combo_product_info_combo_product_variations_item import (
        OrderActivatedComboComboProductInfoComboProductVariationsItem,
    )
    from .order_advanced_platform_fee import OrderAdvancedPlatformFee
    from .order_create_request import OrderCreateRequest
    from .order_customer import OrderCustomer
    from .order_customer_referral_code_type_1 import OrderCustomerReferralCodeType1
    from .order_envelope import OrderEnvelope
    from .order_histories_item import OrderHistoriesItem
    from .order_histories_item_additional_property import (
        OrderHistoriesItemAdditionalProperty,
    )
    from .order_histories_item_items_item import OrderHistoriesItemItemsItem
    from .order_item import OrderItem
    from .order_item_input import OrderItemInput
    from .order_partner import OrderPartner
    from .order_returned_reason import OrderReturnedReason
    from .order_shipping_address import OrderShippingAddress
    from .order_shipping_address_input import OrderShippingAddressInput
    from .order_source import OrderSource
    from .order_staff import OrderStaff
    from .order_status import OrderStatus
    from .order_status_history_item import OrderStatusHistoryItem
    from .order_tag import OrderTag
    from .order_tag_groups_item import OrderTagGroupsItem
    from .order_tags_item_type_1 import OrderTagsItemType1
    from .order_update_request import OrderUpdateRequest
    from .order_update_request_pick_up_method import OrderUpdateRequestPickUpMethod
    from .order_update_request_picking_shif_marketplace import (
        OrderUpdateRequestPickingShifMarketplace,
    )
    from .order_update_request_tags_item import OrderUpdateRequestTagsItem
    from .order_variation_info import OrderVariationInfo
    from .order_variation_info_fields_type_0_item import (
        OrderVariationInfoFieldsType0Item,
    )
    from .order_variation_info_input import OrderVariationInfoInput
    from .order_variation_info_input_fields_type_0_item import (
        OrderVariationInfoInputFieldsType0Item,
    )
    from .order_variation_info_measure_info import OrderVariationInfoMeasureInfo
    from .order_warehouse_info import OrderWarehouseInfo
    from .order_warehouse_info_input import OrderWarehouseInfoInput
    from .page import Page
    from .page_settings import PageSettings
    from .partner import Partner
    from .partner_status import PartnerStatus
    from .point_log import PointLog
    from .price_comparing import PriceComparing
    from .price_comparing_request import PriceComparingRequest
    from .product import Product
    from .product_attribute import ProductAttribute
    from .product_create_request import ProductCreateRequest
    from .product_create_request_product import ProductCreateRequestProduct
    from .product_create_request_product_variations_item import (
        ProductCreateRequestProductVariationsItem,
    )
    from .product_tags_item import ProductTagsItem
    from .product_update_request import ProductUpdateRequest
    from .product_update_request_product import ProductUpdateRequestProduct
    from .product_update_request_product_variations_item import (
        ProductUpdateRequestProductVariationsItem,
    )
    from .promotion_advance import PromotionAdvance
    from .promotion_advance_input import PromotionAdvanceInput
    from .promotion_advance_multi import PromotionAdvanceMulti
    from .promotion_advance_multi_promotion_advance import (
        PromotionAdvanceMultiPromotionAdvance,
    )
    from .promotion_advance_multi_promotion_advance_promotion import (
        PromotionAdvanceMultiPromotionAdvancePromotion,
    )
    from .promotion_advance_multi_promotion_advance_promotion_promo_code_info import (
        PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo,
    )
    from .promotion_advance_type import PromotionAdvanceType
    from .promotion_bonus_product import PromotionBonusProduct
    from .promotion_bonus_product_images_type_1 import PromotionBonusProductImagesType1
    from .promotion_bonus_product_variation_info import (
        PromotionBonusProductVariationInfo,
    )
    from .promotion_coupon_info import PromotionCouponInfo
    from .promotion_product import PromotionProduct
    from .promotion_product_input import PromotionProductInput
    from .promotion_product_item import PromotionProductItem
    from .promotion_promo_code_info import PromotionPromoCodeInfo
    from .promotion_variation_info import PromotionVariationInfo
    from .promotion_variation_info_categories_item import (
        PromotionVariationInfoCategoriesItem,
    )
    from .promotion_variation_info_fields_item import PromotionVariationInfoFieldsItem
    from .promotion_variation_info_product_attributes_item import (
        PromotionVariationInfoProductAttributesItem,
    )
    from .promotion_variation_info_product_attributes_item_keyword_item import (
        PromotionVariationInfoProductAttributesItemKeywordItem,
    )
    from .promotion_variation_info_tags_item import PromotionVariationInfoTagsItem
    from .promotion_variation_warehouse import PromotionVariationWarehouse
    from .promotion_variation_warehouse_adjustments_item import (
        PromotionVariationWarehouseAdjustmentsItem,
    )
    from .promotion_variation_warehouse_adjustments_item_editor import (
        PromotionVariationWarehouseAdjustmentsItemEditor,
    )
    from .province import Province
    from .purchase import Purchase
    from .purchase_create_request import PurchaseCreateRequest
    from .purchase_create_request_purchase import PurchaseCreateRequestPurchase
    from .purchase_create_request_purchase_items_item import (
        PurchaseCreateRequestPurchaseItemsItem,
    )
    from .purchase_item import PurchaseItem
    from .purchase_separate_input import PurchaseSeparateInput
    from .purchase_separate_input_items_item import PurchaseSeparateInputItemsItem
    from .purchase_separate_request import PurchaseSeparateRequest
    from .purchase_separate_request_old_purchase import (
        PurchaseSeparateRequestOldPurchase,
    )
    from .purchase_status import PurchaseStatus
    from .purchase_update_request import PurchaseUpdateRequest
    from .purchase_update_request_purchase import PurchaseUpdateRequestPurchase
    from .purchase_update_request_purchase_items_item import (
        PurchaseUpdateRequestPurchaseItemsItem,
    )
    from .returned_order import ReturnedOrder
    from .returned_order_item import ReturnedOrderItem
    from .returned_order_item_variation_info import ReturnedOrderItemVariationInfo
    from .returned_order_item_variation_info_retail_price_by_currency_item import (
        ReturnedOrderItemVariationInfoRetailPriceByCurrencyItem,
    )
    from .returned_order_order import ReturnedOrderOrder
    from .returned_order_order_items_item import ReturnedOrderOrderItemsItem
    from .returned_order_order_items_item_variation_info import (
        ReturnedOrderOrderItemsItemVariationInfo,
    )
    from .returned_order_order_prepaid_by_point import ReturnedOrderOrderPrepaidByPoint
    from .returned_order_order_returned_reason_type_1 import (
        ReturnedOrderOrderReturnedReasonType1,
    )
    from .returned_order_status_histories_item import ReturnedOrderStatusHistoriesItem
    from .sale_analytics import SaleAnalytics
    from .sale_analytics_totals import SaleAnalyticsTotals
    from .separate_purchase_response_200 import SeparatePurchaseResponse200
    from .shop import Shop
    from .shop_user import ShopUser
    from .shop_user_sale_group import ShopUserSaleGroup
    from .shop_webhook_config import ShopWebhookConfig
    from .shop_webhook_config_input import ShopWebhookConfigInput
    from .shop_webhook_config_input_webhook_headers import (
        ShopWebhookConfigInputWebhookHeaders,
    )
    from .shop_webhook_config_webhook_headers import ShopWebhookConfigWebhookHeaders
    from .stocktaking import Stocktaking
    from .stocktaking_by import StocktakingBy
    from .stocktaking_create_request import StocktakingCreateRequest
    from .stocktaking_create_request_stocktaking import (
        StocktakingCreateRequestStocktaking,
    )
    from .stocktaking_create_request_stocktaking_items_item import (
        StocktakingCreateRequestStocktakingItemsItem,
    )
    from .stocktaking_items_type_0_item import StocktakingItemsType0Item
    from .stocktaking_status import StocktakingStatus
    from .stocktaking_update_request import StocktakingUpdateRequest
    from .stocktaking_update_request_stocktaking import (
        StocktakingUpdateRequestStocktaking,
    )
    from .stocktaking_update_request_stocktaking_items_item import (
        StocktakingUpdateRequestStocktakingItemsItem,
    )
    from .transaction import Transaction
    from .transaction_create_request import TransactionCreateRequest
    from .transaction_create_request_transaction import (
        TransactionCreateRequestTransaction,
    )
    from .transaction_payment_method import TransactionPaymentMethod
    from .transaction_status_type_0 import TransactionStatusType0
    from .transfer import Transfer
    from .transfer_create_request import TransferCreateRequest
    from .transfer_create_request_transfer import TransferCreateRequestTransfer
    from .transfer_create_request_transfer_items_item import (
        TransferCreateRequestTransferItemsItem,
    )
    from .transfer_item import TransferItem
    from .transfer_item_variation_fields_item import TransferItemVariationFieldsItem
    from .transfer_update_request import TransferUpdateRequest
    from .transfer_update_request_transfer import TransferUpdateRequestTransfer
    from .transfer_update_request_transfer_items_item import (
        TransferUpdateRequestTransferItemsItem,
    )
    from .update_composite_product_response_200 import UpdateCompositeProductResponse200
    from .update_crm_record_body import UpdateCrmRecordBody
    from .update_crm_record_body_record import UpdateCrmRecordBodyRecord
    from .update_customer_response_200 import UpdateCustomerResponse200
    from .update_export_response_200 import UpdateExportResponse200
    from .update_product_response_200 import UpdateProductResponse200
    from .update_promotion_advance_body import UpdatePromotionAdvanceBody
    from .update_promotion_advance_response_200 import UpdatePromotionAdvanceResponse200
    from .update_promotion_product_body import UpdatePromotionProductBody
    from .update_promotion_product_response_200 import UpdatePromotionProductResponse200
    from .update_purchase_response_200 import UpdatePurchaseResponse200
    from .update_shop_webhook_body import UpdateShopWebhookBody
    from .update_shop_webhook_response_200 import UpdateShopWebhookResponse200
    from .update_stocktaking_response_200 import UpdateStocktakingResponse200
    from .update_transfer_response_200 import UpdateTransferResponse200
    from .update_variation_quantity_response_200 import (
        UpdateVariationQuantityResponse200,
    )
    from .update_warehouse_response_200 import UpdateWarehouseResponse200
    from .user_profile import UserProfile
    from .variation import Variation
    from .variation_composite_product_update_request import (
        VariationCompositeProductUpdateRequest,
    )
    from .variation_composite_product_update_request_composite_products_item import (
        VariationCompositeProductUpdateRequestCompositeProductsItem,
    )
    from .variation_field_input import VariationFieldInput
    from .variation_fields_item import VariationFieldsItem
    from .variation_quantity_bulk_update_request import (
        VariationQuantityBulkUpdateRequest,
    )
    from .variation_quantity_bulk_update_request_variations_warehouses_item import (
        VariationQuantityBulkUpdateRequestVariationsWarehousesItem,
    )
    from .variation_quantity_update_request import VariationQuantityUpdateRequest
    from .variation_quantity_update_request_variations_warehouses_item import (
        VariationQuantityUpdateRequestVariationsWarehousesItem,
    )
    from .variation_warehouse import VariationWarehouse
    from .variation_warehouse_input import VariationWarehouseInput
    from .vnpost_service_code import VnpostServiceCode
    from .voucher import Voucher
    from .voucher_create_multi_request import VoucherCreateMultiRequest
    from .voucher_create_request import VoucherCreateRequest
    from .voucher_promo_code_info import VoucherPromoCodeInfo
    from .vtp_service_code import VtpServiceCode
    from .warehouse import Warehouse
    from .warehouse_request import WarehouseRequest
    from .warehouse_request_batch_config import WarehouseRequestBatchConfig
    from .warehouse_request_custom_batch_config import WarehouseRequestCustomBatchConfig
    from .warehouse_request_custom_batch_config_custom_config import (
        WarehouseRequestCustomBatchConfigCustomConfig,
    )
    from .warehouse_request_custom_shelf_config import WarehouseRequestCustomShelfConfig
    from .warehouse_request_custom_shelf_config_custom_config import (
        WarehouseRequestCustomShelfConfigCustomConfig,
    )
    from .warehouse_request_shelf_config import WarehouseRequestShelfConfig
    from .webhook_type import WebhookType

_MODULES: dict[str, str] = {
    "AdvCost": ".adv_cost",
    "AdvCostItemsItem": ".adv_cost_items_item",
    "AdvCostItemsItemSource": ".adv_cost_items_item_source",
    "AdvCostTransaction": ".adv_cost_transaction",
    "BestServiceCode": ".best_service_code",
    "BulkUpdateVariationQuantityResponse200": ".bulk_update_variation_quantity_response_200",
    "CallLater": ".call_later",
    "CallLaterCreateRequest": ".call_later_create_request",
    "CallLaterCreateRequestOrderCallLater": ".call_later_create_request_order_call_later",
    "CallLaterStatus": ".call_later_status",
    "Category": ".category",
    "ComboProduct": ".combo_product",
    "ComboProductOrderSourcesItem": ".combo_product_order_sources_item",
    "Commune": ".commune",
    "CompareShippingFeesResponse200": ".compare_shipping_fees_response_200",
    "CreateAdvCostBody": ".create_adv_cost_body",
    "CreateAdvCostResponse200": ".create_adv_cost_response_200",
    "CreateCallLaterResponse200": ".create_call_later_response_200",
    "CreateCrmRecordBody": ".create_crm_record_body",
    "CreateCrmRecordBodyRecord": ".create_crm_record_body_record",
    "CreateCrmTableBody": ".create_crm_table_body",
    "CreateCrmTableBodyTable": ".create_crm_table_body_table",
    "CreateCrmTableResponse200": ".create_crm_table_response_200",
    "CreateCrmTableResponse200Data": ".create_crm_table_response_200_data",
    "CreateCustomerResponse200": ".create_customer_response_200",
    "CreateExportResponse200": ".create_export_response_200",
    "CreateProductResponse200": ".create_product_response_200",
    "CreatePromotionAdvanceBody": ".create_promotion_advance_body",
    "CreatePromotionAdvanceMultiResponse200": ".create_promotion_advance_multi_response_200",
    "CreatePromotionAdvanceResponse200": ".create_promotion_advance_response_200",
    "CreatePromotionProductBody": ".create_promotion_product_body",
    "CreatePromotionProductResponse200": ".create_promotion_product_response_200",
    "CreatePurchaseResponse200": ".create_purchase_response_200",
    "CreateStocktakingResponse200": ".create_stocktaking_response_200",
    "CreateTransactionResponse200": ".create_transaction_response_200",
    "CreateTransfersResponse200": ".create_transfers_response_200",
    "CreateVoucherResponse200": ".create_voucher_response_200",
    "CreateWarehouseResponse200": ".create_warehouse_response_200",
    "CreatorSummary": ".creator_summary",
    "CrmField": ".crm_field",
    "CrmHistory": ".crm_history",
    "CrmHistoryChangesItem": ".crm_history_changes_item",
    "CrmProfile": ".crm_profile",
    "CrmRecord": ".crm_record",
    "CrmRecordEnvelope": ".crm_record_envelope",
    "CrmRecordEnvelopeData": ".crm_record_envelope_data",
    "CrmSection": ".crm_section",
    "CrmTable": ".crm_table",
    "CrmTablePermissionTypeType0": ".crm_table_permission_type_type_0",
    "CrmTableTablePermissionsItem": ".crm_table_table_permissions_item",
    "CrmWebhookPayload": ".crm_webhook_payload",
    "CrmWebhookPayloadData": ".crm_webhook_payload_data",
    "Customer": ".customer",
    "CustomerAddress": ".customer_address",
    "CustomerAddressInput": ".customer_address_input",
    "CustomerCreateRequest": ".customer_create_request",
    "CustomerCreateRequestCreateType": ".customer_create_request_create_type",
    "CustomerLevel": ".customer_level",
    "CustomerLevelDiscountTypeType0": ".customer_level_discount_type_type_0",
    "CustomerNote": ".customer_note",
    "CustomerNoteCreatedBy": ".customer_note_created_by",
    "CustomerNoteImagesItemType1": ".customer_note_images_item_type_1",
    "CustomerUpdateRequest": ".customer_update_request",
    "CustomerUpdateRequestCustomer": ".customer_update_request_customer",
    "CustomerUpdateRequestCustomerNotesItem": ".customer_update_request_customer_notes_item",
    "CustomerUpdateRequestCustomerNotesItemImagesItem": ".customer_update_request_customer_notes_item_images_item",
    "CustomerWebhookPayload": ".customer_webhook_payload",
    "CustomerWebhookPayloadAdClicksItem": ".customer_webhook_payload_ad_clicks_item",
    "CustomerWebhookPayloadType": ".customer_webhook_payload_type",
    "District": ".district",
    "Error": ".error",
    "Export": ".export",
    "ExportCreateDefectiveRequest": ".export_create_defective_request",
    "ExportCreateDefectiveRequestExportList": ".export_create_defective_request_export_list",
    "ExportCreateDefectiveRequestExportListExportItemsItem": ".export_create_defective_request_export_list_export_items_item",
    "ExportCreateNormalRequest": ".export_create_normal_request",
    "ExportCreateNormalRequestExportList": ".export_create_normal_request_export_list",
    "ExportCreateNormalRequestExportListExportItemsItem": ".export_create_normal_request_export_list_export_items_item",
    "ExportItem": ".export_item",
    "ExportStatus": ".export_status",
    "ExportUpdateDefectiveRequest": ".export_update_defective_request",
    "ExportUpdateDefectiveRequestExportList": ".export_update_defective_request_export_list",
    "ExportUpdateDefectiveRequestExportListExportItemsItem": ".export_update_defective_request_export_list_export_items_item",
    "ExportUpdateNormalRequest": ".export_update_normal_request",
    "ExportUpdateNormalRequestExportList": ".export_update_normal_request_export_list",
    "ExportUpdateNormalRequestExportListExportItemsItem": ".export_update_normal_request_export_list_export_items_item",
    "GetCrmRecordHistoryResponse200": ".get_crm_record_history_response_200",
    "GetLogisticsShippingDocumentBody": ".get_logistics_shipping_document_body",
    "GetLogisticsShippingDocumentBodyParamsItem": ".get_logistics_shipping_document_body_params_item",
    "GetLogisticsShippingDocumentDocumentType": ".get_logistics_shipping_document_document_type",
    "GetLogisticsShippingDocumentResponse200": ".get_logistics_shipping_document_response_200",
    "GetOrderTrackingUrlResponse200": ".get_order_tracking_url_response_200",
    "GetSaleAnalyticsResponse200": ".get_sale_analytics_response_200",
    "GetSaleAnalyticsReturnedRecord": ".get_sale_analytics_returned_record",
    "GetSaleAnalyticsReturnedStatus": ".get_sale_analytics_returned_status",
    "GetSaleAnalyticsSuccessRecord": ".get_sale_analytics_success_record",
    "GetSaleAnalyticsSuccessStatus": ".get_sale_analytics_success_status",
    "GetSaleAnalyticsUserType": ".get_sale_analytics_user_type",
    "GhnServiceCode": ".ghn_service_code",
    "InventoryHistory": ".inventory_history",
    "InventoryHistoryCurrentInventoryItem": ".inventory_history_current_inventory_item",
    "InventoryHistoryVariationNow": ".inventory_history_variation_now",
    "InventoryHistoryVariationNowFieldsItem": ".inventory_history_variation_now_fields_item",
    "InventoryHistoryWarehouse": ".inventory_history_warehouse",
    "InventoryWebhookPayload": ".inventory_webhook_payload",
    "InventoryWebhookPayloadData": ".inventory_webhook_payload_data",
    "InventoryWebhookPayloadDataRecord": ".inventory_webhook_payload_data_record",
    "InventoryWebhookPayloadDataRecordType": ".inventory_webhook_payload_data_record_type",
    "ListCallLatersResponse200": ".list_call_laters_response_200",
    "ListCallLatersStatus": ".list_call_laters_status",
    "ListCategoriesResponse200": ".list_categories_response_200",
    "ListComboProductsResponse200": ".list_combo_products_response_200",
    "ListCommunesResponse200": ".list_communes_response_200",
    "ListCrmProfilesResponse200": ".list_crm_profiles_response_200",
    "ListCrmRecordsResponse200": ".list_crm_records_response_200",
    "ListCrmRecordsResponse200Data": ".list_crm_records_response_200_data",
    "ListCrmTablesResponse200": ".list_crm_tables_response_200",
    "ListCustomerLevelsResponse200": ".list_customer_levels_response_200",
    "ListCustomerNotesResponse200": ".list_customer_notes_response_200",
    "ListCustomerNotesResponse200CustomerNotesItem": ".list_customer_notes_response_200_customer_notes_item",
    "ListCustomerPointLogsResponse200": ".list_customer_point_logs_response_200",
    "ListCustomersResponse200": ".list_customers_response_200",
    "ListDistrictsResponse200": ".list_districts_response_200",
    "ListExportsResponse200": ".list_exports_response_200",
    "ListExportsStatus": ".list_exports_status",
    "ListInventoryHistoriesResponse200": ".list_inventory_histories_response_200",
    "ListMeasurementsResponse200": ".list_measurements_response_200",
    "ListOrderSourcesResponse200": ".list_order_sources_response_200",
    "ListOrderTagsResponse200": ".list_order_tags_response_200",
    "ListOrdersResponse200": ".list_orders_response_200",
    "ListOrdersUpdateStatusType0": ".list_orders_update_status_type_0",
    "ListOrdersUpdateStatusType1": ".list_orders_update_status_type_1",
    "ListPartnersResponse200": ".list_partners_response_200",
    "ListProductVariationsProductStatus": ".list_product_variations_product_status",
    "ListProductVariationsResponse200": ".list_product_variations_response_200",
    "ListProductVariationsSellingStatus": ".list_product_variations_selling_status",
    "ListPromotionAdvancesResponse200": ".list_promotion_advances_response_200",
    "ListPromotionProductsResponse200": ".list_promotion_products_response_200",
    "ListProvincesResponse200": ".list_provinces_response_200",
    "ListPurchasesResponse200": ".list_purchases_response_200",
    "ListPurchasesStatus": ".list_purchases_status",
    "ListReturnedOrdersResponse200": ".list_returned_orders_response_200",
    "ListReturnedOrdersUpdateStatusType0": ".list_returned_orders_update_status_type_0",
    "ListReturnedOrdersUpdateStatusType1": ".list_returned_orders_update_status_type_1",
    "ListShopsResponse200": ".list_shops_response_200",
    "ListStocktakingsResponse200": ".list_stocktakings_response_200",
    "ListStocktakingsStatus": ".list_stocktakings_status",
    "ListTransactionsResponse200": ".list_transactions_response_200",
    "ListTransactionsStatus": ".list_transactions_status",
    "ListTransfersResponse200": ".list_transfers_response_200",
    "ListUsersResponse200": ".list_users_response_200",
    "ListVouchersResponse200": ".list_vouchers_response_200",
    "ListWarehousesResponse200": ".list_warehouses_response_200",
    "Measurement": ".measurement",
    "MeasurementNodesItem": ".measurement_nodes_item",
    "Order": ".order",
    "OrderActivatedCombo": ".order_activated_combo",
    "OrderActivatedComboComboProductInfo": ".order_activated_combo_combo_product_info",
    "OrderActivatedComboComboProductInfoComboProductVariationsItem": ".order_activated_combo_combo_product_info_combo_product_variations_item",
    "OrderAdvancedPlatformFee": ".order_advanced_platform_fee",
    "OrderCreateRequest": ".order_create_request",
    "OrderCustomer": ".order_customer",
    "OrderCustomerReferralCodeType1": ".order_customer_referral_code_type_1",
    "OrderEnvelope": ".order_envelope",
    "OrderHistoriesItem": ".order_histories_item",
    "OrderHistoriesItemAdditionalProperty": ".order_histories_item_additional_property",
    "OrderHistoriesItemItemsItem": ".order_histories_item_items_item",
    "OrderItem": ".order_item",
    "OrderItemInput": ".order_item_input",
    "OrderPartner": ".order_partner",
    "OrderReturnedReason": ".order_returned_reason",
    "OrderShippingAddress": ".order_shipping_address",
    "OrderShippingAddressInput": ".order_shipping_address_input",
    "OrderSource": ".order_source",
    "OrderStaff": ".order_staff",
    "OrderStatus": ".order_status",
    "OrderStatusHistoryItem": ".order_status_history_item",
    "OrderTag": ".order_tag",
    "OrderTagGroupsItem": ".order_tag_groups_item",
    "OrderTagsItemType1": ".order_tags_item_type_1",
    "OrderUpdateRequest": ".order_update_request",
    "OrderUpdateRequestPickUpMethod": ".order_update_request_pick_up_method",
    "OrderUpdateRequestPickingShifMarketplace": ".order_update_request_picking_shif_marketplace",
    "OrderUpdateRequestTagsItem": ".order_update_request_tags_item",
    "OrderVariationInfo": ".order_variation_info",
    "OrderVariationInfoFieldsType0Item": ".order_variation_info_fields_type_0_item",
    "OrderVariationInfoInput": ".order_variation_info_input",
    "OrderVariationInfoInputFieldsType0Item": ".order_variation_info_input_fields_type_0_item",
    "OrderVariationInfoMeasureInfo": ".order_variation_info_measure_info",
    "OrderWarehouseInfo": ".order_warehouse_info",
    "OrderWarehouseInfoInput": ".order_warehouse_info_input",
    "Page": ".page",
    "PageSettings": ".page_settings",
    "Partner": ".partner",
    "PartnerStatus": ".partner_status",
    "PointLog": ".point_log",
    "PriceComparing": ".price_comparing",
    "PriceComparingRequest": ".price_comparing_request",
    "Product": ".product",
    "ProductAttribute": ".product_attribute",
    "ProductCreateRequest": ".product_create_request",
    "ProductCreateRequestProduct": ".product_create_request_product",
    "ProductCreateRequestProductVariationsItem": ".product_create_request_product_variations_item",
    "ProductTagsItem": ".product_tags_item",
    "ProductUpdateRequest": ".product_update_request",
    "ProductUpdateRequestProduct": ".product_update_request_product",
    "ProductUpdateRequestProductVariationsItem": ".product_update_request_product_variations_item",
    "PromotionAdvance": ".promotion_advance",
    "PromotionAdvanceInput": ".promotion_advance_input",
    "PromotionAdvanceMulti": ".promotion_advance_multi",
    "PromotionAdvanceMultiPromotionAdvance": ".promotion_advance_multi_promotion_advance",
    "PromotionAdvanceMultiPromotionAdvancePromotion": ".promotion_advance_multi_promotion_advance_promotion",
    "PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo": ".promotion_advance_multi_promotion_advance_promotion_promo_code_info",
    "PromotionAdvanceType": ".promotion_advance_type",
    "PromotionBonusProduct": ".promotion_bonus_product",
    "PromotionBonusProductImagesType1": ".promotion_bonus_product_images_type_1",
    "PromotionBonusProductVariationInfo": ".promotion_bonus_product_variation_info",
    "PromotionCouponInfo": ".promotion_coupon_info",
    "PromotionProduct": ".promotion_product",
    "PromotionProductInput": ".promotion_product_input",
    "PromotionProductItem": ".promotion_product_item",
    "PromotionPromoCodeInfo": ".promotion_promo_code_info",
    "PromotionVariationInfo": ".promotion_variation_info",
    "PromotionVariationInfoCategoriesItem": ".promotion_variation_info_categories_item",
    "PromotionVariationInfoFieldsItem": ".promotion_variation_info_fields_item",
    "PromotionVariationInfoProductAttributesItem": ".promotion_variation_info_product_attributes_item",
    "PromotionVariationInfoProductAttributesItemKeywordItem": ".promotion_variation_info_product_attributes_item_keyword_item",
    "PromotionVariationInfoTagsItem": ".promotion_variation_info_tags_item",
    "PromotionVariationWarehouse": ".promotion_variation_warehouse",
    "PromotionVariationWarehouseAdjustmentsItem": ".promotion_variation_warehouse_adjustments_item",
    "PromotionVariationWarehouseAdjustmentsItemEditor": ".promotion_variation_warehouse_adjustments_item_editor",
    "Province": ".province",
    "Purchase": ".purchase",
    "PurchaseCreateRequest": ".purchase_create_request",
    "PurchaseCreateRequestPurchase": ".purchase_create_request_purchase",
    "PurchaseCreateRequestPurchaseItemsItem": ".purchase_create_request_purchase_items_item",
    "PurchaseItem": ".purchase_item",
    "PurchaseSeparateInput": ".purchase_separate_input",
    "PurchaseSeparateInputItemsItem": ".purchase_separate_input_items_item",
    "PurchaseSeparateRequest": ".purchase_separate_request",
    "PurchaseSeparateRequestOldPurchase": ".purchase_separate_request_old_purchase",
    "PurchaseStatus": ".purchase_status",
    "PurchaseUpdateRequest": ".purchase_update_request",
    "PurchaseUpdateRequestPurchase": ".purchase_update_request_purchase",
    "PurchaseUpdateRequestPurchaseItemsItem": ".purchase_update_request_purchase_items_item",
    "ReturnedOrder": ".returned_order",
    "ReturnedOrderItem": ".returned_order_item",
    "ReturnedOrderItemVariationInfo": ".returned_order_item_variation_info",
    "ReturnedOrderItemVariationInfoRetailPriceByCurrencyItem": ".returned_order_item_variation_info_retail_price_by_currency_item",
    "ReturnedOrderOrder": ".returned_order_order",
    "ReturnedOrderOrderItemsItem": ".returned_order_order_items_item",
    "ReturnedOrderOrderItemsItemVariationInfo": ".returned_order_order_items_item_variation_info",
    "ReturnedOrderOrderPrepaidByPoint": ".returned_order_order_prepaid_by_point",
    "ReturnedOrderOrderReturnedReasonType1": ".returned_order_order_returned_reason_type_1",
    "ReturnedOrderStatusHistoriesItem": ".returned_order_status_histories_item",
    "SaleAnalytics": ".sale_analytics",
    "SaleAnalyticsTotals": ".sale_analytics_totals",
    "SeparatePurchaseResponse200": ".separate_purchase_response_200",
    "Shop": ".shop",
    "ShopUser": ".shop_user",
    "ShopUserSaleGroup": ".shop_user_sale_group",
    "ShopWebhookConfig": ".shop_webhook_config",
    "ShopWebhookConfigInput": ".shop_webhook_config_input",
    "ShopWebhookConfigInputWebhookHeaders": ".shop_webhook_config_input_webhook_headers",
    "ShopWebhookConfigWebhookHeaders": ".shop_webhook_config_webhook_headers",
    "Stocktaking": ".stocktaking",
    "StocktakingBy": ".stocktaking_by",
    "StocktakingCreateRequest": ".stocktaking_create_request",
    "StocktakingCreateRequestStocktaking": ".stocktaking_create_request_stocktaking",
    "StocktakingCreateRequestStocktakingItemsItem": ".stocktaking_create_request_stocktaking_items_item",
    "StocktakingItemsType0Item": ".stocktaking_items_type_0_item",
    "StocktakingStatus": ".stocktaking_status",
    "StocktakingUpdateRequest": ".stocktaking_update_request",
    "StocktakingUpdateRequestStocktaking": ".stocktaking_update_request_stocktaking",
    "StocktakingUpdateRequestStocktakingItemsItem": ".stocktaking_update_request_stocktaking_items_item",
    "Transaction": ".transaction",
    "TransactionCreateRequest": ".transaction_create_request",
    "TransactionCreateRequestTransaction": ".transaction_create_request_transaction",
    "TransactionPaymentMethod": ".transaction_payment_method",
    "TransactionStatusType0": ".transaction_status_type_0",
    "Transfer": ".transfer",
    "TransferCreateRequest": ".transfer_create_request",
    "TransferCreateRequestTransfer": ".transfer_create_request_transfer",
    "TransferCreateRequestTransferItemsItem": ".transfer_create_request_transfer_items_item",
    "TransferItem": ".transfer_item",
    "TransferItemVariationFieldsItem": ".transfer_item_variation_fields_item",
    "TransferUpdateRequest": ".transfer_update_request",
    "TransferUpdateRequestTransfer": ".transfer_update_request_transfer",
    "TransferUpdateRequestTransferItemsItem": ".transfer_update_request_transfer_items_item",
    "UpdateCompositeProductResponse200": ".update_composite_product_response_200",
    "UpdateCrmRecordBody": ".update_crm_record_body",
    "UpdateCrmRecordBodyRecord": ".update_crm_record_body_record",
    "UpdateCustomerResponse200": ".update_customer_response_200",
    "UpdateExportResponse200": ".update_export_response_200",
    "UpdateProductResponse200": ".update_product_response_200",
    "UpdatePromotionAdvanceBody": ".update_promotion_advance_body",
    "UpdatePromotionAdvanceResponse200": ".update_promotion_advance_response_200",
    "UpdatePromotionProductBody": ".update_promotion_product_body",
    "UpdatePromotionProductResponse200": ".update_promotion_product_response_200",
    "UpdatePurchaseResponse200": ".update_purchase_response_200",
    "UpdateShopWebhookBody": ".update_shop_webhook_body",
    "UpdateShopWebhookResponse200": ".update_shop_webhook_response_200",
    "UpdateStocktakingResponse200": ".update_stocktaking_response_200",
    "UpdateTransferResponse200": ".update_transfer_response_200",
    "UpdateVariationQuantityResponse200": ".update_variation_quantity_response_200",
    "UpdateWarehouseResponse200": ".update_warehouse_response_200",
    "UserProfile": ".user_profile",
    "Variation": ".variation",
    "VariationCompositeProductUpdateRequest": ".variation_composite_product_update_request",
    "VariationCompositeProductUpdateRequestCompositeProductsItem": ".variation_composite_product_update_request_composite_products_item",
    "VariationFieldInput": ".variation_field_input",
    "VariationFieldsItem": ".variation_fields_item",
    "VariationQuantityBulkUpdateRequest": ".variation_quantity_bulk_update_request",
    "VariationQuantityBulkUpdateRequestVariationsWarehousesItem": ".variation_quantity_bulk_update_request_variations_warehouses_item",
    "VariationQuantityUpdateRequest": ".variation_quantity_update_request",
    "VariationQuantityUpdateRequestVariationsWarehousesItem": ".variation_quantity_update_request_variations_warehouses_item",
    "VariationWarehouse": ".variation_warehouse",
    "VariationWarehouseInput": ".variation_warehouse_input",
    "VnpostServiceCode": ".vnpost_service_code",
    "Voucher": ".voucher",
    "VoucherCreateMultiRequest": ".voucher_create_multi_request",
    "VoucherCreateRequest": ".voucher_create_request",
    "VoucherPromoCodeInfo": ".voucher_promo_code_info",
    "VtpServiceCode": ".vtp_service_code",
    "Warehouse": ".warehouse",
    "WarehouseRequest": ".warehouse_request",
    "WarehouseRequestBatchConfig": ".warehouse_request_batch_config",
    "WarehouseRequestCustomBatchConfig": ".warehouse_request_custom_batch_config",
    "WarehouseRequestCustomBatchConfigCustomConfig": ".warehouse_request_custom_batch_config_custom_config",
    "WarehouseRequestCustomShelfConfig": ".warehouse_request_custom_shelf_config",
    "WarehouseRequestCustomShelfConfigCustomConfig": ".warehouse_request_custom_shelf_config_custom_config",
    "WarehouseRequestShelfConfig": ".warehouse_request_shelf_config",
    "WebhookType": ".webhook_type",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "AdvCost",
    "AdvCostItemsItem",
    "AdvCostItemsItemSource",
    "AdvCostTransaction",
    "BestServiceCode",
    "BulkUpdateVariationQuantityResponse200",
    "CallLater",
    "CallLaterCreateRequest",
    "CallLaterCreateRequestOrderCallLater",
    "CallLaterStatus",
    "Category",
    "ComboProduct",
    "ComboProductOrderSourcesItem",
    "Commune",
    "CompareShippingFeesResponse200",
    "CreateAdvCostBody",
    "CreateAdvCostResponse200",
    "CreateCallLaterResponse200",
    "CreateCrmRecordBody",
    "CreateCrmRecordBodyRecord",
    "CreateCrmTableBody",
    "CreateCrmTableBodyTable",
    "CreateCrmTableResponse200",
    "CreateCrmTableResponse200Data",
    "CreateCustomerResponse200",
    "CreateExportResponse200",
    "CreateProductResponse200",
    "CreatePromotionAdvanceBody",
    "CreatePromotionAdvanceMultiResponse200",
    "CreatePromotionAdvanceResponse200",
    "CreatePromotionProductBody",
    "CreatePromotionProductResponse200",
    "CreatePurchaseResponse200",
    "CreateStocktakingResponse200",
    "CreateTransactionResponse200",
    "CreateTransfersResponse200",
    "CreateVoucherResponse200",
    "CreateWarehouseResponse200",
    "CreatorSummary",
    "CrmField",
    "CrmHistory",
    "CrmHistoryChangesItem",
    "CrmProfile",
    "CrmRecord",
    "CrmRecordEnvelope",
    "CrmRecordEnvelopeData",
    "CrmSection",
    "CrmTable",
    "CrmTablePermissionTypeType0",
    "CrmTableTablePermissionsItem",
    "CrmWebhookPayload",
    "CrmWebhookPayloadData",
    "Customer",
    "CustomerAddress",
    "CustomerAddressInput",
    "CustomerCreateRequest",
    "CustomerCreateRequestCreateType",
    "CustomerLevel",
    "CustomerLevelDiscountTypeType0",
    "CustomerNote",
    "CustomerNoteCreatedBy",
    "CustomerNoteImagesItemType1",
    "CustomerUpdateRequest",
    "CustomerUpdateRequestCustomer",
    "CustomerUpdateRequestCustomerNotesItem",
    "CustomerUpdateRequestCustomerNotesItemImagesItem",
    "CustomerWebhookPayload",
    "CustomerWebhookPayloadAdClicksItem",
    "CustomerWebhookPayloadType",
    "District",
    "Error",
    "Export",
    "ExportCreateDefectiveRequest",
    "ExportCreateDefectiveRequestExportList",
    "ExportCreateDefectiveRequestExportListExportItemsItem",
    "ExportCreateNormalRequest",
    "ExportCreateNormalRequestExportList",
    "ExportCreateNormalRequestExportListExportItemsItem",
    "ExportItem",
    "ExportStatus",
    "ExportUpdateDefectiveRequest",
    "ExportUpdateDefectiveRequestExportList",
    "ExportUpdateDefectiveRequestExportListExportItemsItem",
    "ExportUpdateNormalRequest",
    "ExportUpdateNormalRequestExportList",
    "ExportUpdateNormalRequestExportListExportItemsItem",
    "GetCrmRecordHistoryResponse200",
    "GetLogisticsShippingDocumentBody",
    "GetLogisticsShippingDocumentBodyParamsItem",
    "GetLogisticsShippingDocumentDocumentType",
    "GetLogisticsShippingDocumentResponse200",
    "GetOrderTrackingUrlResponse200",
    "GetSaleAnalyticsResponse200",
    "GetSaleAnalyticsReturnedRecord",
    "GetSaleAnalyticsReturnedStatus",
    "GetSaleAnalyticsSuccessRecord",
    "GetSaleAnalyticsSuccessStatus",
    "GetSaleAnalyticsUserType",
    "GhnServiceCode",
    "InventoryHistory",
    "InventoryHistoryCurrentInventoryItem",
    "InventoryHistoryVariationNow",
    "InventoryHistoryVariationNowFieldsItem",
    "InventoryHistoryWarehouse",
    "InventoryWebhookPayload",
    "InventoryWebhookPayloadData",
    "InventoryWebhookPayloadDataRecord",
    "InventoryWebhookPayloadDataRecordType",
    "ListCallLatersResponse200",
    "ListCallLatersStatus",
    "ListCategoriesResponse200",
    "ListComboProductsResponse200",
    "ListCommunesResponse200",
    "ListCrmProfilesResponse200",
    "ListCrmRecordsResponse200",
    "ListCrmRecordsResponse200Data",
    "ListCrmTablesResponse200",
    "ListCustomerLevelsResponse200",
    "ListCustomerNotesResponse200",
    "ListCustomerNotesResponse200CustomerNotesItem",
    "ListCustomerPointLogsResponse200",
    "ListCustomersResponse200",
    "ListDistrictsResponse200",
    "ListExportsResponse200",
    "ListExportsStatus",
    "ListInventoryHistoriesResponse200",
    "ListMeasurementsResponse200",
    "ListOrderSourcesResponse200",
    "ListOrderTagsResponse200",
    "ListOrdersResponse200",
    "ListOrdersUpdateStatusType0",
    "ListOrdersUpdateStatusType1",
    "ListPartnersResponse200",
    "ListProductVariationsProductStatus",
    "ListProductVariationsResponse200",
    "ListProductVariationsSellingStatus",
    "ListPromotionAdvancesResponse200",
    "ListPromotionProductsResponse200",
    "ListProvincesResponse200",
    "ListPurchasesResponse200",
    "ListPurchasesStatus",
    "ListReturnedOrdersResponse200",
    "ListReturnedOrdersUpdateStatusType0",
    "ListReturnedOrdersUpdateStatusType1",
    "ListShopsResponse200",
    "ListStocktakingsResponse200",
    "ListStocktakingsStatus",
    "ListTransactionsResponse200",
    "ListTransactionsStatus",
    "ListTransfersResponse200",
    "ListUsersResponse200",
    "ListVouchersResponse200",
    "ListWarehousesResponse200",
    "Measurement",
    "MeasurementNodesItem",
    "Order",
    "OrderActivatedCombo",
    "OrderActivatedComboComboProductInfo",
    "OrderActivatedComboComboProductInfoComboProductVariationsItem",
    "OrderAdvancedPlatformFee",
    "OrderCreateRequest",
    "OrderCustomer",
    "OrderCustomerReferralCodeType1",
    "OrderEnvelope",
    "OrderHistoriesItem",
    "OrderHistoriesItemAdditionalProperty",
    "OrderHistoriesItemItemsItem",
    "OrderItem",
    "OrderItemInput",
    "OrderPartner",
    "OrderReturnedReason",
    "OrderShippingAddress",
    "OrderShippingAddressInput",
    "OrderSource",
    "OrderStaff",
    "OrderStatus",
    "OrderStatusHistoryItem",
    "OrderTag",
    "OrderTagGroupsItem",
    "OrderTagsItemType1",
    "OrderUpdateRequest",
    "OrderUpdateRequestPickUpMethod",
    "OrderUpdateRequestPickingShifMarketplace",
    "OrderUpdateRequestTagsItem",
    "OrderVariationInfo",
    "OrderVariationInfoFieldsType0Item",
    "OrderVariationInfoInput",
    "OrderVariationInfoInputFieldsType0Item",
    "OrderVariationInfoMeasureInfo",
    "OrderWarehouseInfo",
    "OrderWarehouseInfoInput",
    "Page",
    "PageSettings",
    "Partner",
    "PartnerStatus",
    "PointLog",
    "PriceComparing",
    "PriceComparingRequest",
    "Product",
    "ProductAttribute",
    "ProductCreateRequest",
    "ProductCreateRequestProduct",
    "ProductCreateRequestProductVariationsItem",
    "ProductTagsItem",
    "ProductUpdateRequest",
    "ProductUpdateRequestProduct",
    "ProductUpdateRequestProductVariationsItem",
    "PromotionAdvance",
    "PromotionAdvanceInput",
    "PromotionAdvanceMulti",
    "PromotionAdvanceMultiPromotionAdvance",
    "PromotionAdvanceMultiPromotionAdvancePromotion",
    "PromotionAdvanceMultiPromotionAdvancePromotionPromoCodeInfo",
    "PromotionAdvanceType",
    "PromotionBonusProduct",
    "PromotionBonusProductImagesType1",
    "PromotionBonusProductVariationInfo",
    "PromotionCouponInfo",
    "PromotionProduct",
    "PromotionProductInput",
    "PromotionProductItem",
    "PromotionPromoCodeInfo",
    "PromotionVariationInfo",
    "PromotionVariationInfoCategoriesItem",
    "PromotionVariationInfoFieldsItem",
    "PromotionVariationInfoProductAttributesItem",
    "PromotionVariationInfoProductAttributesItemKeywordItem",
    "PromotionVariationInfoTagsItem",
    "PromotionVariationWarehouse",
    "PromotionVariationWarehouseAdjustmentsItem",
    "PromotionVariationWarehouseAdjustmentsItemEditor",
    "Province",
    "Purchase",
    "PurchaseCreateRequest",
    "PurchaseCreateRequestPurchase",
    "PurchaseCreateRequestPurchaseItemsItem",
    "PurchaseItem",
    "PurchaseSeparateInput",
    "PurchaseSeparateInputItemsItem",
    "PurchaseSeparateRequest",
    "PurchaseSeparateRequestOldPurchase",
    "PurchaseStatus",
    "PurchaseUpdateRequest",
    "PurchaseUpdateRequestPurchase",
    "PurchaseUpdateRequestPurchaseItemsItem",
    "ReturnedOrder",
    "ReturnedOrderItem",
    "ReturnedOrderItemVariationInfo",
    "ReturnedOrderItemVariationInfoRetailPriceByCurrencyItem",
    "ReturnedOrderOrder",
    "ReturnedOrderOrderItemsItem",
    "ReturnedOrderOrderItemsItemVariationInfo",
    "ReturnedOrderOrderPrepaidByPoint",
    "ReturnedOrderOrderReturnedReasonType1",
    "ReturnedOrderStatusHistoriesItem",
    "SaleAnalytics",
    "SaleAnalyticsTotals",
    "SeparatePurchaseResponse200",
    "Shop",
    "ShopUser",
    "ShopUserSaleGroup",
    "ShopWebhookConfig",
    "ShopWebhookConfigInput",
    "ShopWebhookConfigInputWebhookHeaders",
    "ShopWebhookConfigWebhookHeaders",
    "Stocktaking",
    "StocktakingBy",
    "StocktakingCreateRequest",
    "StocktakingCreateRequestStocktaking",
    "StocktakingCreateRequestStocktakingItemsItem",
    "StocktakingItemsType0Item",
    "StocktakingStatus",
    "StocktakingUpdateRequest",
    "StocktakingUpdateRequestStocktaking",
    "StocktakingUpdateRequestStocktakingItemsItem",
    "Transaction",
    "TransactionCreateRequest",
    "TransactionCreateRequestTransaction",
    "TransactionPaymentMethod",
    "TransactionStatusType0",
    "Transfer",
    "TransferCreateRequest",
    "TransferCreateRequestTransfer",
    "TransferCreateRequestTransferItemsItem",
    "TransferItem",
    "TransferItemVariationFieldsItem",
    "TransferUpdateRequest",
    "TransferUpdateRequestTransfer",
    "TransferUpdateRequestTransferItemsItem",
    "UpdateCompositeProductResponse200",
    "UpdateCrmRecordBody",
    "UpdateCrmRecordBodyRecord",
    "UpdateCustomerResponse200",
    "UpdateExportResponse200",
    "UpdateProductResponse200",
    "UpdatePromotionAdvanceBody",
    "UpdatePromotionAdvanceResponse200",
    "UpdatePromotionProductBody",
    "UpdatePromotionProductResponse200",
    "UpdatePurchaseResponse200",
    "UpdateShopWebhookBody",
    "UpdateShopWebhookResponse200",
    "UpdateStocktakingResponse200",
    "UpdateTransferResponse200",
    "UpdateVariationQuantityResponse200",
    "UpdateWarehouseResponse200",
    "UserProfile",
    "Variation",
    "VariationCompositeProductUpdateRequest",
    "VariationCompositeProductUpdateRequestCompositeProductsItem",
    "VariationFieldInput",
    "VariationFieldsItem",
    "VariationQuantityBulkUpdateRequest",
    "VariationQuantityBulkUpdateRequestVariationsWarehousesItem",
    "VariationQuantityUpdateRequest",
    "VariationQuantityUpdateRequestVariationsWarehousesItem",
    "VariationWarehouse",
    "VariationWarehouseInput",
    "VnpostServiceCode",
    "Voucher",
    "VoucherCreateMultiRequest",
    "VoucherCreateRequest",
    "VoucherPromoCodeInfo",
    "VtpServiceCode",
    "Warehouse",
    "WarehouseRequest",
    "WarehouseRequestBatchConfig",
    "WarehouseRequestCustomBatchConfig",
    "WarehouseRequestCustomBatchConfigCustomConfig",
    "WarehouseRequestCustomShelfConfig",
    "WarehouseRequestCustomShelfConfigCustomConfig",
    "WarehouseRequestShelfConfig",
    "WebhookType",
)
