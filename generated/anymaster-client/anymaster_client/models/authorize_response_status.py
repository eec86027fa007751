from typing import Literal

AuthorizeResponseStatusKnown = Literal["ok"]
"""The values the spec lists."""

AuthorizeResponseStatus = AuthorizeResponseStatusKnown | str
"""A listed value, or a value the server sent that the spec does not list (kept as it came, not an error)."""

AUTHORIZE_RESPONSE_STATUS_VALUES: set[AuthorizeResponseStatusKnown] = {
    "ok",
}


def check_authorize_response_status(value: str) -> AuthorizeResponseStatus:
    """Accept any value of the right JSON type: a server may add enum values before the spec lists them."""
    if value in AUTHORIZE_RESPONSE_STATUS_VALUES or isinstance(value, str):
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTHORIZE_RESPONSE_STATUS_VALUES!r} or another str")


def is_known_authorize_response_status(value: AuthorizeResponseStatus) -> bool:
    """Whether ``value`` is one the spec lists."""
    return value in AUTHORIZE_RESPONSE_STATUS_VALUES
