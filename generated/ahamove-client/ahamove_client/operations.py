"""Every operation of the Ahamove Partner API v3 — Estimate Order Fee client, and which ones are safe to repeat.

Placed here by partner-contracts from the spec; regenerate instead of editing. GET, HEAD and OPTIONS are
safe to repeat; another method is only where the spec marks the operation ``x-idempotent: true`` (the
vendor document says repeating it changes nothing more). Those are retried by default; the others only
when a call passes ``max_retries=`` or the client ``with_options(retry_non_idempotent=True)``.
"""

from __future__ import annotations

__spec_version__ = "4"
"""``info.version`` of the contract this client was generated from (the package has its own version)."""

IDEMPOTENT: frozenset[str] = frozenset(
    {
        "estimate_order_fee",
    }
)
"""Operations (function names) with a method other than GET/HEAD/OPTIONS that are safe to repeat."""

OPERATIONS: dict[str, tuple[str, str, bool]] = {
    "api.orders.estimate_order_fee": ("POST", "/v3/orders/estimates", True),
}
"""Module -> (method, path, safe to repeat), for every operation."""

__all__ = ["IDEMPOTENT", "OPERATIONS", "__spec_version__"]
