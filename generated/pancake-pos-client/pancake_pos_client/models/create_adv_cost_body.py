from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="CreateAdvCostBody")


@_attrs_define
class CreateAdvCostBody:
    """
    Attributes:
        params (AdvCost): An advertising cost ("chi phí quảng cáo") as sent in the `params` object of "Tạo chi phí quảng
            cáo": the day's cost, the cash-book transaction it creates and its line items. The source's table lists the
            fields flat; the nesting (`transaction.*`, `items[].*`) is that of its example.
    """

    params: AdvCost
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            params = self.params.to_dict()
        except (AttributeError, TypeError):
            params = cast(Any, self.params)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "params": params,
            }
        )
        if isinstance(params, Unset):
            del field_dict["params"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            params = AdvCost.from_dict(d.pop("params"))

        except Exception as exc:
            params = types.undecoded(src_dict, "params", "CreateAdvCostBody", exc)

        create_adv_cost_body = cls(
            params=params,
        )

        create_adv_cost_body.additional_properties = d
        return create_adv_cost_body

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


from ..models.adv_cost import AdvCost
