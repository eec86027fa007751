"""A client library for accessing AnyMaster Partner API — partner orders"""

from . import errors
from .client import Client
from .partner import connect

__all__ = (
    "Client",
    "connect",
    "errors",
)
