"""Running the mock: in the foreground (``partner-contracts mock``) or in a background thread (tests, fuzz)."""

from __future__ import annotations

import gc
import ipaddress
import json
import logging
import os
import resource
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from partner_contracts.mock.behaviour.check import BehaviourError
from partner_contracts.mock.behaviour.store import StateError, check_reachable, open_store
from partner_contracts.runtime.budget import BUDGET, bound_line
from partner_contracts.runtime.redact import redact_urls
from partner_contracts.spec.api import select

from .app import create_app, new_admin_token
from .guard import LIMITS, GuardedProtocol, Limits

CONFIG_ENV = "PARTNER_CONTRACTS_MOCK"  # how `--workers N` hands its options to each worker process


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def server_options(limits: Limits) -> dict[str, Any]:
    """uvicorn's options for ``limits`` (the protocol reads the rest from guard.LIMITS)."""
    LIMITS.__dict__.update(limits.__dict__)
    BUDGET.limit = limits.memory_budget
    # keep a few file descriptors for logs, the spec files and webhook connections
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and LIMITS.max_connections > soft - 32:
        LIMITS.max_connections = max(16, soft - 32)
    return {"http": GuardedProtocol, "timeout_keep_alive": max(1, round(limits.keep_alive)),
            "timeout_graceful_shutdown": max(1, round(limits.shutdown_timeout)), **SERVER_OPTIONS}


def app_from_environment() -> Any:
    """The app of one worker process (``uvicorn --factory``), from the options ``serve`` left in the
    environment (the guard's limits included: each worker process has its own copy)."""
    conf = json.loads(os.environ[CONFIG_ENV])
    server_options(Limits(**conf["limits"]))
    return create_app(conf["keys"] or None, webhook_url=conf["webhook_url"], state=conf["state"],
                      admin_token=conf["admin_token"], log_access=conf["access_log"],
                      webhook_options={"rate": conf["webhook_rate"]})


def serve(keys: list[str] | None, host: str = "127.0.0.1", port: int = 4010, webhook_url: str | None = None,
          limits: Limits | None = None, admin_token: str | None = None, access_log: bool = False,
          webhook_rate: float = 0.0, state: str = "memory", workers: int = 1, loop: str = "auto") -> int:
    started = time.perf_counter()
    limits = limits or Limits()
    if workers > 1 and not state.startswith(("redis://", "rediss://", "unix://")):
        print("partner-contracts mock: --workers needs --state redis://host:port/db (workers share no memory)",
              file=sys.stderr)
        return 2
    try:
        open_store(state, "-")
        check_reachable(state)
    except (ValueError, StateError) as exc:
        print(f"partner-contracts mock: not started: {redact_urls(str(exc))}", file=sys.stderr)
        return 2
    if admin_token is None and not is_loopback(host):
        admin_token = new_admin_token()  # beyond loopback the admin routes always need a token
    try:
        # with workers, this app only checks the behaviour files and prints the banner: the workers deliver
        app = create_app(keys or None, webhook_url=webhook_url, admin_token=admin_token, log_access=access_log,
                         webhook_options={"rate": webhook_rate, "dispatch": workers <= 1}, state=state)
    except BehaviourError as exc:
        print(f"partner-contracts mock: not started: {len(exc.problems)} problem(s) in the behaviour files "
              "(fix them; `partner-contracts validate` reports the same):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    mock = app.state.pipeline
    print(f"partner-contracts mock: {len(mock.apis)} APIs ready in {time.perf_counter() - started:.2f}s")
    for key, api in mock.apis.items():
        ops = sum(len(r.operations) for r in api.router.routes)
        print(f"  http://{host}:{port}/{key}/  ({ops} operations; spec at /{key}/openapi.json)")
    print(f"  reference docs: http://{host}:{port}/docs  (renderer from `partner-contracts docs`)")
    if webhook_url:
        pace = f"at most {webhook_rate:g} attempts/s" if webhook_rate > 0 else "as fast as it answers"
        if mock.stream_outbox is not None:
            pace += "; outbox in Redis, delivered at least once"
        print(f"  webhooks → {redact_urls(webhook_url)} ({pace}; delivery counts and recent deliveries: GET /_mock/webhooks)")
    if admin_token:
        print(f"  admin routes /_mock/* need the header x-mock-admin-token: {admin_token}")
    if state == "memory":
        print("  state: in memory only: a restart goes back to the seed data", flush=True)
    else:
        print(f"  state: {redact_urls(state)}" + (f", {workers} workers" if workers > 1 else ""), flush=True)
    options = server_options(limits)
    print(f"  {bound_line(LIMITS.memory_budget, LIMITS.max_connections, LIMITS.max_header_bytes)}"
          + (" per worker" if workers > 1 else "") + " (--memory-budget; docs/mock.md, Memory)", flush=True)
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="%(asctime)s %(name)s %(message)s")
    if access_log:
        logging.getLogger("partner_contracts.mock.access").setLevel(logging.INFO)
    if workers > 1:
        gc.enable()  # this process supervises: no app starts here to turn the collector back on (cli.cmd_mock)
        os.environ[CONFIG_ENV] = json.dumps({"keys": keys or [], "webhook_url": webhook_url, "state": state,
                                             "admin_token": admin_token, "access_log": access_log,
                                             "webhook_rate": webhook_rate, "limits": dict(limits.__dict__)})
        try:
            run_workers(uvicorn.Config("partner_contracts.mock.server:app_from_environment", factory=True,
                                       workers=workers, host=host, port=port, loop=loop,
                                       log_level="warning", access_log=False, **options))
        except OSError as exc:  # the port is taken, or the address is not this machine's
            print(f"partner-contracts mock: cannot listen on {host}:{port}: {exc}", file=sys.stderr)
            return 1
        return 0
    uvicorn.run(app, host=host, port=port, loop=loop, log_level="warning", access_log=False, **options)
    return 0


