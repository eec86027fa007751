"""A client library for accessing Palm smart-locker Partner API"""

from . import errors
from .client import USER_AGENT, Client, __version__
from .operations import __spec_version__
from .partner import connect

__all__ = (
    "USER_AGENT",
    "Client",
    "__spec_version__",
    "__version__",
    "connect",
    "errors",
)
