"""Every operation of the Palm smart-locker Partner API client, and which ones are safe to repeat.

Placed here by partner-contracts from the spec; regenerate instead of editing. GET, HEAD and OPTIONS are
safe to repeat; another method is only where the spec marks the operation ``x-idempotent: true`` (the
vendor document says repeating it changes nothing more). Those are retried by default; the others only
when a call passes ``max_retries=`` or the client ``with_options(retry_non_idempotent=True)``.
"""

from __future__ import annotations

__spec_version__ = "2.1.0"
"""``info.version`` of the contract this client was generated from (the package has its own version)."""

IDEMPOTENT: frozenset[str] = frozenset(
    {
        "update_payment_status",
    }
)
"""Operations (function names) with a method other than GET/HEAD/OPTIONS that are safe to repeat."""

OPERATIONS: dict[str, tuple[str, str, bool]] = {
    "api.lockers.get_locker": ("GET", "/locker/{lockerId}", True),
    "api.lockers.list_lockers": ("GET", "/locker", True),
    "api.lockers.open_stack": ("POST", "/partner/locker/open", False),
    "api.orders.cancel_order": ("PUT", "/order/cancel", False),
    "api.orders.create_order": ("POST", "/order", False),
    "api.orders.get_order": ("GET", "/order/{orderId}", True),
    "api.orders.list_orders": ("GET", "/order", True),
    "api.orders.renew_order_pass": ("POST", "/partner/order/renew", False),
    "api.orders.renew_partner_code": ("PUT", "/orders/partnerCode/renew", False),
    "api.orders.update_payment_status": ("PUT", "/partner/payment", True),
    "api.users.get_user_token": ("POST", "/partner/user/token", False),
}
"""Module -> (method, path, safe to repeat), for every operation."""

__all__ = ["IDEMPOTENT", "OPERATIONS", "__spec_version__"]
