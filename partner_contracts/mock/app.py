"""The mock: one ASGI app serving every API under ``/<key>/``, built from the bundled specs at start.

Each request goes through small stages, in order (Prism's pipeline), one module each:

    http (the message) → router → security → validate → respond (behaviour or examples) → webhooks

``operations`` dereferences the spec once, at start, into the operation objects the stages read; every
validator, security check and error envelope is compiled when the app is built, so a request does no YAML
or ``$ref`` work. Every rejection is data: the API's own error envelope with a status the operation
documents (400/401/404/405/409/413/415/422).

Here: ``ServedApi`` (one API compiled for serving: its stages, behaviour and state), ``Pipeline`` (every
served API, run through the stages, and the webhook sender) and ``MockServer`` (the ASGI app: the index,
the admin routes, the docs pages and the access log).
"""

from __future__ import annotations

import asyncio
import functools
import gc
import hashlib
import logging
import secrets
import time
from collections import deque
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import orjson
from starlette.types import Receive, Scope, Send

from partner_contracts.mock.behaviour.check import BehaviourError, api_rules, behaviour_document
from partner_contracts.mock.behaviour.check import check as check_behaviour
from partner_contracts.mock.behaviour.engine import Behaviour
from partner_contracts.mock.behaviour.records import ActionError
from partner_contracts.mock.behaviour.store import StateError, Store, open_store
from partner_contracts.runtime.budget import BUDGET
from partner_contracts.runtime.compiled import CompiledApi, load_document
from partner_contracts.runtime.http import (
    ANSWER_COUNTED,
    MAX_QUERY,
    SERVED_BY,
    Disconnected,
    Incoming,
    Rejection,
    Reply,
    busy,
    json_bytes,
    json_response,
    loopback_host,
    parse_prefer,
    parse_query,
    read_body,
)
from partner_contracts.runtime.operations import Operation
from partner_contracts.runtime.redact import access_line, escape_log, redact_urls
from partner_contracts.runtime.values import MISSING, kept_json
from partner_contracts.spec.api import Api, select
from partner_contracts.spec.auth import same, webhook_signers

from .respond import Responder, status_for

if TYPE_CHECKING:  # the webhook outbox is imported when a --webhook-url asks for it (a faster start without)
    from .dispatch import Dispatcher, Event
    from .redis_outbox import RedisOutbox

log = logging.getLogger("partner_contracts.mock")
access_log = logging.getLogger("partner_contracts.mock.access")
TENANT_HEADER = "x-mock-tenant"  # a shared sandbox's client names itself (its webhooks' fair share)


class ServedApi:
    """One API compiled for serving: its stages (``router``, ``security``, ``validator``, ``responder``),
    its behaviour with its state, and what it publishes (its spec, its signed webhooks)."""

    def __init__(self, api: Api, document: dict[str, Any], store: Store | None = None) -> None:
        credentials = api.config.mock.credential_values()
        # the stages the proxy shares (runtime/compiled.py): schemas, router, security, validator
        stages = CompiledApi(api.key, document, credentials, api.config.mock.webhook_secret.read())
        self.key = api.key
        self.doc = document
        self.config = api.config
        self.schemas = stages.schemas
        self.credentials = stages.credentials
        self.webhook_secret = stages.webhook_secret
        problems = check_behaviour(api, document)  # a broken behaviour file: the mock does not start
        if problems:
            raise BehaviourError(problems)
        # the readings the check made: behaviour.yaml parsed and rules.py executed once per API
        self.behaviour = Behaviour(behaviour_document(api) or {}, document, store, api_rules(api))
        self.router = stages.router
        self.security = stages.security
        self.validator = stages.validator
        self.responder = Responder(api.config.mock.errors)
        self.public_spec = dict(document, servers=[{"url": f"/{self.key}", "description": "partner-contracts mock"}])
        self.public_spec_bytes = orjson.dumps(self.public_spec)
        self.webhook_signers = webhook_signers(document, self.webhook_secret)


