from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmRecord")


@_attrs_define
class CrmRecord:
    """A CRM record. Its keys are the field names of the record's table (e.g. `Address`, `Email` in the Contact table of
    the examples), so further keys are allowed. The properties below are those the examples show.

        Attributes:
            address (str | Unset): Address (a field of the example table).
            created_by (str | Unset): Creator user id (uuid) (meaning assumed from the name; the document does not describe
                it).
            created_on (str | Unset): Creation time, e.g. `2019-06-21 10:50:21.411404` (meaning assumed from the name; the
                document does not describe it).
            email (str | Unset): Email (a field of the example table).
            last_contact_at (str | Unset): Last contact time, e.g. `2019-06-25T10:50:17.867Z` (meaning assumed from the
                name; the document does not describe it).
            last_contact_user (Any | Unset): User of the last contact. Type not documented; the source only shows null.
            modified_by (str | Unset): Last editor user id (uuid) (meaning assumed from the name; the document does not
                describe it).
            modified_on (str | Unset): Last modification time, e.g. `2020-11-03 16:02:50.217203` (meaning assumed from the
                name; the document does not describe it).
    """

    address: str | Unset = UNSET
    created_by: str | Unset = UNSET
    created_on: str | Unset = UNSET
    email: str | Unset = UNSET
    last_contact_at: str | Unset = UNSET
    last_contact_user: Any | Unset = UNSET
    modified_by: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        created_by = self.created_by

        created_on = self.created_on

        email = self.email

        last_contact_at = self.last_contact_at

        last_contact_user = self.last_contact_user

        modified_by = self.modified_by

        modified_on = self.modified_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["Address"] = address
        if created_by is not UNSET:
            field_dict["CreatedBy"] = created_by
        if created_on is not UNSET:
            field_dict["CreatedOn"] = created_on
        if email is not UNSET:
            field_dict["Email"] = email
        if last_contact_at is not UNSET:
            field_dict["LastContactAt"] = last_contact_at
        if last_contact_user is not UNSET:
            field_dict["LastContactUser"] = last_contact_user
        if modified_by is not UNSET:
            field_dict["ModifiedBy"] = modified_by
        if modified_on is not UNSET:
            field_dict["ModifiedOn"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            address = d.pop("Address", UNSET)
            if not isinstance(address, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(address).__name__}")
        except Exception as exc:
            address = types.undecoded(src_dict, "Address", "CrmRecord", exc)

        try:
            created_by = d.pop("CreatedBy", UNSET)
            if not isinstance(created_by, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(created_by).__name__}")
        except Exception as exc:
            created_by = types.undecoded(src_dict, "CreatedBy", "CrmRecord", exc)

        try:
            created_on = d.pop("CreatedOn", UNSET)
            if not isinstance(created_on, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(created_on).__name__}")
        except Exception as exc:
            created_on = types.undecoded(src_dict, "CreatedOn", "CrmRecord", exc)

        try:
            email = d.pop("Email", UNSET)
            if not isinstance(email, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(email).__name__}")
        except Exception as exc:
            email = types.undecoded(src_dict, "Email", "CrmRecord", exc)

        try:
            last_contact_at = d.pop("LastContactAt", UNSET)
            if not isinstance(last_contact_at, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(last_contact_at).__name__}")
        except Exception as exc:
            last_contact_at = types.undecoded(src_dict, "LastContactAt", "CrmRecord", exc)

        try:
            last_contact_user = d.pop("LastContactUser", UNSET)
        except Exception as exc:
            last_contact_user = types.undecoded(src_dict, "LastContactUser", "CrmRecord", exc)

        try:
            modified_by = d.pop("ModifiedBy", UNSET)
            if not isinstance(modified_by, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(modified_by).__name__}")
        except Exception as exc:
            modified_by = types.undecoded(src_dict, "ModifiedBy", "CrmRecord", exc)

        try:
            modified_on = d.pop("ModifiedOn", UNSET)
            if not isinstance(modified_on, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(modified_on).__name__}")
        except Exception as exc:
            modified_on = types.undecoded(src_dict, "ModifiedOn", "CrmRecord", exc)

        crm_record = cls(
            address=address,
            created_by=created_by,
            created_on=created_on,
            email=email,
            last_contact_at=last_contact_at,
            last_contact_user=last_contact_user,
            modified_by=modified_by,
            modified_on=modified_on,
        )

        crm_record.additional_properties = d
        return crm_record

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
