#!/usr/bin/env python3
"""make bench-client: the generated clients' overhead, on 127.0.0.1 only.

1. 1,000 sequential GETs through the generated client (auth, retries wrapper, typed decoding) against the
   mock, and the same GETs with raw httpx (``.json()``), for Palm and Pancake POS; prints the ratio
   client/raw (target ≤ 1.15). The two alternate request by request so load from elsewhere hits both
   alike; each side's time is its median request time x 1,000.
2. The import time of each client package next to ``import httpx`` alone (``-X importtime``, median of
   30 fresh interpreters, bytecode compiled as an installed wheel has it), and the CPU time the package
   itself takes (steady on a busy machine). ``--imports-only`` measures just that.
3. ``--in-process``: the same calls through an ``httpx.MockTransport`` answering the mock's own bodies (no
   server): CPU time per call, client vs raw httpx; steady on a busy machine.

The mock runs in its own process (``partner-contracts mock``) so it does not share the GIL with the
client. Writes build/bench/client.json.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def mock_server() -> Iterator[str]:
    port = _free_port()
    cli = BIN / "partner-contracts"
    cmd = [str(cli)] if cli.exists() else [sys.executable, "-m", "partner_contracts"]
    proc = subprocess.Popen([*cmd, "mock", "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"the mock did not start: {proc.stderr.read().decode() if proc.stderr else ''}")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _canned_transport() -> Any:
    """An ``httpx.MockTransport`` answering every URL with what the mock answers it, asked once in-process
    (no server, no sockets): what is left to time is the client's own work and httpx's."""
    import warnings

    import httpx

    warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette's TestClient on httpx, as in the tests
    from starlette.testclient import TestClient

    from partner_contracts.mock.app import create_app

    app = TestClient(create_app())
    answers: dict[str, httpx.Response] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        key = str(request.url)
        if key not in answers:
            got = app.request(request.method, request.url.raw_path.decode(), headers=dict(request.headers))
            answers[key] = httpx.Response(got.status_code, headers=got.headers.raw, content=got.content)
        canned = answers[key]
        return httpx.Response(canned.status_code, headers=canned.headers.raw, content=canned.content)

    return httpx.MockTransport(answer)


def _cases(url: str, transport: Any = None) -> dict[str, tuple[Callable[[], Any], Callable[[], Any], bool]]:
    """name -> (through the client, through raw httpx, gated by --max-ratio); both through ``transport``
    when given."""
    import httpx
    import palm_locker_client
    import pancake_pos_client
    from palm_locker_client.api.lockers import get_locker
    from pancake_pos_client.api.orders import list_orders
    from pancake_pos_client.api.shops import list_shops

    via: dict[str, Any] = {} if transport is None else {"transport": transport}
    palm = palm_locker_client.connect(api_key="test-api-key", base_url=f"{url}/palm-locker",
                                      httpx_args=None if transport is None else {"transport": transport})
    palm_raw = httpx.Client(base_url=f"{url}/palm-locker", headers={"x-api-key": "test-api-key"}, timeout=30.0,
                            **via)
    locker_id = "4b20b55e-b0e2-48d1-b269-82cdc2039288"
    pos = pancake_pos_client.connect(api_key="test-api-key", base_url=f"{url}/pancake-pos",
                                     httpx_args=None if transport is None else {"transport": transport})
    pos_raw = httpx.Client(base_url=f"{url}/pancake-pos", params={"api_key": "test-api-key"}, timeout=30.0, **via)

    def raw(client: httpx.Client, path: str, params: dict[str, Any] | None = None) -> Callable[[], Any]:
        def call() -> Any:
            response = client.get(path, params=params)
            response.raise_for_status()
            return response.json()
        return call

    return {
        "palm-locker GET /locker/{id}": (
            lambda: get_locker.sync(locker_id, client=palm),
            raw(palm_raw, f"/locker/{locker_id}"),
            True,
        ),
        "pancake-pos GET /shops": (
            lambda: list_shops.sync(client=pos),
            raw(pos_raw, "/shops"),
            True,
        ),
        # Informational: one 6 KB order of ~240 fields decoded into typed models (the decoding is the cost).
        "pancake-pos GET /shops/20/orders?page_size=1": (
            lambda: list_orders.sync(20, client=pos, page_size=1),
            raw(pos_raw, "/shops/20/orders", {"page_size": 1}),
            False,
        ),
    }


def in_process(rounds: int = 7, calls: int = 200) -> dict[str, dict[str, float]]:
    """The same calls through a canned ``httpx.MockTransport`` (the mock's own answers): CPU time per call,
    client vs raw httpx, the best of ``rounds`` (the two sides alternate). Steady on a busy machine, and
    without the mock's time per request the ratio shows the client's whole cost."""
    found: dict[str, dict[str, float]] = {}
    for name, (through_client, through_httpx, _) in _cases("http://mock.test", _canned_transport()).items():
        for _ in range(50):
            through_client()
            through_httpx()
        best_client = best_raw = float("inf")
        for _ in range(rounds):
            started = time.process_time()
            for _ in range(calls):
                through_client()
            middle = time.process_time()
            for _ in range(calls):
                through_httpx()
            best_client = min(best_client, (middle - started) / calls)
            best_raw = min(best_raw, (time.process_time() - middle) / calls)
        found[name] = {"client_us": round(best_client * 1e6, 1), "httpx_us": round(best_raw * 1e6, 1),
                       "extra_us": round((best_client - best_raw) * 1e6, 1), "ratio": round(best_client / best_raw, 3)}
    return found


def measure(requests: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with mock_server() as url:
        for name, (through_client, through_httpx, gated) in _cases(url).items():
            for _ in range(50):  # warm up both (connections, caches, lazy imports)
                through_client()
                through_httpx()
            # The two sides alternate request by request, so load from elsewhere hits both alike; each
            # side's total is its median request time x the count (a spike on one request does not count).
            client_times: list[float] = []
            raw_times: list[float] = []
            clock = time.perf_counter
            for n in range(requests):
                pair = ((through_client, client_times), (through_httpx, raw_times))
                for call, times in (pair if n % 2 else pair[::-1]):
                    started = clock()
                    call()
                    times.append(clock() - started)
            client_total = statistics.median(client_times) * requests
            raw_total = statistics.median(raw_times) * requests
            results[name] = {
                "requests": requests,
                "client_sum_s": round(sum(client_times), 4),
                "httpx_sum_s": round(sum(raw_times), 4),
                "client_s": round(client_total, 4),
                "httpx_s": round(raw_total, 4),
                "ratio": round(client_total / raw_total, 3),
                "gated": gated,
            }
    return results


IMPORT_MODULES = ("palm_locker_client", "pancake_pos_client", "sirclo_order_client", "ahamove_client",
                  "anymaster_client")
# CPU time of ``import <pkg>`` after ``import httpx`` in the same fresh interpreter: what the package itself
# costs, steady on a busy machine (wall time counts the time other processes hold the CPU).
_CPU_IMPORT = ("import httpx, time; started = time.thread_time_ns(); import {module}; "
               "print(time.thread_time_ns() - started)")


def _importtime(module: str, env: dict[str, str]) -> dict[str, float]:
    """``python -X importtime -c 'import <module>'``: cumulative milliseconds per module imported."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                         capture_output=True, text=True, check=True, env=env)
    cumulative = {}
    for line in out.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            cumulative[parts[2].strip()] = int(parts[1]) / 1000
    return cumulative


def import_times(runs: int) -> dict[str, dict[str, float]]:
    """Per package, over ``runs`` fresh interpreters each (alternating, so load from elsewhere hits all alike):

    - ``total_ms``: median ``-X importtime`` cumulative time of ``import <pkg>``;
    - ``httpx_alone_ms``: median of ``import httpx`` on its own; ``over_httpx_ms`` = total - httpx alone
      (the yardstick of issue 22: what importing the client adds to importing httpx);
    - ``own_ms``: median of (package cumulative - httpx cumulative) within the same run (steadier);
    - ``own_cpu_ms``: median CPU time of ``import <pkg>`` after ``import httpx`` (steadiest under load).

    Bytecode is written and used as an installed wheel would have it (``PYTHONDONTWRITEBYTECODE`` is
    dropped for these runs, and one unmeasured import per package compiles it first)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for module in IMPORT_MODULES:
        _importtime(module, env)
    httpx_alone: list[float] = []
    totals: dict[str, list[float]] = {m: [] for m in IMPORT_MODULES}
    owns: dict[str, list[float]] = {m: [] for m in IMPORT_MODULES}
    cpus: dict[str, list[float]] = {m: [] for m in IMPORT_MODULES}
    for _ in range(runs):
        httpx_alone.append(_importtime("httpx", env)["httpx"])
        for module in IMPORT_MODULES:
            cumulative = _importtime(module, env)
            totals[module].append(cumulative[module])
            owns[module].append(cumulative[module] - cumulative.get("httpx", 0.0))
            out = subprocess.run([sys.executable, "-c", _CPU_IMPORT.format(module=module)], capture_output=True,
                                 text=True, check=True, env=env)
            cpus[module].append(int(out.stdout.strip()) / 1e6)
    alone = statistics.median(httpx_alone)
    found: dict[str, dict[str, float]] = {}
    for module in IMPORT_MODULES:
        total = statistics.median(totals[module])
        found[module] = {"total_ms": round(total, 2), "httpx_alone_ms": round(alone, 2),
                         "over_httpx_ms": round(total - alone, 2), "own_ms": round(statistics.median(owns[module]), 2),
                         "own_cpu_ms": round(statistics.median(cpus[module]), 2)}
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench_client.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1000, help="GETs per side and case (default 1000)")
    parser.add_argument("--import-runs", type=int, default=30,
                        help="fresh interpreters per package and measure (default 30)")
    parser.add_argument("--imports-only", action="store_true", help="measure the import times only")
    parser.add_argument("--in-process", action="store_true",
                        help="measure the calls' CPU time through a canned MockTransport only (no server)")
    parser.add_argument("--max-ratio", type=float, default=1.15, help="fail above this client/httpx ratio")
    parser.add_argument("--max-import-ms", type=float, default=2.0,
                        help="fail if a package's own import (CPU time over import httpx) takes longer (default 2.0)")
    args = parser.parse_args(argv)

    if args.in_process:
        print("CPU time per call through a canned httpx.MockTransport (the mock's answers), best of 7 x 200:")
        for name, cpu in in_process().items():
            print(f"  {name:48} client {cpu['client_us']:7.1f} µs   httpx {cpu['httpx_us']:7.1f} µs   "
                  f"+{cpu['extra_us']:6.1f} µs   ratio {cpu['ratio']:.3f}")
        return 0
    results: dict[str, Any] = {}
    if not args.imports_only:
        print(f"{args.requests} sequential GETs per side against the mock (its own process), client vs raw httpx:")
        results = measure(args.requests)
    failed = False
    for name, row in results.items():
        over = row["ratio"] > args.max_ratio
        verdict = ("OVER " if over else "ok ≤ ") + str(args.max_ratio) if row["gated"] else "(informational)"
        failed |= over and row["gated"]
        print(f"  {name:48} client {row['client_s']:7.3f} s   httpx {row['httpx_s']:7.3f} s   "  # medians x n
              f"ratio {row['ratio']:.3f}  {verdict}")
    print(f"import time (python -X importtime, bytecode compiled; median of {args.import_runs} fresh interpreters):")
    imports = import_times(args.import_runs)
    for module, row in imports.items():
        print(f"  import {module:22} {row['total_ms']:7.2f} ms = import httpx alone {row['httpx_alone_ms']:7.2f} ms "
              f"{row['over_httpx_ms']:+6.2f} ms;  the package over httpx in the same run {row['own_ms']:5.2f} ms, "
              f"CPU {row['own_cpu_ms']:5.2f} ms")
    for module, row in imports.items():
        if row["own_cpu_ms"] > args.max_import_ms:
            failed = True
            print(f"  {module} over {args.max_import_ms} ms of its own")
    out = ROOT / "build" / "bench" / "client.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"gets": results, "import_ms": imports}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