class Pipeline:
    """Every served API of one process, run through the stages, with the webhook sender."""

    def __init__(self, apis: list[Api], webhook_url: str | None = None, webhook_options: dict[str, Any] | None = None,
                 documents: dict[str, dict[str, Any]] | None = None, state: str = "memory") -> None:
        self.apis: dict[str, ServedApi] = {}
        problems = []
        for api in apis:
            document = (documents or {}).get(api.key) or load_document(api)
            try:
                self.apis[api.key] = ServedApi(api, document, open_store(state, api.key))
            except BehaviourError as exc:
                problems.extend(exc.problems)
        if problems:
            raise BehaviourError(problems)
        self.webhook_url = webhook_url.rstrip("/") if webhook_url else None
        # the last deliveries signed (what tests and a debugging user look at), sent or not: 100, 4 MiB
        self.sent_webhooks = KeptWebhooks()
        self.dispatcher: Dispatcher | None = None
        self.stream_outbox: RedisOutbox | None = None  # --state redis://: the outbox is Redis streams
        options = dict(webhook_options or {})
        if self.webhook_url and any(a.behaviour.store.shared for a in self.apis.values()):
            from .redis_outbox import RedisDispatcher, RedisOutbox

            self.stream_outbox = RedisOutbox(state, **{k: v for k, v in options.items() if k == "max_bytes"})
            if options.pop("dispatch", True):  # this process delivers too (or only `mock dispatch` does)
                self.dispatcher = RedisDispatcher(state, self.webhook_url, list(self.apis), **options)
                self.dispatcher.start()  # at once: what a killed process left pending is delivered now
        elif self.webhook_url:
            from .dispatch import Dispatcher

            options.pop("dispatch", None)
            self.dispatcher = Dispatcher(self.webhook_url, **options)

    @functools.cached_property
    def event_class(self) -> type[Event]:
        """The outbox's event (mock/dispatch.py), imported when the first webhook goes to one."""
        from .dispatch import Event

        return Event

    def reset(self) -> None:
        for api in self.apis.values():
            api.behaviour.reset()
        self.forget_webhooks()

    def release_budget(self) -> None:
        """A stopped app gives its records' share of the memory budget back (measured again as they change)."""
        for api in self.apis.values():
            for collection in api.behaviour.collections.values():
                collection.release()

    async def reset_state(self) -> None:
        """``POST /_mock/reset``: the seed state, in every process that shares it; the signed webhooks
        kept here are let go."""
        for api in self.apis.values():
            await api.behaviour.store.reset_shared()
        self.forget_webhooks()

    def forget_webhooks(self) -> None:
        self.sent_webhooks.clear()
        if self.dispatcher is not None:
            self.dispatcher.outbox.clear_kept()

    async def handle(self, request: Incoming) -> Reply:
        """One request through the stages: route → authenticate → validate → respond (behaviour, then
        webhooks); any stage's ``Rejection`` is answered with the API's envelope (respond.status_for)."""
        path = request.path
        key, _, rest = path.lstrip("/").partition("/")
        api = self.apis.get(key)
        if api is None:
            return json_response({"message": f"no API at /{key}; this mock serves "
                                 + ", ".join(f"/{k}/" for k in self.apis)}, 404)
        if rest == "openapi.json" and request.method in ("GET", "HEAD"):
            reply = Reply(200, api.public_spec_bytes, "application/json")
            if request.method == "HEAD":  # the length of the body GET would send, and no body
                reply.body = b""
            return reply
        op: Operation | None = None
        try:
            if BUDGET.used >= BUDGET.limit:  # past the memory budget: new work waits (503 + Retry-After)
                raise busy()
            op, path_values = api.router.route(request.method, "/" + rest)  # router.py
            raw_query = request.query_string
            if len(raw_query) > MAX_QUERY:
                raise Rejection("too_long", f"the query string is longer than {MAX_QUERY} bytes", 414)
            # a request that announces no body (a GET, typically) has nothing to wait for
            headers = request.headers
            raw = await read_body(request) if "content-length" in headers or "transfer-encoding" in headers \
                else b""
            query = parse_query(raw_query) if raw_query else {}
            api.security.authenticate(op, request, query, raw)  # security.py
            validator = api.validator  # validate.py
            params = validator.parameters(op, path_values, query, request)
            body = validator.body(op, request, raw)
            behaviour = api.behaviour
            if behaviour.store.shared and behaviour.handles(op.op_id):  # state in Redis: brought up to date
                events: list[Event] = []
                async with behaviour.store.transaction(behaviour.writes(op.op_id)):
                    reply = self.respond(api, op, request, params, body, query, events)
                if events and self.stream_outbox is not None:  # in Redis before the write is acknowledged
                    await self.stream_outbox.append(events)  # StateError: a 503 (not acknowledged)
            else:
                reply = self.respond(api, op, request, params, body, query)
            # an answer waiting for its client counts in the memory budget; a read past it waits (503)
            if len(reply.body) > ANSWER_COUNTED and request.guard is not None and \
                    not request.guard.charge_answer(len(reply.body), refusable=request.method in ("GET", "HEAD")):
                raise busy()
            return reply
        except Rejection as rejection:
            status = status_for(op, rejection.kind, rejection.status)
            if rejection.kind == "options":
                return Reply(204, headers=rejection.headers)
            return api.responder.error(status, rejection.message, rejection.headers, field=rejection.field)
        except Disconnected:
            raise
        except ActionError as exc:
            kind = {404: "missing", 409: "conflict"}.get(exc.status, "invalid")
            return api.responder.error(status_for(op, kind, exc.status), exc.message, code=exc.code)
        except StateError as exc:  # the shared state (--state redis://…) did not answer: not the request's fault
            log.error("state store unavailable on %s %s: %s", request.method, escape_log(path), redact_urls(str(exc)))
            return api.responder.error(503, f"the mock's state store is unavailable: {redact_urls(str(exc))}",
                                       {"retry-after": "1"})
        except Exception:  # a bug in the mock: still the API's envelope, and loud in the log and in fuzzing
            log.exception("mock error on %s %s", request.method, escape_log(path))
            return api.responder.error(500, "internal error in the mock (a bug: please report it with this request)")

    def respond(self, api: ServedApi, op: Operation, request: Incoming, params: dict[str, dict[str, Any]],
                body: Any, query: dict[str, list[str]], outbox: list[Event] | None = None) -> Reply:
        """The answer to a valid request: the behaviour's result and webhooks, else the documented example
        (``Prefer: code=…`` / ``example=…`` choose among the documented ones). ``query``: the query string as
        ``handle`` parsed it (the webhooks' tenant reads a credential there)."""
        prefer = parse_prefer(request.headers.get("prefer", ""))
        status = op.success
        if prefer.get("code") and prefer["code"] in op.statuses:
            status = prefer["code"]
        payload: Any = MISSING
        hooks: list[tuple[str, Any, str]] = []
        if status == op.success and api.behaviour.handles(op.op_id) and "example" not in prefer:
            context = {"body": body if body is not MISSING else {}, "query": params["query"],
                       "path": params["path"], "headers": params["header"], "credentials": api.credentials}
            code, payload, hooks = api.behaviour.run(op.op_id, context)
            status = str(code) if code else status
        responder = api.responder
        media = responder.media_of(op, status)
        if payload is MISSING:
            media, payload = responder.example(op, status, prefer.get("example"))
        if hooks:
            deliveries = [self.sign_webhook(api, name, hook_payload, resource) for name, hook_payload, resource in hooks]
            if self.dispatcher is not None or self.stream_outbox is not None:
                tenant = self.tenant(api, op, request, query)
                events = [self.event_class(api.key, d["webhook"], d["body"], d["headers"], tenant, resource)
                          for d, (_, _, resource) in zip(deliveries, hooks)]
                if self.stream_outbox is not None and outbox is not None:  # appended to Redis by ``handle``
                    outbox.extend(events)
                elif self.dispatcher is not None:  # an append to the outbox (no I/O here): the dispatcher sends
                    self.dispatcher.send(events)
        if request.method == "HEAD" or payload is MISSING or media is None:
            return Reply(int(status))
        if media.endswith("json"):
            return json_response(payload, int(status), media_type=media)
        if not isinstance(payload, str):  # a behaviour's answer may hold JSON texts (Record.viewed): values again
            payload = orjson.loads(json_bytes(payload))
        return Reply(int(status), str(payload).encode(), media)

    @staticmethod
    def tenant(api: ServedApi, op: Operation, request: Incoming, query: dict[str, list[str]]) -> str:
        """Whose webhooks these are (the dispatcher takes tenants' deliveries in turn): the API and the
        ``X-Mock-Tenant`` header of a shared sandbox's client, else a digest of the credential it came with
        (the credential itself is never written out)."""
        named = request.headers.get(TENANT_HEADER)
        if named:
            return f"{api.key}:{named[:64]}"
        return _tenant(api.key, api.security.presented(op, request, query))

    def sign_webhook(self, api: ServedApi, name: str, payload: Any, resource: str = "") -> dict[str, Any]:
        """The delivery of one webhook: its exact bytes, signed where the spec's header declares x-hmac.
        The last 100 (at most 4 MiB of bodies) are kept in ``sent_webhooks``."""
        raw = kept_json(json_bytes(payload))  # it waits in the outbox, and among the last 100
        headers = {"content-type": "application/json"}
        for header, signer in api.webhook_signers.get(name, ()):
            headers[header] = signer.hex(raw)
        record = {"api": api.key, "webhook": name, "body": raw, "headers": headers, "resource": resource}
        self.sent_webhooks.append(record)
        return record


