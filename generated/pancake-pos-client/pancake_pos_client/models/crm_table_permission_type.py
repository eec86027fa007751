from typing import Literal

CrmTablePermissionTypeKnown = Literal[1, 2]
"""The values the spec lists."""

CrmTablePermissionType = CrmTablePermissionTypeKnown | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

CRM_TABLE_PERMISSION_TYPE_VALUES: set[CrmTablePermissionTypeKnown] = {
    1,
    2,
}


def check_crm_table_permission_type(value: int) -> CrmTablePermissionType:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in CRM_TABLE_PERMISSION_TYPE_VALUES or isinstance(value, int):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CRM_TABLE_PERMISSION_TYPE_VALUES!r} or another int")


def is_known_crm_table_permission_type(value: CrmTablePermissionType) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in CRM_TABLE_PERMISSION_TYPE_VALUES
