"""A client library for accessing Ahamove Partner API v3 — Estimate Order Fee"""

from .client import AuthenticatedClient, Client
from .partner import connect

__all__ = (
    "AuthenticatedClient",
    "Client",
    "connect",
)
