from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="ServiceRequest")


@_attrs_define
class ServiceRequest:
    """A service to price, with its special requests.

    Attributes:
        field_id (str): Service ID (e.g. `SGN-BIKE`). The response names the same value `service_id` (AH-006).
        requests (list[SpecialRequest]): List of special request objects, or `[]`.
    """

    field_id: str
    requests: list[SpecialRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            field_id = self.field_id
        except (AttributeError, TypeError):
            field_id = cast(Any, self.field_id)

        try:
            requests = []
            for requests_item_data in self.requests:
                requests_item = requests_item_data.to_dict()
                requests.append(requests_item)

        except (AttributeError, TypeError):
            requests = cast(Any, self.requests)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "requests": requests,
            }
        )
        if isinstance(field_id, Unset):
            del field_dict["_id"]
        if isinstance(requests, Unset):
            del field_dict["requests"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            field_id = d.pop("_id")
            if not isinstance(field_id, str):
                raise types.Mistyped(f"expected str, got {type(field_id).__name__}")
        except Exception as exc:
            field_id = types.undecoded(src_dict, "_id", "ServiceRequest", exc)

        try:
            requests = []
            _requests = d.pop("requests")
            if not isinstance(_requests, list):
                raise TypeError(f"expected an array, got {type(_requests).__name__}")
            for requests_item_data in _requests:
                try:
                    requests_item = SpecialRequest.from_dict(requests_item_data)

                except Exception as item_exc:
                    requests_item = types.undecoded_item(requests_item_data, "requests", item_exc)
                requests.append(requests_item)

        except Exception as exc:
            requests = types.undecoded(src_dict, "requests", "ServiceRequest", exc)

        service_request = cls(
            field_id=field_id,
            requests=requests,
        )

        service_request.additional_properties = d
        return service_request

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


from ..models.special_request import SpecialRequest