def dispatch(keys: list[str], state: str, webhook_url: str | None, webhook_rate: float = 0.0) -> int:
    """``partner-contracts mock dispatch``: deliver the webhook outbox in Redis until interrupted."""
    import signal

    from .redis_outbox import RedisDispatcher

    if not webhook_url or not state.startswith(("redis://", "rediss://", "unix://")):
        print("partner-contracts mock dispatch: needs --state redis://host:port/db and --webhook-url URL",
              file=sys.stderr)
        return 2
    try:
        check_reachable(state)
        apis = [api.key for api in select(keys or None)]
    except StateError as exc:
        print(f"partner-contracts mock dispatch: not started: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="%(asctime)s %(name)s %(message)s")
    dispatcher = RedisDispatcher(state, webhook_url, apis, rate=webhook_rate)
    dispatcher.start()
    print(f"partner-contracts mock dispatch: delivering the webhook outbox of {', '.join(apis)} to {webhook_url} "
          "(Ctrl-C stops)", flush=True)
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    try:
        while not stopping.wait(5):
            pass
    except KeyboardInterrupt:
        pass
    dispatcher.stop()
    counts = dispatcher.counts
    print(f"partner-contracts mock dispatch: {counts['delivered']} delivered, {counts['failed']} failed, "
          f"{counts['retried']} retried by this process")
    return 0


def run_workers(config: uvicorn.Config) -> None:
    """``config.workers`` uvicorn worker processes on one listening socket of ours, as ``uvicorn --workers``
    does, except for the socket: uvicorn's has no TCP protocol number, so a worker on plain asyncio never sets
    TCP_NODELAY on its connections, and a response written in two parts waits out the client's delayed ACK
    (a fixed ~40 ms a request). Ours sets TCP_NODELAY on the listener, which every accepted connection inherits."""
    from uvicorn.supervisors import Multiprocess

    sock = listening_socket(config.host, config.port)
    sock.set_inheritable(True)
    try:
        Multiprocess(config, sockets=[sock]).run()
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()


# Let over-long request lines reach the app, which answers them in the API's envelope (414), instead
# of h11 closing the connection with a bare 400 (when h11 is the HTTP implementation).
SERVER_OPTIONS: dict[str, Any] = {"h11_max_incomplete_event_size": 1024 * 1024}


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def listening_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A socket already bound and listening (port 0: one the OS picks), so nothing else can take the port
    between choosing it and serving on it (tests in parallel processes each get their own). TCP_NODELAY."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET  # --host ::1 or :: as uvicorn takes them
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Inherited by every connection it accepts (Linux), whatever the event loop: no Nagle delay on answers
    # written in parts (asyncio sets it itself only on sockets it created or that carry IPPROTO_TCP).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(2048)
    return sock


def server_for(app: Any, **options: Any) -> uvicorn.Server:
    config = uvicorn.Config(app, log_level="error", access_log=False, lifespan="off", **(options or SERVER_OPTIONS))
    return uvicorn.Server(config)


@contextmanager
def running(app: Any, host: str = "127.0.0.1", port: int | None = None, limits: Limits | None = None,
            **uvicorn_options: Any) -> Iterator[str]:
    """Serve ``app`` on loopback in a background thread; yields its base URL and stops it afterwards.
    ``limits`` sets the guard's limits for the run; ``uvicorn_options`` go to ``uvicorn.Config`` (the proxy
    turns off uvicorn's own Date and Server headers)."""
    sock = listening_socket(host, port or 0)
    port = sock.getsockname()[1]
    saved = dict(LIMITS.__dict__)
    saved_budget = BUDGET.limit
    options = server_options(limits) if limits is not None else SERVER_OPTIONS
    server = server_for(app, **{**options, **uvicorn_options})
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    try:
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError(f"the mock did not start on {host}:{port}")
            time.sleep(0.01)
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        LIMITS.__dict__.update(saved)
        BUDGET.limit = saved_budget
