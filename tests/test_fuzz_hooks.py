"""The schemathesis hooks (partner_contracts/fuzz/hooks.py): body signing and the call counter."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from types import SimpleNamespace

from partner_contracts.fuzz.hooks import BodySigner, _Counter, signers
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
