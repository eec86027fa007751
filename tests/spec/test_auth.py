"""spec/auth.py: credentials, HMAC signing and ``x-hmac``'s own rules, each against an expectation of its own
(published HMAC test vectors, the header and query a request must carry, the message a spec author reads)."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
from types import SimpleNamespace
from typing import Any, cast

import pytest

from partner_contracts.spec.api import Api
from partner_contracts.spec.auth import (
    SIGN_ME,
    Scheme,
    Signer,
    credentials,
    hmac_algorithm,
    hmac_problems,
    request_credentials,
    same,
    sandbox,
    schemes,
    sent_any,
    webhook_signature_headers,
    webhook_signers,
)
from partner_contracts.spec.config import FuzzConfig, MockConfig

# RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?"
JEFE_SHA256 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
# RFC 2202, test case 2 (HMAC-SHA1), same key and data
JEFE_SHA1 = "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
JEFE = b"what do ya want for nothing?"



def loaded(value: Any) -> Any:
    """``value`` as a spec read from a file gives it: every string a new object (not the interned constants
    of this test's source), so a comparison by identity (``is``) where equality is meant shows."""
    return json.loads(json.dumps(value))


def fresh(text: str) -> str:
    return "".join(list(text))


BEARER = Scheme("bearer", fresh("bearer"), fresh("header"), "Authorization")
HEADER_KEY = Scheme("key", fresh("apiKey"), fresh("header"), "X-Key")
QUERY_KEY = Scheme("qkey", fresh("apiKey"), fresh("query"), "api_key")
COOKIE_KEY = Scheme("ckey", fresh("apiKey"), fresh("cookie"), "session")
SIGNED = Scheme("signed", fresh("apiKey"), fresh("header"), "X-Signature", "sha256")
UNSUPPORTED = Scheme("basic", fresh("unsupported"), "", "")


# --- constant-time comparison and the body HMAC -------------------------------------------------------------


def test_same_compares_whole_credentials_in_any_script() -> None:
    assert same("t0k", "t0k") and same("ạ", "ạ") and same("\udcff", "\udcff") and same("", "")
    assert not same("t0k", "t0K") and not same("t0", "t0k") and not same("t0kk", "t0k") and not same("ạ", "a")


def test_signer_matches_the_published_hmac_vectors() -> None:
    assert Signer("Jefe").hex(JEFE) == JEFE_SHA256
    assert Signer(b"Jefe", "sha256").hex(JEFE) == JEFE_SHA256
    assert Signer("Jefe", "sha1").hex(JEFE) == JEFE_SHA1
    assert Signer("Jefe").algorithm == "sha256" and Signer("Jefe", "sha1").algorithm == "sha1"
    signer = Signer("Jefe")  # keyed once, copied per body: a second body is not appended to the first
    assert signer.hex(b"other") == hmac.new(b"Jefe", b"other", hashlib.sha256).hexdigest()
    assert signer.hex(JEFE) == JEFE_SHA256
    assert Signer("Jefe").hex(b"") == hmac.new(b"Jefe", b"", hashlib.sha256).hexdigest()


def test_signer_verifies_hex_in_either_case_and_spaces_around_only() -> None:
    signer = Signer("Jefe")
    assert signer.verify(JEFE_SHA256, JEFE)
    assert signer.verify(JEFE_SHA256.upper(), JEFE)  # ledger SO-018
    assert signer.verify(f"  {JEFE_SHA256}\t", JEFE)
    assert not signer.verify(JEFE_SHA256[:-1], JEFE)  # a prefix is not the signature
    assert not signer.verify(JEFE_SHA256[:-1] + "0", JEFE)
    assert not signer.verify(JEFE_SHA256, JEFE + b" ")  # the exact bytes
    assert not signer.verify(JEFE_SHA1, JEFE)


def test_an_unknown_hash_algorithm_fails_when_the_signer_is_built() -> None:
    with pytest.raises(ValueError):
        Signer("Jefe", "no-such-hash")


def test_hmac_algorithm_of_an_x_hmac_mapping() -> None:
    assert hmac_algorithm({"algorithm": "sha512"}) == "sha512"
    assert hmac_algorithm({"encoding": "hex"}) == "sha256"
    assert hmac_algorithm("sha512") == "sha256"  # not a mapping: the default
    assert hmac_algorithm(None) == "sha256"


# --- security schemes --------------------------------------------------------------------------------------


def test_schemes_are_read_as_typed_data() -> None:
    document = loaded({"components": {"securitySchemes": {
        "b": {"type": "http", "scheme": "Bearer"},  # the scheme name is case-insensitive (RFC 7235)
        "basic": {"type": "http", "scheme": "basic"},
        "digest": {"type": "http", "scheme": "digest"},
        "oauth": {"type": "oauth2", "flows": {}, "scheme": "bearer"},  # only http has a scheme
        "h": {"type": "apiKey", "in": "header", "name": "X-Key"},
        "q": {"type": "apiKey", "in": "query", "name": "api_key"},
        "c": {"type": "apiKey", "in": "cookie", "name": "session"},
        "bare": {"type": "apiKey"},
        "s": {"type": "apiKey", "in": "header", "name": "Secret", "x-hmac": {"algorithm": "sha1"}},
        "s256": {"type": "apiKey", "in": "header", "name": "Secret", "x-hmac": {"over": "raw-body"}},
        "null": None,
    }}})
    assert schemes(document) == {
        "b": Scheme("b", "bearer", "header", "Authorization"),
        "basic": Scheme("basic", "unsupported", "", ""),
        "digest": Scheme("digest", "unsupported", "", ""),
        "oauth": Scheme("oauth", "unsupported", "", ""),
        "h": Scheme("h", "apiKey", "header", "X-Key"),
        "q": Scheme("q", "apiKey", "query", "api_key"),
        "c": Scheme("c", "apiKey", "cookie", "session"),
        "bare": Scheme("bare", "apiKey", "header", ""),
        "s": Scheme("s", "apiKey", "header", "Secret", "sha1"),
        "s256": Scheme("s256", "apiKey", "header", "Secret", "sha256"),
        "null": Scheme("null", "unsupported", "", ""),
    }
    assert schemes({}) == {} and schemes({"components": None}) == {}
    assert schemes({"components": {"securitySchemes": None}}) == {}


def test_a_scheme_is_immutable_shared_data() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        BEARER.kind = "apiKey"  # type: ignore[misc]
    assert len({Scheme("key", "apiKey", "header", "X-Key"), HEADER_KEY}) == 1  # hashable, equal by value


def test_only_an_x_hmac_scheme_is_signed() -> None:
    assert SIGNED.signed and not HEADER_KEY.signed and not BEARER.signed
    assert SIGNED.signer("Jefe").hex(JEFE) == JEFE_SHA256
    assert Scheme("s", "apiKey", "header", "Secret", "sha1").signer("Jefe").algorithm == "sha1"
    assert HEADER_KEY.signer("Jefe").algorithm == "sha256"


def test_apply_puts_each_credential_where_its_scheme_says() -> None:
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    BEARER.apply("t0k", None, headers, query)
    HEADER_KEY.apply("k1", None, headers, query)
    QUERY_KEY.apply("k2", None, headers, query)
    COOKIE_KEY.apply("k3", None, headers, query)
    assert headers == {"Authorization": "Bearer t0k", "X-Key": "k1", "session": "k3"}
    assert query == {"api_key": "k2"}
    unsupported: dict[str, str] = {}
    UNSUPPORTED.apply("secret", None, unsupported, query)
    assert "Authorization" not in unsupported and query == {"api_key": "k2"}  # never sent as a bearer token


def test_apply_signs_the_body_or_leaves_the_placeholder() -> None:
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    SIGNED.apply("Jefe", JEFE, headers, query)
    assert headers == {"X-Signature": JEFE_SHA256} and query == {}
    SIGNED.apply("Jefe", b"", headers, query)  # an empty body is signed, not left to the hook
    assert headers == {"X-Signature": hmac.new(b"Jefe", b"", hashlib.sha256).hexdigest()}
    SIGNED.apply("Jefe", None, headers, query)
    assert headers == {"X-Signature": SIGN_ME}
    signed_query = Scheme("sq", "apiKey", "query", "sig", "sha256")
    signed_query.apply("Jefe", JEFE, headers, query)
    assert headers["sig"] == JEFE_SHA256 and query == {}  # the signature goes in a header


def test_bearer_check_reads_the_authorization_header() -> None:
    assert BEARER.check(None, "t0k", b"") == "missing Authorization: Bearer <token>"
    assert BEARER.check("", "t0k", b"") == "missing Authorization: Bearer <token>"
    assert BEARER.check("Bearer t0k", "t0k", b"") is None
    assert BEARER.check("bearer t0k", "t0k", b"") is None  # the scheme is case-insensitive
    assert BEARER.check("BEARER   t0k  ", "t0k", b"") is None
    wrong_ones = ("Bearer t0kx", "Bearer t0", "Basic t0k", "Basic  t0k", "Token  t0k", "t0k", "Bearert0k",
                  "Bearer ", "Bearer    ")
    for wrong in wrong_ones:
        assert BEARER.check(wrong, "t0k", b"") == "invalid bearer token", wrong
    assert BEARER.check("Bearer ", "", b"") == "invalid bearer token"  # no empty token, even if expected


def test_api_key_check_names_where_it_looked() -> None:
    assert HEADER_KEY.check("k", "k", b"") is None
    assert HEADER_KEY.check(None, "k", b"") == "missing header 'X-Key'"
    assert HEADER_KEY.check("", "k", b"") == "missing header 'X-Key'"
    assert HEADER_KEY.check("K", "k", b"") == "invalid header 'X-Key'"
    assert QUERY_KEY.check("k", "k", b"") is None
    assert QUERY_KEY.check(None, "k", b"") == "missing query 'api_key'"
    assert QUERY_KEY.check("kk", "k", b"") == "invalid query 'api_key'"
    assert COOKIE_KEY.check("nope", "k", b"") == "invalid cookie 'session'"
    assert UNSUPPORTED.check("anything", "anything", b"") == "unsupported security scheme 'basic'"


def test_signed_check_wants_the_hmac_of_the_exact_body() -> None:
    assert SIGNED.check(JEFE_SHA256, "Jefe", JEFE) is None
    assert SIGNED.check(JEFE_SHA256.upper(), "Jefe", JEFE) is None
    assert SIGNED.check(None, "Jefe", JEFE) == "missing header 'X-Signature'"
    assert SIGNED.check("Jefe", "Jefe", JEFE) == "'X-Signature' is not the HMAC of the body"  # not the key
    assert SIGNED.check(JEFE_SHA256[:1], "Jefe", JEFE) == "'X-Signature' is not the HMAC of the body"
    assert SIGNED.check(JEFE_SHA256, "Jefe", JEFE + b"\n") == "'X-Signature' is not the HMAC of the body"


def test_sent_any_sees_each_kind_of_credential() -> None:
    assert sent_any([BEARER], {"authorization"}, set())
    assert not sent_any([BEARER], {"x-key"}, {"api_key"})
    assert sent_any([HEADER_KEY], {"x-key"}, set())  # header names arrive lower-case
    assert not sent_any([HEADER_KEY], {"x-other"}, {"x-key"})
    assert sent_any([QUERY_KEY], set(), {"api_key"})
    assert not sent_any([QUERY_KEY], {"api_key"}, {"API_KEY"})  # query keys are case-sensitive
    assert sent_any([COOKIE_KEY], {"cookie"}, set())
    assert not sent_any([COOKIE_KEY], {"session"}, {"session"})
    assert sent_any([HEADER_KEY, QUERY_KEY], set(), {"api_key"})  # any of them
    assert not sent_any([HEADER_KEY, QUERY_KEY, COOKIE_KEY, BEARER], {"accept"}, {"page"})
    assert not sent_any([HEADER_KEY, QUERY_KEY], {"authorization", "cookie"}, set())  # not their places
    assert not sent_any([UNSUPPORTED], {"authorization", "cookie", ""}, {""})
    assert not sent_any([], {"authorization"}, {"api_key"})


# --- a request's credentials -----------------------------------------------------------------------------

DOCUMENT: dict[str, Any] = {"components": {"securitySchemes": {
    "bearer": {"type": "http", "scheme": "bearer"},
    "key": {"type": "apiKey", "in": "query", "name": "api_key"},
    "signed": {"type": "apiKey", "in": "header", "name": "Secret", "x-hmac": {"algorithm": "sha256"}},
}}}


def fake_api(mock: dict[str, Any], fuzz: dict[str, Any]) -> Api:
    """What spec/auth.py reads of an Api: its config's mock and fuzz sections and its bundled document."""
    config = SimpleNamespace(mock=MockConfig.parse({"credentials": mock}), fuzz=FuzzConfig.parse(fuzz))
    return cast(Api, SimpleNamespace(config=config, bundled=SimpleNamespace(document=DOCUMENT)))


def test_credentials_are_the_mocks_unless_the_target_is_a_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    api = fake_api({"bearer": "mock-token", "key": {"value": "mock-key", "env": "PC_TEST_KEY"}},
                   {"sandbox_credentials": {"bearer": "PC_TEST_SANDBOX_TOKEN"}})
    monkeypatch.delenv("PC_TEST_KEY", raising=False)
    monkeypatch.setenv("PC_TEST_SANDBOX_TOKEN", "sandbox-token")
    assert credentials(api, False) == {"bearer": "mock-token", "key": "mock-key"}
    assert credentials(api, True) == {"bearer": "sandbox-token", "key": "mock-key"}
    monkeypatch.delenv("PC_TEST_SANDBOX_TOKEN")
    assert credentials(api, True) == {"bearer": "mock-token", "key": "mock-key"}


def test_sandbox_is_set_only_when_both_variables_are(monkeypatch: pytest.MonkeyPatch) -> None:
    api = fake_api({}, {"base_url_env": "PC_TEST_BASE", "credential_env": "PC_TEST_CRED"})
    monkeypatch.setenv("PC_TEST_BASE", "https://sandbox.example/v1/")
    monkeypatch.delenv("PC_TEST_CRED", raising=False)
    assert sandbox(api) is None
    monkeypatch.setenv("PC_TEST_CRED", "c")
    assert sandbox(api) == ("https://sandbox.example/v1", "c")


def test_request_credentials_authenticate_a_request(monkeypatch: pytest.MonkeyPatch) -> None:
    api = fake_api({"bearer": "t0k", "key": "k", "signed": "Jefe"}, {"sandbox_credentials": {"key": "PC_TEST_SK"}})
    monkeypatch.setenv("PC_TEST_SK", "sandbox-k")
    assert request_credentials(api, JEFE) == (
        {"Authorization": "Bearer t0k", "Secret": JEFE_SHA256}, {"api_key": "k"})
    assert request_credentials(api) == ({"Authorization": "Bearer t0k", "Secret": SIGN_ME}, {"api_key": "k"})
    assert request_credentials(api, JEFE, sandbox=True)[1] == {"api_key": "sandbox-k"}


# --- webhooks ----------------------------------------------------------------------------------------------


def test_webhook_signature_headers_are_the_x_hmac_header_parameters() -> None:
    item = loaded({"post": {"parameters": [
        {"name": "X-Sig", "in": "header", "schema": {"type": "string", "x-hmac": {"algorithm": "sha1"}}},
        {"name": "X-Sig2", "in": "header", "x-hmac": {"algorithm": "sha512"}},
        {"name": "X-Sig3", "in": "header", "x-hmac": {}},  # an empty x-hmac declares nothing
        {"name": "sig", "in": "query", "x-hmac": {"algorithm": "sha256"}},  # only headers carry one
        {"name": "sig", "in": "cookie", "x-hmac": {"algorithm": "sha256"}},
        {"name": "X-Plain", "in": "header", "schema": {"type": "string"}},
    ]}})
    assert webhook_signature_headers(item) == [("X-Sig", "sha1"), ("X-Sig2", "sha512")]
    assert webhook_signature_headers(None) == [] and webhook_signature_headers({"post": None}) == []
    assert webhook_signature_headers({"get": {"parameters": item["post"]["parameters"]}}) == []


def test_webhook_signers_key_each_signed_header_with_the_secret() -> None:
    signed = {"post": {"parameters": [{"name": "X-Sig", "in": "header", "x-hmac": {"algorithm": "sha256"}}]}}
    found = webhook_signers({"webhooks": {"a": signed, "b": {"post": {}}, "c": signed}}, "Jefe")
    assert sorted(found) == ["a", "c"]
    ((header, signer),) = found["a"]
    assert header == "X-Sig" and signer.hex(JEFE) == JEFE_SHA256
    assert webhook_signers({}, "Jefe") == {} and webhook_signers({"webhooks": None}, "Jefe") == {}


# --- x-hmac's own rules ------------------------------------------------------------------------------------


def problems(node: Any) -> list[tuple[str, str]]:
    return list(hmac_problems(node))


def not_implemented(key: str) -> str:
    return (f"x-hmac key {key!r} is not implemented (known: algorithm, encoding, over, key, empty-body-for): "
            "remove it, or implement it in partner_contracts/spec/auth.py")


def test_a_well_formed_x_hmac_has_no_problem() -> None:
    conf = loaded({"algorithm": "SHA256", "encoding": "hex", "over": "raw-body", "key": "the partner's Secret",
                   "empty-body-for": ["GET", "delete"]})
    spec = {"paths": {"/a": {"x-hmac": conf, "x-unverified": "not in the document"}}, "list": [{"x-hmac": {}}]}
    assert problems(spec) == []
    assert problems({"x-hmac": {"algorithm": "sha1"}}) == []


def test_x_hmac_problems_point_at_the_place_in_the_spec() -> None:
    spec = {"components": {"securitySchemes": {"a/b~c": {"x-hmac": "sha256"}}},
            "paths": {"/x": {"post": {"parameters": [{"name": "p"}, {"schema": {"x-hmac": {"algo": "sha1"}}}]}}}}
    assert problems(spec) == [
        ("/components/securitySchemes/a~1b~0c/x-hmac", "x-hmac must be a mapping: {algorithm: sha256}"),
        ("/paths/~1x/post/parameters/1/schema/x-hmac/algo", not_implemented("algo")),
    ]
    assert problems({"x-hmac": None}) == [("/x-hmac", "x-hmac must be a mapping: {algorithm: sha256}")]
    assert problems({"x-hmac": [], "z": {"x-hmac": {"bits": 1}}}) == [  # the rest is still looked at
        ("/x-hmac", "x-hmac must be a mapping: {algorithm: sha256}"), ("/z/x-hmac/bits", not_implemented("bits"))]
    assert problems("x-hmac") == [] and problems(["x-hmac"]) == []


def test_x_hmac_values_this_module_does_not_implement_are_refused() -> None:
    conf = {"algorithm": "crc32", "encoding": "base64", "over": "canonical-json", "key": 7,
            "empty-body-for": ["GET", "FETCH"], "b": 1, "a": 2}
    assert problems({"x-hmac": conf}) == [
        ("/x-hmac/a", not_implemented("a")),
        ("/x-hmac/b", not_implemented("b")),
        ("/x-hmac/algorithm", "x-hmac algorithm 'crc32' is not a hashlib algorithm (e.g. sha256)"),
        ("/x-hmac/encoding", "x-hmac encoding 'base64' is not implemented: only hex"),
        ("/x-hmac/over", "x-hmac over 'canonical-json' is not implemented: only raw-body (the exact bytes sent)"),
        ("/x-hmac/key", "x-hmac key is prose: whose secret keys the HMAC"),
        ("/x-hmac/empty-body-for", "x-hmac empty-body-for is a list of HTTP methods (e.g. [GET])"),
    ]


@pytest.mark.parametrize(("conf", "pointer"), [
    ({"algorithm": 256}, "/x-hmac/algorithm"),
    ({"algorithm": None}, "/x-hmac/algorithm"),
    ({"empty-body-for": "GET"}, "/x-hmac/empty-body-for"),
    ({"empty-body-for": [1]}, "/x-hmac/empty-body-for"),
    ({"empty-body-for": ["GET", None]}, "/x-hmac/empty-body-for"),
    ({"key": None}, "/x-hmac/key"),
    ({"encoding": "urlsafe-base64"}, "/x-hmac/encoding"),
    ({"over": "sorted-json"}, "/x-hmac/over"),
])
def test_each_ill_typed_x_hmac_value_is_one_problem(conf: dict[str, Any], pointer: str) -> None:
    assert [where for where, _ in problems({"x-hmac": conf})] == [pointer]
