from typing import Literal

CrmTablePermissionType = Literal[1, 2]

CRM_TABLE_PERMISSION_TYPE_VALUES: set[CrmTablePermissionType] = {
    1,
    2,
}


def check_crm_table_permission_type(value: int) -> CrmTablePermissionType:
    if value in CRM_TABLE_PERMISSION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CRM_TABLE_PERMISSION_TYPE_VALUES!r}")
