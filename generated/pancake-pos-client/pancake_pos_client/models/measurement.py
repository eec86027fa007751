from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Measurement")


@_attrs_define
class Measurement:
    """A unit-of-measure group (“Nhóm đơn vị tính”, ĐVT) with its units, as listed by `GET
    /shops/{shop_id}/product_measurements/get_measure`. An order line's `measure_group_id` /
    `variation_info.measure_info.measure_id` refer to these ids.

        Attributes:
            id (int): Unit group id.
            name (str | Unset): Unit group name.
            shop_id (int | Unset): Shop id (only in the example, not in the table; ledger PP-206).
            nodes (list[MeasurementNodesItem] | Unset): Units of the group.
    """

    id: int
    name: str | Unset = UNSET
    shop_id: int | Unset = UNSET
    nodes: list[MeasurementNodesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        name = self.name

        shop_id = self.shop_id

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if isinstance(id, Unset):
            del field_dict["id"]
        if name is not UNSET:
            field_dict["name"] = name
        if shop_id is not UNSET:
            field_dict["shop_id"] = shop_id
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, int):
                raise types.Mistyped(f"expected int, got {type(id).__name__}")
        except Exception as exc:
            id = types.undecoded(src_dict, "id", "Measurement", exc)

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "Measurement", exc)

        try:
            shop_id = d.pop("shop_id", UNSET)
            if not isinstance(shop_id, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(shop_id).__name__}")
        except Exception as exc:
            shop_id = types.undecoded(src_dict, "shop_id", "Measurement", exc)

        try:
            _nodes = d.pop("nodes", UNSET)
            nodes: list[MeasurementNodesItem] | Unset = UNSET
            if _nodes is not UNSET:
                if not isinstance(_nodes, list):
                    raise TypeError(f"expected an array, got {type(_nodes).__name__}")
                nodes = []
                for nodes_item_data in _nodes:
                    try:
                        nodes_item = MeasurementNodesItem.from_dict(nodes_item_data)

                    except Exception as item_exc:
                        nodes_item = types.undecoded_item(nodes_item_data, "nodes", item_exc)
                    nodes.append(nodes_item)

        except Exception as exc:
            nodes = types.undecoded(src_dict, "nodes", "Measurement", exc)

        measurement = cls(
            id=id,
            name=name,
            shop_id=shop_id,
            nodes=nodes,
        )

        measurement.additional_properties = d
        return measurement

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


from ..models.measurement_nodes_item import MeasurementNodesItem
