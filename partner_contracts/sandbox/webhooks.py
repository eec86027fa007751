"""``partner-contracts webhooks``: the API's webhooks in both directions, without the vendor.

    webhooks send API EVENT --to URL [--secret S]   post schema-valid deliveries (the spec's examples
                                                    first, then generated ones) signed as the vendor
                                                    signs them, and report how the receiver answered
    webhooks listen API [--port P] [--record DIR]   receive the vendor's real deliveries: verify their
                                                    signatures, validate them against the spec's
                                                    ``webhooks``, keep them as redacted evidence —
                                                    rejected ones too, with the reason —; when stopped
                                                    (Ctrl-C or SIGTERM) write report.json + junit.xml
                                                    and exit 1 under ``--strict`` when a finding was seen

EVENT is a webhook's name in the spec (``orderUpdated``), or ``all``. Signatures are the spec's: a
header parameter with ``x-hmac`` carries the hex HMAC of the raw body, keyed by the webhook secret
(``--secret``, else the mock's, which ``PALM_MOCK_WEBHOOK_SECRET`` sets). A receiver acknowledges a
delivery with any 2xx. A signature that matches the body parsed and serialised again (as a Node.js
``JSON.stringify(req.body)`` snippet signs) instead of the raw bytes is rejected with a hint saying so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.types import Receive, Scope, Send

from partner_contracts.runtime.http import Rejection, json_bytes, parse_json
from partner_contracts.runtime.sample import sample
from partner_contracts.sandbox.conformance import (
    Contract,
    Report,
    Violation,
    lifespan,
    provenance,
    read_limited,
    serve,
    shorten,
    value_at,
)
from partner_contracts.sandbox.record import finding_record, redactor_for, write_record
from partner_contracts.spec.api import Api, select
from partner_contracts.spec.auth import Signer, webhook_signature_headers
from partner_contracts.spec.deref import dereference, escape, resolve_pointer


@dataclass
class Delivery:
    event: str
    label: str  # which example (or "generated")
    body: bytes
    headers: dict[str, str]


@dataclass
class Outcome:
    delivery: Delivery
    status: int | None
    answer: str
    accepted: bool


class Webhooks:
    """The webhooks of one API: payloads, signatures, checks."""

    def __init__(self, contract: Contract, secret: str | None = None) -> None:
        self.contract = contract
        self.doc = contract.doc
        self.items: dict[str, Any] = dict(self.doc.get("webhooks") or {})
        self.secret = secret if secret is not None else contract.served.webhook_secret

    def names(self, event: str) -> list[str]:
        if event == "all":
            return list(self.items)
        if event not in self.items:
            known = ", ".join(self.items) or "none"
            raise SystemExit(f"{self.contract.api.key} has no webhook {event!r}; its webhooks: {known}")
        return [event]

    def body_pointer(self, name: str) -> str | None:
        """The JSON pointer of the delivery's body schema (application/json)."""
        body, pointer = dereference(self.doc, (self.items[name].get("post") or {}).get("requestBody") or {},
                                    f"/webhooks/{escape(name)}/post/requestBody")
        content = (body.get("content") or {}).get("application/json") or {}
        return f"{pointer}/content/{escape('application/json')}/schema" if "schema" in content else None

    def payloads(self, name: str, generated: int = 1) -> list[tuple[str, Any]]:
        """The spec's examples of the delivery, then ``generated`` values sampled from its schema
        (kept only when they validate)."""
        pointer = self.body_pointer(name)
        if pointer is None:
            return []
        media = resolve_pointer(self.doc, pointer.rsplit("/", 1)[0])
        found: list[tuple[str, Any]] = []
        for label, example in (media.get("examples") or {}).items():
            example, _ = dereference(self.doc, example, "")
            if "value" in example:
                found.append((f"example {label}", example["value"]))
        if "example" in media:
            found.append(("example", media["example"]))
        for i in range(generated):
            value = sample(media["schema"], self.doc)
            if not self.contract.served.schemas.problems(pointer, value, limit=1):
                found.append((f"generated {i + 1}", value))
        return found

    def sign(self, name: str, raw: bytes, secret: str | None = None) -> dict[str, str]:
        key = self.secret if secret is None else secret
        return {header: Signer(key, algorithm).hex(raw) for header, algorithm in webhook_signature_headers(self.items[name])}

    def deliveries(self, event: str, generated: int = 1) -> list[Delivery]:
        out = []
        for name in self.names(event):
            for label, value in self.payloads(name, generated):
                raw = json_bytes(value)
                out.append(Delivery(name, label, raw, {"content-type": "application/json", **self.sign(name, raw)}))
        return out

    # receiving ---------------------------------------------------------------------------------------
    def verify(self, name: str, raw: bytes, headers: dict[str, str]) -> str | None:
        """None when every declared signature header is the HMAC of ``raw``, else why not (with a hint
        when the signature is that of the body re-serialised rather than of the bytes received)."""
        for header, algorithm in webhook_signature_headers(self.items[name]):
            given = headers.get(header.lower(), "").strip()
            if not given:
                return f"missing signature header {header!r}"
            if not Signer(self.secret, algorithm).verify(given, raw):
                hint = self.reserialised(raw, given, algorithm)
                return f"{header!r} is not the HMAC-{algorithm.upper()} of the body" + (f" ({hint})" if hint else "")
        return None

    def reserialised(self, raw: bytes, given: str, algorithm: str) -> str | None:
        """Which re-serialisation of the parsed body ``given`` signs, if any."""
        try:
            value = json.loads(raw)
        except ValueError:
            return None
        forms = {"JSON.stringify of the parsed body (compact)": json.dumps(value, separators=(",", ":"),
                                                                          ensure_ascii=False),
                 "the parsed body serialised again with spaces": json.dumps(value, ensure_ascii=False),
                 "the parsed body serialised again, ASCII-escaped": json.dumps(value, separators=(",", ":"))}
        signer = Signer(self.secret, algorithm)
        for label, text in forms.items():
            if signer.verify(given, text.encode()):
                return (f"it is the HMAC of {label}, not of the raw bytes received: the sender signs "
                        "re-serialised JSON, as the vendor's Node.js snippet does; the spec says the raw body")
        return None

    def check(self, name: str, value: Any) -> list[Violation]:
        pointer = self.body_pointer(name)
        if pointer is None:
            return []
        contract = self.contract
        return [contract.violation(name, "webhook", "/body" + p.path, p.message, shorten(value_at(value, p.path)), pointer,
                                   [f"/webhooks/{escape(name)}", *contract.trail(pointer, p.path)], check="schema")
                for p in contract.served.schemas.problems(pointer, value, limit=10, deepest=True)]

    def identify(self, path: str, value: Any, headers: dict[str, str]) -> str | None:
        """Which webhook a delivery is: the last path segment when it names one, else the one whose
        schema the body satisfies (signed ones first when a signature header came)."""
        last = path.rstrip("/").rsplit("/", 1)[-1]
        if last in self.items:
            return last
        candidates = [n for n in self.items if not self.check(n, value)]
        signed = [n for n in candidates if any(h.lower() in headers for h, _ in webhook_signature_headers(
            self.items[n]))]
        chosen = signed or candidates
        return chosen[0] if chosen else None


