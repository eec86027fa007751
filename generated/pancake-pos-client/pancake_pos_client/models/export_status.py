from typing import Literal

ExportStatusKnown = Literal[0, 1, 2]
"""The values the spec lists."""

ExportStatus = ExportStatusKnown | int
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

EXPORT_STATUS_VALUES: set[ExportStatusKnown] = {
    0,
    1,
    2,
}


def check_export_status(value: int) -> ExportStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in EXPORT_STATUS_VALUES or isinstance(value, int):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_STATUS_VALUES!r} or another int")


def is_known_export_status(value: ExportStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in EXPORT_STATUS_VALUES
