from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimateError")


@_attrs_define
class EstimateError:
    """Error shape shown inside the response example (FACTS.md: also the body of error answers).

    Attributes:
        http_code (int | Unset): HTTP status the error table gives for the code.
        code (str | Unset): Error code. Documented values are listed in `x-enum-descriptions`; not an enum because the
            response example uses `INVALID_MAX_COD`, which the tables omit (AH-008).
        title (str | Unset): Short English title (assumed from the name: the document does not describe it).
        description (str | Unset): User-facing message (Vietnamese in the example); may contain an unrendered template
            placeholder such as `{{ data.max_cod }}` (AH-009).
        internal (str | Unset): Internal detail (empty string in the example).
    """

    http_code: int | Unset = UNSET
    code: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    internal: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_code = self.http_code

        code = self.code

        title = self.title

        description = self.description

        internal = self.internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if http_code is not UNSET:
            field_dict["http_code"] = http_code
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if internal is not UNSET:
            field_dict["internal"] = internal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            http_code = d.pop("http_code", UNSET)
            if not isinstance(http_code, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(http_code).__name__}")
        except Exception as exc:
            http_code = types.undecoded(src_dict, "http_code", "EstimateError", exc)

        try:
            code = d.pop("code", UNSET)
            if not isinstance(code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(code).__name__}")
        except Exception as exc:
            code = types.undecoded(src_dict, "code", "EstimateError", exc)

        try:
            title = d.pop("title", UNSET)
            if not isinstance(title, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(title).__name__}")
        except Exception as exc:
            title = types.undecoded(src_dict, "title", "EstimateError", exc)

        try:
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(description).__name__}")
        except Exception as exc:
            description = types.undecoded(src_dict, "description", "EstimateError", exc)

        try:
            internal = d.pop("internal", UNSET)
            if not isinstance(internal, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(internal).__name__}")
        except Exception as exc:
            internal = types.undecoded(src_dict, "internal", "EstimateError", exc)

        estimate_error = cls(
            http_code=http_code,
            code=code,
            title=title,
            description=description,
            internal=internal,
        )

        estimate_error.additional_properties = d
        return estimate_error

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
