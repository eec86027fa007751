"""``partner-contracts webhooks``: the API's webhooks in both directions, without the vendor.

    webhooks send API EVENT --to URL [--secret S]   post schema-valid deliveries (the spec's examples
                                                    first, then generated ones) signed as the vendor
                                                    signs them, and report how the receiver answered
    webhooks listen API [--port P] [--record DIR]   receive the vendor's real deliveries: verify their
                                                    signatures, validate them against the spec's
                                                    ``webhooks``, keep them as redacted evidence

EVENT is a webhook's name in the spec (``orderUpdated``), or ``all``. Signatures are the spec's: a
header parameter with ``x-hmac`` carries the hex HMAC of the raw body, keyed by the webhook secret
(``--secret``, else the mock's, which ``PALM_MOCK_WEBHOOK_SECRET`` sets). A receiver acknowledges a
delivery with any 2xx.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hmac
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partner_contracts.runtime.http import json_bytes, parse_json
from partner_contracts.runtime.sample import sample
from partner_contracts.sandbox.conformance import Contract, Violation, lifespan
from partner_contracts.sandbox.record import redactor_for, write_record
from partner_contracts.spec.api import Api, select
from partner_contracts.spec.auth import webhook_signature_headers
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
        key = (self.secret if secret is None else secret).encode()
        return {header: hmac.new(key, raw, algorithm).hexdigest()
                for header, algorithm in webhook_signature_headers(self.items[name])}

    def deliveries(self, event: str, generated: int = 1) -> list[Delivery]:
        out = []
        for name in self.names(event):
            for label, value in self.payloads(name, generated):
                raw = json_bytes(value)
                out.append(Delivery(name, label, raw, {"content-type": "application/json", **self.sign(name, raw)}))
        return out

    # receiving ---------------------------------------------------------------------------------------
    def verify(self, name: str, raw: bytes, headers: dict[str, str]) -> str | None:
        """None when every declared signature header is the HMAC of ``raw``, else why not."""
        for header, algorithm in webhook_signature_headers(self.items[name]):
            given = headers.get(header.lower(), "").strip().lower()
            if not given:
                return f"missing signature header {header!r}"
            expected = hmac.new(self.secret.encode(), raw, algorithm).hexdigest()
            if not hmac.compare_digest(given.encode(), expected.encode()):
                return f"{header!r} is not the HMAC-{algorithm.upper()} of the body"
        return None

    def check(self, name: str, value: Any) -> list[Violation]:
        pointer = self.body_pointer(name)
        if pointer is None:
            return []
        contract = self.contract
        return [contract.violation(name, "webhook", "/body" + p.path, p.message, str(p.path), pointer,
                                   [f"/webhooks/{escape(name)}", *contract.trail(pointer, p.path)])
                for p in contract.served.schemas.problems(pointer, value, limit=10)]

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


class WebhookListener:
    """An ASGI receiver: verifies, validates, records and acknowledges each delivery."""

    def __init__(self, api: Api, secret: str | None = None, record: Path | None = None,
                 out: Callable[[str], None] | None = None) -> None:
        self.api = api
        self.hooks = Webhooks(Contract(api, sandbox=False), secret)
        self.record = record
        self.out = out or (lambda line: print(line, flush=True))
        self.received: list[Received] = []
        self.redactor = redactor_for(self.hooks.contract, [self.hooks.secret])

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
        if scope["type"] != "http":
            return
        from partner_contracts.sandbox import guard

        plain = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        try:  # capped before it is read whole: a delivery is unsigned until all of it is here
            raw = await guard.read_capped(receive, plain)
        except guard.Refused as refused:
            raw, status, payload = b"", refused.status, {"message": refused.message}
        else:
            if raw is None:
                return
            status, payload = self.handle(scope, raw)
        body = json.dumps(payload).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    def handle(self, scope: dict[str, Any], raw: bytes) -> tuple[int, dict[str, Any]]:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        if scope["method"] != "POST":
            return 405, {"message": "webhooks are delivered with POST"}
        try:
            value = parse_json(raw)
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            self.out(f"REJECTED delivery to {scope['path']}: the body is not JSON ({exc})")
            self.received.append(Received(None, False, 400))
            return 400, {"message": "the body is not JSON"}
        name = self.hooks.identify(scope["path"], value, headers)
        if name is None:
            self.out(f"REJECTED delivery to {scope['path']}: it matches none of the webhooks "
                     f"({', '.join(self.hooks.items)})")
            self.received.append(Received(None, False, 404))
            return 404, {"message": "no webhook of the spec matches this delivery"}
        reason = self.hooks.verify(name, raw, headers)
        if reason:
            self.out(f"REJECTED {name}: {reason}")
            self.received.append(Received(name, False, 401))
            return 401, {"message": reason}
        violations = self.hooks.check(name, value)
        for violation in violations:
            self.out(violation.line())
        received = Received(name, True, 200, violations)
        if self.record is not None:
            text_headers = [(k, v) for k, v in headers.items()]
            record = {
                "api": self.api.key, "operation": name, "kind": "webhook",
                "recorded": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "request": {"method": "POST", "path": self.redactor.path(scope["path"]),
                            "query": self.redactor.query_string(scope.get("query_string", b"").decode("latin-1")),
                            "headers": self.redactor.header_list(text_headers),
                            "body": self.redactor.body(raw, text_headers)},
                "verified": True,
                "violations": [{"where": v.where, "pointer": v.pointer, "expected": v.expected,
                                "observed": self.redactor.text(v.observed), "spec": v.spec, "ledger": v.ledger}
                               for v in violations],
            }
            received.recorded = write_record(self.record, self.api.key, record, f"webhook-{name}")
        self.received.append(received)
        self.out(f"received {name}: signature ok, {len(violations)} violation(s)"
                 + (f", recorded {received.recorded.name}" if received.recorded else ""))
        return 200, {"ok": True}


def webhooks_cli(args: argparse.Namespace) -> int:
    (api,) = select([args.api])
    if args.action == "send":
        if not args.event or not args.to:
            print("usage: partner-contracts webhooks send API EVENT --to URL [--secret S]", file=sys.stderr)
            return 2
        print(f"webhooks send: {api.key} {args.event} → {args.to}")
        outcomes = send(api, args.event, args.to, args.secret, args.generated)
        return 0 if outcomes and all(o.accepted for o in outcomes) else 1
    import uvicorn

    record = Path(args.record) if args.record else None
    listener = WebhookListener(api, args.secret, record)
    print(f"webhooks listen: http://{args.host}:{args.port}/ for {api.key} "
          f"({', '.join(listener.hooks.items) or 'no webhooks'}); "
          f"{'recording to ' + str(record / api.key) if record else 'not recording'}. Ctrl-C stops.", flush=True)
    uvicorn.run(listener, host=args.host, port=args.port, log_level="warning", access_log=False)
    verified = sum(r.verified for r in listener.received)
    print(f"{api.key}: {len(listener.received)} deliveries, {verified} verified, "
          f"{sum(len(r.violations) for r in listener.received)} violation(s)")
    return 0
