from typing import Literal

BoxSize = Literal["l", "m", "s", "xl"]

BOX_SIZE_VALUES: set[BoxSize] = {
    "l",
    "m",
    "s",
    "xl",
}


def check_box_size(value: str) -> BoxSize:
    if value in BOX_SIZE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOX_SIZE_VALUES!r}")
