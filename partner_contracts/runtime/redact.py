"""Redaction: the one place that decides what is a secret or personal data, for everything written down —
the mock's access log and warnings, evidence (``sandbox/record.py``), the webhook listener, the start
banner and the answers that name the state store.

What is hidden:

- credentials by name: every header, query parameter and cookie of the spec's security schemes
  (``Redactor.for_document``), and the well-known ones, wherever they appear (header, query parameter,
  form field, JSON member): ``SECRET_NAME`` — authorization, cookies, anything with token, secret,
  signature, password/passwd, credential or session in its name, ``otp``, ``pin``, ``api-key``/``api_key``/``apikey``,
  ``private_key``, and SIRCLO's ``partner_id``;
- credential values the caller knows (the mock's, the proxy's, a webhook secret) wherever else they appear;
- phone numbers and e-mail addresses, by member name (``PHONE_NAME``) and in free text: paths (segment by
  segment), query values, bodies, file names;
- the password of a URL (``redis://:secret@host``): ``redact_url`` / ``redact_urls``.

``escape_log`` writes CR, LF and every other control character of a logged value as ``\\xNN``, so a
request cannot forge a log line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, unquote

from partner_contracts.spec.auth import schemes

REDACTED = "<redacted>"
PHONE = "0000000000"
EMAIL = "redacted@example.com"

# A credential by its name (header, query parameter, form field, JSON member), case-insensitive.
SECRET_NAME = re.compile(
    r"(?i)(authorization|cookie|token|secret|signature|passw(or)?d|credential|session|api[-_]?key|"
    r"private[-_]?key|^pass$|^otp$|^pin$|^x-api-key$|^partner[-_]?id$)")
NUMERIC_SECRET = re.compile(r"(?i)^(otp|pin|pass|passw(or)?d|passcode|cvv|cvc)$")  # numbers that are secrets
PHONE_NAME = re.compile(r"(?i)(phone|mobile|tel$|telephone|hotline|msisdn)")
EMAIL_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# a phone number in free text: +84…/+62…, or a national number 0xxxxxxxxx (9-12 digits, spaces/dashes allowed)
# (not inside a longer token: an id such as a UUID's "-0000-4000-8000-" group, a decimal number)
PHONE_TEXT = re.compile(r"(?<![\w.\-])(?:\+\d{1,3}[\s-]?|0)\d{2,4}(?:[\s-]?\d{2,4}){2,3}(?![\w\-]|\.\d)")
URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s/]+@")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def secret_name(name: str) -> bool:
    return bool(SECRET_NAME.search(name))


def redact_urls(text: str) -> str:
    """Every ``scheme://user:password@`` in ``text`` with its password as ``***``."""
    return URL_PASSWORD.sub(r"\1***@", text) if "@" in text else text


redact_url = redact_urls


