"""Running the mock: in the foreground (``partner-contracts mock``) or in a background thread (tests, fuzz)."""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from ..behaviour_lint import BehaviourError
from .app import create_app
from .store import StateError, check_reachable, open_store

CONFIG_ENV = "PARTNER_CONTRACTS_MOCK"  # how `--workers N` hands its options to each worker process


def app_from_environment() -> Any:
    """The app of one worker process (``uvicorn --factory``), from the options ``serve`` left in the
    environment."""
    conf = json.loads(os.environ[CONFIG_ENV])
    return create_app(conf["keys"] or None, webhook_url=conf["webhook_url"], state=conf["state"])


def serve(keys: list[str] | None, host: str = "127.0.0.1", port: int = 4010, webhook_url: str | None = None,
          state: str = "memory", workers: int = 1) -> int:
    started = time.perf_counter()
    if workers > 1 and not state.startswith(("redis://", "rediss://", "unix://")):
        print("partner-contracts mock: --workers needs --state redis://host:port/db (workers share no memory)",
              file=sys.stderr)
        return 2
    try:
        open_store(state, "-")
        check_reachable(state)
    except (ValueError, StateError) as exc:
        print(f"partner-contracts mock: not started: {exc}", file=sys.stderr)
        return 2
    try:
        app = create_app(keys or None, webhook_url=webhook_url, state=state)
    except BehaviourError as exc:
        print(f"partner-contracts mock: not started: {len(exc.problems)} problem(s) in the behaviour files "
              "(fix them; `partner-contracts validate` reports the same):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    mock = app.state.mock
    print(f"partner-contracts mock: {len(mock.apis)} APIs ready in {time.perf_counter() - started:.2f}s")
    for key, api in mock.apis.items():
        ops = sum(len(r.operations) for r in api.routes)
        print(f"  http://{host}:{port}/{key}/  ({ops} operations; spec at /{key}/openapi.json)")
    if webhook_url:
        print(f"  webhooks → {webhook_url}")
    print(f"  state: {state}" + (f", {workers} workers" if workers > 1 else ""), flush=True)
    if workers > 1:
        os.environ[CONFIG_ENV] = json.dumps({"keys": keys or [], "webhook_url": webhook_url, "state": state})
        uvicorn.run("partner_contracts.mock.server:app_from_environment", factory=True, workers=workers,
                    host=host, port=port, log_level="warning", access_log=False, **SERVER_OPTIONS)
        return 0
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, **SERVER_OPTIONS)
    return 0


# Let over-long request lines reach the app, which answers them in the API's envelope (414), instead
# of h11 closing the connection with a bare 400.
SERVER_OPTIONS: dict[str, Any] = {"h11_max_incomplete_event_size": 1024 * 1024}


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def running(app: Any, host: str = "127.0.0.1", port: int | None = None) -> Iterator[str]:
    """Serve ``app`` on loopback in a background thread; yields its base URL and stops it afterwards."""
    port = port or free_port(host)
    config = uvicorn.Config(app, host=host, port=port, log_level="error", access_log=False, lifespan="off",
                            **SERVER_OPTIONS)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the mock did not start on {host}:{port}")
        time.sleep(0.01)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
