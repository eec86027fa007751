"""Serving the mock (partner_contracts/mock/server.py): a socket bound before serving, so parallel tests
never race for a port."""

from __future__ import annotations

import socket

import httpx

from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import listening_socket, running


def test_a_listening_socket_has_its_own_port_at_once() -> None:
    first, second = listening_socket(), listening_socket()
    try:
        assert first.getsockname()[1] != second.getsockname()[1]
        with socket.create_connection(first.getsockname(), timeout=2):  # queued before anyone serves it
            pass
    finally:
        first.close()
        second.close()


def test_running_serves_the_app_and_stops() -> None:
    with running(create_app(["palm-locker"])) as url:
        port = int(url.rsplit(":", 1)[1])
        answer = httpx.get(f"{url}/palm-locker/locker", headers={"x-api-key": "test-api-key"}, timeout=10)
        assert answer.status_code == 200
    with socket.socket() as probe:  # nothing listens on the port any more
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))
