"""Recording an exchange as evidence: redaction of secrets and personal data, and the file it is written to."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from partner_contracts.sandbox.conformance import Contract, Exchange, Violation
from partner_contracts.spec.api import REPO

_counter = iter(range(1, 1 << 62))
EVIDENCE_DIR = REPO / "evidence"


REDACTED = "<redacted>"


PHONE = "0000000000"


EMAIL = "redacted@example.com"


SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key",
                            "secret", "token", "partner_id", "x-signature", "api_key"})


SECRET_KEYS = re.compile(r"(?i)^(password|passwd|pass|secret|.*token|api_?key|apikey|authorization|"
                         r"signature|client_secret|x-api-key)$")


PHONE_KEYS = re.compile(r"(?i)(phone|mobile|tel$|telephone|hotline|msisdn)")


EMAIL_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


# a phone number in free text: +84…/+62…, or a national number 0xxxxxxxxx (9-12 digits, spaces/dashes allowed)
# (not inside a longer token: an id such as a UUID's "-0000-4000-8000-" group, a path, a decimal number)
PHONE_TEXT = re.compile(r"(?<![\w.\-/])(?:\+\d{1,3}[\s-]?|0)\d{2,4}(?:[\s-]?\d{2,4}){2,3}(?![\w\-/]|\.\d)")


class Redactor:
    """Replaces credentials, phone numbers and e-mail addresses in one API's exchanges."""

    def __init__(self, secret_headers: set[str], secret_query: set[str], known: list[str]) -> None:
        self.headers = SECRET_HEADERS | {h.lower() for h in secret_headers}
        self.query = {q.lower() for q in secret_query} | {"api_key", "token", "access_token", "secret"}
        # longest first, so a value containing another is replaced whole; very short values would
        # redact ordinary words, so they are left to the field rules
        self.known = sorted({k for k in known if len(k) >= 4}, key=len, reverse=True)

    @classmethod
    def for_contract(cls, contract: Contract, extra: list[str] | None = None) -> Redactor:
        headers, query = set(), set()
        for scheme in contract.served.security.schemes.values():
            if scheme.kind == "apiKey" and scheme.location == "query":
                query.add(scheme.param)
            elif scheme.kind == "apiKey" and scheme.location in ("header", "cookie"):
                headers.add(scheme.param)
        known = [v for v in contract.served.credentials.values() if v]
        known += [contract.served.webhook_secret, *(extra or [])]
        return cls(headers, query, [k for k in known if k])

    def text(self, value: str) -> str:
        for secret in self.known:
            value = value.replace(secret, REDACTED)
        value = EMAIL_TEXT.sub(EMAIL, value)
        return PHONE_TEXT.sub(PHONE, value)

    def value(self, value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: self.value(v, str(k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v, key) for v in value]
        if key and SECRET_KEYS.match(key) and isinstance(value, str) and value:
            return REDACTED
        if key and PHONE_KEYS.search(key) and value not in (None, "", True, False):
            return 0 if isinstance(value, (int, float)) else PHONE
        if isinstance(value, str):
            return self.text(value)
        return value

    def header_list(self, headers: list[tuple[str, str]]) -> list[list[str]]:
        return [[name, REDACTED if name.lower() in self.headers else self.text(value)] for name, value in headers]

    def query_string(self, query: str) -> dict[str, list[str]]:
        from partner_contracts.runtime.http import parse_query

        parsed = parse_query(query.encode("latin-1")) if query else {}
        return {name: [REDACTED if name.lower() in self.query else self.text(v) for v in values]
                for name, values in parsed.items()}

    def body(self, raw: bytes, headers: list[tuple[str, str]]) -> Any:
        """A JSON body as JSON (redacted field by field), other text as redacted text, bytes as a note."""
        if not raw:
            return None
        media = next((v for k, v in headers if k.lower() == "content-type"), "").split(";")[0].strip().lower()
        text = raw.decode("utf-8", "replace")
        if media.endswith("json") or text.lstrip()[:1] in ("{", "["):
            try:
                return {"json": self.value(json.loads(text))}
            except ValueError:
                pass
        if media.startswith("text/") or media.endswith(("xml", "x-www-form-urlencoded")) or not media:
            return {"text": self.text(text)}
        return {"bytes": len(raw)}


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-")[:60] or "exchange"


def finding_record(finding: Violation, redactor: Redactor) -> dict[str, Any]:
    return {"level": finding.level, "check": finding.check, "where": finding.where, "pointer": finding.pointer,
            "expected": finding.expected, "observed": redactor.text(finding.observed), "spec": finding.spec,
            "ledger": finding.ledger}


def exchange_record(exchange: Exchange, redactor: Redactor) -> dict[str, Any]:
    """The evidence file of one exchange: its provenance (who answered, when, what checked it), the
    request and the answer redacted (the body decoded from its content coding, once), the findings."""
    body = exchange.response_body if exchange.response_plain is None else exchange.response_plain
    response: dict[str, Any] = {
        "status": exchange.status,
        "headers": redactor.header_list(exchange.response_headers),
        "body": redactor.body(body, exchange.response_headers),
    }
    if exchange.response_plain is not None:
        response["decoded_from"] = next((v for k, v in exchange.response_headers
                                         if k.lower() == "content-encoding"), "")
    return {
        "api": exchange.api,
        "operation": exchange.operation,
        "recorded": exchange.recorded,
        "kind": "exchange",
        "provenance": exchange.provenance,
        "accepted": exchange.accepted,
        "signed_by_proxy": exchange.signed,
        "elapsed": exchange.elapsed,
        "request": {
            "method": exchange.method,
            "path": redactor.text(exchange.path),
            "query": redactor.query_string(exchange.query),
            "headers": redactor.header_list(exchange.request_headers),
            "body": redactor.body(exchange.request_body, exchange.request_headers),
        },
        "response": response,
        "violations": [finding_record(v, redactor) for v in exchange.violations],
    }


def write_record(folder: Path, api: str, record: dict[str, Any], name: str) -> Path:
    target = folder / api
    target.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
    text = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    while True:  # never overwrite: another recorder (a second proxy, the listener) may share the folder
        path = target / f"{stamp}-{next(_counter):05d}-{_slug(name)}.json"
        try:
            with path.open("x", encoding="utf-8") as handle:
                handle.write(text)
            return path
        except FileExistsError:
            continue


def record_exchange(folder: Path, exchange: Exchange, contract: Contract) -> Path:
    record = exchange_record(exchange, Redactor.for_contract(contract))
    name = f"{exchange.operation or exchange.method + ' ' + exchange.path}-{exchange.status}"
    return write_record(folder, exchange.api, record, name)
