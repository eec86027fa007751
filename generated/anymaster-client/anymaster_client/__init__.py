"""A client library for accessing AnyMaster Partner API — partner orders"""

from .client import AuthenticatedClient, Client
from .partner import connect

__all__ = (
    "AuthenticatedClient",
    "Client",
    "connect",
)
