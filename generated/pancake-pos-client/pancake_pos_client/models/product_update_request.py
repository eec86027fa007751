from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="ProductUpdateRequest")


@_attrs_define
class ProductUpdateRequest:
    """Body of “Cập nhật thông tin sản phẩm” (`PUT /shops/{shop_id}/products/{product_id}`). The table has no Required
    column, so no product field is required; as for creation the example wraps the fields in `product` (ledger PP-207,
    PP-210). A variation with an `id` updates that variation, one without `id` is created (the example's comments “Cập
    nhật mẫu” / “Tạo mẫu mới cho Sản phẩm”), and `is_removed: true` deletes it. `variations_warehouses` is accepted on
    the product (example) and on each variation (table) (ledger PP-212).

        Attributes:
            product (ProductUpdateRequestProduct):
    """

    product: ProductUpdateRequestProduct
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
            product = ProductUpdateRequestProduct.from_dict(d.pop("product"))

        except Exception as exc:
            product = types.undecoded(src_dict, "product", "ProductUpdateRequest", exc)

        product_update_request = cls(
            product=product,
        )

        product_update_request.additional_properties = d
        return product_update_request

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


from ..models.product_update_request_product import ProductUpdateRequestProduct
