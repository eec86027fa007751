"""A client library for accessing SIRCLO Order API (partner)"""

from . import errors
from .client import Client
from .partner import connect

__all__ = (
    "Client",
    "connect",
    "errors",
)
