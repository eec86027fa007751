from typing import Literal

CrmTablePermissionTypeType0 = Literal[1, 2]

CRM_TABLE_PERMISSION_TYPE_TYPE_0_VALUES: set[CrmTablePermissionTypeType0] = {
    1,
    2,
}


def check_crm_table_permission_type_type_0(value: int) -> CrmTablePermissionTypeType0:
    if value in CRM_TABLE_PERMISSION_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CRM_TABLE_PERMISSION_TYPE_TYPE_0_VALUES!r}")