def send(api: Api, event: str, to: str, secret: str | None = None, generated: int = 1,
         out: Callable[[str], None] = print, timeout: float = 10.0) -> list[Outcome]:
    import httpx

    hooks = Webhooks(Contract(api, sandbox=False), secret)
    outcomes = []
    with httpx.Client(timeout=timeout) as client:
        for delivery in hooks.deliveries(event, generated):
            try:
                answer = client.post(to, content=delivery.body, headers=delivery.headers)
                outcome = Outcome(delivery, answer.status_code, answer.text[:200], 200 <= answer.status_code < 300)
            except httpx.HTTPError as exc:
                outcome = Outcome(delivery, None, repr(exc), False)
            outcomes.append(outcome)
            mark = "accepted" if outcome.accepted else "REJECTED"
            out(f"  {mark:8} {delivery.event:20} {delivery.label:28} → {outcome.status or 'no answer'} "
                f"{outcome.answer[:80] if not outcome.accepted else ''}".rstrip())
    accepted = sum(o.accepted for o in outcomes)
    out(f"{api.key}: {accepted}/{len(outcomes)} deliveries accepted by {to}")
    return outcomes


@dataclass
class Received:
    event: str | None
    verified: bool
    status: int
    violations: list[Violation] = field(default_factory=list)
    recorded: Path | None = None
    reason: str = ""


