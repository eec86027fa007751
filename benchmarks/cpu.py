"""CPU per request of the mock and of the bench's bare Starlette endpoint, in process: no sockets, no load
generator, so a busy (shared) machine hardly moves the numbers — unlike ``make bench``'s requests/s.

Both apps get the bench's own requests (``benchmarks/mixes/``: palm-locker and pancake-pos taking turns,
creates capturing the ids the cancels and gets use: ``harness.Ids``) for ``--requests`` requests, and the
CPU time of this process (``time.process_time``) is divided by the count. Two layers:

* ``asgi``: the ASGI app alone, called with a scope as uvicorn builds it (the app's own cost);
* ``stack``: the raw HTTP bytes wrk sends fed to uvicorn's httptools protocol over a transport that only
  collects what is written (uvicorn's parsing, its request cycle and the app: all but the syscalls), on
  uvloop — what ``make bench`` runs, minus the kernel's share: the mock on its guarded protocol
  (partner_contracts/mock/guard.py, as ``partner-contracts mock`` serves), the bare endpoint on uvicorn's.
  16 connections (``CONNECTIONS``) are each fed a request, then one run of the loop answers them all, as
  a server's loop serves the sockets one ``epoll_wait`` found ready. (Fed one request per run of the loop,
  the loop's own turns were counted per request, and a change that answers without a task removed them:
  it looked far cheaper here than it was under wrk.)

``--profile`` adds a cProfile of the mock on the stack layer: the functions with the most own time and
the package's functions with the most cumulative time.

    python benchmarks/cpu.py                       # both layers, 20,000 requests each, best of 3
    python benchmarks/cpu.py --layer stack --profile
    make bench-cpu ARGS="--requests 5000"
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import json
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from partner_contracts.load.harness import Call, Ids, bare_app, mixes

HOST_HEADER = b"127.0.0.1:4010"
CONNECTIONS = 16  # the stack layer's connections, served a request each per turn of the loop


def rotation(calls: dict[str, list[Call]]) -> list[tuple[str, Call]]:
    """The two APIs' mixes taking turns (the bench runs them at once, half the connections each)."""
    apis = list(calls)
    longest = max(len(mix) for mix in calls.values())
    out = []
    for i in range(longest):
        for api in apis:
            mix = calls[api]
            if i < len(mix):
                out.append((api, mix[i]))
    return out


def per_api_ids(calls: dict[str, list[Call]]) -> dict[str, Ids]:
    """One ``Ids`` per API, as each API's wrk process keeps its own."""
    return {api: Ids(mix) for api, mix in calls.items()}


def asgi_runner(app: Any, calls: dict[str, list[Call]]) -> Callable[[int], Any]:
    plan = rotation(calls)
    ids = per_api_ids(calls)

    async def run(count: int) -> dict[int, int]:
        statuses: dict[int, int] = {}
        for n in range(count):
            api, call = plan[n % len(plan)]
            path, body_text = ids[api].fill(call)
            path, _, query = f"/{api}{path}".partition("?")
            body = (body_text or "").encode()
            headers = [(b"host", HOST_HEADER)]
            headers += [(k.lower().encode(), v.encode()) for k, v in call.headers.items()]
            if call.body is not None:
                headers.append((b"content-length", str(len(body)).encode()))
            scope = {
                "type": "http",
                "asgi": {"version": "3.0", "spec_version": "2.4"},
                "http_version": "1.1",
                "server": ("127.0.0.1", 4010),
                "client": ("127.0.0.1", 50000),
                "scheme": "http",
                "method": call.method,
                "root_path": "",
                "path": path,
                "raw_path": path.encode(),
                "query_string": query.encode(),
                "headers": headers,
                "state": {},
            }
            sent: list[dict[str, Any]] = []
            pending = [{"type": "http.request", "body": body, "more_body": False}]

            async def receive(pending: list[dict[str, Any]] = pending) -> dict[str, Any]:
                return pending.pop() if pending else {"type": "http.disconnect"}

            async def send(message: dict[str, Any], sent: list[dict[str, Any]] = sent) -> None:
                sent.append(message)

            await app(scope, receive, send)
            status = sent[0]["status"]
            statuses[status] = statuses.get(status, 0) + 1
            ids[api].answered(call, status, b"".join(m.get("body", b"") for m in sent[1:]))
        return statuses

    return run


# --- the stack layer: uvicorn's httptools protocol over a collecting transport ----------------------------


class Collecting(asyncio.Transport):
    """A transport that keeps what is written (the response) and nothing else."""

    def __init__(self) -> None:
        super().__init__()
        self.out: list[bytes] = []
        self.closed = False

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"sockname": ("127.0.0.1", 4010), "peername": ("127.0.0.1", 50000)}.get(name, default)

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.out.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        pass

    def get_write_buffer_size(self) -> int:
        return 0


