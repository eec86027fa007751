from typing import Literal

CrmTablePermissionTypeType0Known = Literal[1, 2]
"""The values the spec lists."""

CrmTablePermissionTypeType0 = CrmTablePermissionTypeType0Known | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

CRM_TABLE_PERMISSION_TYPE_TYPE_0_VALUES: set[CrmTablePermissionTypeType0Known] = {
    1,
    2,
}


def check_crm_table_permission_type_type_0(value: int) -> CrmTablePermissionTypeType0:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in CRM_TABLE_PERMISSION_TYPE_TYPE_0_VALUES or isinstance(value, int):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CRM_TABLE_PERMISSION_TYPE_TYPE_0_VALUES!r} or another int"
    )


def is_known_crm_table_permission_type_type_0(value: CrmTablePermissionTypeType0) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in CRM_TABLE_PERMISSION_TYPE_TYPE_0_VALUES
