from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmField")


@_attrs_define
class CrmField:
    """A field (column) of a CRM table section.

    Attributes:
        name (str | Unset): Field name (the key used in records).
        label (str | Unset): Field label.
        agg_field_id (Any | Unset): Aggregated field id. Type not documented; the source only shows null.
        association_multi (bool | Unset): Whether an association field holds several values (its record value is then an
            array) (meaning assumed from the name; the document does not describe it).
        association_table (Any | Unset): Associated table. Type not documented; the source only shows null.
        association_type (Any | Unset): Association type. Type not documented; the source only shows null.
        can_remove (bool | Unset): Whether the field can be removed.
        creator_id (Any | Unset): Creator user id. Type not documented; the source only shows null.
        select_options (list[Any] | Unset): Options of a select field. Item structure not documented (the source only
            shows empty arrays).
        summary_display_field_id (Any | Unset): Summary display field id. Type not documented; the source only shows
            null.
        summary_field_id (Any | Unset): Summary field id. Type not documented; the source only shows null.
        summary_type (Any | Unset): Summary type. Type not documented; the source only shows null.
        type_ (int | Unset): Field type code (the examples show 2 and 5). The source does not list the codes; it says
            values of fields of type 10, 14, 15 and 17 are arrays.
        order (int | Unset): Order of the field in the section.
        quick_update (bool | Unset):
        is_require (bool | Unset): Whether the field is required in records (meaning assumed from the name; the document
            does not describe it).
        is_unique (bool | Unset): Whether the field value must be unique (meaning assumed from the name; the document
            does not describe it).
        formulas (Any | Unset): Formulas of a computed field. Type not documented; the source only shows null.
    """

    name: str | Unset = UNSET
    label: str | Unset = UNSET
    agg_field_id: Any | Unset = UNSET
    association_multi: bool | Unset = UNSET
    association_table: Any | Unset = UNSET
    association_type: Any | Unset = UNSET
    can_remove: bool | Unset = UNSET
    creator_id: Any | Unset = UNSET
    select_options: list[Any] | Unset = UNSET
    summary_display_field_id: Any | Unset = UNSET
    summary_field_id: Any | Unset = UNSET
    summary_type: Any | Unset = UNSET
    type_: int | Unset = UNSET
    order: int | Unset = UNSET
    quick_update: bool | Unset = UNSET
    is_require: bool | Unset = UNSET
    is_unique: bool | Unset = UNSET
    formulas: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        agg_field_id = self.agg_field_id

        association_multi = self.association_multi

        association_table = self.association_table

        association_type = self.association_type

        can_remove = self.can_remove

        creator_id = self.creator_id

        select_options: list[Any] | Unset = UNSET
        if not isinstance(self.select_options, Unset):
            select_options = self.select_options

        summary_display_field_id = self.summary_display_field_id

        summary_field_id = self.summary_field_id

        summary_type = self.summary_type

        type_ = self.type_

        order = self.order

        quick_update = self.quick_update

        is_require = self.is_require

        is_unique = self.is_unique

        formulas = self.formulas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if agg_field_id is not UNSET:
            field_dict["agg_field_id"] = agg_field_id
        if association_multi is not UNSET:
            field_dict["association_multi"] = association_multi
        if association_table is not UNSET:
            field_dict["association_table"] = association_table
        if association_type is not UNSET:
            field_dict["association_type"] = association_type
        if can_remove is not UNSET:
            field_dict["can_remove"] = can_remove
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if select_options is not UNSET:
            field_dict["select_options"] = select_options
        if summary_display_field_id is not UNSET:
            field_dict["summary_display_field_id"] = summary_display_field_id
        if summary_field_id is not UNSET:
            field_dict["summary_field_id"] = summary_field_id
        if summary_type is not UNSET:
            field_dict["summary_type"] = summary_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if order is not UNSET:
            field_dict["order"] = order
        if quick_update is not UNSET:
            field_dict["quick_update"] = quick_update
        if is_require is not UNSET:
            field_dict["is_require"] = is_require
        if is_unique is not UNSET:
            field_dict["is_unique"] = is_unique
        if formulas is not UNSET:
            field_dict["formulas"] = formulas

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(name).__name__}")
        except Exception as exc:
            name = types.undecoded(src_dict, "name", "CrmField", exc)

        try:
            label = d.pop("label", UNSET)
            if not isinstance(label, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(label).__name__}")
        except Exception as exc:
            label = types.undecoded(src_dict, "label", "CrmField", exc)

        try:
            agg_field_id = d.pop("agg_field_id", UNSET)
        except Exception as exc:
            agg_field_id = types.undecoded(src_dict, "agg_field_id", "CrmField", exc)

        try:
            association_multi = d.pop("association_multi", UNSET)
            if not isinstance(association_multi, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(association_multi).__name__}")
        except Exception as exc:
            association_multi = types.undecoded(src_dict, "association_multi", "CrmField", exc)

        try:
            association_table = d.pop("association_table", UNSET)
        except Exception as exc:
            association_table = types.undecoded(src_dict, "association_table", "CrmField", exc)

        try:
            association_type = d.pop("association_type", UNSET)
        except Exception as exc:
            association_type = types.undecoded(src_dict, "association_type", "CrmField", exc)

        try:
            can_remove = d.pop("can_remove", UNSET)
            if not isinstance(can_remove, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(can_remove).__name__}")
        except Exception as exc:
            can_remove = types.undecoded(src_dict, "can_remove", "CrmField", exc)

        try:
            creator_id = d.pop("creator_id", UNSET)
        except Exception as exc:
            creator_id = types.undecoded(src_dict, "creator_id", "CrmField", exc)

        try:
            select_options: list[Any] = d.pop("select_options", UNSET)

        except Exception as exc:
            select_options = types.undecoded(src_dict, "select_options", "CrmField", exc)

        try:
            summary_display_field_id = d.pop("summary_display_field_id", UNSET)
        except Exception as exc:
            summary_display_field_id = types.undecoded(src_dict, "summary_display_field_id", "CrmField", exc)

        try:
            summary_field_id = d.pop("summary_field_id", UNSET)
        except Exception as exc:
            summary_field_id = types.undecoded(src_dict, "summary_field_id", "CrmField", exc)

        try:
            summary_type = d.pop("summary_type", UNSET)
        except Exception as exc:
            summary_type = types.undecoded(src_dict, "summary_type", "CrmField", exc)

        try:
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(type_).__name__}")
        except Exception as exc:
            type_ = types.undecoded(src_dict, "type", "CrmField", exc)

        try:
            order = d.pop("order", UNSET)
            if not isinstance(order, (int, Unset)):
                raise types.Mistyped(f"expected int, got {type(order).__name__}")
        except Exception as exc:
            order = types.undecoded(src_dict, "order", "CrmField", exc)

        try:
            quick_update = d.pop("quick_update", UNSET)
            if not isinstance(quick_update, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(quick_update).__name__}")
        except Exception as exc:
            quick_update = types.undecoded(src_dict, "quick_update", "CrmField", exc)

        try:
            is_require = d.pop("is_require", UNSET)
            if not isinstance(is_require, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_require).__name__}")
        except Exception as exc:
            is_require = types.undecoded(src_dict, "is_require", "CrmField", exc)

        try:
            is_unique = d.pop("is_unique", UNSET)
            if not isinstance(is_unique, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_unique).__name__}")
        except Exception as exc:
            is_unique = types.undecoded(src_dict, "is_unique", "CrmField", exc)

        try:
            formulas = d.pop("formulas", UNSET)
        except Exception as exc:
            formulas = types.undecoded(src_dict, "formulas", "CrmField", exc)

        crm_field = cls(
            name=name,
            label=label,
            agg_field_id=agg_field_id,
            association_multi=association_multi,
            association_table=association_table,
            association_type=association_type,
            can_remove=can_remove,
            creator_id=creator_id,
            select_options=select_options,
            summary_display_field_id=summary_display_field_id,
            summary_field_id=summary_field_id,
            summary_type=summary_type,
            type_=type_,
            order=order,
            quick_update=quick_update,
            is_require=is_require,
            is_unique=is_unique,
            formulas=formulas,
        )

        crm_field.additional_properties = d
        return crm_field

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
