from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="ListMeasurementsResponse200")


@_attrs_define
class ListMeasurementsResponse200:
    """
    Attributes:
        success (bool):
        data (list[Measurement]):
    """

    success: bool
    data: list[Measurement]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            success = self.success
        except (AttributeError, TypeError):
            success = cast(Any, self.success)

        try:
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

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
            success = types.undecoded(src_dict, "success", "ListMeasurementsResponse200", exc)

        try:
            data = []
            _data = d.pop("data")
            if not isinstance(_data, list):
                raise TypeError(f"expected an array, got {type(_data).__name__}")
            for data_item_data in _data:
                try:
                    data_item = Measurement.from_dict(data_item_data)

                except Exception as item_exc:
                    data_item = types.undecoded_item(data_item_data, "data", item_exc)
                data.append(data_item)

        except Exception as exc:
            data = types.undecoded(src_dict, "data", "ListMeasurementsResponse200", exc)

        list_measurements_response_200 = cls(
            success=success,
            data=data,
        )

        list_measurements_response_200.additional_properties = d
        return list_measurements_response_200

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


from ..models.measurement import Measurement
