"""Load on the mock, shared by ``partner-contracts stress`` and the benchmark (``benchmarks/bench.py``).

The request mixes (palm-locker and pancake-pos: lists, gets, creates, cancels and invalid requests, each
with the status the spec documents for it), the load generators (``wrk`` with a generated Lua script, else
a Python asyncio + httpx process: ``python -m partner_contracts.load.harness generate CONFIG``), the servers under
test (our mock on the memory or the Redis store, a bare Starlette endpoint, Prism) and ``measure``, which
runs one load and summarises it (requests/s, merged latency quantiles, statuses, CPU). Public functions:
``mixes``, ``serving``, ``measure``, ``check_mix``; the method is described in ``benchmarks/bench.py``.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import os
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

from partner_contracts.spec.api import load_yaml, select
from partner_contracts.spec.deref import follow, resolve_pointer

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"  # every server and every request stays on loopback
BUILD = ROOT / "build" / "bench"
MIXES = ROOT / "benchmarks" / "mixes"  # the requests of the load, one file per API
PRISM_DIR = BUILD / "prism"
PRISM_PACKAGE = "@stoplight/prism-cli@5"
SPECS = {key: ROOT / "generated" / f"{key}-client" / "openapi.json" for key in ("palm-locker", "pancake-pos")}
SETTINGS = {"asyncio+h11": ("asyncio", "h11"), "uvloop+httptools": ("uvloop", "httptools")}
QUANTILES = 999  # latency quantiles each generator reports: 0.1 %, 0.2 %, ... 99.9 %
TIMEOUT_S = 10
COLD_START_TARGET_S = 0.6

PALM_KEY = {"x-api-key": "test-api-key"}
PANCAKE_KEY = "api_key=test-api-key"
UNKNOWN_ORDER = "00000000-0000-4000-8000-000000000000"  # a cancel with no created id left uses this
JSON_HEADERS = {"content-type": "application/json"}

# How the load knows a create's answer and the id it remembers. wrk's ``response()`` is not told which
# request it answers, so the rule reads the answer alone: a 200 whose body opens with the create's
# ``created_opens`` (and holds its ``created_holds``, if any; both from the mix file); the id is the first
# ``"id":`` value, quoted or not (the order's own: it comes before any nested one). wrk's Lua
# (``wrk_script``) and ``Ids`` (the Python generator, ``check_mix``, benchmarks/cpu.py) apply this rule.
CREATED_ID = r'"id":"?([A-Za-z0-9-]+)'  # the same in Lua's pattern syntax: '"id":"?([%w%-]+)'
_CREATED_ID = re.compile(CREATED_ID.encode())


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
    captures_id: bool = False  # a create: remember the id it answers (by the rule below)
    uses_id: bool = False  # ``{id}`` in the body is replaced by a remembered id, oldest first, used up (a cancel)
    peeks_id: bool = False  # ``{id}`` in the path is the newest remembered id (a get), else ``id_default``
    id_default: str = UNKNOWN_ORDER
    created_opens: str = ""  # a captures_id create's answer opens with this ...
    created_holds: str = ""  # ... and holds this (the rule wrk's Lua can apply: see CREATED_ID)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _example_value(doc: dict[str, Any], pointer: str) -> Any:
    """A spec example's value (following the example's own $ref) at ``pointer`` into the bundled spec."""
    node = follow(doc, resolve_pointer(doc, pointer))[0]
    return node["value"] if isinstance(node, dict) and "value" in node else node


def _filled(value: Any, variables: dict[str, str]) -> Any:
    """``value`` with each ``{name}`` of ``variables`` replaced in its texts (``{id}`` stays for the generator)."""
    if isinstance(value, str):
        for name, text in variables.items():
            value = value.replace("{" + name + "}", text)
        return value
    if isinstance(value, dict):
        return {k: _filled(v, variables) for k, v in value.items()}
    if isinstance(value, list):
        return [_filled(v, variables) for v in value]
    return value


def load_mix(key: str, folder: Path = MIXES) -> list[Call]:
    """One API's mix, from ``benchmarks/mixes/<key>.yaml`` (examples from the spec bundled from specs/)."""
    conf = load_yaml(folder / f"{key}.yaml")
    doc: dict[str, Any] | None = None

    def spec() -> dict[str, Any]:
        nonlocal doc
        if doc is None:
            (api,) = select([key])
            doc = api.bundled.document
        return doc

    variables: dict[str, str] = {}
    for name, value in (conf.get("vars") or {}).items():
        if isinstance(value, dict):
            found = _example_value(spec(), value["example"])
            value = found[value["field"]] if "field" in value else found
        variables[name] = str(value)
    calls = []
    for entry in conf["calls"]:
        headers = {str(k): str(v) for k, v in (entry.get("headers") or {}).items()}
        body = entry.get("body")
        if "json" in entry:
            wanted = entry["json"]
            if isinstance(wanted, dict) and "example" in wanted:
                wanted = {**_example_value(spec(), wanted["example"]), **(wanted.get("merge") or {})}
            body = _json(_filled(wanted, variables))
        if body is not None:
            headers.update(JSON_HEADERS)
        captures = entry.get("captures_id") or {}
        calls.append(Call(str(entry["name"]), entry["kind"], entry["method"], _filled(entry["path"], variables),
                          int(entry["expect"]), headers, _filled(body, variables) if body is not None else None,
                          bool(captures), bool(entry.get("uses_id")), bool(entry.get("peeks_id")),
                          _filled(str(entry.get("id_default", UNKNOWN_ORDER)), variables),
                          str(captures.get("opens", "")), str(captures.get("holds", ""))))
    return calls


