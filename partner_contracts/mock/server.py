"""Running the mock: in the foreground (``partner-contracts mock``) or in a background thread (tests, fuzz)."""

from __future__ import annotations

import ipaddress
import logging
import resource
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from .app import create_app, new_admin_token
from .guard import LIMITS, GuardedProtocol, Limits


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
    # keep a few file descriptors for logs, the spec files and webhook connections
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and LIMITS.max_connections > soft - 32:
        LIMITS.max_connections = max(16, soft - 32)
    return {"http": GuardedProtocol, "timeout_keep_alive": max(1, round(limits.keep_alive)),
            "timeout_graceful_shutdown": max(1, round(limits.shutdown_timeout)), **SERVER_OPTIONS}


def serve(keys: list[str] | None, host: str = "127.0.0.1", port: int = 4010, webhook_url: str | None = None,
          limits: Limits | None = None, admin_token: str | None = None, access_log: bool = False,
          webhook_rate: float = 100.0) -> int:
    started = time.perf_counter()
    limits = limits or Limits()
    if admin_token is None and not is_loopback(host):
        admin_token = new_admin_token()  # beyond loopback the admin routes always need a token
    app = create_app(keys or None, webhook_url=webhook_url, admin_token=admin_token, log_access=access_log,
                     webhook_options={"rate": webhook_rate})
    mock = app.state.mock
    print(f"partner-contracts mock: {len(mock.apis)} APIs ready in {time.perf_counter() - started:.2f}s")
    for key, api in mock.apis.items():
        ops = sum(len(r.operations) for r in api.routes)
        print(f"  http://{host}:{port}/{key}/  ({ops} operations; spec at /{key}/openapi.json)")
    print(f"  reference docs: http://{host}:{port}/docs  (renderer from `partner-contracts docs`)")
    if webhook_url:
        print(f"  webhooks → {webhook_url} (at most {webhook_rate:g} attempts/s; recent deliveries: GET /_mock/webhooks)")
    if admin_token:
        print(f"  admin routes /_mock/* need the header x-mock-admin-token: {admin_token}")
    print("  state is in memory only: a restart goes back to the seed data", flush=True)
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="%(asctime)s %(name)s %(message)s")
    if access_log:
        logging.getLogger("partner_contracts.mock.access").setLevel(logging.INFO)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, **server_options(limits))
    return 0


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
    between choosing it and serving on it (tests in parallel processes each get their own)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
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
