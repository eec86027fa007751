from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateStocktakingResponse200")


@_attrs_define
class UpdateStocktakingResponse200:
    """
    Attributes:
        success (bool):
        data (Stocktaking | Unset): A stocktaking ("phiếu kiểm hàng"). `id` and `items` are not in the source's table;
            they are in the example (`items` is null there; its item fields are those of the create/update bodies).
    """

    success: bool
    data: Stocktaking | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            success = self.success
        except (AttributeError, TypeError):
            success = cast(Any, self.success)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if isinstance(success, Unset):
            del field_dict["success"]
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            success = d.pop("success")
            if not isinstance(success, bool):
                raise types.Mistyped(f"expected bool, got {type(success).__name__}")
        except Exception as exc:
            success = types.undecoded(src_dict, "success", "UpdateStocktakingResponse200", exc)

        try:
            _data = d.pop("data", UNSET)
            data: Stocktaking | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = Stocktaking.from_dict(_data)

        except Exception as exc:
            data = types.undecoded(src_dict, "data", "UpdateStocktakingResponse200", exc)

        update_stocktaking_response_200 = cls(
            success=success,
            data=data,
        )

        update_stocktaking_response_200.additional_properties = d
        return update_stocktaking_response_200

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


from ..models.stocktaking import Stocktaking
