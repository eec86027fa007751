from typing import Literal

ExportStatus = Literal[0, 1, 2]

EXPORT_STATUS_VALUES: set[ExportStatus] = {
    0,
    1,
    2,
}


def check_export_status(value: int) -> ExportStatus:
    if value in EXPORT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_STATUS_VALUES!r}")
