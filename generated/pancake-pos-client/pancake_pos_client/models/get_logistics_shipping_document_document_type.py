from typing import Literal

GetLogisticsShippingDocumentDocumentType = Literal["PICK_LIST", "SHIPPING_LABEL", "SL_PL"]

GET_LOGISTICS_SHIPPING_DOCUMENT_DOCUMENT_TYPE_VALUES: set[GetLogisticsShippingDocumentDocumentType] = {
    "PICK_LIST",
    "SHIPPING_LABEL",
    "SL_PL",
}


def check_get_logistics_shipping_document_document_type(value: str) -> GetLogisticsShippingDocumentDocumentType:
    if value in GET_LOGISTICS_SHIPPING_DOCUMENT_DOCUMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_LOGISTICS_SHIPPING_DOCUMENT_DOCUMENT_TYPE_VALUES!r}"
    )
