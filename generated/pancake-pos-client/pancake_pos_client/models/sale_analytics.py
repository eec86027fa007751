from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="SaleAnalytics")


@_attrs_define
class SaleAnalytics:
    """One row of "Thống kê đơn hàng": the totals of one group (by default one day). When `split_by` names other dimensions
    (`Order.source`, `Variation.id`, `Variation.product_id`) the row is keyed by those; the source shows only the
    `Time.day` form.

        Attributes:
            time_day (str | Unset): Day of the row, `YYYY-MM-DD`.
            returned (None | SaleAnalyticsTotals | Unset): Totals of returned orders; null in every example. Its fields are
                assumed to be those of `success`.
            success (SaleAnalyticsTotals | Unset): Totals of one group of orders in a sales-analytics row (`success` or
                `returned`).
    """

    time_day: str | Unset = UNSET
    returned: None | SaleAnalyticsTotals | Unset = UNSET
    success: SaleAnalyticsTotals | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_day = self.time_day

        returned: dict[str, Any] | None | Unset
        if isinstance(self.returned, Unset):
            returned = UNSET
        elif isinstance(self.returned, SaleAnalyticsTotals):
            returned = self.returned.to_dict()
        else:
            returned = self.returned

        success: dict[str, Any] | Unset = UNSET
        if not isinstance(self.success, Unset):
            success = self.success.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_day is not UNSET:
            field_dict["Time.day"] = time_day
        if returned is not UNSET:
            field_dict["returned"] = returned
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            time_day = d.pop("Time.day", UNSET)
            if not isinstance(time_day, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(time_day).__name__}")
        except Exception as exc:
            time_day = types.undecoded(src_dict, "Time.day", "SaleAnalytics", exc)

        try:

            def _parse_returned(data: object) -> None | SaleAnalyticsTotals | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    returned_type_1 = SaleAnalyticsTotals.from_dict(data)

                    return returned_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(None | SaleAnalyticsTotals | Unset, data)

            returned = _parse_returned(d.pop("returned", UNSET))

        except Exception as exc:
            returned = types.undecoded(src_dict, "returned", "SaleAnalytics", exc)

        try:
            _success = d.pop("success", UNSET)
            success: SaleAnalyticsTotals | Unset
            if isinstance(_success, Unset):
                success = UNSET
            else:
                success = SaleAnalyticsTotals.from_dict(_success)

        except Exception as exc:
            success = types.undecoded(src_dict, "success", "SaleAnalytics", exc)

        sale_analytics = cls(
            time_day=time_day,
            returned=returned,
            success=success,
        )

        sale_analytics.additional_properties = d
        return sale_analytics

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


from ..models.sale_analytics_totals import SaleAnalyticsTotals
