from typing import Literal

AuthorizeResponseStatus = Literal["ok"]

AUTHORIZE_RESPONSE_STATUS_VALUES: set[AuthorizeResponseStatus] = {
    "ok",
}


def check_authorize_response_status(value: str) -> AuthorizeResponseStatus:
    if value in AUTHORIZE_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTHORIZE_RESPONSE_STATUS_VALUES!r}")
