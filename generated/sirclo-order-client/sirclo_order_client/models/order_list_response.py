from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderListResponse")


@_attrs_define
class OrderListResponse:
    """Response of Get Order, in SIRCLO's `{data, message, reference}` envelope plus `total_record`.

    Attributes:
        data (list[Order] | None): The orders of the page; null is accepted for an empty list — a Go server writes a nil
            slice as null (ledger SO-014).
        message (str): Message (empty in the example).
        reference (str): Reference (empty in the example; not explained by the source).
        total_record (int | Unset): Number of orders matching the query (1 in the example; the source does not say
            whether it counts the page or the whole range). Only in the example (ledger SO-011).
    """

    data: list[Order] | None
    message: str
    reference: str
    total_record: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            data: list[dict[str, Any]] | None
            if isinstance(self.data, list):
                data = []
                for data_type_0_item_data in self.data:
                    data_type_0_item = data_type_0_item_data.to_dict()
                    data.append(data_type_0_item)

            else:
                data = self.data
        except (AttributeError, TypeError):
            data = cast(Any, self.data)

        try:
            message = self.message
        except (AttributeError, TypeError):
            message = cast(Any, self.message)

        try:
            reference = self.reference
        except (AttributeError, TypeError):
            reference = cast(Any, self.reference)

        total_record = self.total_record

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "message": message,
                "reference": reference,
            }
        )
        if isinstance(data, Unset):
            del field_dict["data"]
        if isinstance(message, Unset):
            del field_dict["message"]
        if isinstance(reference, Unset):
            del field_dict["reference"]
        if total_record is not UNSET:
            field_dict["total_record"] = total_record

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:

            def _parse_data(data: object) -> list[Order] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    data_type_0 = []
                    _data_type_0 = data
                    if not isinstance(_data_type_0, list):
                        raise TypeError(f"expected an array, got {type(_data_type_0).__name__}")
                    for data_type_0_item_data in _data_type_0:
                        try:
                            data_type_0_item = Order.from_dict(data_type_0_item_data)

                        except Exception as item_exc:
                            data_type_0_item = types.undecoded_item(data_type_0_item_data, "data_type_0", item_exc)
                        data_type_0.append(data_type_0_item)

                    return data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not (data is None):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(list[Order] | None, data)

            data = _parse_data(d.pop("data"))

        except Exception as exc:
            data = types.undecoded(src_dict, "data", "OrderListResponse", exc)

        try:
            message = d.pop("message")
            if not isinstance(message, str):
                raise types.Mistyped(f"expected str, got {type(message).__name__}")
        except Exception as exc:
            message = types.undecoded(src_dict, "message", "OrderListResponse", exc)

        try:
            reference = d.pop("reference")
            if not isinstance(reference, str):
                raise types.Mistyped(f"expected str, got {type(reference).__name__}")
        except Exception as exc:
            reference = types.undecoded(src_dict, "reference", "OrderListResponse", exc)

        try:
            total_record = d.pop("total_record", UNSET)
            if not isinstance(total_record, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(total_record).__name__}")
        except Exception as exc:
            total_record = types.undecoded(src_dict, "total_record", "OrderListResponse", exc)

        order_list_response = cls(
            data=data,
            message=message,
            reference=reference,
            total_record=total_record,
        )

        order_list_response.additional_properties = d
        return order_list_response

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


from ..models.order import Order
