"""Schemathesis hooks used by ``partner-contracts fuzz`` (loaded through ``SCHEMATHESIS_HOOKS``).

Signs requests for security schemes that declare ``x-hmac`` (SIRCLO's ``Secret``). The schemathesis
config gives such a scheme the placeholder value ``SIGN_ME``; just before a request leaves, a
``requests`` auth object replaces the placeholder with the HMAC of the exact body bytes being sent.
A request whose credential schemathesis removed or replaced on purpose (the ``ignored_auth`` probes)
carries no placeholder and is sent as it is — so those probes still see the API refuse it.
"""

from __future__ import annotations

import atexit
import os
import threading
import time
from functools import cache
from typing import Any

import schemathesis

from partner_contracts.fuzz.reach import TALLY_ENV, Classifier, Tally
from partner_contracts.spec.auth import SIGN_ME, Signer


class BodySigner:
    """A ``requests`` auth: header = hex HMAC(key, body) where the header holds the placeholder."""

    def __init__(self, header: str, key: bytes, algorithm: str) -> None:
        self.header, self.key, self.algorithm = header, key, algorithm
        self.signer = Signer(key, algorithm)

    def __call__(self, request: Any) -> Any:
        if request.headers.get(self.header) == SIGN_ME:
            body = request.body or b""
            if isinstance(body, str):
                body = body.encode("utf-8")
            request.headers[self.header] = self.signer.hex(body)
        return request


@cache
def signers(key: str, sandbox: bool) -> tuple[BodySigner, ...]:
    from partner_contracts.spec.api import select
    from partner_contracts.spec.auth import credentials, schemes

    (api,) = select([key])
    values = credentials(api, sandbox)
    return tuple(
        BodySigner(scheme.param, values.get(name, "").encode(), scheme.algorithm)
        for name, scheme in schemes(api.bundled.document).items()
        if scheme.algorithm is not None and scheme.location == "header"
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


def count_answer(tally: Tally, classifier: Classifier, case: Any, status: int) -> None:
    """Count the answer ``status`` to a schemathesis ``case`` in ``tally``: its operation (the operationId, else
    schemathesis' label), its class (``fuzz/reach.py``) and whether the case was a positive one (a request
    that fits the schema). ``partner-contracts fuzz`` (below) and the in-process fuzz both count this way."""
    definition = getattr(getattr(case, "operation", None), "definition", None)
    raw = getattr(definition, "raw", None)
    operation = str(raw.get("operationId") if isinstance(raw, dict) and raw.get("operationId")
                    else getattr(case.operation, "label", "?"))
    meta = getattr(case, "meta", None)
    positive = meta is not None and str(meta.generation.mode) == "positive"
    tally.add(operation, classifier.classify(operation, status), positive)


class _Reach:
    """Each answer classed per operation (``fuzz/reach.py``), written to ``$PARTNER_CONTRACTS_FUZZ_TALLY`` as it
    goes and when the process exits, so ``partner-contracts fuzz`` can tell a run refused at the door."""

    def __init__(self, path: str, key: str) -> None:
        from partner_contracts.spec.api import select

        (api,) = select([key])
        self.path, self.classifier, self.tally = path, Classifier(api), Tally()
        self.lock = threading.Lock()
        self.written = 0.0
        atexit.register(self.write)

    def add(self, case: Any, status: int) -> None:
        with self.lock:
            count_answer(self.tally, self.classifier, case, status)
            if time.monotonic() - self.written >= 1.0:
                self._write()

    def write(self) -> None:
        with self.lock:
            self._write()

    def _write(self) -> None:
        self.written = time.monotonic()
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(self.tally.to_json())
        os.replace(tmp, self.path)


_reach = (_Reach(os.environ[TALLY_ENV], os.environ["PARTNER_CONTRACTS_FUZZ_API"])
          if os.environ.get(TALLY_ENV) and os.environ.get("PARTNER_CONTRACTS_FUZZ_API") else None)


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    if _counter is not None:
        _counter.add()
    if _reach is not None:
        _reach.add(case, int(response.status_code))


# --- the embedded mock is on loopback: no proxy or netrc settings from the environment ---------------

LOOPBACK_ENV = "PARTNER_CONTRACTS_FUZZ_LOOPBACK"


def ignore_environment_settings() -> None:
    """Every ``requests`` session of this (schemathesis) process leaves out what ``requests`` reads from the
    environment for each request (``trust_env``: HTTP(S)_PROXY, NO_PROXY, .netrc, CA bundle variables).

    Set by ``partner-contracts fuzz`` when schemathesis talks to the embedded mock on 127.0.0.1: a developer's
    HTTP_PROXY must not carry loopback traffic (requests would send it through the proxy unless NO_PROXY
    names 127.0.0.1), and reading those settings again for every request took about a sixth of schemathesis'
    CPU. Against a sandbox (the network) they are honoured as usual. Schemathesis' CLI builds its sessions
    itself (no option for this), hence the change at the ``requests.Session`` level, in its process only."""
    import requests

    if getattr(requests.Session.__init__, "_loopback", False):
        return
    original = requests.Session.__init__

    def __init__(self: requests.Session) -> None:
        original(self)
        self.trust_env = False

    __init__._loopback = True  # type: ignore[attr-defined]
    requests.Session.__init__ = __init__  # type: ignore[method-assign]


if os.environ.get(LOOPBACK_ENV):
    ignore_environment_settings()
