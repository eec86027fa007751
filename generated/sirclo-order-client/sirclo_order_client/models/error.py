from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error body. The source documents no error response; SIRCLO's successful responses use the envelope `{data, message,
    reference}`, so an error is taken to use the same envelope with the reason in `message` and `data` empty or null
    (ledger SO-005).

        Attributes:
            message (str): Human-readable reason.
            data (Any | Unset): Usually null or empty on errors (not documented).
            reference (str | Unset): Reference of the request (not explained by the source).
    """

    message: str
    data: Any | Unset = UNSET
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            message = self.message
        except (AttributeError, TypeError):
            message = cast(Any, self.message)

        data = self.data

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if isinstance(message, Unset):
            del field_dict["message"]
        if data is not UNSET:
            field_dict["data"] = data
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            message = d.pop("message")
            if not isinstance(message, str):
                raise types.Mistyped(f"expected str, got {type(message).__name__}")
        except Exception as exc:
            message = types.undecoded(src_dict, "message", "Error", exc)

        try:
            data = d.pop("data", UNSET)
        except Exception as exc:
            data = types.undecoded(src_dict, "data", "Error", exc)

        try:
            reference = d.pop("reference", UNSET)
            if not isinstance(reference, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(reference).__name__}")
        except Exception as exc:
            reference = types.undecoded(src_dict, "reference", "Error", exc)

        error = cls(
            message=message,
            data=data,
            reference=reference,
        )

        error.additional_properties = d
        return error

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
