"""``partner-contracts proxy``: a validating reverse proxy in front of a vendor sandbox (or any server).

    consumer ──► proxy (:4020) ──► upstream (the vendor sandbox, our mock, …)

For every exchange the proxy

1. adds the API's credentials from the environment (``PALM_API_KEY``, ``SIRCLO_PARTNER_ID`` +
   ``SIRCLO_SECRET`` — the body HMAC-signed exactly as the generated client signs it —, ``AHAMOVE_TOKEN``,
   ``ANYMASTER_TOKEN``, ``PANCAKE_API_KEY``; the mock's test credentials when unset) when the caller sent
   none of the API's credentials;
2. checks the request with the mock's own stages (``router.route``, ``security.authenticate``,
   ``validator.parameters`` and ``body``: the same paths match, the same rules apply) and the response against the operation:
   documented status, content type, declared headers, body schema, the fields every documented
   example shows; and across exchanges, a 404 to a read of a resource the session saw created (the
   spec's ``links``) and a 401/403 to credentials the proxy added itself;
3. forwards the request and the upstream's answer unchanged — status, headers and body byte for byte —
   whatever it found (a proxy that breaks traffic is worse than none), and prints one line per violation:
   operation, JSON pointer, expected, observed, and the ledger entries whose ``spec:`` pointer covers it;
4. when it stops, writes its report: a table on the console, ``report.json`` and ``junit.xml`` under
   ``build/proxy/<key>/``. With ``--record DIR`` each exchange is also kept as redacted evidence
   (``partner_contracts.sandbox.evidence``).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from partner_contracts.runtime.operations import Operation
from partner_contracts.sandbox import guard
from partner_contracts.sandbox.conformance import (
    HOP_BY_HOP,
    Contract,
    Created,
    Exchange,
    Report,
    Violation,
    lifespan,
)
from partner_contracts.spec.api import BUILD_DIR, Api
from partner_contracts.spec.auth import request_credentials
from partner_contracts.spec.deref import escape

# uvicorn would add its own Date and Server headers to the upstream's: the proxy forwards only the upstream's
SERVER_OPTIONS: dict[str, Any] = {"server_header": False, "date_header": False}


# --- findings ---------------------------------------------------------------------------------------


# --- the contract of one API: routing and checks ------------------------------------------------------


# --- exchanges and the report ---------------------------------------------------------------------


# --- the proxy ----------------------------------------------------------------------------------------


class ContractProxy:
    """The ASGI app: checks and forwards each request to ``upstream`` (a base URL: the API's paths are
    appended to it), returns the upstream's answer unchanged."""

    def __init__(self, api: Api, upstream: str, record: Path | None = None,
                 out: Callable[[str], None] | None = None, contract: Contract | None = None,
                 timeout: float = 30.0, session_token: str | None = None) -> None:
        self.contract = contract or Contract(api)
        self.session_token = session_token  # credentials are added only to requests that send it (guard.py)
        self.api = api
        self.upstream = upstream.rstrip("/")
        self.report = Report(api.key)
        self.record = record
        self.out = out or (lambda line: print(line, flush=True))
        self.timeout = timeout
        self._client: Any = None
        self.exchanges = 0
        self.created: collections.deque[Created] = collections.deque(maxlen=1000)  # most recent first out

    async def _http(self) -> Any:
        import httpx

        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self.timeout, follow_redirects=False)
            self._client.headers.clear()  # forward the caller's headers only: no httpx defaults
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send, self.close)
        if scope["type"] != "http":
            return
        plain = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        try:  # not a relay: rebinding, cross-site, a path leaving the base, an oversized body (guard.py)
            guard.check_origin(plain)
            guard.check_path(scope.get("raw_path") or scope["path"].encode())
            received = await guard.read_capped(receive, plain)
        except guard.Refused as refused:
            received, (status, headers, body) = b"", guard.refusal(refused)
        else:
            if received is None:
                return
            status, headers, body = await self.exchange(scope, received)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def exchange(self, scope: dict[str, Any], body: bytes) -> tuple[int, list[tuple[bytes, bytes]], bytes]:

        method: str = scope["method"]
        path: str = scope["path"]
        raw_path: bytes = scope.get("raw_path") or path.encode()
        query: bytes = scope.get("query_string", b"")
        headers: list[tuple[bytes, bytes]] = list(scope.get("headers") or [])
        contract = self.contract
        op, path_values, missing = contract.route(method, path)
        violations = [missing] if missing else []
        signed = False
        needs_auth = op is None or any(requirement for requirement in op.security)
        allowed = guard.may_inject({k.decode("latin-1").lower(): v.decode("latin-1") for k, v in headers},
                                   self.session_token)
        headers = [(k, v) for k, v in headers if k.lower() != guard.TOKEN_HEADER.encode()]
        if needs_auth and allowed and not contract.sent_credentials(headers, query):
            add_headers, add_query = request_credentials(self.api, body, sandbox=contract.sandbox)
            headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in add_headers.items()]
            extra = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in add_query.items())
            query = b"&".join(filter(None, [query, extra.encode("latin-1")]))
            signed = True
        checked_scope = {**scope, "headers": headers, "query_string": query}
        if op is not None:
            violations += self._safely(lambda: contract.check_request(op, path_values, checked_scope, body),
                                       op.op_id, "request")
        url = self.upstream + raw_path.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")
        forward = [(k, v) for k, v in headers if k.lower() not in HOP_BY_HOP]
        client = await self._http()
        answered = False
        try:
            request = client.build_request(method, url, headers=forward, content=body if body else None)
            response = await client.send(request, stream=True)
            try:
                chunks, size = [], 0
                async for chunk in response.aiter_raw():
                    size += len(chunk)
                    if size > guard.MAX_ANSWER:
                        raise ValueError(f"the answer is larger than {guard.MAX_ANSWER} bytes")
                    chunks.append(chunk)
                raw = b"".join(chunks)
            finally:
                await response.aclose()
            status, out_headers = response.status_code, list(response.headers.raw)
            answered = True
        except Exception as exc:  # noqa: BLE001 - any failure to reach the upstream is the caller's 502
            status, raw = 502, json.dumps({"message": f"partner-contracts proxy: upstream {self.upstream} "
                                           f"failed: {exc!r}"}).encode()
            out_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]
            violations.append(contract.violation(op.op_id if op else f"{method} {path}", "response", "/status",
                                                 "an answer from the upstream", repr(exc), "/servers"))
        text_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in out_headers]
        plain = guard.decoded(text_headers, raw) if answered else None  # None: a bomb, forwarded unchecked
        if op is not None and answered and plain is not None:
            violations += self._safely(lambda: contract.check_response(op, method, status, text_headers, plain),
                                       op.op_id, "response")
            violations += self._safely(lambda: self._check_state(op, path_values, status, plain),
                                       op.op_id, "response")
            violations = self._check_credentials(op, signed, status, violations)
        exchange = Exchange(self.api.key, op.op_id if op else None, method, path, query.decode("latin-1"),
                            [(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers], body, status,
                            text_headers, raw, violations, signed=signed)
        self.exchanges += 1
        self.report.add(exchange)
        for violation in violations:
            self.out(violation.line())
        if self.record is not None:
            from partner_contracts.sandbox.record import record_exchange

            try:
                record_exchange(self.record, exchange, contract)
            except OSError as exc:
                self.out(f"proxy: could not record the exchange: {exc}")
        return status, out_headers, raw

    def _check_credentials(self, op: Operation, signed: bool, status: int,
                           violations: list[Violation]) -> list[Violation]:
        """The upstream is the authority on credential values: the caller's own credentials, which the
        proxy could not check, are not reported once the upstream accepted them; credentials the proxy
        added and the upstream refused are (the scheme, or the environment, is not what the vendor has)."""
        if not signed and 200 <= status < 300:
            return [v for v in violations if not (v.where == "request" and v.pointer == "/security")]
        if signed and status in (401, 403):
            schemes = sorted({name for requirement in op.security for name in requirement})
            pointers = [f"/components/securitySchemes/{escape(name)}" for name in schemes] or ["/security"]
            names = list(((self.api.meta.get("fuzz") or {}).get("sandbox_credentials") or {}).values())
            violations.append(self.contract.violation(
                op.op_id, "response", "/status",
                f"2xx for the credentials the proxy added as {' + '.join(schemes) or 'the spec'} says",
                f"{status}: check {', '.join(names) or 'the credentials'}; if they are right, the security scheme "
                "is not what the vendor does", pointers[0], pointers))
        return violations

    def _check_state(self, op: Operation, path_values: dict[str, str], status: int,
                     body: bytes) -> list[Violation]:
        """A read of a resource this session saw created must find it (a stale read is reported)."""
        found = []
        if status == 404:
            for created in self.created:
                if created.reader == op.op_id and all(path_values.get(k) == v for k, v in created.params.items()):
                    found.append(self.contract.violation(
                        op.op_id, "response", "/status", f"2xx: {created.by} created "
                        + ", ".join(f"{k}={v}" for k, v in created.params.items()) + " earlier in this session",
                        "404 (a stale read)", created.link, [created.link, op.pointer]))
                    break
        if 200 <= status < 300 and op.method == "DELETE":  # gone for good: a later 404 is right
            values = set(path_values.values())
            for created in [c for c in self.created if set(c.params.values()) <= values]:
                self.created.remove(created)
        elif 200 <= status < 300:
            self.created.extend(self.contract.created(op, status, body))
        return found

    def _safely(self, check: Callable[[], list[Violation]], operation: str, where: str) -> list[Violation]:
        """A bug in a check is reported, never allowed to stop the exchange."""
        try:
            return check()
        except Exception as exc:  # noqa: BLE001 - the proxy must forward whatever happens
            self.out(f"proxy: the {where} check of {operation} failed: {exc!r} (the exchange was forwarded)")
            return []

    def finish(self, folder: Path | None = None) -> tuple[Path, Path]:
        """Print the table and write report.json + junit.xml (``build/proxy/<key>/`` by default)."""
        self.out(self.report.table())
        report, junit = self.report.write(folder or BUILD_DIR / "proxy" / self.api.key)
        self.out(f"report: {report}\njunit:  {junit}")
        return report, junit


def proxy_cli(args: argparse.Namespace) -> int:
    import uvicorn

    from partner_contracts.spec.api import select

    (api,) = select([args.api])
    record = Path(args.record) if args.record else None
    import secrets

    token = args.session_token or secrets.token_urlsafe(18)
    proxy = ContractProxy(api, args.upstream, record=record, session_token=token)
    operations = sum(len(r.operations) for r in proxy.contract.served.router.routes)
    names = list(((api.meta.get("fuzz") or {}).get("sandbox_credentials") or {}).values())
    found = [n for n in names if os.environ.get(n)]
    source = ("from " + ", ".join(found)) if found else \
        f"the mock's test credentials (set {', '.join(names) or 'nothing'} for the sandbox)"
    print(f"partner-contracts proxy: http://{args.host}:{args.port}/ → {proxy.upstream} "
          f"({api.key}, {operations} operations; credentials added when the caller sends none: {source}"
          f"{'; recording to ' + str(record / api.key) if record else ''}). Ctrl-C stops and writes the report.",
          flush=True)
    print(f"  credentials are added only to requests with the header {guard.TOKEN_HEADER}: {token}", flush=True)
    uvicorn.run(proxy, host=args.host, port=args.port, log_level="warning", access_log=False, **SERVER_OPTIONS)
    proxy.finish(Path(args.report_dir) if args.report_dir else None)
    return 1 if proxy.report.violation_count and args.strict else 0
