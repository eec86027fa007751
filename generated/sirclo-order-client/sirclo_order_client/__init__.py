"""A client library for accessing SIRCLO Order API (partner)"""

from .client import AuthenticatedClient, Client
from .partner import connect

__all__ = (
    "AuthenticatedClient",
    "Client",
    "connect",
)
