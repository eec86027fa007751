"""``make bench``: our mock against Stoplight Prism and a bare Starlette endpoint, on loopback only.

Every server gets the same load: a fixed rotation of palm-locker and pancake-pos requests (list, get,
create with a valid body, update, invalid bodies and missing credentials) at 1, 16 and 64 connections.

* Load generator: ``wrk`` (C, one event loop; a generated Lua script rotates the mix, captures the ids
  of created orders for the cancels, and counts statuses) when it is on PATH, otherwise a Python
  asyncio + httpx generator in its own process (its numbers are bounded by its own CPU: a warning says so).
* CPU: on a machine with two or more cores every server is pinned to CPU 0 and the generator to CPU 1, so
  the generator never competes with the server. Prism serves one spec per process: its two processes
  (palm-locker, pancake-pos) share CPU 0, the same one core our single mock process has.
* Connections: a run of C connections is two generators, one per API, with C/2 each, started together
  (C = 1: the two APIs one after the other, half the duration each). Requests/s = requests / seconds;
  p50/p99 come from merging the two generators' latency quantiles.
* Errors: a 5xx or a socket error (connect, read, write, timeout). 4xx are expected: about a third of
  the mix is invalid on purpose; each server's answers to one pass of the mix are checked against the
  statuses the spec documents before it is measured. Our mock is reset to its seed state before each run.
* Columns beside requests/s: the CPU the server, the generator and everything else on the machine used
  (other work disturbs the numbers: a note says so), and requests per second of server CPU, which is
  what one dedicated core would serve and holds up better than requests/s on a busy machine.
* Rounds (default 3): the whole plan runs again, so the servers take turns; each row of the table is its
  server's best round at that concurrency, as ``timeit`` keeps the fastest run (a slower round was slowed
  by the machine — another tenant, a busy hypervisor — not by the server). Every round is in the JSON.

Also measured: cold start of ``partner-contracts mock`` (all specs; process start to the first 200) and
the mock's RSS while it serves ``--memory-requests`` requests of the same mix (creates fill the capped
order store), and, with ``--profile``, where the mock spends its time (py-spy, top functions).
"""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import platform
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # every server and every request stays on loopback
BUILD = ROOT / "build" / "bench"
PRISM_DIR = BUILD / "prism"
PRISM_PACKAGE = "@stoplight/prism-cli@5"
SPECS = {key: ROOT / "generated" / f"{key}-client" / "openapi.json" for key in ("palm-locker", "pancake-pos")}
SETTINGS = {"asyncio+h11": ("asyncio", "h11"), "uvloop+httptools": ("uvloop", "httptools")}
QUANTILES = 999  # latency quantiles each generator reports: 0.1 %, 0.2 %, ... 99.9 %
TIMEOUT_S = 10
COLD_START_TARGET_S = 1.5

PALM_KEY = {"x-api-key": "test-api-key"}
PANCAKE_KEY = "api_key=test-api-key"
FREE_LOCKER = "4b20b55e-b0e2-48d1-b269-82cdc2039288"  # seeded, with free boxes of every size
UNKNOWN_ORDER = "00000000-0000-4000-8000-000000000000"  # a cancel with no created id left uses this
SHOP = 4  # any integer shop id is accepted
JSON_HEADERS = {"content-type": "application/json"}


# --- the request mix ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One request of a mix. ``path`` is relative to the API's base (``/palm-locker`` on our mock)."""

    name: str
    kind: str  # list | get | create | update | invalid
    method: str
    path: str
    expect: int  # the status the spec documents for this request
    headers: dict[str, str] = field(default_factory=dict)
    body: str | None = None
    captures_id: bool = False  # a create: remember the id it answers
    uses_id: bool = False  # ``{id}`` in the body is replaced by a remembered id (oldest first)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def palm_mix() -> list[Call]:
    order = {"lockerId": FREE_LOCKER, "size": "s", "receiverPhone": "0912345678", "receiverName": "Bench"}
    auth_json = {**PALM_KEY, **JSON_HEADERS}
    return [
        Call("listLockers", "list", "GET", "/locker?size=10", 200, dict(PALM_KEY)),
        Call("getLocker", "get", "GET", f"/locker/{FREE_LOCKER}", 200, dict(PALM_KEY)),
        Call("createOrder", "create", "POST", "/order", 200, auth_json, _json(order), captures_id=True),
        Call("listOrders", "list", "GET", "/order?size=20", 200, dict(PALM_KEY)),
        Call("cancelOrder", "update", "PUT", "/order/cancel", 200, auth_json, '{"orderId":"{id}"}', uses_id=True),
        Call("createOrder (lockerId: 5)", "invalid", "POST", "/order", 422, auth_json, '{"lockerId":5,"size":"xl"}'),
        Call("listLockers (no key)", "invalid", "GET", "/locker?size=10", 401),
    ]


def _example(spec: dict[str, Any], path: str, method: str, name: str, status: str | None = None) -> Any:
    operation = spec["paths"][path][method]
    holder = operation["responses"][status] if status else operation["requestBody"]
    example = holder["content"]["application/json"]["examples"][name]
    if "$ref" in example:
        example = spec["components"]["examples"][example["$ref"].rsplit("/", 1)[1]]
    return example["value"]


def pancake_mix() -> list[Call]:
    spec = json.loads(SPECS["pancake-pos"].read_text(encoding="utf-8"))
    order = _example(spec, "/shops/{shop_id}/orders", "post", "createOrder")
    known = _example(spec, "/shops/{shop_id}/orders/{order_id}", "get", "order", "200")["id"]  # a seeded order
    orders = f"/shops/{SHOP}/orders"
    return [
        Call("listShops", "list", "GET", f"/shops?{PANCAKE_KEY}", 200),
        Call("listOrders", "list", "GET", f"{orders}?{PANCAKE_KEY}&page_size=20", 200),
        Call("getOrder", "get", "GET", f"{orders}/{known}?{PANCAKE_KEY}", 200),
        Call("createOrder", "create", "POST", f"{orders}?{PANCAKE_KEY}", 200, dict(JSON_HEADERS), _json(order)),
        Call("listProvinces (no country_code)", "invalid", "GET", f"/geo/provinces?{PANCAKE_KEY}", 422),
        Call("createOrder (items: text)", "invalid", "POST", f"{orders}?{PANCAKE_KEY}", 422, dict(JSON_HEADERS),
             _json({**order, "items": "none"})),
        Call("listShops (no api_key)", "invalid", "GET", "/shops", 401),
    ]


def mixes() -> dict[str, list[Call]]:
    return {"palm-locker": palm_mix(), "pancake-pos": pancake_mix()}


