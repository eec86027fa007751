from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="ProductCreateRequest")


@_attrs_define
class ProductCreateRequest:
    """Body of “Tạo sản phẩm” (`POST /shops/{shop_id}/products`). The table (headed “Query Parameters”) lists the product
    fields flat and the variation fields as `variation.*`; the request example wraps them in `product` and lists the
    variations in `product.variations`, which is the shape taken here (ledger PP-207, PP-210). The example puts
    `variations_warehouses` on the product while the table puts it on each variation: both places are accepted (ledger
    PP-212).

        Attributes:
            product (ProductCreateRequestProduct):
    """

    product: ProductCreateRequestProduct
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            product = self.product.to_dict()
        except (AttributeError, TypeError):
            product = cast(Any, self.product)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
            }
        )
        if isinstance(product, Unset):
            del field_dict["product"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            product = ProductCreateRequestProduct.from_dict(d.pop("product"))

        except Exception as exc:
            product = types.undecoded(src_dict, "product", "ProductCreateRequest", exc)

        product_create_request = cls(
            product=product,
        )

        product_create_request.additional_properties = d
        return product_create_request

    def __repr__(self) -> str:
        return types.model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.product_create_request_product import ProductCreateRequestProduct
