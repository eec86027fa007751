from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..models.order_status import OrderStatus, check_order_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOrderFailure")


@_attrs_define
class UpdateOrderFailure:
    """An order that Update Order could not move. The source's only example is an illegal transition (`order_status` is the
    status the order kept). For an id SIRCLO does not know there is no status or timestamp to report, so only `id` and
    `message` are required here (ledger SO-016).

        Attributes:
            id (int): The SIRCLO Platform order id named in the request.
            message (str): Why the order was not updated (the example says "Parameter yang diberikan salah").
            order_status (OrderStatus | str | Unset): `OrderStatus` as the API answers it: one of the documented values, or
                any other string. Open because a vendor order state machine that can grow (ledger SO-017); a client must not
                fail on a value it does not know. Requests keep the closed `OrderStatus`.
            updated_at (str | Unset): Timestamp as SIRCLO writes it in responses: `YYYY-MM-DD HH:MM:SS.ffffff` without a
                time zone (e.g. `2019-05-27 06:05:11.979185`). This is not RFC 3339, so no `format` is declared (ledger SO-009).
    """

    id: int
    message: str
    order_status: OrderStatus | str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        try:
            message = self.message
        except (AttributeError, TypeError):
            message = cast(Any, self.message)

        order_status: str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        elif isinstance(self.order_status, str):
            order_status = self.order_status
        else:
            order_status = self.order_status

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if isinstance(message, Unset):
            del field_dict["message"]
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, int):
                raise types.Mistyped(f"expected int, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "UpdateOrderFailure", exc)

        try:
            message = d.pop("message")
            if not isinstance(message, str):
                raise types.Mistyped(f"expected str, got {type(message).__name__}")
        except Exception as exc:
            message = types.undecoded(src_dict, "message", "UpdateOrderFailure", exc)

        try:

            def _parse_order_status(data: object) -> OrderStatus | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_order_status_value_type_0 = check_order_status(data)

                    return componentsschemas_order_status_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if types.is_strict() and not isinstance(data, str):
                    raise types.Mistyped(f"no branch of the union decodes a {type(data).__name__}")
                return cast(OrderStatus | str | Unset, data)

            order_status = _parse_order_status(d.pop("order_status", UNSET))

        except Exception as exc:
            order_status = types.undecoded(src_dict, "order_status", "UpdateOrderFailure", exc)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(updated_at).__name__}")
        except Exception as exc:
            updated_at = types.undecoded(src_dict, "updated_at", "UpdateOrderFailure", exc)

        update_order_failure = cls(
            id=id,
            message=message,
            order_status=order_status,
            updated_at=updated_at,
        )

        update_order_failure.additional_properties = d
        return update_order_failure

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