class KeptWebhooks(deque[dict[str, Any]]):
    """The last signed deliveries, at most ``count`` and ``max_bytes`` of bodies (the oldest go first)."""

    def __init__(self, most: int = 100, max_bytes: int = 4 * 1024 * 1024) -> None:
        super().__init__()
        self.most, self.max_bytes, self.bytes = most, max_bytes, 0

    def append(self, record: dict[str, Any]) -> None:
        super().append(record)
        self.bytes += len(record["body"])
        while len(self) > self.most or (self.bytes > self.max_bytes and len(self) > 1):
            self.bytes -= len(self.popleft()["body"])

    def clear(self) -> None:
        super().clear()
        self.bytes = 0


@functools.lru_cache(maxsize=256)
def _tenant(key: str, credential: str) -> str:
    """A tenant's name: the API and a digest of the credential (which is never written out)."""
    return f"{key}:" + hashlib.blake2b(credential.encode(), digest_size=6).hexdigest() if credential else key


class MockServer:
    """The ASGI application: ``GET /`` lists the APIs, ``/_mock/*`` are the admin routes (``POST
    /_mock/reset`` restores the seed state, ``GET /_mock/webhooks`` lists recent deliveries), and
    every other request goes to the API its first path segment names — whatever the path contains
    (a router's path pattern would let a path with an encoded CR/LF fall through to a bare 404).

    Admin routes need ``admin_token`` (header ``x-mock-admin-token`` or ``Authorization: Bearer``) when one
    is set, and refuse a browser's cross-site request (an ``Origin`` other than the ``Host``, or
    ``Sec-Fetch-Site: cross-site``) and, with no token, a ``Host`` that names neither a loopback name nor
    the address the mock listens on (DNS rebinding): a web page a developer opens cannot wipe the shared
    state."""

    def __init__(self, pipeline: Pipeline, admin_token: str | None = None, log_access: bool = False) -> None:
        self.pipeline = pipeline
        self.state = SimpleNamespace(pipeline=pipeline)  # ``app.state.pipeline``: the Pipeline (as Starlette apps keep state)
        self.admin_token = admin_token
        self.log_access = log_access

    def admin_refusal(self, request: Incoming, server: str = "") -> str | None:
        headers = request.headers
        origin = headers.get("origin")
        if origin is not None and origin.partition("://")[2].rstrip("/") != headers.get("host", ""):
            return f"cross-site request from {origin} refused"
        if headers.get("sec-fetch-site") in ("cross-site", "same-site"):
            return "cross-site request refused"
        host = headers.get("host", "")
        if not self.admin_token and not loopback_host(host) and host.partition(":")[0] != server:
            return f"Host {headers.get('host', '')!r} is not a loopback name (DNS rebinding?): refused"
        if self.admin_token:
            given = headers.get("x-mock-admin-token") or ""
            auth = headers.get("authorization", "")
            if not given and auth[:7].lower() == "bearer ":
                given = auth[7:].strip()
            if not same(given, self.admin_token):
                return "the admin routes need the admin token (header x-mock-admin-token)"
        return None

    async def admin(self, request: Incoming, server: str = "") -> Reply:
        refusal = self.admin_refusal(request, server)
        if refusal:
            return json_response({"message": refusal}, 401 if "token" in refusal else 403)
        path, method = request.path, request.method
        if path == "/_mock/reset" and method == "POST":
            try:
                await self.pipeline.reset_state()
            except StateError as exc:
                return json_response({"message": f"the mock's state store is unavailable: {exc}"}, 503,
                                     {"retry-after": "1"})
            return Reply(204)
        if path == "/_mock/webhooks" and method in ("GET", "HEAD"):
            dispatcher, outbox = self.pipeline.dispatcher, self.pipeline.stream_outbox
            if outbox is not None:  # the counts of every process, in Redis; this process's recent deliveries
                try:
                    shared = await outbox.report(self.pipeline.apis)
                except StateError as exc:
                    return json_response({"message": str(exc)}, 503)
                mine = dispatcher.report() if dispatcher is not None else {}
                return json_response({"url": self.pipeline.webhook_url, **shared,
                                      "in_flight": mine.get("in_flight", 0), "waiting_retry": mine.get("waiting_retry", 0),
                                      "delivering_shards": sorted(f"{a}/{s}" for a, s in getattr(dispatcher, "owned", ())),
                                      "recent": mine.get("recent", [])})
            return json_response(dispatcher.report() if dispatcher is not None else
                                 {"url": None, "message": "no --webhook-url: deliveries are signed, not sent",
                                  "recent": [{"api": d["api"], "webhook": d["webhook"], "status": "not sent"}
                                             for d in reversed(self.pipeline.sent_webhooks)]})
        return json_response({"message": f"no admin route {method} {path}; there are POST /_mock/reset and "
                                         "GET /_mock/webhooks"}, 404)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    # Everything built at start (specs, validators, compiled plans) is kept for the life of
                    # the process: out of the cyclic collector's sight, a request that allocates many
                    # objects (a big body) no longer pays for a full collection that scans them all.
                    # (`partner-contracts mock` starts with the collector off: it is turned on here.)
                    # Frozen at once; the start's own garbage is collected a second later, off the way
                    # of the first answers (a full collection of everything the start built).
                    gc.freeze()
                    gc.set_threshold(YOUNG_GENERATION, *gc.get_threshold()[1:])
                    gc.enable()
                    asyncio.get_running_loop().call_later(SETTLE_S, _settle)
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    if self.pipeline.dispatcher is not None:
                        await self.pipeline.dispatcher.close()
                    self.pipeline.release_budget()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        request = Incoming(scope, receive)
        started = time.perf_counter() if self.log_access else 0.0
        response = await self.reply_to(request, str((scope.get("server") or ("",))[0]))
        if response is None:
            return
        try:
            await response.send_to(send, SERVED_BY)  # provenance: the proxy records that this was our mock
        finally:
            self.answered(request, response, started, scope.get("client"))

    @property
    def direct(self) -> bool:
        """Whether the guarded protocol may answer a request without an ASGI cycle (mock/guard.py, the
        direct lane): when no stage waits on anything (the state in this process's memory) and the access
        log, which reads the client address uvicorn's proxy-headers middleware sets, is off."""
        return not self.log_access and not any(a.behaviour.store.shared for a in self.pipeline.apis.values())

    async def reply_to(self, request: Incoming, server: str = "") -> Reply | None:
        """The answer to ``request`` (None: the client went away before its body arrived). ``server``: the
        address the mock listens on (the admin routes' DNS-rebinding check)."""
        path, method = request.path, request.method
        if path == "/" and method == "GET":
            return json_response({"apis": {k: {"base": f"/{k}/", "spec": f"/{k}/openapi.json"}
                                           for k in self.pipeline.apis}})
        if path.startswith("/_mock/"):
            return await self.admin(request, server)
        if method == "GET" and "/docs" in path and (page := _docs_page(path, self.pipeline)) is not None:
            return Reply(*page)  # /docs, /docs/<file>, /<key>/docs
        try:
            return await self.pipeline.handle(request)
        except BaseException as exc:  # the body's share of the memory budget is given back whatever happens
            request.release()
            if isinstance(exc, Disconnected):  # nobody to answer; not a bug
                log.info("client disconnected before its body arrived: %s %s", method, escape_log(path))
                return None
            raise

    def answered(self, request: Incoming, response: Reply, started: float, client: Any) -> None:
        """After the answer went out (or failed to): the request's budget given back, the access log."""
        request.release()
        if request.guard is not None:
            request.guard.answer_written()
        if self.log_access:
            client = client or ("-", 0)
            access_log.info("%s %d %d %.1fms", access_line(f"{client[0]}:{client[1]}", request.method, request.path,
                                                            request.query_string),
                            response.status, len(response.body), (time.perf_counter() - started) * 1000)


