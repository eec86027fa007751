"""A client library for accessing Palm smart-locker Partner API"""

from . import errors
from .client import Client
from .partner import connect

__all__ = (
    "Client",
    "connect",
    "errors",
)
