from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="UpdateProductResponse200")


@_attrs_define
class UpdateProductResponse200:
    """
    Attributes:
        success (bool):
        data (Product): A product (“Sản phẩm”). The source has no product read operation: the fields below are the
            `product.*` rows of “Danh sách sản phẩm” (where the product is embedded in each variation) plus the product
            fields of the create/update bodies. The create/update responses are not documented and are assumed to return
            this object (ledger PP-201).
    """

    success: bool
    data: Product
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            success = self.success
        except (AttributeError, TypeError):
            success = cast(Any, self.success)

        try:
            data = self.data.to_dict()
        except (AttributeError, TypeError):
            data = cast(Any, self.data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
        if isinstance(success, Unset):
            del field_dict["success"]
        if isinstance(data, Unset):
            del field_dict["data"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            success = d.pop("success")
            if not isinstance(success, bool):
                raise types.Mistyped(f"expected bool, got {type(success).__name__}")
        except Exception as exc:
            success = types.undecoded(src_dict, "success", "UpdateProductResponse200", exc)

        try:
            data = Product.from_dict(d.pop("data"))

        except Exception as exc:
            data = types.undecoded(src_dict, "data", "UpdateProductResponse200", exc)

        update_product_response_200 = cls(
            success=success,
            data=data,
        )

        update_product_response_200.additional_properties = d
        return update_product_response_200

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


from ..models.product import Product
