from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    """A product category (“Danh mục sản phẩm”) with its sub-categories, as listed by `GET /shops/{shop_id}/categories`.
    The tree is recursive: `nodes` holds child categories.

        Attributes:
            id (int): Category id.
            text (str | Unset): Category name.
            nodes (list[Category] | Unset): Child categories.
    """

    id: int
    text: str | Unset = UNSET
    nodes: list[Category] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            id = self.id
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        text = self.text

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
        if text is not UNSET:
            field_dict["text"] = text
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
            id = types.undecoded(src_dict, "id", "Category", exc)

        try:
            text = d.pop("text", UNSET)
            if not isinstance(text, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(text).__name__}")
        except Exception as exc:
            text = types.undecoded(src_dict, "text", "Category", exc)

        try:
            _nodes = d.pop("nodes", UNSET)
            nodes: list[Category] | Unset = UNSET
            if _nodes is not UNSET:
                if not isinstance(_nodes, list):
                    raise TypeError(f"expected an array, got {type(_nodes).__name__}")
                nodes = []
                for nodes_item_data in _nodes:
                    try:
                        nodes_item = Category.from_dict(nodes_item_data)

                    except Exception as item_exc:
                        nodes_item = types.undecoded_item(nodes_item_data, "nodes", item_exc)
                    nodes.append(nodes_item)

        except Exception as exc:
            nodes = types.undecoded(src_dict, "nodes", "Category", exc)

        category = cls(
            id=id,
            text=text,
            nodes=nodes,
        )

        category.additional_properties = d
        return category

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
