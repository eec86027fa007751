"""A client library for accessing AnyMaster Partner API — partner orders"""

from typing import TYPE_CHECKING, Any

from .client import USER_AGENT, Client, __version__
from .partner import connect

if TYPE_CHECKING:
    from . import errors
    from .operations import __spec_version__

# Imported the first time they are used (``anymaster_client.errors``, ``from anymaster_client import errors``),
# so ``import anymaster_client`` costs little more than ``import httpx``.
_LAZY = {"errors": ("errors", None), "__spec_version__": ("operations", "__spec_version__")}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module_name, attribute = _LAZY[name]
    module = importlib.import_module(f"{__name__}.{module_name}")
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


__all__ = (
    "USER_AGENT",
    "Client",
    "__spec_version__",
    "__version__",
    "connect",
    "errors",
)
