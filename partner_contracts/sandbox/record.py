"""Recording an exchange as evidence: redaction of secrets and personal data, and the file it is written to."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from partner_contracts.runtime.redact import EMAIL, PHONE, REDACTED, Redactor
from partner_contracts.sandbox.conformance import Contract, Exchange, Violation
from partner_contracts.spec.api import REPO

__all__ = ["EMAIL", "PHONE", "REDACTED", "Redactor", "exchange_record", "finding_record", "record_exchange",
           "redactor_for", "write_record"]

_counter = iter(range(1, 1 << 62))
EVIDENCE_DIR = REPO / "evidence"


def redactor_for(contract: Contract, extra: list[str] | None = None) -> Redactor:
    """The redactor of one API's evidence (runtime/redact.py): its security schemes, and every credential
    value the mock or the caller knows."""
    known = [v for v in contract.served.credentials.values() if v]
    known += [contract.served.webhook_secret, *(extra or [])]
    return Redactor.for_document(contract.doc, [k for k in known if k])


def _slug(text: str) -> str:
    """A file name's part: no phone number, e-mail address or URL password (the name is committed too)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", Redactor().path(text)).strip("-")[:60] or "exchange"


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
            "path": redactor.path(exchange.path),
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
    redactor = redactor_for(contract)
    record = exchange_record(exchange, redactor)
    name = f"{exchange.operation or exchange.method + ' ' + redactor.path(exchange.path)}-{exchange.status}"
    return write_record(folder, exchange.api, record, name)