def created_id(create: Call, status: int, body: bytes) -> str | None:
    """The id ``create`` (a captures_id call) answered, by its rule (see CREATED_ID), or None when ``body``
    is not such an answer (wrk's Lua reads every answer by the rule: so may a caller)."""
    if status != 200 or not create.created_opens or not body.startswith(create.created_opens.encode()) \
            or create.created_holds.encode() not in body:
        return None
    found = _CREATED_ID.search(body)
    return found.group(1).decode() if found else None


class Ids:
    """The ids one stream of a mix remembers, as wrk's Lua does: each create's, oldest first for the calls
    that use one up (``uses_id``: a cancel; kept only when the mix has such a call) and the newest for those
    that read one (``peeks_id``: a get of a record the stream made, which the capped store keeps)."""

    def __init__(self, calls: list[Call]) -> None:
        self.queue: deque[str] = deque()
        self.newest: str | None = None
        self.used_up = any(c.uses_id for c in calls)

    def fill(self, call: Call) -> tuple[str, str | None]:
        """The call's path and body with its ids in."""
        path, body = call.path, call.body
        if call.peeks_id:
            path = path.replace("{id}", self.newest or call.id_default)
        if call.uses_id and body is not None:
            body = body.replace("{id}", self.queue.popleft() if self.queue else UNKNOWN_ORDER)
        return path, body

    def answered(self, call: Call, status: int, body: bytes) -> None:
        if call.captures_id and (found := created_id(call, status, body)):
            self.newest = found
            if self.used_up:
                self.queue.append(found)