class WebhookListener:
    """An ASGI receiver: verifies, validates, records (rejected deliveries too, with the reason) and
    acknowledges each delivery; ``report`` is what it writes when stopped."""

    def __init__(self, api: Api, secret: str | None = None, record: Path | None = None,
                 out: Callable[[str], None] | None = None, failing: str = "error") -> None:
        self.api = api
        self.hooks = Webhooks(Contract(api, sandbox=False), secret)
        self.record = record
        self.out = out or (lambda line: print(line, flush=True))
        self.received: list[Received] = []
        self.redactor = redactor_for(self.hooks.contract, [self.hooks.secret])
        self.report = Report(api.key, tool="webhooks", failing=failing)
        self.report.provenance = provenance("(deliveries received)", [], tool="webhooks listen")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
        if scope["type"] != "http":
            return
        from partner_contracts.sandbox import guard

        try:  # capped before it is read whole: a delivery is unsigned until all of it is here
            raw = await read_limited(scope, receive, guard.MAX_REQUEST)
        except Rejection as refused:
            raw, status, payload = b"", refused.status or 413, {"message": refused.message}
        else:
            if raw is None:
                return
            status, payload = self.handle(scope, raw)
        body = json.dumps(payload).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    def rejection(self, name: str | None, path: str, reason: str, pointer: str) -> Violation:
        """The finding of a rejected delivery: on the signature header's definition when the signature
        was refused (its ledger entries), else on the webhooks."""
        spec, trail = "/webhooks", ["/webhooks"]
        if name is not None and pointer.startswith("/headers/"):
            params = (self.hooks.items[name].get("post") or {}).get("parameters") or []
            index = next((i for i, p in enumerate(params) if str(p.get("name", "")).lower() == pointer[9:]), None)
            if index is not None:
                spec = f"/webhooks/{escape(name)}/post/parameters/{index}"
                trail = [f"/webhooks/{escape(name)}/post", spec]
        expected = "a signature of the raw body" if pointer.startswith("/headers/") else "a delivery of the spec"
        return self.hooks.contract.violation(name or f"POST {path}", "webhook", pointer, expected, reason, spec,
                                             trail, check="signature")

    def handle(self, scope: Scope, raw: bytes) -> tuple[int, dict[str, Any]]:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        path = str(scope["path"])
        if scope["method"] != "POST":
            return 405, {"message": "webhooks are delivered with POST"}
        try:
            value = parse_json(raw)
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            return self.reject(None, path, 400, f"the body is not JSON ({exc})", "/body", raw, headers)
        name = self.hooks.identify(path, value, headers)
        if name is None:
            return self.reject(None, path, 404, f"it matches none of the webhooks ({', '.join(self.hooks.items)})",
                               "/body", raw, headers)
        reason = self.hooks.verify(name, raw, headers)
        if reason:
            header = next((h for h, _ in webhook_signature_headers(self.hooks.items[name])), "signature")
            return self.reject(name, path, 401, reason, f"/headers/{header.lower()}", raw, headers)
        violations = self.hooks.check(name, value)
        for violation in violations:
            self.out(violation.line())
        received = Received(name, True, 200, violations)
        received.recorded = self.keep(name, path, raw, headers, True, violations)
        self.received.append(received)
        self.report.add_findings(name, "200", violations)
        self.out(f"received {name}: signature ok, {len(violations)} violation(s)"
                 + (f", recorded {received.recorded.name}" if received.recorded else ""))
        return 200, {"ok": True}

    def reject(self, name: str | None, path: str, status: int, reason: str, pointer: str, raw: bytes,
               headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        finding = self.rejection(name, path, reason, pointer)
        self.out(f"REJECTED {name or 'delivery to ' + path}: {reason}")
        self.out(finding.line())
        received = Received(name, False, status, [finding], reason=reason)
        received.recorded = self.keep(name, path, raw, headers, False, [finding], status, reason)
        self.received.append(received)
        self.report.add_findings(name or f"POST {path}", str(status), [finding])
        return status, {"message": reason}

    def keep(self, name: str | None, path: str, raw: bytes, headers: dict[str, str], verified: bool,
             violations: list[Violation], status: int = 200, reason: str = "") -> Path | None:
        if self.record is None:
            return None
        text_headers = list(headers.items())
        record = {
            "api": self.api.key, "operation": name, "kind": "webhook",
            "recorded": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "provenance": provenance("(a delivery received by webhooks listen)", [], tool="webhooks listen"),
            "request": {"method": "POST", "path": self.redactor.path(path), "query": {},
                        "headers": self.redactor.header_list(text_headers),
                        "body": self.redactor.body(raw, text_headers)},
            "verified": verified,
            "status": status,
            **({"rejected": self.redactor.text(reason)} if reason else {}),
            "violations": [finding_record(v, self.redactor) for v in violations],
        }
        return write_record(self.record, self.api.key, record, f"webhook-{name or 'unknown'}"
                            + ("" if verified else "-rejected"))

    def finish(self, folder: Path | None = None) -> tuple[Path, Path]:
        """Print the summary and write report.json + junit.xml (``build/webhooks/<key>/`` by default)."""
        from partner_contracts.spec.api import BUILD_DIR

        verified = sum(r.verified for r in self.received)
        self.out(self.report.table())
        self.out(f"{self.api.key}: {len(self.received)} deliveries, {verified} verified, "
                 f"{len(self.received) - verified} rejected")
        report, junit = self.report.write(folder or BUILD_DIR / "webhooks" / self.api.key)
        self.out(f"report: {report}\njunit:  {junit}")
        return report, junit


def webhooks_cli(args: argparse.Namespace) -> int:
    (api,) = select([args.api])
    if args.action == "send":
        if not args.event or not args.to:
            print("usage: partner-contracts webhooks send API EVENT --to URL [--secret S]", file=sys.stderr)
            return 2
        print(f"webhooks send: {api.key} {args.event} → {args.to}")
        outcomes = send(api, args.event, args.to, args.secret, args.generated)
        return 0 if outcomes and all(o.accepted for o in outcomes) else 1
    record = Path(args.record) if args.record else None
    strict = getattr(args, "strict", None)
    listener = WebhookListener(api, args.secret, record, failing=strict or "error")
    print(f"webhooks listen: http://{args.host}:{args.port}/ for {api.key} "
          f"({', '.join(listener.hooks.items) or 'no webhooks'}); "
          f"{'recording to ' + str(record / api.key) if record else 'not recording'}. Ctrl-C or SIGTERM stops "
          "and writes the report.", flush=True)
    serve(listener, args.host, args.port)
    listener.finish(Path(args.report_dir) if getattr(args, "report_dir", None) else None)
    return listener.report.verdict(strict)
