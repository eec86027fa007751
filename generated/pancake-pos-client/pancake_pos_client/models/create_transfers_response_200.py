from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTransfersResponse200")


@_attrs_define
class CreateTransfersResponse200:
    """
    Attributes:
        success (bool):
        data (list[Transfer] | Transfer | Unset):
    """

    success: bool
    data: list[Transfer] | Transfer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            success = self.success
        except (AttributeError, TypeError):
            success = cast(Any, self.success)

        data: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, Transfer):
            data = self.data.to_dict()
        else:
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if isinstance(success, Unset):
            del field_dict["success"]
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            success = d.pop("success")
            if not isinstance(success, bool):
                raise types.Mistyped(f"expected bool, got {type(success).__name__}")
        except Exception as exc:
            success = types.undecoded(src_dict, "success", "CreateTransfersResponse200", exc)

        try:

            def _parse_data_branches(data: object) -> list[Transfer] | Transfer | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_type_0 = Transfer.from_dict(data)

                    return data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                data_type_1 = []
                _data_type_1 = data
                if not isinstance(_data_type_1, list):
                    raise TypeError(f"expected an array, got {type(_data_type_1).__name__}")
                for data_type_1_item_data in _data_type_1:
                    try:
                        data_type_1_item = Transfer.from_dict(data_type_1_item_data)

                    except Exception as item_exc:
                        data_type_1_item = types.undecoded_item(data_type_1_item_data, "data_type_1", item_exc)
                    data_type_1.append(data_type_1_item)

                return data_type_1

            def _parse_data(data: object) -> list[Transfer] | Transfer | Unset:
                try:
                    parsed = types.strictly(_parse_data_branches, data)
                except Exception:
                    # no branch decodes strictly: the first that builds with what came (in strict mode: raises)
                    return _parse_data_branches(data)
                return _parse_data_branches(data) if parsed is data else parsed

            data = _parse_data(d.pop("data", UNSET))

        except Exception as exc:
            data = types.undecoded(src_dict, "data", "CreateTransfersResponse200", exc)

        create_transfers_response_200 = cls(
            success=success,
            data=data,
        )

        create_transfers_response_200.additional_properties = d
        return create_transfers_response_200

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


from ..models.transfer import Transfer
