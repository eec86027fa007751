from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpecialRequest")


@_attrs_define
class SpecialRequest:
    """
    Attributes:
        field_id (str): ID of the special request (e.g. `SGN-BIKE-TIPS`).
        num (int | Unset): Number of units of the special request if it is of PER_UNIT type.
        tier_code (str | Unset): Code of the selected tier if it is of TIER type.
        option_code (str | Unset): Code of the selected option (e.g. an option of SGN-BIKE-FRAGILE).
        option_detail (str | Unset): Option detail of the selected option.
    """

    field_id: str
    num: int | Unset = UNSET
    tier_code: str | Unset = UNSET
    option_code: str | Unset = UNSET
    option_detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            field_id = self.field_id
        except (AttributeError, TypeError):
            field_id = cast(Any, self.field_id)

        num = self.num

        tier_code = self.tier_code

        option_code = self.option_code

        option_detail = self.option_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if isinstance(field_id, Unset):
            del field_dict["_id"]
        if num is not UNSET:
            field_dict["num"] = num
        if tier_code is not UNSET:
            field_dict["tier_code"] = tier_code
        if option_code is not UNSET:
            field_dict["option_code"] = option_code
        if option_detail is not UNSET:
            field_dict["option_detail"] = option_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            field_id = d.pop("_id")
            if not isinstance(field_id, str):
                raise types.Mistyped(f"expected str, got {type(field_id).__name__}")
        except Exception as exc:
            field_id = types.undecoded(src_dict, "_id", "SpecialRequest", exc)

        try:
            num = d.pop("num", UNSET)
            if not isinstance(num, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(num).__name__}")
        except Exception as exc:
            num = types.undecoded(src_dict, "num", "SpecialRequest", exc)

        try:
            tier_code = d.pop("tier_code", UNSET)
            if not isinstance(tier_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(tier_code).__name__}")
        except Exception as exc:
            tier_code = types.undecoded(src_dict, "tier_code", "SpecialRequest", exc)

        try:
            option_code = d.pop("option_code", UNSET)
            if not isinstance(option_code, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(option_code).__name__}")
        except Exception as exc:
            option_code = types.undecoded(src_dict, "option_code", "SpecialRequest", exc)

        try:
            option_detail = d.pop("option_detail", UNSET)
            if not isinstance(option_detail, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(option_detail).__name__}")
        except Exception as exc:
            option_detail = types.undecoded(src_dict, "option_detail", "SpecialRequest", exc)

        special_request = cls(
            field_id=field_id,
            num=num,
            tier_code=tier_code,
            option_code=option_code,
            option_detail=option_detail,
        )

        special_request.additional_properties = d
        return special_request

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
