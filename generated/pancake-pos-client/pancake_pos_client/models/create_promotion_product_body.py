from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="CreatePromotionProductBody")


@_attrs_define
class CreatePromotionProductBody:
    """
    Attributes:
        promotion_product (PromotionProductInput): Promotion fields sent in `promotion_product` when creating or
            updating a promotion. The source has no request table: fields and types follow the request examples and the list
            response table; none is marked required.
    """

    promotion_product: PromotionProductInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            promotion_product = self.promotion_product.to_dict()
        except (AttributeError, TypeError):
            promotion_product = cast(Any, self.promotion_product)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "promotion_product": promotion_product,
            }
        )
        if isinstance(promotion_product, Unset):
            del field_dict["promotion_product"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            promotion_product = PromotionProductInput.from_dict(d.pop("promotion_product"))

        except Exception as exc:
            promotion_product = types.undecoded(src_dict, "promotion_product", "CreatePromotionProductBody", exc)

        create_promotion_product_body = cls(
            promotion_product=promotion_product,
        )

        create_promotion_product_body.additional_properties = d
        return create_promotion_product_body

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


from ..models.promotion_product_input import PromotionProductInput
