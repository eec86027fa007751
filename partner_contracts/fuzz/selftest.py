"""``partner-contracts selftest``: does our fuzz suite catch a broken server? Seeded faults, a score.

For each API a seed picks one target operation per fault kind, the mock is wrapped with that single
fault, and ``partner-contracts fuzz`` (schemathesis, every check, all phases) runs against it. A fault
counts as caught when the run reports a failure. Kinds:

- ``wrong_type``: one value of the operation's 2xx JSON body gets another JSON type;
- ``missing_field``: one required property of that body is dropped;
- ``undocumented_status``: the operation's answers (2xx, and 4xx) go out with a status of the same class
  that it does not document (299, 499 …), as a server answering an unplanned error would;
- ``ignored_auth``: requests without (or with wrong) credentials are served as if authenticated;
- ``stale_read``: reads of a resource created during the run answer 404, as a stale replica would. A
  *read* is an operation a create (POST) links to, whatever its method (an API whose reads are POSTs
  names the id in the body); APIs whose spec links no create to a read are listed as not applicable,
  with that reason, rather than skipped silently.

Every body mutation is checked against the response schema before use, so each fault is a real
contract violation. The score must reach ``--threshold`` (default 90%).
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.types import Message, Receive, Scope, Send

from partner_contracts.mock.app import MockServer, ServedApi, create_app
from partner_contracts.mock.server import running
from partner_contracts.runtime.http import Rejection
from partner_contracts.runtime.operations import Operation
from partner_contracts.spec.api import BUILD_DIR, Api, select
from partner_contracts.spec.auth import request_credentials
from partner_contracts.spec.deref import escape

KINDS = ("wrong_type", "missing_field", "undocumented_status", "ignored_auth", "stale_read")


@dataclass(frozen=True)
class Fault:
    api: str
    kind: str
    operation: str  # operationId ("*" for faults on the whole API)

    def __str__(self) -> str:
        return f"{self.api}: {self.kind} on {self.operation}"


@dataclass
class FaultState:
    """What a fault needs to remember while the mock runs."""

    triggered: int = 0
    created_ids: set[str] = field(default_factory=set)


def _json_schema_pointer(api: ServedApi, op: Operation, status: str) -> str | None:
    response = op.responses.get(status)  # dereferenced when the operation was compiled
    if response is None or "application/json" not in (response.spec.get("content") or {}):
        return None
    return f"{response.pointer}/content/{escape('application/json')}/schema"


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, (*path, k))] or [path]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))] or [path]
    return [path]


def _set(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    target = value
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = new
    return value


def _flip(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, (int, float)):
        return "not-a-number"
    if isinstance(value, str):
        return 12345
    if value is None:
        return {"unexpected": "object"}
    return "not-a-container"


def wrong_type(api: ServedApi, pointer: str, body: Any) -> Any | None:
    for path in _leaves(body):
        candidate = _set(copy.deepcopy(body), path, _flip(_get(body, path)))
        if api.schemas.problems(pointer, candidate, limit=1):
            return candidate
    return None


def missing_field(api: ServedApi, pointer: str, body: Any) -> Any | None:
    def objects(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        found = [path] if isinstance(value, dict) else []
        children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
        return found + [p for k, v in children for p in objects(v, (*path, k))]

    for path in objects(body):
        for key in list(_get(body, path)):
            candidate = copy.deepcopy(body)
            del _get(candidate, path)[key]
            if api.schemas.problems(pointer, candidate, limit=1):
                return candidate
    return None


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


class FaultyApp:
    """The mock with one fault switched on (an ASGI wrapper: the mock's own code is untouched)."""

    def __init__(self, app: MockServer, fault: Fault) -> None:
        self.app, self.fault, self.state = app, fault, FaultState()
        self.api = app.pipeline.apis[fault.api]
        (self.api_spec,) = select([fault.api])
        self.reads = linked_reads(self.api)

    def _operation(self, scope: Scope) -> Operation | None:
        key, _, rest = scope["path"].lstrip("/").partition("/")
        if key != self.fault.api:
            return None
        try:
            op, _ = self.api.router.route(scope["method"], "/" + rest)
        except Rejection:
            return None
        return op

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        op = self._operation(scope)
        targeted = op is not None and self.fault.operation in ("*", op.op_id)
        if targeted and self.fault.kind == "ignored_auth":
            scope, receive = await self._authenticate(scope, receive)
        if targeted and self.fault.kind == "stale_read" and op is not None and op.op_id in self.reads \
                and self.state.created_ids:
            body, receive = await _buffered(receive)
            if self._names_created(scope, body):
                self.state.triggered += 1
                response = self.api.responder.error(404, "not found")
                await response(scope, receive, send)
                return
        if not targeted or self.fault.kind not in ("wrong_type", "missing_field", "undocumented_status",
                                                   "stale_read"):
            await self.app(scope, receive, send)
            return
        await self._rewrite(scope, receive, send, op)

    def _names_created(self, scope: Scope, body: bytes) -> bool:
        """Whether a read names a created id: a path segment, or a value of its JSON body (a read by POST)."""
        segments = set(scope["path"].split("/"))
        if segments & self.state.created_ids:
            return True
        try:
            data = json.loads(body) if body else None
        except ValueError:
            return False
        return bool({str(_get(data, p)) for p in _leaves(data) if p} & self.state.created_ids)

    async def _rewrite(self, scope: Scope, receive: Receive, send: Send, op: Operation | None) -> None:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        status, body = int(start["status"]), b"".join(chunks)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        if op is not None and (200 <= status < 300 or (self.fault.kind == "undocumented_status" and 400 <= status < 500)):
            status, body = self._mutate(op, status, body)
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _mutate(self, op: Operation, status: int, body: bytes) -> tuple[int, bytes]:
        kind = self.fault.kind
        if kind == "stale_read":  # remember what a create answered: later reads of it go stale
            if op.method == "POST":
                try:
                    data = json.loads(body)
                except ValueError:
                    return status, body
                self.state.created_ids |= {str(_get(data, p)) for p in _leaves(data)
                                           if p and str(p[-1]).lower() in ("id", "_id") and _get(data, p)}
            return status, body
        if kind == "undocumented_status":
            documented = set(op.statuses)
            if "default" in documented or f"{status // 100}XX" in documented:
                return status, body  # every status of this class is documented: nothing to break
            undocumented = next((c for c in ((299, 298, 297) if status < 300 else (499, 498, 497))
                                 if str(c) not in documented), None)
            if undocumented is None:
                return status, body
            self.state.triggered += 1
            return undocumented, body
        pointer = _json_schema_pointer(self.api, op, str(status))
        if pointer is None or not body:
            return status, body
        try:
            data = json.loads(body)
        except ValueError:
            return status, body
        mutated = (wrong_type if kind == "wrong_type" else missing_field)(self.api, pointer, data)
        if mutated is None:
            return status, body
        self.state.triggered += 1
        return status, json.dumps(mutated).encode()

    async def _authenticate(self, scope: Scope, receive: Receive) -> tuple[Scope, Receive]:
        """Give the request the credentials it lacks (the server 'forgot' to check them)."""
        body, receive_again = await _buffered(receive)
        add_headers, add_query = request_credentials(self.api_spec, body)
        replaced = {name.lower() for name in add_headers}
        headers = [(k, v) for k, v in scope["headers"] if k.decode("latin-1").lower() not in replaced]
        headers += [(name.lower().encode(), value.encode()) for name, value in add_headers.items()]
        query = "&".join(filter(None, [scope.get("query_string", b"").decode("latin-1"),
                                       *(f"{k}={v}" for k, v in add_query.items())]))
        self.state.triggered += 1
        return {**scope, "headers": headers, "query_string": query.encode("latin-1")}, receive_again


async def _buffered(receive: Any) -> tuple[bytes, Any]:
    """A request's whole body, and a ``receive`` that gives the same messages again."""
    messages = []
    body = b""
    while True:
        message = await receive()
        messages.append(message)
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    replay = iter(messages)

    async def receive_again() -> dict[str, Any]:
        return next(replay, {"type": "http.disconnect"})

    return body, receive_again


def linked_reads(served: ServedApi) -> set[str]:
    """The operationIds a create (POST) links to: the reads of what it created, whatever their method.

    Only links a contract check can judge count: a 404 from the read is a violation only when the create
    says it created something the read names (schemathesis' ``ensure_resource_availability``): the read's
    path is below the create's, or the create answers 201 or documents a ``Location`` header. A create that
    answers 200 at the read's own URI (SIRCLO's ``POST /order`` and ``PATCH /order``) does not say that, so
    a stale read there is a documented 404, not a fault the fuzz run can see.
    """
    operations = [op for route in served.router.routes for op in route.operations.values()]
    by_id = {op.op_id: op for op in operations}
    reads = set()
    for op in operations:
        if op.method != "POST":
            continue
        for status, response in op.responses.items():
            for link in (response.spec.get("links") or {}).values():
                target = by_id.get(str(link.get("operationId"))) if isinstance(link, dict) else None
                if target is None or target.op_id == op.op_id:
                    continue
                deeper = len(target.path.rstrip("/").split("/")) > len(op.path.rstrip("/").split("/"))
                location = any(str(h).lower() == "location" for h in (response.spec.get("headers") or {}))
                if deeper or status == "201" or location:
                    reads.add(target.op_id)
    return reads


def plan(apis: list[Api], seed: int, not_applicable: list[str] | None = None) -> list[Fault]:
    """One fault per kind per API, its target chosen by the seed among the operations it applies to; a kind that
    applies to none of an API's operations is added to ``not_applicable`` with why."""
    rng = random.Random(seed)
    faults = []
    app = create_app([a.key for a in apis])
    for api in apis:
        served = app.pipeline.apis[api.key]
        operations = [op for route in served.router.routes for op in route.operations.values()]
        with_json = [op for op in operations if _json_schema_pointer(served, op, op.success)]
        secured = [op for op in operations if any(r for r in op.security)]
        ids = {op.op_id for op in operations}
        create_to_read = bool(linked_reads(served) & ids)
        why = {"wrong_type": "no operation answers JSON with a schema", "missing_field": "no operation answers JSON "
               "with a schema", "undocumented_status": "no operation", "ignored_auth": "no operation requires "
               "credentials", "stale_read": "the spec links no create (POST) to a read of what it created, in a way a "
               "contract check can judge (read below the create's path, or a 201 or Location)"}
        candidates: dict[str, list[Operation | None]] = {
            "wrong_type": list(with_json),
            "missing_field": list(with_json),
            "undocumented_status": list(operations),
            "ignored_auth": list(secured),
            "stale_read": [None] if create_to_read else [],
        }
        for kind in KINDS:
            if not candidates[kind] and not_applicable is not None:
                not_applicable.append(f"{api.key}: {kind} not applicable: {why[kind]}")
            if candidates[kind]:
                chosen = rng.choice(sorted(candidates[kind], key=lambda o: o.op_id if o else ""))
                faults.append(Fault(api.key, kind, chosen.op_id if chosen else "*"))
    return faults


@dataclass
class Outcome:
    fault: Fault
    caught: bool
    triggered: int
    seconds: float
    detail: str


def run_fault(fault: Fault, seed: int, max_examples: int) -> Outcome:
    from .run import run_one

    (api,) = select([fault.api])
    started = time.perf_counter()
    faulty = FaultyApp(create_app([fault.api]), fault)
    folder = BUILD_DIR / "selftest" / f"{fault.api}-{fault.kind}"
    with running(faulty) as url:
        result = run_one(api, f"{url}/{fault.api}/openapi.json", None, target_is_sandbox=False,
                         max_examples=max_examples, seed=seed, workers="1", phases=None, folder=folder,
                         extra_args=("--max-failures", "1"))
    text = result.log.read_text(encoding="utf-8", errors="replace")
    codes = sorted({line.strip()[2:7] for line in text.splitlines() if line.strip().startswith("- ST")})
    return Outcome(fault, not result.ok, faulty.state.triggered, time.perf_counter() - started,
                   ", ".join(codes) or ("no failure reported" if result.ok else f"exit {result.returncode}"))


def selftest_cli(args: argparse.Namespace) -> int:
    apis = select(args.apis)
    skipped: list[str] = []
    faults = plan(apis, args.seed, skipped)
    print(f"selftest: {len(faults)} seeded faults (seed {args.seed}), one fuzz run each")
    for line in skipped:
        print(f"  {line}")
    outcomes = []
    for fault in faults:
        outcome = run_fault(fault, args.seed, args.max_examples)
        outcomes.append(outcome)
        mark = "caught" if outcome.caught else "MISSED"
        print(f"  {mark:7} {fault!s:60} {outcome.detail:28} ({outcome.triggered} injected, "
              f"{outcome.seconds:.0f}s)", flush=True)
    caught = sum(o.caught for o in outcomes)
    score = caught / len(outcomes) if outcomes else 0.0
    ok = score >= args.threshold
    print(f"selftest score: {caught}/{len(outcomes)} faults caught = {score:.0%} "
          f"(threshold {args.threshold:.0%}): {'ok' if ok else 'FAILED'}")
    if args.report:
        Path(args.report).write_text(json.dumps({
            "seed": args.seed, "score": score, "caught": caught, "total": len(outcomes),
            "faults": [{"api": o.fault.api, "kind": o.fault.kind, "operation": o.fault.operation,
                        "caught": o.caught, "injected": o.triggered, "detail": o.detail} for o in outcomes],
        }, indent=2), encoding="utf-8")
    return 0 if ok else 1

