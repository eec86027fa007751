"""A client library for accessing Ahamove Partner API v3 — Estimate Order Fee"""

from . import errors
from .client import Client
from .partner import connect

__all__ = (
    "Client",
    "connect",
    "errors",
)