def escape_log(text: str) -> str:
    """``text`` safe for one log line: control characters (CR, LF, ESC …) written as ``\\xNN``."""
    if text.isprintable():
        return text
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class Redactor:
    """Replaces credentials, phone numbers and e-mail addresses in what is written down."""

    def __init__(self, secret_headers: Iterable[str] = (), secret_query: Iterable[str] = (),
                 known: Iterable[str] = ()) -> None:
        self.headers = {h.lower() for h in secret_headers}
        self.query = {q.lower() for q in secret_query}
        # longest first, so a value containing another is replaced whole; very short values would
        # redact ordinary words, so they are left to the name rules
        self.known = sorted({k for k in known if len(k) >= 4}, key=len, reverse=True)

    @classmethod
    def for_document(cls, document: dict[str, Any], known: Iterable[str] = ()) -> Redactor:
        """The redactor of one API: its security schemes' headers, query parameters and cookies."""
        headers, query = set(), set()
        for scheme in schemes(document).values():  # spec/auth.py reads the security schemes
            if scheme.kind != "apiKey":
                continue  # a bearer token travels in Authorization, on the well-known list
            if scheme.location == "query":
                query.add(scheme.param)
            elif scheme.location in ("header", "cookie"):
                headers.add(scheme.param)
                query.add(scheme.param)  # the same name in a query or a form is the same credential
        return cls(headers, query, [k for k in known if k])

    def secret(self, name: str, where: str = "query") -> bool:
        lower = name.lower()
        return lower in (self.headers if where == "header" else self.query) or secret_name(lower)

    def text(self, value: str) -> str:
        for secret in self.known:
            value = value.replace(secret, REDACTED)
        value = redact_urls(value)
        if "@" in value:
            value = EMAIL_TEXT.sub(EMAIL, value)
        return PHONE_TEXT.sub(PHONE, value)

    def path(self, path: str) -> str:
        """A URL path, segment by segment (a phone number or e-mail address as a whole segment too)."""
        return "/".join(self.text(segment) for segment in path.split("/"))

    def value(self, value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: self.value(v, str(k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v, key) for v in value]
        if key and isinstance(value, str) and value and self.secret(key, "body"):
            return REDACTED
        if key and isinstance(value, int) and not isinstance(value, bool) and NUMERIC_SECRET.match(key):
            return 0
        if key and PHONE_NAME.search(key) and value not in (None, "", True, False):
            return 0 if isinstance(value, (int, float)) else PHONE
        if isinstance(value, str):
            return self.text(value)
        return value

    def header_list(self, headers: list[tuple[str, str]]) -> list[list[str]]:
        return [[name, REDACTED if self.secret(name, "header") else self.text(value)] for name, value in headers]

    def query_string(self, query: str) -> dict[str, list[str]]:
        from .http import parse_query

        parsed = parse_query(query.encode("latin-1")) if query else {}
        return {name: [REDACTED if self.secret(name) else self.text(v) for v in values]
                for name, values in parsed.items()}

    def query_text(self, query: str) -> str:
        """A query string (or a form body) as text, each credential's value ``***``, the rest redacted."""
        parts = []
        for part in query.split("&"):
            name, eq, value = part.partition("=")
            plain = unquote(name.replace("+", " "))
            if eq and self.secret(plain):
                parts.append(f"{name}=***")
            elif eq:
                parts.append(f"{name}={quote(self.text(unquote(value.replace('+', ' '))), safe='')}"
                             if value and ("%" in value or "+" in value) else f"{name}={self.text(value)}")
            else:
                parts.append(part)
        return "&".join(parts)

    def body(self, raw: bytes, headers: list[tuple[str, str]]) -> Any:
        """A JSON body as JSON (redacted field by field), a form field by field, other text as redacted
        text, bytes as a note."""
        if not raw:
            return None
        media = next((v for k, v in headers if k.lower() == "content-type"), "").split(";")[0].strip().lower()
        text = raw.decode("utf-8", "replace")
        if media.endswith("json") or text.lstrip()[:1] in ("{", "["):
            try:
                return {"json": self.value(json.loads(text))}
            except (ValueError, RecursionError):
                pass
        if media.endswith("x-www-form-urlencoded"):
            return {"text": self.query_text(text)}
        if media.startswith("text/") or media.endswith("xml") or not media:
            return {"text": self.text(text)}
        return {"bytes": len(raw)}


# The mock's access log: credentials by the well-known names only (the log is per process, not per API).
ACCESS_LOG = Redactor()


def redact_query(query_string: bytes) -> str:
    """The access log's query string: ``?`` and each credential's value ``***`` (empty when there is none)."""
    text = query_string.decode("latin-1")
    return "?" + ACCESS_LOG.query_text(text) if text else ""


def access_line(client: str, method: str, path: str, query_string: bytes) -> str:
    """Client, method, path and query of one access-log line: redacted, control characters escaped."""
    return escape_log(f'{client} "{method} {ACCESS_LOG.path(path)}{redact_query(query_string)}"')
