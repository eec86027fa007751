"""``partner-contracts proxy``: a validating reverse proxy in front of a vendor sandbox (or any server).

    consumer ──► proxy (:4020) ──► upstream (the vendor sandbox, our mock, …)

The proxy composes the ``runtime/`` request stages (``CompiledApi``: the router, security and validator
the mock uses too) with the response checks of ``conformance``; it never builds the mock (no seeded data,
no store). For every exchange it

1. adds the API's credentials from the environment (``PALM_API_KEY``, ``SIRCLO_PARTNER_ID`` +
   ``SIRCLO_SECRET`` — the body HMAC-signed exactly as the generated client signs it —, ``AHAMOVE_TOKEN``,
   ``ANYMASTER_TOKEN``, ``PANCAKE_API_KEY``; the mock's test credentials when unset) when the caller sent
   none of the API's credentials;
2. checks the request with the mock's own stages (``router.route``, ``security.authenticate``,
   ``validator.parameters`` and ``body``) and the response against the operation (``Contract``:
   documented status, content type, headers, body schema, undeclared fields, open-enum values, the fields
   every documented example shows), the body decoded once (gzip, deflate, br) for the checks and the
   evidence alike; and across exchanges, a 404 to a read of a resource the session saw created (the spec's
   ``links``), a refusal (401/403) of credentials the proxy added or could check, and, with ``--slow``,
   an answer slower than the threshold;
3. forwards the request and the upstream's answer unchanged — status, headers (names byte for byte) and
   body (still content-coded) — whatever it found, and prints one line per finding: level, operation,
   JSON pointer, expected, observed, and the ledger entries it is about. Each caller's request goes out on
   a connection of its own and no cookie is kept: nothing of one caller reaches another;
4. when it stops (Ctrl-C or SIGTERM), writes its report: a table on the console, ``report.json`` and
   ``junit.xml`` under ``build/proxy/<key>/``, and exits with its verdict (``--strict``: 1 on an error,
   ``--strict=warning``: on a warning too). With ``--record DIR`` each exchange is also kept as redacted
   evidence with its provenance (``partner_contracts.sandbox.record``).

Request header names reach the proxy lower-cased: the ASGI server lower-cases them (HTTP field names are
case-insensitive, RFC 9110 §5.1); the credentials the proxy adds keep the spec's spelling.
"""

from __future__ import annotations

import argparse
import collections
import json
import time
from collections.abc import Callable
from http.cookiejar import CookieJar, DefaultCookiePolicy
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.types import Receive, Scope, Send

from partner_contracts.runtime.http import Rejection
from partner_contracts.runtime.operations import Operation
from partner_contracts.sandbox import guard
from partner_contracts.sandbox.conformance import (
    HOP_BY_HOP,
    Contract,
    Created,
    Exchange,
    Report,
    Violation,
    accepted,
    decoded,
    lifespan,
    provenance,
    read_limited,
    refused,
    serve,
)
from partner_contracts.spec.api import BUILD_DIR, Api
from partner_contracts.spec.auth import request_credentials

# uvicorn would add its own Date and Server headers to the upstream's: the proxy forwards only the upstream's
# h11 writes header names as given (httptools lower-cases them): the upstream's names go out byte for byte
SERVER_OPTIONS: dict[str, Any] = {"server_header": False, "date_header": False, "http": "h11"}


# --- the proxy ----------------------------------------------------------------------------------------


