from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import Unset

T = TypeVar("T", bound="ListShopsResponse200")


@_attrs_define
class ListShopsResponse200:
    """
    Attributes:
        shops (list[Shop]):
        success (bool):
    """

    shops: list[Shop]
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            shops = []
            for shops_item_data in self.shops:
                shops_item = shops_item_data.to_dict()
                shops.append(shops_item)

        except (AttributeError, TypeError):
            shops = cast(Any, self.shops)

        try:
            success = self.success
        except (AttributeError, TypeError):
            success = cast(Any, self.success)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shops": shops,
                "success": success,
            }
        )
        if isinstance(shops, Unset):
            del field_dict["shops"]
        if isinstance(success, Unset):
            del field_dict["success"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            shops = []
            _shops = d.pop("shops")
            if not isinstance(_shops, list):
                raise TypeError(f"expected an array, got {type(_shops).__name__}")
            for shops_item_data in _shops:
                try:
                    shops_item = Shop.from_dict(shops_item_data)

                except Exception as item_exc:
                    shops_item = types.undecoded_item(shops_item_data, "shops", item_exc)
                shops.append(shops_item)

        except Exception as exc:
            shops = types.undecoded(src_dict, "shops", "ListShopsResponse200", exc)

        try:
            success = d.pop("success")
            if not isinstance(success, bool):
                raise types.Mistyped(f"expected bool, got {type(success).__name__}")
        except Exception as exc:
            success = types.undecoded(src_dict, "success", "ListShopsResponse200", exc)

        list_shops_response_200 = cls(
            shops=shops,
            success=success,
        )

        list_shops_response_200.additional_properties = d
        return list_shops_response_200

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


from ..models.shop import Shop
