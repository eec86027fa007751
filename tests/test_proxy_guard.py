"""Issue 26, cause 8 and part of 11: the proxy is not a credential relay (sandbox/guard.py), the listener caps
bodies before reading them, the mock's admin routes refuse DNS rebinding, idle sockets cannot keep real
clients out."""

from __future__ import annotations

import gzip
import json
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from partner_contracts.mock.app import create_app
from partner_contracts.mock.guard import Limits
from partner_contracts.mock.server import running
from partner_contracts.sandbox import guard
from partner_contracts.sandbox.conformance import decoded
from partner_contracts.sandbox.proxy import SERVER_OPTIONS, ContractProxy
from partner_contracts.sandbox.webhooks import WebhookListener
from partner_contracts.spec.api import select

TOKEN = "session-token-for-the-test"
BOMB = gzip.compress(b"\0" * (64 * 1024 * 1024))  # 64 MiB inflated, 64 KB on the wire


class Reflector:
    """An upstream that reflects every request's headers and path in its answer (what a hostile or careless
    upstream does), or answers a gzip bomb on /bomb."""

    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        self.seen.append({"path": scope["path"], "headers": headers})
        if scope["path"].endswith("/bomb"):
            body, extra = BOMB, [(b"content-encoding", b"gzip")]
        else:
            body, extra = json.dumps({"headers": headers}).encode(), []
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                *extra]})
        await send({"type": "http.response.body", "body": body})


@contextmanager
def proxy_to_reflector() -> Iterator[tuple[str, Reflector]]:
    (api,) = select(["palm-locker"])
    reflector = Reflector()
    with running(reflector) as upstream, \
            running(ContractProxy(api, f"{upstream}/base", out=lambda line: None, session_token=TOKEN),
                    **SERVER_OPTIONS) as url:
        yield url, reflector


def test_8_credentials_go_only_to_requests_with_the_session_token() -> None:
    """Before: any local process (or a page) got the developer's vendor key added, and a reflecting
    upstream handed it back."""
    with proxy_to_reflector() as (url, reflector):
        anyone = httpx.get(f"{url}/locker", timeout=10)
        assert "x-api-key" not in anyone.json()["headers"]
        driver = httpx.get(f"{url}/locker", headers={guard.TOKEN_HEADER: TOKEN}, timeout=10)
        assert driver.json()["headers"].get("x-api-key")  # added for the proxy's own driver
        assert all(guard.TOKEN_HEADER not in seen["headers"] for seen in reflector.seen)  # never forwarded


@pytest.mark.parametrize("headers", [{"host": "evil.example"}, {"origin": "http://evil.example"},
                                     {"sec-fetch-site": "cross-site"}], ids=["rebinding", "origin", "fetch-site"])
def test_8_cross_site_and_rebinding_requests_are_refused(headers: dict[str, str]) -> None:
    with proxy_to_reflector() as (url, reflector):
        refused = httpx.get(f"{url}/locker", headers={**headers, guard.TOKEN_HEADER: TOKEN}, timeout=10)
        assert refused.status_code == 403 and reflector.seen == []


@pytest.mark.parametrize("path", ["/../admin", "/order/%2e%2e/%2E%2E/admin", "/order/%252e%252e/x", "/a\\..\\b"])
def test_8_a_path_cannot_leave_the_upstream_base(path: str) -> None:
    with proxy_to_reflector() as (url, reflector):
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port)) as sock:  # raw: httpx would normalise the path
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nx-proxy-token: {TOKEN}\r\n\r\n".encode())
            assert sock.recv(100).startswith(b"HTTP/1.1 400")
        assert reflector.seen == []


def test_8_bodies_answers_and_bombs_are_capped() -> None:
    with proxy_to_reflector() as (url, reflector):
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port)) as sock:  # announces 5 MiB + 1, sends one byte
            sock.sendall(f"POST /order HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-length: {guard.MAX_REQUEST + 1}"
                         "\r\n\r\nx".encode())
            sock.settimeout(5)
            assert sock.recv(100).startswith(b"HTTP/1.1 413")  # refused before reading it
        assert reflector.seen == []
        with httpx.stream("GET", f"{url}/bomb", timeout=20) as bomb:
            assert bomb.status_code == 200 and b"".join(bomb.iter_raw()) == BOMB  # forwarded as it came
    assert decoded([("content-encoding", "gzip")], BOMB, cap=1024 * 1024) is None
    assert decoded([("content-encoding", "gzip")], gzip.compress(b"{}")) == b"{}"


def test_11_the_listener_refuses_a_huge_unsigned_body_before_reading_it() -> None:
    (api,) = select(["palm-locker"])
    with running(WebhookListener(api, out=lambda line: None)) as url:
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(b"POST /hooks HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\n"
                         b"content-length: 200000000\r\n\r\n{")
            sock.settimeout(5)
            assert sock.recv(100).startswith(b"HTTP/1.1 413")  # answered without the 200 MB


def test_11_admin_routes_refuse_dns_rebinding() -> None:
    """Before: a token-less mock on loopback took ``POST /_mock/reset`` from any Host (a page whose name
    was rebound to 127.0.0.1)."""
    with running(create_app(["palm-locker"])) as url:
        rebound = httpx.post(f"{url}/_mock/reset", headers={"host": "evil.example:4010"})
        assert rebound.status_code == 403 and "rebinding" in rebound.json()["message"]
        assert httpx.post(f"{url}/_mock/reset").status_code == 204
        assert httpx.post(f"{url}/_mock/reset", headers={"host": "localhost:4010"}).status_code == 204


def test_11_idle_sockets_cannot_keep_real_clients_out() -> None:
    """Before: past --max-connections every new connection was closed at once, so a stream of idle sockets
    kept real clients out; now a new connection takes the place of the longest-idle one."""
    limits = Limits(max_connections=8, header_timeout=30)
    with running(create_app(["palm-locker"]), limits=limits) as url:
        port = int(url.rsplit(":", 1)[1])
        idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(12)]
        time.sleep(0.2)
        try:
            for _ in range(3):
                answer = httpx.get(f"{url}/palm-locker/locker", headers={"x-api-key": "test-api-key"}, timeout=5)
                assert answer.status_code == 200
        finally:
            for sock in idle:
                sock.close()