class ContractProxy:
    """The ASGI app: checks and forwards each request to ``upstream`` (a base URL: the API's paths are
    appended to it), returns the upstream's answer unchanged. ``slow``: seconds over which an answer is
    reported (info); ``failing``: the level the JUnit file fails on."""

    def __init__(self, api: Api, upstream: str, record: Path | None = None,
                 out: Callable[[str], None] | None = None, contract: Contract | None = None,
                 timeout: float = 30.0, slow: float | None = None, failing: str = "error",
                 session_token: str | None = None) -> None:
        self.contract = contract or Contract(api)
        self.session_token = session_token  # credentials are added only to requests that send it (guard.py)
        self.api = api
        self.upstream = upstream.rstrip("/")
        self.report = Report(api.key, failing=failing)
        self.report.provenance = provenance(self.upstream, [])
        self.record = record
        self.out = out or (lambda line: print(line, flush=True))
        self.timeout = timeout
        self.slow = slow
        self._client: Any = None
        self.exchanges = 0
        self.created: collections.deque[Created] = collections.deque(maxlen=1000)  # most recent first out

    async def _http(self) -> Any:
        import httpx

        if self._client is None:
            # no state shared between callers: a cookie jar that keeps nothing, no connection kept alive
            jar = CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))
            self._client = httpx.AsyncClient(timeout=self.timeout, follow_redirects=False, cookies=jar,
                                             limits=httpx.Limits(max_keepalive_connections=0))
            self._client.headers.clear()  # forward the caller's headers only: no httpx defaults
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send, self.close)
        if scope["type"] != "http":
            return
        plain = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        try:  # not a relay: rebinding, cross-site, a path leaving the base, an oversized body (guard.py)
            guard.check_origin(plain)
            guard.check_path(scope.get("raw_path") or scope["path"].encode())
            received = await read_limited(scope, receive, guard.MAX_REQUEST)
        except guard.Refused as refusal:
            received, (status, headers, body) = b"", guard.refusal(refusal)
        except Rejection as rejection:
            received, (status, headers, body) = b"", refused(rejection)
        else:
            if received is None:
                return
            status, headers, body = await self.exchange(scope, received)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def exchange(self, scope: Scope, body: bytes) -> tuple[int, list[tuple[bytes, bytes]], bytes]:

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
            headers += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in add_headers.items()]
            extra = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in add_query.items())
            query = b"&".join(filter(None, [query, extra.encode("latin-1")]))
            signed = True
        checked_scope = {**scope, "headers": [(k.lower(), v) for k, v in headers], "query_string": query}
        if op is not None:
            violations += self._safely(lambda: contract.check_request(op, path_values, checked_scope, body),
                                       op.op_id, "request")
        url = self.upstream + raw_path.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")
        forward = [(k, v) for k, v in headers if k.lower() not in HOP_BY_HOP]
        client = await self._http()
        answered = False
        started = time.monotonic()
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
                                                 "an answer from the upstream", repr(exc), "/servers", [],
                                                 about="server", check="upstream"))
        elapsed = time.monotonic() - started
        text_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in out_headers]
        plain = decoded(text_headers, raw) if answered else None  # None: a bomb, forwarded unchecked
        if op is not None and answered and plain is not None:
            violations += self._safely(lambda: contract.check_response(op, method, status, text_headers, plain),
                                       op.op_id, "response")
            violations += self._safely(lambda: self._check_state(op, path_values, status, plain),
                                       op.op_id, "response")
            violations = self._check_credentials(op, signed, status, violations)
            if self.slow is not None and elapsed > self.slow:
                violations.append(contract.violation(op.op_id, "response", "", f"an answer within {self.slow:g} s "
                                                     "(--slow)", f"{elapsed:.2f} s", op.pointer, [], level="info",
                                                     about="none", check="slow"))
        exchange = Exchange(self.api.key, op.op_id if op else None, method, path, query.decode("latin-1"),
                            [(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers], body, status,
                            text_headers, raw, violations, signed=signed,
                            response_plain=plain if plain is not raw else None,
                            accepted=answered and accepted(status, violations), elapsed=round(elapsed, 3),
                            provenance=provenance(self.upstream, text_headers))
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
        """The upstream is the authority on credential values. The caller's own credentials, which the
        proxy may not hold, are not reported once the vendor answered a documented status other than
        401/403 for them. A refusal (401/403) of credentials sent as the spec says — the proxy added them,
        or its own check of the caller's passed — is a finding on the security entries: the vendor does
        not do what the spec (and its ledger entries) say. When both the proxy's check and the vendor
        refuse the caller's credentials, the request's own finding stands (the caller's key is wrong)."""
        refused = status in (401, 403)
        own = [v for v in violations if v.where == "request" and v.check == "credentials"]
        if not signed and not refused and self.contract.documented(op, status):
            return [v for v in violations if v not in own]
        if not refused:
            return violations
        spec, *schemes = self.contract.security_pointers(op)
        names = list(self.api.config.fuzz.sandbox_credentials.values())
        check = f"check {', '.join(names) or 'the credentials'}"
        if signed or not own:  # sent as the spec says (the proxy added them, or checked the caller's)
            how = "added by the proxy" if signed else "the caller's, checked by the proxy"
            said = " + ".join(s.rsplit("/", 1)[1] for s in schemes) or "the spec"
            violations.append(self.contract.violation(
                op.op_id, "response", "/status", f"an accepted request (credentials as {said} say, {how})",
                f"{status}: the vendor refused the request signed as the spec says ({check}; if they are "
                "right, the scheme is not what the vendor does)", schemes[-1] if schemes else spec,
                [spec, schemes], about="security", check="credentials-refused"))
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
    from partner_contracts.spec.api import select

    (api,) = select([args.api])
    record = Path(args.record) if args.record else None
    import secrets

    strict = getattr(args, "strict", None)
    token = args.session_token or secrets.token_urlsafe(18)
    proxy = ContractProxy(api, args.upstream, record=record, slow=getattr(args, "slow", None),
                          failing=strict or "error", session_token=token)
    operations = sum(len(r.operations) for r in proxy.contract.served.router.routes)
    fuzz = api.config.fuzz
    names = list(fuzz.sandbox_credentials.values())
    found = [fuzz.sandbox_credentials[scheme] for scheme in fuzz.sandbox_values()]
    source = ("from " + ", ".join(found)) if found else \
        f"the mock's test credentials (set {', '.join(names) or 'nothing'} for the sandbox)"
    print(f"partner-contracts proxy: http://{args.host}:{args.port}/ → {proxy.upstream} "
          f"({api.key}, {operations} operations; credentials added when the caller sends none: {source}"
          f"{'; recording to ' + str(record / api.key) if record else ''}). Ctrl-C or SIGTERM stops and writes "
          "the report.", flush=True)
    print(f"  credentials are added only to requests with the header {guard.TOKEN_HEADER}: {token}", flush=True)
    serve(proxy, args.host, args.port, **SERVER_OPTIONS)
    proxy.finish(Path(args.report_dir) if args.report_dir else None)
    return proxy.report.verdict(strict)
