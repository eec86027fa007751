from typing import Literal

GetLogisticsShippingDocumentDocumentTypeKnown = Literal["PICK_LIST", "SHIPPING_LABEL", "SL_PL"]
"""The values the spec lists."""

GetLogisticsShippingDocumentDocumentType = GetLogisticsShippingDocumentDocumentTypeKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

GET_LOGISTICS_SHIPPING_DOCUMENT_DOCUMENT_TYPE_VALUES: set[GetLogisticsShippingDocumentDocumentTypeKnown] = {
    "PICK_LIST",
    "SHIPPING_LABEL",
    "SL_PL",
}


def check_get_logistics_shipping_document_document_type(value: str) -> GetLogisticsShippingDocumentDocumentType:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in GET_LOGISTICS_SHIPPING_DOCUMENT_DOCUMENT_TYPE_VALUES or isinstance(value, str):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_LOGISTICS_SHIPPING_DOCUMENT_DOCUMENT_TYPE_VALUES!r} or another str"
    )


def is_known_get_logistics_shipping_document_document_type(value: GetLogisticsShippingDocumentDocumentType) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in GET_LOGISTICS_SHIPPING_DOCUMENT_DOCUMENT_TYPE_VALUES
