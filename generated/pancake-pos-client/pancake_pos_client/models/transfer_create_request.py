from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="TransferCreateRequest")


@_attrs_define
class TransferCreateRequest:
    """Body of "Tạo phiếu chuyển kho": the fields of the `transfer` object its example wraps them in. One transfer is
    created from `from_warehouse_id` to each warehouse of `to_warehouse_ids`.

        Attributes:
            transfer (TransferCreateRequestTransfer):
    """

    transfer: TransferCreateRequestTransfer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            transfer = self.transfer.to_dict()
        except (AttributeError, TypeError):
            transfer = cast(Any, self.transfer)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer": transfer,
            }
        )
        if isinstance(transfer, Unset):
            del field_dict["transfer"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            transfer = TransferCreateRequestTransfer.from_dict(d.pop("transfer"))

        except Exception as exc:
            transfer = types.undecoded(src_dict, "transfer", "TransferCreateRequest", exc)

        transfer_create_request = cls(
            transfer=transfer,
        )

        transfer_create_request.additional_properties = d
        return transfer_create_request

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


from ..models.transfer_create_request_transfer import TransferCreateRequestTransfer
