"""A client library for accessing Pancake POS API"""

from . import errors
from .client import Client
from .partner import connect

__all__ = (
    "Client",
    "connect",
    "errors",
)