def mixes() -> dict[str, list[Call]]:
    """The load mix of each API: ``benchmarks/mixes/<key>.yaml`` (palm-locker and pancake-pos)."""
    return {key: load_mix(key) for key in SPECS}


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
                    f"uses = {str(call.uses_id).lower()}, peeks = {str(call.peeks_id).lower()}, "
                    f"default = {_lua_string(call.id_default)}}},")
    creates = {(c.created_opens, c.created_holds) for c in stream.calls if c.captures_id}
    if len(creates) > 1:
        raise ValueError(f"{stream.api}: the creates of one mix share one rule for their answers (wrk's "
                         f"response() cannot tell them apart): {sorted(creates)}")
    opens, holds = next(iter(creates), ("", ""))
    used_up = any(c.uses_id for c in stream.calls)
    return f"""-- generated by partner_contracts/load/harness.py: {stream.api} at {stream.base}
local calls = {{
{chr(10).join(rows)}
}}
local unknown = {_lua_string(UNKNOWN_ORDER)}
local opens, holds, used_up = {_lua_string(opens)}, {_lua_string(holds)}, {str(used_up).lower()}
local formatted, created, head, tail, n, newest = {{}}, {{}}, 1, 1, 0, nil
local threads = {{}}
counts = {{}}

function setup(thread) table.insert(threads, thread) end

function init(args)
  for i, c in ipairs(calls) do
    if not c.uses and not c.peeks then formatted[i] = wrk.format(c.method, c.path, c.headers, c.body) end
  end
end

function request()
  n = n % #calls + 1
  local c = calls[n]
  if c.peeks then
    return wrk.format(c.method, (string.gsub(c.path, "{{id}}", newest or c.default)), c.headers, c.body)
  end
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
  if status == 200 and opens ~= "" and string.sub(body, 1, #opens) == opens
      and string.find(body, holds, 1, true) then
    local id = string.match(body, '"id":"?([%w%-]+)')
    if id then
      newest = id
      if used_up then created[tail] = id; tail = tail + 1 end
    end
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


def popen(command: list[str], cpu: int | None, **kwargs: Any) -> subprocess.Popen[Any]:
    """Start ``command`` pinned to ``cpu`` (every thread it starts inherits the pinning)."""
    pin = (lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None
    return subprocess.Popen(command, preexec_fn=pin, cwd=ROOT, **kwargs)  # noqa: PLW1509 (no threads here)


def wrk_version() -> str | None:
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
    proc = popen(command, cpu, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return proc, out


def _start_python(stream: Stream, duration: float, workdir: Path, cpu: int | None) -> tuple[subprocess.Popen[str], Path]:
    out = workdir / f"{stream.api}-{stream.connections}-{time.monotonic_ns()}.json"
    config = {"stream": {**asdict(stream), "calls": [asdict(c) for c in stream.calls]}, "duration": duration,
              "out": str(out)}
    command = [sys.executable, "-m", "partner_contracts.load.harness", "generate", json.dumps(config)]
    proc = popen(command, cpu, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
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


# The Python generator (``python -m partner_contracts.load.harness generate CONFIG``): asyncio + httpx.


async def _generate(stream: Stream, duration: float) -> dict[str, Any]:
    import httpx

    limits = httpx.Limits(max_connections=stream.connections, max_keepalive_connections=stream.connections)
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    ids = Ids(stream.calls)
    turn = iter(range(1 << 62))

    async def worker(client: httpx.AsyncClient, deadline: float) -> None:
        while time.perf_counter() < deadline:
            call = stream.calls[next(turn) % len(stream.calls)]
            path, body = ids.fill(call)
            began = time.perf_counter()
            try:
                response = await client.request(call.method, stream.base + path, headers=call.headers,
                                                content=body)
            except httpx.TimeoutException:
                errors["timeout"] += 1
                continue
            except httpx.TransportError:
                errors["connect" if time.perf_counter() - began < 0.001 else "read"] += 1
                continue
            latencies.append((time.perf_counter() - began) * 1e6)
            statuses[str(response.status_code)] += 1
            ids.answered(call, response.status_code, response.content)

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
        """CPU time of the server's processes and of their children (uvicorn's workers under its supervisor)."""
        total = 0.0
        for pid in family([p.pid for p in self.procs]):
            try:
                total += _cpu_seconds(pid)
            except (OSError, IndexError, ValueError):  # a process that ended meanwhile
                pass
        return total

    def rss_kib(self) -> int:
        return sum(status_kib(p.pid, "VmRSS") for p in self.procs)


def family(pids: list[int]) -> list[int]:
    """``pids`` and every process descended from them (from /proc's parent ids)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], list(pids)
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def status_kib(pid: int, name: str) -> int:
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


WEBHOOK_ENV = "PARTNER_CONTRACTS_BENCH_WEBHOOK_URL"


def mock_with_webhooks() -> Any:
    """The mock with ``--webhook-url`` taken from $PARTNER_CONTRACTS_BENCH_WEBHOOK_URL (a uvicorn factory)."""
    from partner_contracts.mock.app import create_app

    return create_app(webhook_url=os.environ[WEBHOOK_ENV])


def uvicorn_command(factory: str, port: int, setting: str) -> list[str]:
    loop, http = SETTINGS[setting]
    return [sys.executable, "-m", "uvicorn", "--factory", factory, "--host", HOST, "--port", str(port),
            "--loop", loop, "--http", http, "--log-level", "warning", "--no-access-log"]


def cli_mock_command(port: int, *options: str) -> list[str]:
    """``partner-contracts mock`` on loopback at ``port``, as users run it (every stage of its guard on:
    mock/guard.py), with ``options``; uvicorn's default loop unless they name one."""
    return [sys.executable, "-m", "partner_contracts", "mock", "--host", HOST, "--port", str(port), *options]


def mock_command(port: int, setting: str | None, *options: str) -> list[str] | None:
    """``cli_mock_command`` on the setting's loop; None for an h11 setting (the guard is a protocol over
    httptools: the mock's own command never serves h11, so uvicorn runs the app alone there)."""
    loop, http = SETTINGS[setting or "asyncio+h11"]
    return cli_mock_command(port, "--loop", loop, *options) if http == "httptools" else None


def workers_command(factory: str, port: int, setting: str, workers: int) -> list[str]:
    """``uvicorn --workers`` as ``partner-contracts mock --workers`` runs it (server.run_workers: a listening
    socket with TCP_NODELAY, which uvicorn's own lacks)."""
    loop, http = SETTINGS[setting]
    code = ("import uvicorn; from partner_contracts.mock.server import run_workers; "
            f"run_workers(uvicorn.Config({factory!r}, factory=True, host={HOST!r}, port={port}, loop={loop!r}, "
            f"http={http!r}, workers={workers}, log_level='warning', access_log=False))")
    return [sys.executable, "-c", code]


def http_get(url: str, headers: dict[str, str] | None = None, timeout: float = 2.0) -> tuple[int, bytes]:
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
    if server.kind not in ("mock", "mock-webhooks", "redis"):
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
            if http_get(url, headers, timeout=1)[0] == 200:
                return time.perf_counter() - began
        except OSError:
            pass
        time.sleep(interval)
    raise RuntimeError(f"nothing answered 200 at {url} within {timeout}s")


_LOGS: dict[int, Path] = {}  # server pid -> the file its stderr goes to


def spawn(command: list[str], cpu: int | None, name: str) -> subprocess.Popen[bytes]:
    """Start a server; its stderr goes to build/bench/logs/<name>.log (a pipe nobody reads could stall it)."""
    log = BUILD / "logs" / f"{name}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as sink:
        proc: subprocess.Popen[bytes] = popen(command, cpu, stdout=subprocess.DEVNULL, stderr=sink)
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
        procs = [spawn([str(prism), "mock", str(SPECS[key]), "-h", HOST, "-p", str(port), "-v", "silent"], cpu,
                        f"prism-{key}") for key, port in ports.items()]
        server = Server("prism", "Prism 5 (2 processes)", kind, None,
                        {key: f"http://{HOST}:{port}" for key, port in ports.items()}, procs)
    elif kind == "redis":  # the mock with its state in Redis, REDIS_WORKERS workers (not pinned: they share both CPUs)
        redis_port, port = free_port(), free_port()
        procs = [spawn(["redis-server", "--port", str(redis_port), "--bind", HOST, "--save", "", "--appendonly", "no"],
                        None, "redis-server")]
        os.environ[REDIS_STATE_ENV] = f"redis://{HOST}:{redis_port}/0"
        state = os.environ[REDIS_STATE_ENV]
        command = mock_command(port, setting, "--state", state, "--workers", str(REDIS_WORKERS)) \
            or workers_command("partner_contracts.load.harness:redis_mock_app", port, setting or "asyncio+h11", REDIS_WORKERS)
        procs.append(spawn(command, None, f"redis-{setting}"))
        server = Server(f"redis-{setting}", f"mock, Redis, {REDIS_WORKERS} workers ({setting})", kind, setting,
                        {key: f"http://{HOST}:{port}/{key}" for key in SPECS}, procs)
    else:
        port = free_port()
        factory = {"mock": "partner_contracts.mock.app:create_app",
                   "mock-webhooks": "partner_contracts.load.harness:mock_with_webhooks"}.get(kind, "partner_contracts.load.harness:bare_app")
        extra = ["--webhook-url", os.environ[WEBHOOK_ENV]] if kind == "mock-webhooks" else []
        command = (mock_command(port, setting, *extra) if kind != "bare" else None) \
            or uvicorn_command(factory, port, setting or "asyncio+h11")
        procs = [spawn(command, cpu, f"{kind}-{setting}")]
        label = f"{ {'mock': 'mock', 'mock-webhooks': 'mock with --webhook-url'}.get(kind, 'bare Starlette')} ({setting})"
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
        ids = Ids(mix)
        seen[api], sizes[api] = {}, {}
        for call in mix:
            conn = http.client.HTTPConnection(match.group(1), int(match.group(2)), timeout=TIMEOUT_S)
            path, body = ids.fill(call)
            conn.request(call.method, match.group(3) + path, body=body.encode() if body else None,
                         headers=call.headers)
            response = conn.getresponse()
            payload = response.read()
            conn.close()
            ids.answered(call, response.status, payload)
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


if __name__ == "__main__":  # the Python load generator's process: python -m partner_contracts.load.harness generate CONFIG
    if len(sys.argv) == 3 and sys.argv[1] == "generate":
        sys.exit(_generator_main(sys.argv[2]))
    sys.exit("usage: python -m partner_contracts.load.harness generate CONFIG_JSON (used by measure)")
