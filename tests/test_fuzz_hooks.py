"""The schemathesis hooks (partner_contracts/fuzz/hooks.py): body signing and the call counter."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from types import SimpleNamespace

import pytest

from partner_contracts.fuzz.hooks import BodySigner, _Counter, before_call, signers
from partner_contracts.spec.auth import SIGN_ME


def test_the_placeholder_becomes_the_hmac_of_the_exact_body() -> None:
    signer = BodySigner("Secret", b"key", "sha256")
    request = SimpleNamespace(headers={"Secret": SIGN_ME}, body='{"a": 1}')
    signer(request)
    assert request.headers["Secret"] == hmac.new(b"key", b'{"a": 1}', hashlib.sha256).hexdigest()
    empty = SimpleNamespace(headers={"Secret": SIGN_ME}, body=None)
    assert signer(empty).headers["Secret"] == hmac.new(b"key", b"", hashlib.sha256).hexdigest()


def test_a_request_without_the_placeholder_is_sent_as_it_is() -> None:
    signer = BodySigner("Secret", b"key", "sha256")
    probe = SimpleNamespace(headers={"Secret": "wrong"}, body=b"x")  # schemathesis' ignored_auth probe
    assert signer(probe).headers == {"Secret": "wrong"}


def test_only_apis_with_a_signed_scheme_have_signers() -> None:
    (signer,) = signers("sirclo-order", False)
    assert signer.header and signer.key
    assert signers("palm-locker", False) == ()


def test_the_hook_attaches_the_signer_to_every_call_of_a_signed_api(monkeypatch: pytest.MonkeyPatch) -> None:
    """`partner-contracts fuzz` signs SIRCLO's requests through this hook: without it every request goes out
    with the placeholder and the mock refuses it (401). The key is api.yaml's mock secret, ``test-secret``."""
    monkeypatch.delenv("PARTNER_CONTRACTS_FUZZ_SANDBOX", raising=False)
    monkeypatch.setenv("PARTNER_CONTRACTS_FUZZ_API", "sirclo-order")
    kwargs: dict[str, object] = {}
    before_call(None, None, kwargs)
    request = SimpleNamespace(headers={"Secret": SIGN_ME}, body=b'{"order_id": "R1"}')
    kwargs["auth"](request)  # type: ignore[operator]
    assert (
        request.headers["Secret"]
        == hmac.new(b"test-secret", b'{"order_id": "R1"}', hashlib.sha256).hexdigest()
    )
    monkeypatch.setenv("PARTNER_CONTRACTS_FUZZ_API", "palm-locker")  # an API without a signed scheme
    untouched: dict[str, object] = {}
    before_call(None, None, untouched)
    assert untouched == {}
    monkeypatch.delenv("PARTNER_CONTRACTS_FUZZ_API")  # not a fuzz run (the hooks loaded by a test)
    before_call(None, None, untouched)
    assert untouched == {}


def test_the_counter_writes_the_calls_so_far(tmp_path: Path) -> None:
    path = tmp_path / "progress"
    counter = _Counter(str(path))
    counter.add()
    assert path.read_text() == "1"  # the first call is written at once
    for _ in range(9):
        counter.add()
    counter.written = 0.0  # as if a quarter of a second had passed
    counter.add()
    assert path.read_text() == "11" and counter.calls == 11