def raw_request(api: str, call: Call, path: str, body: str | None) -> bytes:
    """The bytes wrk sends for ``call`` (``wrk.format``: request line, Host, the call's headers, length),
    its ids filled in (``path``, ``body``: ``Ids.fill``)."""
    raw = (body or "").encode()
    lines = [f"{call.method} /{api}{path} HTTP/1.1", f"Host: {HOST_HEADER.decode()}"]
    lines += [f"{k}: {v}" for k, v in call.headers.items()]
    if call.body is not None:
        lines.append(f"Content-Length: {len(raw)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + raw


def stack_runner(
    app: Any, calls: dict[str, list[Call]], guarded: bool = False, connections: int = CONNECTIONS
) -> Callable[[int], Any]:
    """``connections`` connections, each fed its next request in turn, then the loop run until every
    answer is out: one turn of the loop serves them all, as a server's loop serves the sockets one
    ``epoll_wait`` found ready (one connection would pay a turn of the loop per request)."""
    import uvicorn
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    from uvicorn.server import ServerState

    from partner_contracts.mock.guard import GuardedProtocol

    plan = rotation(calls)
    ids = per_api_ids(calls)
    config = uvicorn.Config(app, http="httptools", lifespan="off", log_level="warning", access_log=False)
    config.load()
    state = ServerState()
    protocol_class = GuardedProtocol if guarded else HttpToolsProtocol
    open_ = []
    for _ in range(connections):
        transport = Collecting()
        protocol = protocol_class(config, state, {}, _loop=asyncio.get_event_loop())
        protocol.connection_made(transport)
        open_.append((protocol, transport))
    sleep = asyncio.sleep

    async def run(count: int) -> dict[int, int]:
        statuses: dict[int, int] = {}
        for first in range(0, count, connections):
            batch = [plan[n % len(plan)] for n in range(first, min(count, first + connections))]
            for (protocol, transport), (api, call) in zip(open_, batch):
                transport.out.clear()
                protocol.data_received(raw_request(api, call, *ids[api].fill(call)))
            await sleep(0)  # the turn's end: the direct lane's answers are written (guard._Turn)
            while state.tasks:  # each request's cycle runs as a task: until every one has answered
                await sleep(0)
            for (_, transport), (api, call) in zip(open_, batch):
                answer = b"".join(transport.out)
                status = int(answer[9:12])
                statuses[status] = statuses.get(status, 0) + 1
                ids[api].answered(call, status, answer.partition(b"\r\n\r\n")[2])
        return statuses

    return run


# --- measuring --------------------------------------------------------------------------------------


def new_loop() -> asyncio.AbstractEventLoop:
    try:
        import uvloop

        return uvloop.new_event_loop()
    except ImportError:  # pragma: no cover
        return asyncio.new_event_loop()


class Lifespan:
    """The app's lifespan, as uvicorn runs it: ``start`` (the mock freezes what it built at start) and
    ``stop``; then a wait past the mock's settling (its start's garbage collected a second later), so
    that no round pays for it."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.messages = [{"type": "lifespan.shutdown"}, {"type": "lifespan.startup"}]
        self.sent: set[str] = set()
        self.turn = asyncio.Event()

    async def receive(self) -> dict[str, Any]:
        if len(self.messages) == 1:
            await self.turn.wait()
        return self.messages.pop()

    async def send(self, message: dict[str, Any]) -> None:
        self.sent.add(message["type"])

    async def start(self) -> None:
        self.task = asyncio.get_running_loop().create_task(
            self.app({"type": "lifespan", "asgi": {"version": "3.0"}}, self.receive, self.send)
        )
        while "lifespan.startup.complete" not in self.sent:
            await asyncio.sleep(0)
        from partner_contracts.mock.app import SETTLE_S

        await asyncio.sleep(SETTLE_S + 0.2)

    async def stop(self) -> None:
        self.turn.set()
        await self.task


def measure(
    name: str, factory: Callable[[], Any], layer: str, requests: int, rounds: int, profile: Path | None = None
) -> dict[str, Any]:
    """µs of CPU per request of the app ``factory`` builds, at ``layer``: the best of ``rounds``."""
    loop = new_loop()
    asyncio.set_event_loop(loop)
    try:
        app = factory()
        lifespan = Lifespan(app) if name == "mock" else None
        if lifespan is not None:
            loop.run_until_complete(lifespan.start())
        runner = (
            stack_runner(app, mixes(), guarded=name == "mock")
            if layer == "stack"
            else asgi_runner(app, mixes())
        )
        statuses = loop.run_until_complete(runner(max(200, requests // 10)))  # warm-up: caches, first routes
        runs = []
        for _ in range(rounds):
            gc.collect()
            began = time.process_time()
            statuses = loop.run_until_complete(runner(requests))
            runs.append((time.process_time() - began) / requests * 1e6)
        row = {
            "app": name,
            "layer": layer,
            "requests": requests,
            "cpu_us_per_request": round(min(runs), 1),
            "rounds_us": [round(r, 1) for r in runs],
            "statuses": dict(sorted(statuses.items())),
        }
        if profile is not None:
            profiler = cProfile.Profile()
            profiler.enable()
            loop.run_until_complete(runner(requests))
            profiler.disable()
            row["profile"] = profile_text(profiler, requests)
        if lifespan is not None:
            loop.run_until_complete(lifespan.stop())
        return row
    finally:
        loop.close()
        asyncio.set_event_loop(None)


def profile_text(profiler: cProfile.Profile, requests: int, top: int = 25) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    out.write("\n--- the package's functions by cumulative time ---\n")
    stats.sort_stats("cumulative").print_stats("partner_contracts", top)
    return f"cProfile over {requests} requests (times include the profiler's overhead)\n" + out.getvalue()


def cold_starts(times: int) -> dict[str, Any]:
    """``partner-contracts mock`` (every spec) from process start to its first 200, ``times`` times, as
    ``make bench`` times it (benchmarks/bench.py ``cold_start``), with the CPU the process used until then
    (user + system, from /proc): the part a busy machine does not inflate."""
    from partner_contracts.load.harness import (
        HOST,
        PALM_KEY,
        _cpu_seconds,
        cli_mock_command,
        free_port,
        spawn,
        stop,
        wait_until_up,
    )

    walls, cpus = [], []
    for _ in range(times):
        port = free_port()
        began = time.perf_counter()
        proc = spawn(cli_mock_command(port), None, "mock-cli")
        try:
            wait_until_up(f"http://{HOST}:{port}/palm-locker/locker?size=1", PALM_KEY, [proc], interval=0.002)
            walls.append(round(time.perf_counter() - began, 3))
            cpus.append(round(_cpu_seconds(proc.pid), 3))
        finally:
            stop([proc])
    return {"wall_s": walls, "worst_wall_s": max(walls), "cpu_s": cpus, "worst_cpu_s": max(cpus)}


def mock_app() -> Any:
    from partner_contracts.mock.app import create_app

    return create_app()  # what `make bench` serves: uvicorn --factory partner_contracts.mock.app:create_app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/cpu.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=20_000, help="requests per round (default 20000)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the best is kept (default 3)")
    parser.add_argument("--layer", choices=("asgi", "stack", "both"), default="both")
    parser.add_argument(
        "--profile", action="store_true", help="cProfile the mock (stack layer unless --layer asgi)"
    )
    parser.add_argument(
        "--cold-starts",
        type=int,
        default=0,
        metavar="N",
        help="also time N cold starts of `partner-contracts mock` (wall and CPU to the first answer)",
    )
    parser.add_argument("--out", type=Path, default=Path("build/bench/cpu.json"), help="JSON report")
    args = parser.parse_args(argv)
    layers = ["asgi", "stack"] if args.layer == "both" else [args.layer]
    rows: list[dict[str, Any]] = []
    report: dict[str, Any] = {"rows": rows}
    if args.cold_starts:
        report["cold_start"] = cold = cold_starts(args.cold_starts)
        print(
            f"cold start: wall {cold['wall_s']} s (worst {cold['worst_wall_s']}), CPU {cold['cpu_s']} s "
            f"(worst {cold['worst_cpu_s']})",
            flush=True,
        )
    for layer in layers if args.requests else []:
        for name, factory in (("bare", bare_app), ("mock", mock_app)):
            row = measure(name, factory, layer, args.requests, args.rounds)
            rows.append(row)
            print(
                f"{layer:5} {name:4}: {row['cpu_us_per_request']:7.1f} µs CPU per request "
                f"(rounds {row['rounds_us']}; statuses {row['statuses']})",
                flush=True,
            )
        bare, mock = rows[-2]["cpu_us_per_request"], rows[-1]["cpu_us_per_request"]
        print(f"{layer:5} mock/bare: {mock / bare:.2f}x", flush=True)
    if args.profile:
        layer = "asgi" if args.layer == "asgi" else "stack"
        found = measure("mock", mock_app, layer, args.requests, 1, profile=args.out.with_suffix(".prof.txt"))
        text = found.pop("profile")
        path = args.out.with_name("cpu-profile.txt")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"\n{text[:6000]}\nprofile: {path}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"JSON: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
