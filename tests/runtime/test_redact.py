"""Redaction (partner_contracts/runtime/redact.py), function by function: what is hidden, what is kept.

Plain calls, no app: the expectations are written out here (the placeholder texts, which names are secret)
rather than read from the module's own patterns. tests/test_redaction.py checks the places that use it
(evidence files, the access log, the banner).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from partner_contracts.runtime.redact import Redactor, access_line, escape_log, redact_query, redact_urls

R = Redactor()
HIDDEN = "<redacted>"
PHONE = "0000000000"
EMAIL = "redacted@example.com"


@pytest.mark.parametrize("name", [
    "Authorization", "Cookie", "Set-Cookie", "X-Access-Token", "refresh_token", "client_secret", "X-Hub-Signature",
    "password", "passwd", "user_credential", "sessionId", "api-key", "api_key", "apikey", "X-Api-Key",
    "private_key", "private-key", "pass", "OTP", "pin", "partner_id", "partner-id"])
def test_credential_names_are_secret_in_every_place(name: str) -> None:
    assert R.secret(name) and R.secret(name, "header") and R.secret(name, "body")


@pytest.mark.parametrize("name", ["page", "status", "orderId", "passenger", "spinner", "x_otp", "keyword",
                                  "partner", "description"])
def test_ordinary_names_are_not_secret(name: str) -> None:
    assert not R.secret(name) and not R.secret(name, "header")


# parsed from JSON text, as a spec is read: its strings are compared by value, not by identity
SPEC: dict[str, Any] = json.loads(json.dumps({"components": {"securitySchemes": {
    "bearer": {"type": "http", "scheme": "bearer"},  # listed first: the apiKey schemes after it still count
    "basic": {"type": "http", "scheme": "basic"},
    "inQuery": {"type": "apiKey", "in": "query", "name": "code_q"},
    "inHeader": {"type": "apiKey", "in": "header", "name": "X-Partner-Key"},
    "inCookie": {"type": "apiKey", "in": "cookie", "name": "sessid"},
}}}))


def test_the_specs_own_credential_names_are_secret_where_they_travel() -> None:
    redactor = Redactor.for_document(SPEC)
    assert not R.secret("code_q") and not R.secret("X-Partner-Key") and not R.secret("sessid")  # not well-known
    assert redactor.secret("code_q") and not redactor.secret("code_q", "header")
    assert redactor.secret("x-partner-key", "header") and redactor.secret("X-Partner-Key")  # a form field too
    assert redactor.secret("sessid", "header") and redactor.secret("sessid")
    assert redactor.secret("X-PARTNER-KEY", "body")
    assert redactor.secret("code_q", "body")  # a JSON member named as a query credential is one too
    headers = redactor.header_list([("X-Partner-Key", "k-1"), ("code_q", "c-1"), ("Accept", "*/*")])
    assert headers == [["X-Partner-Key", HIDDEN], ["code_q", "c-1"], ["Accept", "*/*"]]
    assert redactor.query_string("code_q=c-1&X-Partner-Key=k-1&page=2") == \
        {"code_q": [HIDDEN], "X-Partner-Key": [HIDDEN], "page": ["2"]}


def test_known_values_are_hidden_wherever_they_appear_longest_first() -> None:
    redactor = Redactor(known=["abcd", "abcdefgh", "xyz", ""])
    assert redactor.text("key=abcdefgh;") == f"key={HIDDEN};"  # whole, not "<redacted>efgh"
    assert redactor.text("abcd and abc") == f"{HIDDEN} and abc"  # four characters are enough
    assert redactor.text("xyz is short") == "xyz is short"  # three are too few: ordinary words
    spec = Redactor.for_document(SPEC, known=["s3cr3t-value", ""])
    assert spec.text("sent s3cr3t-value") == f"sent {HIDDEN}"


def test_free_text_loses_phone_numbers_email_addresses_and_url_passwords() -> None:
    assert R.text("call +84 912 345 678 now") == f"call {PHONE} now"
    assert R.text("call 0912-345-678") == f"call {PHONE}"
    assert R.text("mail a.b@example.org please") == f"mail {EMAIL} please"
    assert R.text("redis://:pw@h:6379/0") == "redis://:***@h:6379/0"
    assert R.text("order 123 of 2024-01-01") == "order 123 of 2024-01-01"
    assert R.text("id 1f0e-0000-4000-8000-00aa") == "id 1f0e-0000-4000-8000-00aa"  # a UUID group, not a phone


def test_a_path_is_redacted_segment_by_segment() -> None:
    assert R.path("/customers/0912345678/orders") == f"/customers/{PHONE}/orders"
    assert R.path("/u/someone@example.org") == f"/u/{EMAIL}"


@pytest.mark.parametrize(("member", "value", "expected"), [
    # by the name, anywhere in it: values the free-text rule alone would keep (no leading 0 or +)
    ("receiverPhone", "912 345 678", PHONE),
    ("customerMobile", "84912345678", PHONE),
    ("receiverPhone", "0912345678", PHONE),
    ("customerMobile", "+62 812 3456 7890", PHONE),
    ("phone", "not a number at all", PHONE),     # by its name, whatever it holds
    ("Phone_Number", "12", PHONE),
    ("hotline", "1900 1234", PHONE),
    ("msisdn", "84912345678", PHONE),
    ("senderTel", "0281234567", PHONE),
    ("telephone", "0281234567", PHONE),
    ("customerMobile", 84912345678, 0),          # a number stays a number
    ("receiverPhone", 912345678.0, 0),
    ("phone", None, None),                        # nothing to hide
    ("phone", "", ""),
    ("hasPhone", True, True),
    ("phoneVerified", False, False),
    ("telegramId", "tg-1", "tg-1"),               # "tel" only at the end of a name
    ("otp", "493817", HIDDEN),
    ("otp", 493817, 0),                            # a numeric secret stays a number
    ("pin", 1234, 0),
    ("cvv", 123, 0),
    ("passcode", 7788, 0),
    ("pin", True, True),                           # a flag is not the secret
    ("orderId", 1234, 1234),
    ("client_secret", "", ""),                     # an empty secret shows it was empty
    ("client_secret", 5, 5),
    ("note", "mail me at a@b.co", f"mail me at {EMAIL}"),
    ("note", 7, 7),
])
def test_a_json_member_is_redacted_by_its_name_and_its_text(member: str, value: Any, expected: Any) -> None:
    redacted = R.value({member: value})[member]
    assert redacted == expected and type(redacted) is type(expected)


def test_a_json_document_is_redacted_at_any_depth() -> None:
    document = {"order": {"receiverPhone": "0912345678", "items": [{"token": "t-1"}, "0912345678", 3],
                          "tags": ["a", "b"]}, "access_token": "at-1", "count": 2}
    assert R.value(document) == {
        "order": {"receiverPhone": PHONE, "items": [{"token": HIDDEN}, PHONE, 3], "tags": ["a", "b"]},
        "access_token": HIDDEN, "count": 2}
    assert R.value({"phones": ["0912345678", "0987654321"]}) == {"phones": [PHONE, PHONE]}
    assert R.value({"session": ["a", "b"]}) == {"session": [HIDDEN, HIDDEN]}
    assert R.value(["token", "plain"]) == ["token", "plain"]  # values without a member name: by their text
    assert R.value("0912345678") == PHONE and R.value(5) == 5
    assert R.value({3: "x"}) == {3: "x"}


def test_headers_are_hidden_by_name_and_redacted_by_text() -> None:
    headers = R.header_list([("Set-Cookie", "sid=abcdef123456; Path=/"), ("Authorization", "Bearer t"),
                             ("X-Customer", "0912345678"), ("Content-Type", "application/json")])
    assert headers == [["Set-Cookie", HIDDEN], ["Authorization", HIDDEN], ["X-Customer", PHONE],
                       ["Content-Type", "application/json"]]


def test_a_query_string_is_parsed_and_redacted() -> None:
    assert R.query_string("") == {}
    assert R.query_string("access_token=a&page=2&page=3&to=0912345678") == \
        {"access_token": [HIDDEN], "page": ["2", "3"], "to": [PHONE]}


@pytest.mark.parametrize(("query", "expected"), [
    ("user=a&password=p4ss&otp=1", "user=a&password=***&otp=***"),
    ("q=a/b&page=2", "q=a/b&page=2"),                       # left as sent when nothing was encoded
    ("q=a+b", "q=a%20b"),                                    # decoded to redact, written back encoded
    ("to=%2B84912345678", f"to={PHONE}"),                    # an encoded phone number is found
    ("to=0912345678", f"to={PHONE}"),
    ("mail=a%40b.co", "mail=redacted%40example.com"),
    ("flag&x=", "flag&x="),
    ("api%5Fkey=k1", "api%5Fkey=***"),                       # the name decoded before it is judged
    ("pass+word=x", "pass+word=x"),                          # "pass word" is no credential name
])
def test_query_text_keeps_the_shape_and_hides_the_values(query: str, expected: str) -> None:
    assert R.query_text(query) == expected


@pytest.mark.parametrize(("raw", "content_type", "expected"), [
    (b"", "application/json", None),
    (b'{"token": "t", "n": 1}', "application/json", {"json": {"token": HIDDEN, "n": 1}}),
    (b'"0912345678"', "application/json; charset=utf-8", {"json": PHONE}),
    (b'  [{"phone": "1"}]', None, {"json": [{"phone": PHONE}]}),        # JSON by its look, no media type
    (b'{"phone": "1"}', "text/plain", {"json": {"phone": PHONE}}),
    (b"{not json", "application/json", {"bytes": 9}),
    (b"[" * 100_000, "application/json", {"bytes": 100_000}),           # too deep to parse: a note
    (b"password=p&to=0912345678", "application/x-www-form-urlencoded; charset=utf-8",
     {"text": f"password=***&to={PHONE}"}),
    (b"call 0912345678", "text/plain; charset=utf-8", {"text": f"call {PHONE}"}),
    (b"<to>0912345678</to>", "application/xml", {"text": f"<to>{PHONE}</to>"}),
    (b"call 0912345678", None, {"text": f"call {PHONE}"}),
    (b"\x00\x01binary", "application/octet-stream", {"bytes": 8}),
    (b"password=p", "multipart/form-data", {"bytes": 10}),
])
def test_a_body_is_redacted_by_its_kind(raw: bytes, content_type: str | None, expected: Any) -> None:
    headers = [("Accept", "*/*"), ("X-Other", "1")] + ([("Content-Type", content_type)] if content_type else [])
    assert R.body(raw, headers) == expected


def test_control_characters_are_escaped_for_one_log_line() -> None:
    assert escape_log("plain text é") == "plain text é"
    assert escape_log("a\r\nb\x1b\x7f\x85") == "a\\x0d\\x0ab\\x1b\\x7f\\x85"


def test_url_passwords() -> None:
    assert redact_urls("redis://user:pw@h:1/0 and rediss://:pw2@h/1") == "redis://user:***@h:1/0 and rediss://:***@h/1"
    assert redact_urls("http://h/path?q=a:b") == "http://h/path?q=a:b"


def test_the_access_log_line() -> None:
    assert redact_query(b"") == ""
    assert redact_query(b"api_key=k&page=1") == "?api_key=***&page=1"
    assert access_line("1.2.3.4:5", "GET", "/c/0912345678", b"token=t\r\n") == \
        f'1.2.3.4:5 "GET /c/{PHONE}?token=***"'
    assert access_line("c", "GET", "/a\nb", b"") == 'c "GET /a\\x0ab"'
    assert json.dumps(access_line("c", "GET", "/", b"x=1")) == '"c \\"GET /?x=1\\""'
