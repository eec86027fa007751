from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="VariationCompositeProductUpdateRequest")


@_attrs_define
class VariationCompositeProductUpdateRequest:
    """Body of “Cập nhật sản phẩm cấu thành” (`POST /shops/{shop_id}/variations/update_composite_product`): sets the
    components a (composite) variation is made of. The table lists only `composite_products.quantity` and
    `composite_products.component_id`; `composite_products` itself is the array of the example. No Required column
    (ledger PP-214).

        Attributes:
            variation_id (UUID | Unset): Id of the composite variation.
            composite_products (list[VariationCompositeProductUpdateRequestCompositeProductsItem] | Unset): Components of
                the variation (meaning assumed from the name; the document does not describe it).
    """

    variation_id: UUID | Unset = UNSET
    composite_products: list[VariationCompositeProductUpdateRequestCompositeProductsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variation_id: str | Unset = UNSET
        if not isinstance(self.variation_id, Unset):
            variation_id = str(self.variation_id)

        composite_products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.composite_products, Unset):
            composite_products = []
            for composite_products_item_data in self.composite_products:
                composite_products_item = composite_products_item_data.to_dict()
                composite_products.append(composite_products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id
        if composite_products is not UNSET:
            field_dict["composite_products"] = composite_products

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _variation_id = d.pop("variation_id", UNSET)
            variation_id: UUID | Unset
            if isinstance(_variation_id, Unset):
                variation_id = UNSET
            else:
                variation_id = types.parse_uuid(_variation_id)

        except Exception as exc:
            variation_id = types.undecoded(src_dict, "variation_id", "VariationCompositeProductUpdateRequest", exc)

        try:
            _composite_products = d.pop("composite_products", UNSET)
            composite_products: list[VariationCompositeProductUpdateRequestCompositeProductsItem] | Unset = UNSET
            if _composite_products is not UNSET:
                if not isinstance(_composite_products, list):
                    raise TypeError(f"expected an array, got {type(_composite_products).__name__}")
                composite_products = []
                for composite_products_item_data in _composite_products:
                    try:
                        composite_products_item = VariationCompositeProductUpdateRequestCompositeProductsItem.from_dict(
                            composite_products_item_data
                        )

                    except Exception as item_exc:
                        composite_products_item = types.undecoded_item(
                            composite_products_item_data, "composite_products", item_exc
                        )
                    composite_products.append(composite_products_item)

        except Exception as exc:
            composite_products = types.undecoded(
                src_dict, "composite_products", "VariationCompositeProductUpdateRequest", exc
            )

        variation_composite_product_update_request = cls(
            variation_id=variation_id,
            composite_products=composite_products,
        )

        variation_composite_product_update_request.additional_properties = d
        return variation_composite_product_update_request

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


from ..models.variation_composite_product_update_request_composite_products_item import (
    VariationCompositeProductUpdateRequestCompositeProductsItem,
)
