from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="InventoryWebhookPayload")


@_attrs_define
class InventoryWebhookPayload:
    """Payload of the inventory webhook (Tồn kho): one stock change of a variation in a warehouse.

    Attributes:
        data (InventoryWebhookPayloadData):
    """

    data: InventoryWebhookPayloadData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            data = self.data.to_dict()
        except (AttributeError, TypeError):
            data = cast(Any, self.data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if isinstance(data, Unset):
            del field_dict["data"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            data = InventoryWebhookPayloadData.from_dict(d.pop("data"))

        except Exception as exc:
            data = types.undecoded(src_dict, "data", "InventoryWebhookPayload", exc)

        inventory_webhook_payload = cls(
            data=data,
        )

        inventory_webhook_payload.additional_properties = d
        return inventory_webhook_payload

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


from ..models.inventory_webhook_payload_data import InventoryWebhookPayloadData
