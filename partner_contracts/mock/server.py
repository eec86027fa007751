"""Running the mock: in the foreground (``partner-contracts mock``) or in a background thread (tests, fuzz)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from .app import create_app


def serve(keys: list[str] | None, host: str = "127.0.0.1", port: int = 4010, webhook_url: str | None = None) -> int:
    started = time.perf_counter()
    app = create_app(keys or None, webhook_url=webhook_url)
    mock = app.state.mock
    print(f"partner-contracts mock: {len(mock.apis)} APIs ready in {time.perf_counter() - started:.2f}s")
    for key, api in mock.apis.items():
        ops = sum(len(r.operations) for r in api.routes)
        print(f"  http://{host}:{port}/{key}/  ({ops} operations; spec at /{key}/openapi.json)")
    if webhook_url:
        print(f"  webhooks → {webhook_url}")
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


def listening_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A socket already bound and listening (port 0: one the OS picks), so nothing else can take the port
    between choosing it and serving on it (tests in parallel processes each get their own)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    return sock


def server_for(app: Any) -> uvicorn.Server:
    config = uvicorn.Config(app, log_level="error", access_log=False, lifespan="off", **SERVER_OPTIONS)
    return uvicorn.Server(config)


@contextmanager
def running(app: Any, host: str = "127.0.0.1", port: int | None = None) -> Iterator[str]:
    """Serve ``app`` on loopback in a background thread; yields its base URL and stops it afterwards."""
    sock = listening_socket(host, port or 0)
    port = sock.getsockname()[1]
    server = server_for(app)
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
