"""Issue 26, causes 1, 3 and 9: memory bounded in bytes (``--memory-budget``) and the protocol guard
(pipelining, unread answers, half-sent uploads, a huge header value), each attack at a small scale against
the mock in its own process, its RSS measured (/proc) before and after."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from partner_contracts.load import hostile
from partner_contracts.mock.server import free_port
from partner_contracts.runtime.budget import MIB, bound, parse_size

PALM = {"x-api-key": "test-api-key"}


@contextmanager
def mock_process(*flags: str) -> Iterator[tuple[str, int, subprocess.Popen[bytes]]]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "partner_contracts.cli", "mock", "palm-locker", "--port", str(port),
                             *flags], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        hostile._wait_up(base, proc, timeout=60)
        yield base, port, proc
    finally:
        proc.kill()
        proc.wait(timeout=10)


def settle(pid: int, seconds: float = 1.0) -> float:
    """RSS (MiB) once it stops moving (within ``seconds``)."""
    last = hostile.rss_mib(pid)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        time.sleep(0.2)
        now = hostile.rss_mib(pid)
        if abs(now - last) < 1:
            return now
        last = now
    return last


def test_the_budget_and_its_bound_are_stated() -> None:
    assert parse_size("512MiB") == 512 * MIB and parse_size("64m") == 64 * MIB and parse_size("1GiB") == 1 << 30
    with pytest.raises(ValueError):
        parse_size("lots")
    # B + C × (read chunk + head + body high-water + write high-water)
    assert bound(512 * MIB, 1000, 64 * 1024) == 512 * MIB + 1000 * (256 + 64 + 64 + 64) * 1024


@pytest.mark.slow  # the mock in its own process, its RSS measured
def test_1_pipelined_requests_nobody_reads_are_bounded() -> None:
    """8 connections pipelining 1.6 MB of small GETs each and reading nothing. Before: every read chunk was
    parsed into queued requests whenever an answer went out — 44 → 1,100 MiB RSS in 2 s and another
    client waited 17–23 s. Now at most --max-pipelined wait per connection and the parser is fed no further."""
    with mock_process("--memory-budget", "32MiB", "--write-timeout", "2") as (base, port, proc):
        hostile.latency_ms(base)
        before = settle(proc.pid)
        socks, sent = hostile.pipelined(port, connections=8, size=1_600_000, seconds=3)
        try:
            time.sleep(1)
            during = hostile.rss_mib(proc.pid)
            worst = hostile.latency_ms(base)
        finally:
            hostile.close_all(socks)
        print(f"pipelining: sent {sent / MIB:.1f} MiB; RSS {before:.0f} → {during:.0f} MiB; other client {worst:.0f} ms")
        assert during - before < bound(32 * MIB, 8, 64 * 1024) / MIB - 32 + 16, f"RSS grew {during - before:.0f} MiB"
        assert worst < 3000


@pytest.mark.slow  # the mock in its own process, its RSS measured
def test_3_clients_that_never_read_a_big_answer_are_counted_and_closed() -> None:
    """30 clients ask for a ~4 MB list and read nothing: the unread answers are counted in the budget
    (past it: 503 + Retry-After in the envelope) and closed at the write deadline, giving the memory back."""
    with mock_process("--memory-budget", "24MiB", "--write-timeout", "2") as (base, port, proc):
        assert hostile.fill_orders(base) > 30
        size = len(httpx.get(f"{base}/palm-locker/order?size=100", headers=PALM).content)
        before = settle(proc.pid)
        socks = hostile.slow_readers(port, 30, "/palm-locker/order?size=100", PALM)
        try:
            time.sleep(1)
            during = hostile.rss_mib(proc.pid)
            refused = httpx.get(f"{base}/palm-locker/order?size=100", headers=PALM)
            if refused.status_code == 503:  # the budget is full of unread answers
                assert refused.headers["retry-after"] == "1" and refused.json()["statusCode"] == 503
            closed = sum(hostile_closed(s, 6) for s in socks)
        finally:
            hostile.close_all(socks)
        print(f"slow readers: answers of {size / MIB:.1f} MiB; RSS {before:.0f} → {during:.0f} MiB; "
              f"{closed}/30 closed by the write deadline")
        assert during - before < bound(24 * MIB, 30, 64 * 1024) / MIB, f"RSS grew {during - before:.0f} MiB"
        assert closed == 30
        assert httpx.get(f"{base}{hostile.ORDER_PATH}", headers=PALM).status_code == 200


def hostile_closed(sock: socket.socket, seconds: float) -> bool:
    """True when the mock closes ``sock`` within ``seconds`` (reading and dropping whatever it sent)."""
    sock.setblocking(True)
    sock.settimeout(seconds)
    end = time.monotonic() + seconds
    try:
        while time.monotonic() < end:
            if not sock.recv(1 << 20):
                return True
    except TimeoutError:
        return False
    except OSError:
        return True
    return False


@pytest.mark.slow  # the mock in its own process, its RSS measured
def test_3_half_sent_uploads_are_bounded_by_the_budget() -> None:
    """40 uploads announcing 5 MB and sending 1.5 MB of it: before, 60 MB held until the body timeout;
    now the budget (16 MiB) is drawn as bytes arrive and uploads past it get 503 + Retry-After at once."""
    with mock_process("--memory-budget", "16MiB", "--body-timeout", "5") as (base, port, proc):
        before = settle(proc.pid)
        socks = hostile.slow_uploads(port, 40, declared=5_000_000, sent=1_500_000, seconds=4)
        try:
            time.sleep(0.5)
            during = hostile.rss_mib(proc.pid)
            answered = []
            for sock in socks:
                sock.setblocking(True)
                sock.settimeout(0.2)
                try:
                    answered.append(sock.recv(4096).split(b"\r\n", 1)[0])
                except OSError:
                    pass
        finally:
            hostile.close_all(socks)
        refused = sum(line.startswith(b"HTTP/1.1 503") for line in answered)
        print(f"slow uploads: RSS {before:.0f} → {during:.0f} MiB; {refused}/40 answered 503")
        assert refused >= 25  # 40 × 1.5 MB = 60 MB against a 16 MiB budget
        assert during - before < bound(16 * MIB, 40, 64 * 1024) / MIB, f"RSS grew {during - before:.0f} MiB"
        assert httpx.get(f"{base}{hostile.ORDER_PATH}", headers=PALM).status_code == 200


@pytest.mark.slow  # the mock in its own process, its RSS measured
def test_9_a_huge_header_value_is_refused_as_it_arrives_and_stalls_nobody() -> None:
    """A 40 MB header value. Before: the 431 came once httptools had gathered the whole value (all 40 MB
    read, by repeated concatenation), every other client stalled 2.5 s. Now the head is counted before the
    parser sees it: 431 after the first --max-header-bytes, the rest never read."""
    with mock_process() as (base, port, _):
        hostile.latency_ms(base)
        result: dict[str, tuple[str, int]] = {}
        thread = threading.Thread(target=lambda: result.update(answer=hostile.huge_header(port, 40_000_000, 10)))
        thread.start()
        worst = hostile.latency_ms(base, 10)
        thread.join(timeout=30)
        status, sent = result["answer"]
        print(f"huge header: {status}, {sent / MIB:.1f} MiB let in; slowest other request {worst:.0f} ms")
        assert status.startswith("HTTP/1.1 431") or status in ("closed", "ConnectionResetError")
        assert sent < 20_000_000  # the kernel's buffers, not the whole value
        assert worst < 1500


@pytest.mark.slow  # the mock in its own process, its RSS measured
def test_3_a_slow_but_steady_reader_gets_its_whole_answer() -> None:
    """The write deadline closes clients that do not read, not slow links: a client reading 128 KB every
    0.1 s of a 4 MB answer (about 1 MB/s), with a 2 s deadline, gets all of it."""
    with mock_process("--write-timeout", "2") as (base, port, _):
        hostile.fill_orders(base)
        size = len(httpx.get(f"{base}/palm-locker/order?size=100", headers=PALM).content)
        (sock,) = hostile.slow_readers(port, 1, "/palm-locker/order?size=100", PALM)
        got = b""
        try:
            sock.settimeout(5)
            while len(got) < size:
                time.sleep(0.1)
                burst = 0
                while burst < 128 * 1024:  # its small window: many reads make up the 128 KB
                    chunk = sock.recv(128 * 1024 - burst)
                    if not chunk:
                        break
                    burst += len(chunk)
                    got += chunk
                if not burst:
                    break
        finally:
            sock.close()
        assert len(got) > size  # the headers and the whole body


def test_records_draw_from_the_budget_and_past_it_new_work_is_a_503_in_the_envelope() -> None:
    from starlette.testclient import TestClient

    from partner_contracts.mock.app import create_app
    from partner_contracts.runtime.budget import BUDGET

    saved = BUDGET.limit
    try:
        with TestClient(create_app(["palm-locker"])) as client:
            BUDGET.limit = BUDGET.used + 2 * MIB  # records may take about 1 MiB more of it
            orders = client.app.state.pipeline.apis["palm-locker"].behaviour.collections["orders"]  # type: ignore[attr-defined]
            for i in range(30):
                body = {"lockerId": hostile.LOCKER, "size": "s", "receiverName": f"{i}-" + "r" * 60_000,
                        "description": "d" * 60_000}
                assert client.post("/palm-locker/order", json=body, headers=PALM).status_code == 200
            assert BUDGET.by_kind["records"] <= BUDGET.records_limit() + 200_000
            assert 2 <= len(orders.records) < 30  # the oldest went, giving their boxes back
            BUDGET.limit = BUDGET.used  # full: new work waits
            busy = client.get(f"/palm-locker/locker/{hostile.LOCKER}", headers=PALM)
            assert busy.status_code == 503 and busy.headers["retry-after"] == "1"
            assert busy.json()["statusCode"] == 503 and "memory budget" in busy.json()["message"]  # Palm's envelope
    finally:
        BUDGET.limit = saved
