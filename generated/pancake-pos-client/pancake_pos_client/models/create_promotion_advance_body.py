from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="CreatePromotionAdvanceBody")


@_attrs_define
class CreatePromotionAdvanceBody:
    """
    Attributes:
        promotion_advance (PromotionAdvanceInput): Advanced-promotion fields sent in `promotion_advance`. The source has
            no request table: fields follow the request examples (the update example repeats read-only fields such as `id`,
            `display_id`, `inserted_at`) and types follow the list response table; none is marked required.
    """

    promotion_advance: PromotionAdvanceInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            promotion_advance = self.promotion_advance.to_dict()
        except (AttributeError, TypeError):
            promotion_advance = cast(Any, self.promotion_advance)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "promotion_advance": promotion_advance,
            }
        )
        if isinstance(promotion_advance, Unset):
            del field_dict["promotion_advance"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            promotion_advance = PromotionAdvanceInput.from_dict(d.pop("promotion_advance"))

        except Exception as exc:
            promotion_advance = types.undecoded(src_dict, "promotion_advance", "CreatePromotionAdvanceBody", exc)

        create_promotion_advance_body = cls(
            promotion_advance=promotion_advance,
        )

        create_promotion_advance_body.additional_properties = d
        return create_promotion_advance_body

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


from ..models.promotion_advance_input import PromotionAdvanceInput
