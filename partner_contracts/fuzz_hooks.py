"""Schemathesis hooks used by ``partner-contracts fuzz`` (loaded through ``SCHEMATHESIS_HOOKS``).

Signs requests for security schemes that declare ``x-hmac`` (SIRCLO's ``Secret``). The schemathesis
config gives such a scheme the placeholder value ``SIGN_ME``; just before a request leaves, a
``requests`` auth object replaces the placeholder with the HMAC of the exact body bytes being sent.
A request whose credential schemathesis removed or replaced on purpose (the ``ignored_auth`` probes)
carries no placeholder and is sent as it is — so those probes still see the API refuse it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
import time
from functools import lru_cache
from typing import Any

import schemathesis

SIGN_ME = "SIGN_ME"


class BodySigner:
    """A ``requests`` auth: header = hex HMAC(key, body) where the header holds the placeholder."""

    def __init__(self, header: str, key: bytes, algorithm: str) -> None:
        self.header, self.key, self.algorithm = header, key, algorithm
        hashlib.new(algorithm)

    def __call__(self, request: Any) -> Any:
        if request.headers.get(self.header) == SIGN_ME:
            body = request.body or b""
            if isinstance(body, str):
                body = body.encode("utf-8")
            request.headers[self.header] = hmac.new(self.key, body, self.algorithm).hexdigest()
        return request


@lru_cache(maxsize=None)
def signers(key: str, sandbox: bool) -> tuple[BodySigner, ...]:
    from partner_contracts.fuzz import credentials
    from partner_contracts.specs import select

    (api,) = select([key])
    schemes = (api.bundled.document.get("components") or {}).get("securitySchemes") or {}
    values = credentials(api, sandbox)
    return tuple(
        BodySigner(scheme["name"], values.get(name, "").encode(), str(scheme["x-hmac"].get("algorithm", "sha256")))
        for name, scheme in schemes.items()
        if scheme.get("x-hmac") and scheme.get("in") == "header"
    )


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    key = os.environ.get("PARTNER_CONTRACTS_FUZZ_API")
    if not key:
        return
    found = signers(key, bool(os.environ.get("PARTNER_CONTRACTS_FUZZ_SANDBOX")))
    if found:
        (signer,) = found  # one signed header per API is all our specs declare
        kwargs["auth"] = signer


# --- progress: `partner-contracts fuzz` reads how many calls went out while schemathesis runs ------------

PROGRESS_ENV = "PARTNER_CONTRACTS_FUZZ_PROGRESS"


class _Counter:
    """Calls made so far, written to the file named by ``$PARTNER_CONTRACTS_FUZZ_PROGRESS`` (at most ~4×/s)."""

    def __init__(self, path: str) -> None:
        self.path, self.calls, self.written = path, 0, 0.0
        self.lock = threading.Lock()

    def add(self) -> None:
        with self.lock:
            self.calls += 1
            now = time.monotonic()
            if now - self.written >= 0.25:
                self.written = now
                tmp = self.path + ".tmp"
                with open(tmp, "w", encoding="utf-8") as fh:
                    fh.write(str(self.calls))
                os.replace(tmp, self.path)


_counter = _Counter(os.environ[PROGRESS_ENV]) if os.environ.get(PROGRESS_ENV) else None


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    if _counter is not None:
        _counter.add()
