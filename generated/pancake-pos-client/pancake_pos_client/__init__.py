"""A client library for accessing Pancake POS API"""

from .client import AuthenticatedClient, Client
from .partner import connect

__all__ = (
    "AuthenticatedClient",
    "Client",
    "connect",
)
