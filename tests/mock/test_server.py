"""Serving the mock (partner_contracts/mock/server.py): a socket bound before serving, so parallel tests
never race for a port."""

from __future__ import annotations

import socket

import httpx
import pytest

from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import listening_socket, running, serve


def test_a_listening_socket_has_its_own_port_at_once() -> None:
    first, second = listening_socket(), listening_socket()
    try:
        assert first.getsockname()[1] != second.getsockname()[1]
        with socket.create_connection(first.getsockname(), timeout=2):  # queued before anyone serves it
            pass
    finally:
        first.close()
        second.close()


def test_every_accepted_connection_has_tcp_nodelay() -> None:
    # what --workers serves on (uvicorn's own socket lacks it, and plain asyncio then never sets it: answers
    # written in two parts wait ~40 ms for the client's delayed ACK)
    listener = listening_socket()
    try:
        with socket.create_connection(listener.getsockname(), timeout=2):
            accepted, _ = listener.accept()
            with accepted:
                assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1
    finally:
        listener.close()


def test_an_ipv6_host_gets_an_ipv6_socket() -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6 in this Python")
    try:
        listener = listening_socket("::1")
    except OSError as exc:  # a machine with IPv6 off
        pytest.skip(f"::1 not available: {exc}")
    with listener:
        assert listener.family == socket.AF_INET6
        assert listener.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1


def test_workers_on_a_taken_port_exit_with_a_message(redis_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    taken = listening_socket()
    port = taken.getsockname()[1]
    try:
        code = serve(["palm-locker"], port=port, state=redis_url, workers=2)
    finally:
        taken.close()
    assert code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


def test_running_serves_the_app_and_stops() -> None:
    with running(create_app(["palm-locker"])) as url:
        port = int(url.rsplit(":", 1)[1])
        answer = httpx.get(f"{url}/palm-locker/locker", headers={"x-api-key": "test-api-key"}, timeout=10)
        assert answer.status_code == 200
    with socket.socket() as probe:  # nothing listens on the port any more
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))
