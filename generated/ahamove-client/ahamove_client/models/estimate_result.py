from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimateResult")


@_attrs_define
class EstimateResult:
    """The estimate of one service; exactly one of `data` and `error` is non-null.

    Attributes:
        service_id (str): The service (the `_id` of the request's service object, AH-006).
        data (Estimate | None | Unset):
        error (EstimateError | None | Unset):
    """

    service_id: str
    data: Estimate | None | Unset = UNSET
    error: EstimateError | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            service_id = self.service_id
        except (AttributeError, TypeError):
            service_id = cast(Any, self.service_id)

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, Estimate):
            data = self.data.to_dict()
        else:
            data = self.data

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, EstimateError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
            }
        )
        if isinstance(service_id, Unset):
            del field_dict["service_id"]
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            service_id = d.pop("service_id")
            if not isinstance(service_id, str):
                raise types.Mistyped(f"expected str, got {type(service_id).__name__}")
        except Exception as exc:
            service_id = types.undecoded(src_dict, "service_id", "EstimateResult", exc)

        try:

            def _parse_data(data: object) -> Estimate | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_type_0 = Estimate.from_dict(data)

                    return data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(Estimate | None | Unset, data)

            data = _parse_data(d.pop("data", UNSET))

        except Exception as exc:
            data = types.undecoded(src_dict, "data", "EstimateResult", exc)

        try:

            def _parse_error(data: object) -> EstimateError | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    error_type_0 = EstimateError.from_dict(data)

                    return error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(EstimateError | None | Unset, data)

            error = _parse_error(d.pop("error", UNSET))

        except Exception as exc:
            error = types.undecoded(src_dict, "error", "EstimateResult", exc)

        estimate_result = cls(
            service_id=service_id,
            data=data,
            error=error,
        )

        estimate_result.additional_properties = d
        return estimate_result

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


from ..models.estimate import Estimate
from ..models.estimate_error import EstimateError