# --- percentiles ------------------------------------------------------------------------------------


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile (``p`` in 0..100) of already sorted values; 0.0 for no values."""
    if not sorted_values:
        return 0.0
    rank = max(1, -(-len(sorted_values) * p // 100))  # ceil(n * p / 100), at least the first
    return sorted_values[int(min(rank, len(sorted_values))) - 1]


def quantiles(sorted_values: list[float], points: int = QUANTILES) -> list[float]:
    """The values at 1/(points+1), 2/(points+1), ... of the distribution (what wrk's Lua reports)."""
    return [percentile(sorted_values, 100 * i / (points + 1)) for i in range(1, points + 1)]


def merged_percentile(sketches: list[tuple[int, list[float]]], p: float) -> float:
    """The ``p`` percentile of several runs, each given as (request count, its evenly spaced quantiles).

    Each quantile stands for count/len(quantiles) requests, so the result is exact to within one
    quantile step (0.1 % of the distribution) of the runs merged.
    """
    weighted = sorted((value, count / len(points)) for count, points in sketches if count and points
                      for value in points)
    if not weighted:
        return 0.0
    total = sum(w for _, w in weighted)
    wanted, seen = total * p / 100, 0.0
    for value, weight in weighted:
        seen += weight
        if seen >= wanted - 1e-9:
            return value
    return weighted[-1][0]


# --- one stream of load: wrk or the Python generator --------------------------------------------------


@dataclass
class Stream:
    """One generator process: ``connections`` connections rotating through one API's mix."""

    api: str
    base: str  # http://127.0.0.1:PORT/prefix
    calls: list[Call]
    connections: int


def _lua_string(text: str) -> str:
    out = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        out.append(char if 32 <= byte < 127 and char not in '"\\' else f"\\{byte:03d}")
    return '"' + "".join(out) + '"'


def _lua_table(headers: dict[str, str]) -> str:
    return "{" + ", ".join(f"[{_lua_string(k)}] = {_lua_string(v)}" for k, v in headers.items()) + "}"


def wrk_script(stream: Stream, out_path: Path) -> str:
    """The Lua for one wrk process: rotate the calls, remember created ids, count statuses, dump results."""
    prefix = re.sub(r"^https?://[^/]+", "", stream.base)
    rows = []
    for call in stream.calls:
        body = _lua_string(call.body) if call.body is not None else "nil"
        rows.append(f"  {{method = {_lua_string(call.method)}, path = {_lua_string(prefix + call.path)}, "
                    f"headers = {_lua_table(call.headers)}, body = {body}, "
                    f"uses = {str(call.uses_id).lower()}}},")
    return f"""-- generated by partner_contracts/bench.py: {stream.api} at {stream.base}
local calls = {{
{chr(10).join(rows)}
}}
local unknown = {_lua_string(UNKNOWN_ORDER)}
local formatted, created, head, tail, n = {{}}, {{}}, 1, 1, 0
local threads = {{}}
counts = {{}}

function setup(thread) table.insert(threads, thread) end

function init(args)
  for i, c in ipairs(calls) do
    if not c.uses then formatted[i] = wrk.format(c.method, c.path, c.headers, c.body) end
  end
end

function request()
  n = n % #calls + 1
  local c = calls[n]
  if c.uses then
    local id = unknown
    if head < tail then id = created[head]; created[head] = nil; head = head + 1 end
    return wrk.format(c.method, c.path, c.headers, (string.gsub(c.body, "{{id}}", id)))
  end
  return formatted[n]
end

function response(status, headers, body)
  local key = tostring(status)
  counts[key] = (counts[key] or 0) + 1
  if status == 200 and string.sub(body, 1, 9) == '{{"data":{{' and string.find(body, '"orderStatus":"init"', 1, true) then
    local id = string.match(body, '"id":"([^"]+)"')
    if id then created[tail] = id; tail = tail + 1 end
  end
end

function done(summary, latency, requests)
  local statuses = {{}}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("counts") or {{}}) do statuses[#statuses + 1] = string.format('"%s":%d', k, v) end
  end
  local q = {{}}
  if summary.requests > 0 then
    for i = 1, {QUANTILES} do q[i] = string.format("%.0f", latency:percentile(100 * i / {QUANTILES + 1})) end
  end
  local e, ok = summary.errors, summary.requests > 0
  local f = assert(io.open({_lua_string(str(out_path))}, "w"))
  f:write(string.format('{{"requests":%.0f,"duration_us":%.0f,"errors":{{"connect":%.0f,"read":%.0f,' ..
    '"write":%.0f,"timeout":%.0f}},"statuses":{{%s}},"latency_us":{{"min":%.0f,"max":%.0f,"mean":%.1f,' ..
    '"quantiles":[%s]}}}}', summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout,
    table.concat(statuses, ","), ok and latency.min or 0, ok and latency.max or 0, ok and latency.mean or 0,
    table.concat(q, ",")))
  f:close()
end
"""


def _popen(command: list[str], cpu: int | None, **kwargs: Any) -> subprocess.Popen[Any]:
    """Start ``command`` pinned to ``cpu`` (every thread it starts inherits the pinning)."""
    pin = (lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None
    return subprocess.Popen(command, preexec_fn=pin, cwd=ROOT, **kwargs)  # noqa: PLW1509 (no threads here)


def _wrk_version() -> str | None:
    if not shutil.which("wrk"):
        return None
    found = subprocess.run(["wrk", "--version"], capture_output=True, text=True, check=False)
    match = re.search(r"wrk (\S+)", found.stdout + found.stderr)
    return f"wrk {match.group(1)}" if match else "wrk"


def _start_wrk(stream: Stream, duration: float, workdir: Path, cpu: int | None) -> tuple[subprocess.Popen[str], Path]:
    out = workdir / f"{stream.api}-{stream.connections}-{time.monotonic_ns()}.json"
    script = out.with_suffix(".lua")
    script.write_text(wrk_script(stream, out), encoding="utf-8")
    seconds = max(1, round(duration))  # wrk takes whole seconds
    command = ["wrk", "-t1", f"-c{stream.connections}", f"-d{seconds}s", f"--timeout={TIMEOUT_S}s",
               "-s", str(script), stream.base + "/"]
    proc = _popen(command, cpu, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return proc, out


def _start_python(stream: Stream, duration: float, workdir: Path, cpu: int | None) -> tuple[subprocess.Popen[str], Path]:
    out = workdir / f"{stream.api}-{stream.connections}-{time.monotonic_ns()}.json"
    config = {"stream": {**asdict(stream), "calls": [asdict(c) for c in stream.calls]}, "duration": duration,
              "out": str(out)}
    command = [sys.executable, "-m", "partner_contracts.bench", "generate", json.dumps(config)]
    proc = _popen(command, cpu, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return proc, out


def run_streams(streams: list[Stream], duration: float, generator: str, cpu: int | None) -> list[dict[str, Any]]:
    """Run the streams together for ``duration`` seconds; one result dict per stream (see ``wrk_script``)."""
    start = _start_wrk if generator == "wrk" else _start_python
    with tempfile.TemporaryDirectory(prefix="bench-", dir=BUILD) as tmp:
        started = [start(stream, duration, Path(tmp), cpu) for stream in streams]
        results = []
        for (proc, out), stream in zip(started, streams):
            output, _ = proc.communicate(timeout=duration + 60)
            if proc.returncode != 0 or not out.is_file():
                raise RuntimeError(f"{generator} failed for {stream.api} ({proc.returncode}):\n{output[-2000:]}")
            results.append({"api": stream.api, "connections": stream.connections,
                            **json.loads(out.read_text(encoding="utf-8"))})
        return results


# The Python generator (``python -m partner_contracts.bench generate CONFIG``): asyncio + httpx.


async def _generate(stream: Stream, duration: float) -> dict[str, Any]:
    import httpx

    limits = httpx.Limits(max_connections=stream.connections, max_keepalive_connections=stream.connections)
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    created: deque[str] = deque()
    turn = iter(range(1 << 62))

    async def worker(client: httpx.AsyncClient, deadline: float) -> None:
        while time.perf_counter() < deadline:
            call = stream.calls[next(turn) % len(stream.calls)]
            body = call.body.replace("{id}", created.popleft() if created else UNKNOWN_ORDER) \
                if call.uses_id and call.body else call.body
            began = time.perf_counter()
            try:
                response = await client.request(call.method, stream.base + call.path, headers=call.headers,
                                                content=body)
            except httpx.TimeoutException:
                errors["timeout"] += 1
                continue
            except httpx.TransportError:
                errors["connect" if time.perf_counter() - began < 0.001 else "read"] += 1
                continue
            latencies.append((time.perf_counter() - began) * 1e6)
            statuses[str(response.status_code)] += 1
            if call.captures_id and response.status_code == 200:
                data = response.json().get("data")
                if isinstance(data, dict) and data.get("orderStatus") == "init" and data.get("id"):
                    created.append(str(data["id"]))

    async with httpx.AsyncClient(limits=limits, timeout=TIMEOUT_S) as client:
        began = time.perf_counter()
        deadline = began + duration
        await asyncio.gather(*(worker(client, deadline) for _ in range(stream.connections)))
        elapsed = time.perf_counter() - began
    latencies.sort()
    return {"requests": len(latencies), "duration_us": round(elapsed * 1e6),
            "errors": {k: errors.get(k, 0) for k in ("connect", "read", "write", "timeout")},
            "statuses": dict(statuses),
            "latency_us": {"min": latencies[0] if latencies else 0, "max": latencies[-1] if latencies else 0,
                           "mean": sum(latencies) / len(latencies) if latencies else 0,
                           "quantiles": quantiles(latencies) if latencies else []}}


def _generator_main(config_text: str) -> int:
    config = json.loads(config_text)
    raw = config["stream"]
    stream = Stream(raw["api"], raw["base"], [Call(**c) for c in raw["calls"]], raw["connections"])
    result = asyncio.run(_generate(stream, float(config["duration"])))
    Path(config["out"]).write_text(json.dumps(result), encoding="utf-8")
    return 0


# --- servers ----------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    key: str  # mock-uvloop+httptools, bare-asyncio+h11, prism
    label: str
    kind: str  # mock | bare | prism
    setting: str | None
    bases: dict[str, str]  # API key -> base URL
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def cpu_seconds(self) -> float:
        return sum(_cpu_seconds(p.pid) for p in self.procs)

    def rss_kib(self) -> int:
        return sum(_status_kib(p.pid, "VmRSS") for p in self.procs)


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _status_kib(pid: int, name: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    return 0


def bare_app() -> Any:
    """The ceiling: a Starlette app whose every path answers a constant small JSON document."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def answer(request: Request) -> JSONResponse:
        return JSONResponse({"ok": True})

    return Starlette(routes=[Route("/{rest:path}", answer, methods=["GET", "POST", "PUT", "DELETE", "PATCH"])])


REDIS_STATE_ENV = "PARTNER_BENCH_STATE"
REDIS_WORKERS = 2


def redis_mock_app() -> Any:
    """The mock with its state in the Redis that ``serving("redis", …)`` started (one per worker)."""
    from partner_contracts.mock.app import create_app

    return create_app(state=os.environ[REDIS_STATE_ENV])


def _uvicorn(factory: str, port: int, setting: str) -> list[str]:
    loop, http = SETTINGS[setting]
    return [sys.executable, "-m", "uvicorn", "--factory", factory, "--host", HOST, "--port", str(port),
            "--loop", loop, "--http", http, "--log-level", "warning", "--no-access-log"]


def _get(url: str, headers: dict[str, str] | None = None, timeout: float = 2.0) -> tuple[int, bytes]:
    match = re.match(r"http://([^:/]+):(\d+)(.*)", url)
    assert match, url
    conn = http.client.HTTPConnection(match.group(1), int(match.group(2)), timeout=timeout)
    try:
        conn.request("GET", match.group(3) or "/", headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def reset_state(server: Server) -> None:
    """Our mock back to its seed state (``POST /_mock/reset``), so every run starts from the same stores."""
    if server.kind not in ("mock", "redis"):
        return
    match = re.match(r"http://([^:/]+):(\d+)", server.bases["palm-locker"])
    assert match
    conn = http.client.HTTPConnection(match.group(1), int(match.group(2)), timeout=TIMEOUT_S)
    try:
        conn.request("POST", "/_mock/reset")
        conn.getresponse().read()
    finally:
        conn.close()


def wait_until_up(url: str, headers: dict[str, str], procs: list[subprocess.Popen[bytes]], timeout: float = 60,
                  interval: float = 0.005) -> float:
    """Poll ``url`` until it answers 200; the seconds it took. Fails if a process exits first."""
    began = time.perf_counter()
    while time.perf_counter() - began < timeout:
        for proc in procs:
            if proc.poll() is not None:
                raise RuntimeError(f"{proc.args!r} exited with {proc.returncode} before answering:\n{log_tail(proc)}")
        try:
            if _get(url, headers, timeout=1)[0] == 200:
                return time.perf_counter() - began
        except OSError:
            pass
        time.sleep(interval)
    raise RuntimeError(f"nothing answered 200 at {url} within {timeout}s")


_LOGS: dict[int, Path] = {}  # server pid -> the file its stderr goes to


def _spawn(command: list[str], cpu: int | None, name: str) -> subprocess.Popen[bytes]:
    """Start a server; its stderr goes to build/bench/logs/<name>.log (a pipe nobody reads could stall it)."""
    log = BUILD / "logs" / f"{name}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as sink:
        proc: subprocess.Popen[bytes] = _popen(command, cpu, stdout=subprocess.DEVNULL, stderr=sink)
    _LOGS[proc.pid] = log
    return proc


def log_tail(proc: subprocess.Popen[bytes], chars: int = 2000) -> str:
    log = _LOGS.get(proc.pid)
    return log.read_text(encoding="utf-8", errors="replace")[-chars:] if log and log.is_file() else ""


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def serving(kind: str, setting: str | None, cpu: int | None, prism: Path | None = None) -> Iterator[Server]:
    """Start one server (our mock, the bare endpoint, or Prism's two processes), yield it, stop it."""
    if kind == "prism":
        assert prism is not None
        ports = {key: free_port() for key in SPECS}
        procs = [_spawn([str(prism), "mock", str(SPECS[key]), "-h", HOST, "-p", str(port), "-v", "silent"], cpu,
                        f"prism-{key}") for key, port in ports.items()]
        server = Server("prism", "Prism 5 (2 processes)", kind, None,
                        {key: f"http://{HOST}:{port}" for key, port in ports.items()}, procs)
    elif kind == "redis":  # the mock with its state in Redis, REDIS_WORKERS workers (not pinned: they share both CPUs)
        redis_port, port = free_port(), free_port()
        procs = [_spawn(["redis-server", "--port", str(redis_port), "--bind", HOST, "--save", "", "--appendonly", "no"],
                        None, "redis-server")]
        os.environ[REDIS_STATE_ENV] = f"redis://{HOST}:{redis_port}/0"
        procs.append(_spawn([*_uvicorn("partner_contracts.bench:redis_mock_app", port, setting or "asyncio+h11"),
                             "--workers", str(REDIS_WORKERS)], None, f"redis-{setting}"))
        server = Server(f"redis-{setting}", f"mock, Redis, {REDIS_WORKERS} workers ({setting})", kind, setting,
                        {key: f"http://{HOST}:{port}/{key}" for key in SPECS}, procs)
    else:
        port = free_port()
        factory = "partner_contracts.mock.app:create_app" if kind == "mock" else "partner_contracts.bench:bare_app"
        procs = [_spawn(_uvicorn(factory, port, setting or "asyncio+h11"), cpu, f"{kind}-{setting}")]
        label = f"{'mock' if kind == 'mock' else 'bare Starlette'} ({setting})"
        server = Server(f"{kind}-{setting}", label, kind, setting,
                        {key: f"http://{HOST}:{port}/{key}" for key in SPECS}, procs)
    try:
        wait_until_up(server.bases["palm-locker"] + "/locker?size=1", PALM_KEY, procs)
        wait_until_up(server.bases["pancake-pos"] + f"/shops?{PANCAKE_KEY}", {}, procs)
        yield server
    finally:
        stop(procs)


def install_prism(log: Callable[[str], None]) -> tuple[Path | None, str]:
    """Prism's CLI under build/bench/prism (npm install on first use): (its path, version) or (None, why not)."""
    binary = PRISM_DIR / "node_modules" / ".bin" / "prism"
    if not binary.is_file():
        npm = shutil.which("npm")
        if not npm:
            return None, "npm is not installed (Debian: apt-get install npm)"
        log(f"installing {PRISM_PACKAGE} into {PRISM_DIR.relative_to(ROOT)} ...")
        PRISM_DIR.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(PRISM_DIR), PRISM_PACKAGE],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0 or not binary.is_file():
            return None, f"npm install {PRISM_PACKAGE} failed: {(done.stderr or done.stdout).strip()[-500:]}"
    version = subprocess.run([str(binary), "--version"], capture_output=True, text=True, check=False).stdout.strip()
    if not version.startswith("5."):
        return None, f"{binary} is Prism {version or '?'}, not 5.x (remove {PRISM_DIR} to reinstall)"
    return binary, version


# --- measuring --------------------------------------------------------------------------------------


def check_mix(server: Server, calls: dict[str, list[Call]]) -> dict[str, Any]:
    """One pass of each mix, in order: each request's status and body size, and statuses unlike the documented one."""
    seen: dict[str, dict[str, int]] = {}
    sizes: dict[str, dict[str, int]] = {}
    unexpected = []
    for api, mix in calls.items():
        match = re.match(r"http://([^:/]+):(\d+)(.*)", server.bases[api])
        assert match
        created = UNKNOWN_ORDER
        seen[api], sizes[api] = {}, {}
        for call in mix:
            conn = http.client.HTTPConnection(match.group(1), int(match.group(2)), timeout=TIMEOUT_S)
            body = call.body.replace("{id}", created) if call.uses_id and call.body else call.body
            conn.request(call.method, match.group(3) + call.path, body=body.encode() if body else None,
                         headers=call.headers)
            response = conn.getresponse()
            payload = response.read()
            conn.close()
            if call.captures_id and response.status == 200:
                created = str((json.loads(payload).get("data") or {}).get("id") or UNKNOWN_ORDER)
            seen[api][call.name] = response.status
            sizes[api][call.name] = len(payload)
            if response.status != call.expect:
                unexpected.append(f"{api} {call.name}: {response.status} (documented: {call.expect})")
    return {"statuses": seen, "body_bytes": sizes, "unexpected": unexpected}


def streams_for(server: Server, calls: dict[str, list[Call]], connections: int) -> list[list[Stream]]:
    """The phases of one run: both APIs at once with half the connections each, or one after the other."""
    apis = list(calls)
    if connections < len(apis):
        return [[Stream(api, server.bases[api], calls[api], connections)] for api in apis]
    share = [connections // len(apis) + (i < connections % len(apis)) for i in range(len(apis))]
    return [[Stream(api, server.bases[api], calls[api], n) for api, n in zip(apis, share)]]


def measure(server: Server, calls: dict[str, list[Call]], connections: int, duration: float, generator: str,
            cpu: int | None) -> dict[str, Any]:
    """Drive ``server`` with the mix at ``connections`` for ``duration`` seconds; the row of the table."""
    phases = streams_for(server, calls, connections)
    results: list[dict[str, Any]] = []
    cpu_before, gen_before, busy_before = server.cpu_seconds(), _children_cpu(), machine_busy_seconds()
    seconds = 0.0
    for phase in phases:
        found = run_streams(phase, duration / len(phases), generator, cpu)
        seconds += max(r["duration_us"] for r in found) / 1e6
        results.extend(found)
    server_cpu, generator_cpu = server.cpu_seconds() - cpu_before, _children_cpu() - gen_before
    other_cpu = max(0.0, machine_busy_seconds() - busy_before - server_cpu - generator_cpu)
    return summarize(server, connections, results, seconds, server_cpu, generator_cpu, other_cpu)


def best_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per (server, connections), the row with the most requests/s, in first-seen order."""
    best: dict[tuple[str, int], dict[str, Any]] = {}
    for row in rows:
        key = (row["server"], row["connections"])
        if key not in best or row["rps"] > best[key]["rps"]:
            best[key] = row
    return list(best.values())


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def machine_busy_seconds() -> float:
    """CPU seconds all processes ran since boot (/proc/stat user + nice + system): other work shows in it.

    Interrupt and softirq time (the loopback network stack working for our own traffic) is left out.
    """
    try:
        ticks = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:4]]
    except OSError:
        return 0.0
    return sum(ticks) / os.sysconf("SC_CLK_TCK")


def summarize(server: Server, connections: int, results: list[dict[str, Any]], seconds: float,
              server_cpu: float = 0.0, generator_cpu: float = 0.0, other_cpu: float = 0.0) -> dict[str, Any]:
    statuses: Counter[str] = Counter()
    socket_errors: Counter[str] = Counter()
    for r in results:
        statuses.update({k: int(v) for k, v in r["statuses"].items()})
        socket_errors.update({k: int(v) for k, v in r["errors"].items()})
    requests = sum(int(r["requests"]) for r in results)
    sketches = [(int(r["requests"]), [float(q) for q in r["latency_us"]["quantiles"]]) for r in results]
    by_class = Counter(f"{k[0]}xx" for k in statuses.elements())
    return {
        "server": server.key, "label": server.label, "connections": connections,
        "requests": requests, "seconds": round(seconds, 3),
        "rps": round(requests / seconds, 1) if seconds else 0.0,
        "p50_ms": round(merged_percentile(sketches, 50) / 1000, 3),
        "p99_ms": round(merged_percentile(sketches, 99) / 1000, 3),
        "max_ms": round(max((float(r["latency_us"]["max"]) for r in results), default=0) / 1000, 3),
        "statuses": dict(sorted(statuses.items())), "by_class": dict(sorted(by_class.items())),
        "socket_errors": dict(socket_errors),
        "errors": by_class.get("5xx", 0) + sum(socket_errors.values()),
        "server_cpu_pct": round(100 * server_cpu / seconds, 1) if seconds else 0.0,
        # requests per second of server CPU: what one dedicated core would serve; robust to other load
        "req_per_cpu_s": round(requests / server_cpu, 1) if server_cpu else 0.0,
        "generator_cpu_pct": round(100 * generator_cpu / seconds, 1) if seconds else 0.0,
        "other_cpu_pct": round(100 * other_cpu / seconds, 1) if seconds else 0.0,  # the rest of the machine
        "per_api": {r["api"]: {"requests": int(r["requests"]), "connections": r["connections"]} for r in results},
    }


def cold_start(times: int, keep_last: bool = False) -> tuple[dict[str, Any], subprocess.Popen[bytes] | None, int]:
    """``partner-contracts mock`` (every spec) from process start to its first 200, ``times`` times.

    Not pinned: a person starting the mock has the whole machine (and nothing else runs meanwhile).
    """
    seconds = []
    proc: subprocess.Popen[bytes] | None = None
    port = 0
    for i in range(times):
        port = free_port()
        began = time.perf_counter()
        proc = _spawn([sys.executable, "-m", "partner_contracts", "mock", "--port", str(port)], None, "mock-cli")
        url = f"http://{HOST}:{port}/palm-locker/locker?size=1"
        wait_until_up(url, PALM_KEY, [proc], interval=0.002)
        seconds.append(round(time.perf_counter() - began, 3))
        if not (keep_last and i == times - 1):
            stop([proc])
            proc = None
    return ({"runs_s": seconds, "median_s": sorted(seconds)[len(seconds) // 2], "worst_s": max(seconds),
             "target_s": COLD_START_TARGET_S, "command": "python -m partner_contracts mock (all specs)"}, proc, port)


def memory_soak(proc: subprocess.Popen[bytes], port: int, calls: dict[str, list[Call]], target: int,
                generator: str, cpu: int | None, connections: int = 16,
                log: Callable[[str], None] = print) -> dict[str, Any]:
    """Serve ``target`` requests of the mix in chunks; RSS and the palm-locker order count after each.
    Serving goes on (up to twice ``target``) until a quarter of ``target`` was served after the order
    store reached its cap, so the growth once capped is measured, not assumed."""
    server = Server("mock-cli", "mock (partner-contracts mock)", "mock", None,
                    {key: f"http://{HOST}:{port}/{key}" for key in SPECS}, [proc])
    samples = [{"requests": 0, "rss_mib": round(server.rss_kib() / 1024, 1), "orders": _order_count(server)}]
    served, rate, limit = 0, 2000.0, order_limit()
    capped_at: int | None = None
    while served < target or (served < 2 * target and (capped_at is None or served - capped_at < target // 4)):
        goal = target if served < target else (capped_at or served) + target // 4
        chunk = min(10.0, max(0.5, (goal - served) / rate + 0.2))
        row = measure(server, calls, connections, chunk, generator, cpu)
        served += row["requests"]
        rate = max(row["rps"], 100.0)
        samples.append({"requests": served, "rss_mib": round(server.rss_kib() / 1024, 1),
                        "orders": _order_count(server), "errors": row["errors"], "rps": row["rps"],
                        "p99_ms": row["p99_ms"]})
        log(f"  memory: {served:>7} requests  RSS {samples[-1]['rss_mib']:.1f} MiB  palm-locker orders "
            f"{samples[-1]['orders']}  ({row['rps']:.0f} req/s, p99 {row['p99_ms']:.1f} ms)")
        if capped_at is None and samples[-1]["orders"] >= limit:
            capped_at = served
    capped = [s for s in samples if s["orders"] >= limit]
    growth = (samples[-1]["rss_mib"] - capped[0]["rss_mib"]) if capped else None
    return {
        "requests": served, "samples": samples, "rss_mib": samples[-1]["rss_mib"],
        "peak_rss_mib": round(_status_kib(proc.pid, "VmHWM") / 1024, 1),
        "orders": samples[-1]["orders"], "order_limit": limit,
        "rss_growth_since_cap_mib": round(growth, 1) if growth is not None else None,
        "requests_since_cap": served - capped[0]["requests"] if capped else 0,
        "errors": sum(int(s.get("errors", 0)) for s in samples),
    }


def order_limit() -> int:
    """The palm-locker order store's cap (specs/palm-locker/behaviour.yaml, else the mock's default)."""
    from .mock.behaviour import DEFAULT_LIMIT
    from .specs import load_yaml

    conf = load_yaml(ROOT / "specs" / "palm-locker" / "behaviour.yaml") or {}
    return int(((conf.get("collections") or {}).get("orders") or {}).get("limit", DEFAULT_LIMIT))


def _order_count(server: Server) -> int:
    status, body = _get(server.bases["palm-locker"] + "/order?size=1", PALM_KEY)
    return int(json.loads(body).get("totalOrders", -1)) if status == 200 else -1


def profile(server: Server, calls: dict[str, list[Call]], connections: int, duration: float, generator: str,
            cpu: int | None, out: Path) -> dict[str, Any]:
    """py-spy on the mock under load: the functions with the most samples (self and inclusive)."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(spy).is_file():
        return {"skipped": "py-spy is not installed (pip install '.[bench]')"}
    raw = out.with_suffix(".folded")
    proc = _popen([spy, "record", "-p", str(server.procs[0].pid), "-d", str(max(1, int(duration))),
                   "-r", "250", "-f", "raw", "-o", str(raw)], cpu, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(0.5)
    measure(server, calls, connections, duration, generator, cpu)
    proc.wait(timeout=duration + 30)
    if not raw.is_file():
        return {"skipped": f"py-spy wrote nothing: {proc.stderr.read().decode()[-300:] if proc.stderr else ''}"}
    summary = fold_summary(raw.read_text(encoding="utf-8"))
    out.write_text(format_profile(summary), encoding="utf-8")
    return {"folded": str(raw.relative_to(ROOT)), "summary": str(out.relative_to(ROOT)), **summary}


def call_costs(server: Server, calls: dict[str, list[Call]], generator: str, cpu: int | None,
               seconds: float = 2.0, connections: int = 8, log: Callable[[str], None] = print) -> list[dict[str, Any]]:
    """Each request of the mix alone (a create with its cancel): requests/s and server CPU per request."""
    rows = []
    for api, mix in calls.items():
        paired = any(c.uses_id for c in mix)  # a create that a cancel undoes runs with its cancel
        groups = [[c] for c in mix if not (paired and (c.uses_id or c.captures_id))]
        if paired:
            groups.append([c for c in mix if c.uses_id or c.captures_id])
        for group in groups:
            row = measure(server, {api: group}, connections, seconds, generator, cpu)
            cpu_us = row["server_cpu_pct"] / 100 * row["seconds"] / row["requests"] * 1e6 if row["requests"] else 0
            name = " + ".join(c.name for c in group)
            rows.append({"api": api, "call": name, "rps": row["rps"], "p50_ms": row["p50_ms"],
                         "server_cpu_us_per_request": round(cpu_us), "statuses": row["statuses"]})
            log(f"  {server.key} {api} {name}: {row['rps']:.0f} req/s, {cpu_us:.0f} µs server CPU per request")
    return rows


def fold_summary(folded: str, top: int = 25) -> dict[str, Any]:
    """Self and inclusive share of samples per function, from py-spy's raw (folded) output."""
    total, own, inclusive = 0, Counter[str](), Counter[str]()  # inclusive: our own functions only
    for line in folded.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = [re.sub(r":\d+\)$", ")", f) for f in stack.split(";")]  # one row per function, not per line
        total += int(count)
        own[frames[-1]] += int(count)
        for frame in set(frames):
            if "partner_contracts/" in frame:
                inclusive[frame] += int(count)

    def share(counter: Counter[str]) -> list[list[Any]]:
        return [[name, round(100 * n / total, 1)] for name, n in counter.most_common(top)] if total else []

    return {"samples": total, "self_pct": share(own), "inclusive_pct": share(inclusive)}


def format_profile(summary: dict[str, Any]) -> str:
    lines = [f"{summary['samples']} samples", "", "self %  function"]
    lines += [f"{pct:6.1f}  {name}" for name, pct in summary["self_pct"]]
    lines += ["", "incl %  function (ours)"] + [f"{pct:6.1f}  {name}" for name, pct in summary["inclusive_pct"]]
    return "\n".join(lines) + "\n"


# --- targets and the report -------------------------------------------------------------------------


def _row(rows: list[dict[str, Any]], server: str, connections: int) -> dict[str, Any] | None:
    return next((r for r in rows if r["server"] == server and r["connections"] == connections), None)


def ratios(rows: list[dict[str, Any]], settings: list[str], concurrency: list[int]) -> list[dict[str, Any]]:
    out = []
    for setting in settings:
        for c in concurrency:
            mock, bare, prism = (_row(rows, k, c) for k in (f"mock-{setting}", f"bare-{setting}", "prism"))
            redis = _row(rows, f"redis-{setting}", c)
            if not mock:
                continue
            out.append({
                "setting": setting, "connections": c,
                "redis_over_prism_rps": _ratio(redis, prism, "rps"),
                "redis_over_mock_rps": _ratio(redis, mock, "rps"),
                "mock_over_prism_rps": round(mock["rps"] / prism["rps"], 2) if prism and prism["rps"] else None,
                "mock_over_prism_p99": round(mock["p99_ms"] / prism["p99_ms"], 2) if prism and prism["p99_ms"] else None,
                "bare_over_mock_rps": round(bare["rps"] / mock["rps"], 2) if bare and mock["rps"] else None,
                "mock_over_prism_per_cpu": _ratio(mock, prism, "req_per_cpu_s"),
                "bare_over_mock_per_cpu": _ratio(bare, mock, "req_per_cpu_s"),
            })
    return out


def _ratio(a: dict[str, Any] | None, b: dict[str, Any] | None, key: str) -> float | None:
    return round(a[key] / b[key], 2) if a and b and b[key] else None


def targets(ratio_rows: list[dict[str, Any]], cold: dict[str, Any] | None, memory: dict[str, Any] | None,
            settings: list[str]) -> list[dict[str, Any]]:
    """Each target with met (True/False, or None when not measured) and the numbers it was judged on."""
    out: list[dict[str, Any]] = []
    for setting in settings:
        mine = [r for r in ratio_rows if r["setting"] == setting]
        loaded = [r for r in mine if r["connections"] >= 16]

        out.append(_judged(">= 3x Prism's requests/s at 16 and 64 connections", setting, loaded,
                           "mock_over_prism_rps", lambda v: v >= 3))
        out.append(_judged("p99 below Prism's (every concurrency)", setting, mine, "mock_over_prism_p99",
                           lambda v: v < 1))
        out.append(_judged("within 2x of the bare endpoint's requests/s (every concurrency)", setting, mine,
                           "bare_over_mock_rps", lambda v: v <= 2))
        out.append(_judged(f"Redis store, {REDIS_WORKERS} workers: >= 1.5x Prism's requests/s at 16 and 64 "
                           "connections", setting, loaded, "redis_over_prism_rps", lambda v: v >= 1.5))
    if cold:
        out.append({"target": f"cold start < {COLD_START_TARGET_S} s (worst run)", "setting": "cli",
                    "met": cold["worst_s"] < COLD_START_TARGET_S, "values": cold["runs_s"]})
    if memory:
        growth = memory["rss_growth_since_cap_mib"]
        met = None if growth is None or memory["requests_since_cap"] <= 0 else (
            memory["orders"] <= memory["order_limit"] and growth <= 0.05 * memory["rss_mib"] + 2)
        out.append({"target": "bounded memory (orders capped; RSS flat, within 5 % + 2 MiB, once capped)",
                    "setting": "cli", "met": met,
                    "values": {"orders": memory["orders"], "rss_mib": memory["rss_mib"], "growth_since_cap_mib": growth,
                               "requests_since_cap": memory["requests_since_cap"]}})
    return out


def _judged(name: str, setting: str, rows: list[dict[str, Any]], key: str,
            ok: Callable[[float], bool]) -> dict[str, Any]:
    values = {r["connections"]: r[key] for r in rows if r[key] is not None}
    met = all(ok(v) for v in values.values()) if values else None
    return {"target": name, "setting": setting, "met": met, "values": values}


def format_report(report: dict[str, Any]) -> str:
    rows = report["runs"]
    lines = [(f"{'server':30} {'conns':>5} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'2xx':>7} {'4xx':>7} "
              f"{'errors':>6} {'server':>6} {'gen':>5} {'other':>5} {'req per':>8}"),
             (f"{'':30} {'':>5} {'':>7} {'':>7} {'':>7} {'':>7} {'':>7} {'':>6} {'cpu':>6} {'cpu':>5} {'cpu':>5} "
              f"{'CPU-s':>8}")]
    for r in rows:
        c = r["by_class"]
        lines.append(f"{r['label']:30} {r['connections']:>5} {r['rps']:>7.0f} {r['p50_ms']:>7.2f} {r['p99_ms']:>7.2f} "
                     f"{c.get('2xx', 0):>7} {c.get('4xx', 0):>7} {r['errors']:>6} {r['server_cpu_pct']:>5.0f}% "
                     f"{r['generator_cpu_pct']:>4.0f}% {r['other_cpu_pct']:>4.0f}% {r['req_per_cpu_s']:>8.0f}")
    if report["ratios"]:
        lines += ["", (f"{'setting':18} {'conns':>5} {'mock/Prism req/s':>17} {'mock/Prism p99':>15} "
                       f"{'bare/mock req/s':>16} {'per CPU-s: mock/Prism':>22} {'bare/mock':>10} "
                       f"{'Redis/Prism req/s':>18} {'Redis/memory':>13}")]
        for r in report["ratios"]:
            def fmt(v: float | None) -> str:
                return "-" if v is None else f"{v:.2f}x"
            lines.append(f"{r['setting']:18} {r['connections']:>5} {fmt(r['mock_over_prism_rps']):>17} "
                         f"{fmt(r['mock_over_prism_p99']):>15} {fmt(r['bare_over_mock_rps']):>16} "
                         f"{fmt(r['mock_over_prism_per_cpu']):>22} {fmt(r['bare_over_mock_per_cpu']):>10} "
                         f"{fmt(r.get('redis_over_prism_rps')):>18} {fmt(r.get('redis_over_mock_rps')):>13}")
    if report.get("cold_start"):
        cold = report["cold_start"]
        lines += ["", f"cold start (partner-contracts mock, all specs): {', '.join(f'{s:.2f}' for s in cold['runs_s'])} s"]
    if report.get("memory"):
        m = report["memory"]
        lines.append(f"memory after {m['requests']} requests: RSS {m['rss_mib']} MiB (peak {m['peak_rss_mib']}), "
                     f"{m['orders']} orders stored (limit {m['order_limit']}), "
                     f"growth since the cap was reached {m['rss_growth_since_cap_mib']} MiB")
    for key, found in (report.get("profiles") or {}).items():
        lines += ["", f"{key}: each request alone at 8 connections (the palm-locker create with its cancel)",
                  f"  {'API':12} {'request':36} {'req/s':>7} {'p50 ms':>7} {'server CPU µs/req':>18}"]
        for r in found.get("per_call", []):
            lines.append(f"  {r['api']:12} {r['call'][:36]:36} {r['rps']:>7.0f} {r['p50_ms']:>7.2f} "
                         f"{r['server_cpu_us_per_request']:>18}")
        if found.get("summary"):
            lines.append(f"  py-spy at 16 connections: {found['summary']} (top: "
                         + ", ".join(f"{n} {pct}%" for n, pct in found["self_pct"][:3]) + ")")
    lines += ["", "targets:"]
    for t in report["targets"]:
        mark = {True: "met    ", False: "MISSED ", None: "n/a    "}[t["met"]]
        lines.append(f"  {mark} [{t['setting']}] {t['target']}: {t['values']}")
    for note in report["notes"]:
        lines.append(f"note: {note}")
    return "\n".join(lines)


# --- the whole benchmark ----------------------------------------------------------------------------


@dataclass
class Options:
    duration: float = 10.0
    warmup: float = 2.0
    concurrency: list[int] = field(default_factory=lambda: [1, 16, 64])
    settings: list[str] = field(default_factory=lambda: list(SETTINGS))
    prism: bool = True
    redis: bool = True  # the mock with --state redis:// and REDIS_WORKERS workers too (needs redis-server)
    generator: str = "auto"  # auto | wrk | python
    memory_requests: int = 100_000
    cold_starts: int = 3
    profile: bool = False
    rounds: int = 3  # the plan runs this many times, servers alternating; each row keeps its best round
    out: Path = BUILD / "bench.json"


def run(options: Options, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Run the benchmark, write ``options.out`` (JSON) and return the report."""
    BUILD.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []
    load_at_start = os.getloadavg()[0]
    if load_at_start > 0.5:
        log(f"warning: load average {load_at_start:.2f}: other work on this machine will disturb the numbers")
    wrk = _wrk_version()
    generator = options.generator if options.generator != "auto" else ("wrk" if wrk else "python")
    if generator == "wrk" and not wrk:
        raise SystemExit("--generator wrk: wrk is not on PATH (Debian: apt-get install wrk)")
    if generator == "python":
        notes.append("load generator: Python asyncio+httpx (wrk not used): its own CPU bounds the numbers; "
                     "install wrk (apt-get install wrk) for honest ones")
    pinned = (os.cpu_count() or 1) >= 2 and hasattr(os, "sched_setaffinity")
    server_cpu, gen_cpu = (0, 1) if pinned else (None, None)
    notes.append("servers pinned to CPU 0, load generator to CPU 1" if pinned
                 else "one CPU: server and load generator share it (not pinned)")
    settings = [s for s in options.settings if _setting_available(s, notes)]
    calls = mixes()

    prism_bin, prism_version = None, ""
    if options.prism:
        prism_bin, prism_version = install_prism(log)
        if prism_bin is None:
            notes.append(f"Prism skipped: {prism_version}")
            log(f"Prism skipped: {prism_version}")
    else:
        notes.append("Prism skipped (--no-prism)")

    kinds = ["mock", "bare"]
    if options.redis and shutil.which("redis-server"):
        kinds.insert(1, "redis")
        notes.append(f"the Redis-store mock runs {REDIS_WORKERS} uvicorn workers, not pinned (server CPU counts "
                     "the supervisor only)")
    elif options.redis:
        notes.append("Redis store skipped: redis-server is not installed (apt-get install redis-server)")
    plan: list[tuple[str, str | None]] = [(k, s) for s in settings for k in kinds]
    if prism_bin:
        plan.append(("prism", None))
    all_rows: list[dict[str, Any]] = []
    checks: dict[str, Any] = {}
    profiles: dict[str, Any] = {}
    rounds = max(1, options.rounds)
    for round_no, (kind, setting) in ((r, step) for r in range(1, rounds + 1) for step in plan):
        with serving(kind, setting, server_cpu, prism_bin) as server:
            log(f"{server.label}: up" + (f" (round {round_no} of {rounds})" if rounds > 1 else ""))
            if kind != "bare" and round_no == 1:
                checks[server.key] = check_mix(server, calls)
                for problem in checks[server.key]["unexpected"]:
                    log(f"  mix check: {problem}")
            if options.warmup:
                measure(server, calls, 16, options.warmup, generator, gen_cpu)
            for c in options.concurrency:
                reset_state(server)
                row = measure(server, calls, c, options.duration, generator, gen_cpu)
                row["round"] = round_no
                all_rows.append(row)
                log(f"  {c:>3} connections: {row['rps']:>8.0f} req/s  p50 {row['p50_ms']:.2f} ms  "
                    f"p99 {row['p99_ms']:.2f} ms  errors {row['errors']}  server cpu {row['server_cpu_pct']:.0f}%")
                died = [p for p in server.procs if p.poll() is not None]
                if died:
                    row["server_died"] = [f"{p.args!r} exited {p.returncode}: {log_tail(p, 600)}" for p in died]
                    notes.append(f"{server.label} died during the run at {c} connections: {row['server_died']}")
                    log(f"  {server.label} died: {row['server_died']}")
                    break
            if options.profile and round_no == 1 and kind != "bare" and all(p.poll() is None for p in server.procs):
                reset_state(server)
                profiles[server.key] = {"per_call": call_costs(server, calls, generator, gen_cpu, log=log)}
                if kind == "mock":
                    reset_state(server)
                    profiles[server.key].update(profile(server, calls, 16, options.duration, generator, gen_cpu,
                                                        BUILD / f"profile-{server.key}.txt"))

    cold, memory = None, None
    if options.cold_starts:
        cold, proc, port = cold_start(options.cold_starts, keep_last=bool(options.memory_requests))
        log(f"cold start: {cold['runs_s']} s")
        if proc is not None:
            if server_cpu is not None:
                os.sched_setaffinity(proc.pid, {server_cpu})  # its (only) serving thread, away from the generator
            try:
                memory = memory_soak(proc, port, calls, options.memory_requests, generator, gen_cpu, log=log)
            finally:
                stop([proc])
        notes.append("cold start and memory: `python -m partner_contracts mock` with uvicorn's default "
                     f"(auto) loop/http, here {_auto_setting()}")

    rows = best_rows(all_rows)
    if rounds > 1:
        notes.append(f"{rounds} rounds, the servers taking turns; each row is its server's best round at that "
                     "concurrency (as timeit keeps the fastest run: the others were slowed by the machine, "
                     "not by the server); every round is in all_runs")
    busy = [f"{r['label']} at {r['connections']}" for r in rows if r["other_cpu_pct"] > 10]
    if busy:
        notes.append(f"other processes used more than 10 % of a CPU during {len(busy)} run(s) ({'; '.join(busy)}): "
                     "those numbers are disturbed; rerun on an idle machine")
    ratio_rows = ratios(rows, settings, options.concurrency)
    report = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "pinned": pinned, "loadavg_at_start": load_at_start},
        "generator": wrk if generator == "wrk" else "python asyncio+httpx",
        "prism": prism_version if prism_bin else None,
        "options": {**asdict(options), "out": str(options.out)},
        "mix": {api: [{"name": c.name, "kind": c.kind, "method": c.method, "path": c.path, "expect": c.expect}
                      for c in mix] for api, mix in calls.items()},
        "mix_check": checks, "runs": rows, "all_runs": all_rows, "ratios": ratio_rows, "cold_start": cold,
        "memory": memory,
        "profiles": profiles, "notes": notes,
    }
    report["targets"] = targets(ratio_rows, cold, memory, settings)
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return report


def _setting_available(setting: str, notes: list[str]) -> bool:
    import importlib.util

    missing = [m for m in SETTINGS[setting] if m not in ("asyncio", "h11") and importlib.util.find_spec(m) is None]
    if missing:
        notes.append(f"{setting} skipped: {', '.join(missing)} not installed (dependencies: pip install -e .)")
    return not missing


def _auto_setting() -> str:
    import importlib.util

    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    http_impl = "httptools" if importlib.util.find_spec("httptools") else "h11"
    return f"{loop}+{http_impl}"


if __name__ == "__main__":  # the Python load generator's process: python -m partner_contracts.bench generate CONFIG
    if len(sys.argv) == 3 and sys.argv[1] == "generate":
        sys.exit(_generator_main(sys.argv[2]))
    sys.exit("usage: python -m partner_contracts.bench generate CONFIG_JSON (use scripts/bench.py)")
