from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseRequestCustomBatchConfig")


@_attrs_define
class WarehouseRequestCustomBatchConfig:
    """Custom batch (lot) names.

    Attributes:
        custom_config (WarehouseRequestCustomBatchConfigCustomConfig | Unset): Map from batch index ("0", "1", …) to the
            batch's label (e.g. "lô 1") (meaning assumed from the name; the document does not describe it).
    """

    custom_config: WarehouseRequestCustomBatchConfigCustomConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_config, Unset):
            custom_config = self.custom_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_config is not UNSET:
            field_dict["custom_config"] = custom_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _custom_config = d.pop("custom_config", UNSET)
            custom_config: WarehouseRequestCustomBatchConfigCustomConfig | Unset
            if isinstance(_custom_config, Unset):
                custom_config = UNSET
            else:
                custom_config = WarehouseRequestCustomBatchConfigCustomConfig.from_dict(_custom_config)

        except Exception as exc:
            custom_config = types.undecoded(src_dict, "custom_config", "WarehouseRequestCustomBatchConfig", exc)

        warehouse_request_custom_batch_config = cls(
            custom_config=custom_config,
        )

        warehouse_request_custom_batch_config.additional_properties = d
        return warehouse_request_custom_batch_config

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


from ..models.warehouse_request_custom_batch_config_custom_config import (
    WarehouseRequestCustomBatchConfigCustomConfig,
)
