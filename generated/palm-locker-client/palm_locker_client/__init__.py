"""A client library for accessing Palm smart-locker Partner API"""

from .client import AuthenticatedClient, Client
from .partner import connect

__all__ = (
    "AuthenticatedClient",
    "Client",
    "connect",
)
