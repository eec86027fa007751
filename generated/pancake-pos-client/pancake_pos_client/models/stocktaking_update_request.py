from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="StocktakingUpdateRequest")


@_attrs_define
class StocktakingUpdateRequest:
    """Body of "Cập nhật kiểm hàng": the fields of the `stocktaking` object its example wraps them in (the table is headed
    "Query Parameters"). `id` repeats the path's `stocktaking_id`.

        Attributes:
            stocktaking (StocktakingUpdateRequestStocktaking):
    """

    stocktaking: StocktakingUpdateRequestStocktaking
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            stocktaking = self.stocktaking.to_dict()
        except (AttributeError, TypeError):
            stocktaking = cast(Any, self.stocktaking)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stocktaking": stocktaking,
            }
        )
        if isinstance(stocktaking, Unset):
            del field_dict["stocktaking"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            stocktaking = StocktakingUpdateRequestStocktaking.from_dict(d.pop("stocktaking"))

        except Exception as exc:
            stocktaking = types.undecoded(src_dict, "stocktaking", "StocktakingUpdateRequest", exc)

        stocktaking_update_request = cls(
            stocktaking=stocktaking,
        )

        stocktaking_update_request.additional_properties = d
        return stocktaking_update_request

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


from ..models.stocktaking_update_request_stocktaking import (
    StocktakingUpdateRequestStocktaking,
)