SETTLE_S = 1.0  # seconds after the start before its garbage is collected (and the rest frozen again)
# Objects (net of those freed) allocated before the collector looks at the young ones: Python's 700 made
# a young collection every ~400 requests of the state-changing mix with --webhook-url (the waiting
# deliveries are net allocations), and each one scanned the young records of the store, which the next
# writes evict anyway: 5.5 µs a request over a 60 s run, 0.66 µs with this (measured with gc.callbacks,
# docs/mock.md "The cyclic collector"). Requests make (almost) no cyclic garbage: what there is waits at
# most this many allocations.
YOUNG_GENERATION = 50_000


def _settle() -> None:
    """The start's garbage collected, what it built frozen again (see the lifespan startup)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _docs_page(path: str, pipeline: Pipeline) -> tuple[int, bytes, str] | None:
    """The reference docs' answer (partner_contracts/docs.py), imported at the first docs request."""
    from partner_contracts.docs import page

    return page(path, pipeline)


def create_app(keys: list[str] | None = None, webhook_url: str | None = None,
               documents: dict[str, dict[str, Any]] | None = None, admin_token: str | None = None,
               log_access: bool = False, webhook_options: dict[str, Any] | None = None,
               state: str = "memory") -> MockServer:
    """The mock of ``keys`` (all APIs by default); ``state`` is ``memory`` or ``redis://host:port/db``."""
    return MockServer(Pipeline(select(keys), webhook_url=webhook_url, documents=documents,
                               webhook_options=webhook_options, state=state),
                   admin_token=admin_token, log_access=log_access)


def new_admin_token() -> str:
    return secrets.token_urlsafe(18)
