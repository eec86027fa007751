"""``partner-contracts fuzz``: schemathesis, every check, all phases (stateful included), per API.

The target is the embedded mock (started in this process on a free loopback port) unless the API's
sandbox variables are set (``fuzz.base_url_env`` and ``fuzz.credential_env`` in api.yaml), e.g.
``PALM_BASE_URL=https://… PALM_API_KEY=… make fuzz``. For each API we write a schemathesis config
under ``build/fuzz/<key>/`` (credentials per security scheme, test-data dictionaries from the spec's
own examples) and run ``schemathesis run`` with ``--checks all``; the JUnit report lands next to it.
``fuzz.max_examples`` in api.yaml caps the cases per operation for a large API (``--max-examples`` wins).
Request signing (``x-hmac`` schemes) is done by our hook module, ``partner_contracts.fuzz.hooks``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import re
import resource
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partner_contracts.fuzz.hooks import LOOPBACK_ENV, PROGRESS_ENV
from partner_contracts.fuzz.reach import (
    CLASSES,
    TALLY_ENV,
    Tally,
    allowed_without_success,
    business_refusals,
    summary_lines,
    verdict,
)
from partner_contracts.spec.api import BUILD_DIR, Api, iter_operations, select
from partner_contracts.spec.auth import SIGN_ME, credentials, sandbox, schemes
from partner_contracts.spec.deref import resolve_pointer


@dataclass
class FuzzResult:
    api: str
    target: str
    cases: int
    failures: int
    returncode: int
    seconds: float
    junit: Path
    log: Path
    hung: str = ""  # why the run was stopped (no progress, stage timeout, the mock died); empty if it ended
    cpu: float = 0.0  # CPU seconds of schemathesis and of the mock together
    tally: Tally = field(default_factory=Tally)  # the answers per operation and class (fuzz/reach.py)
    unreached: list[str] = field(default_factory=list)  # why the run did not reach the API (empty: it did)

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and self.failures == 0 and not self.hung and not self.unreached


def _toml_value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def refusal_configs(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """schemathesis' per-operation configuration (``[[operations]]``) accepting each operation's business
    refusals in ``positive_data_acceptance``: what the CLI's config file says and the in-process tests load."""
    from schemathesis.config._checks import PositiveDataAcceptanceConfig

    default = list(PositiveDataAcceptanceConfig().expected_statuses)
    return [{"include-operation-id": op_id,
             "checks": {"positive_data_acceptance": {"expected-statuses": default + sorted(statuses)}}}
            for op_id, statuses in sorted(business_refusals(doc).items())]


def write_config(api: Api, folder: Path, target_is_sandbox: bool) -> Path:
    """schemathesis.toml for one API: auth per scheme, dictionaries and parameter bindings."""
    doc = api.bundled.document
    values = credentials(api, target_is_sandbox)
    lines = [
        "# Written by partner-contracts fuzz; regenerated on every run.",
        "",
        "# The stateful phase follows the links the spec declares. Inferred links are off: schemathesis",
        "# infers POST /order -> PUT /order/cancel (an id carried in the body), follows it without the id",
        "# 15% of the time, and then reads the API's correct 404 for an unknown id as `ensure_resource_",
        "# availability` (the operation has no parameters for the link to have supplied).",
        "[phases.stateful.inference]",
        "algorithms = []",
        "",
    ]
    for name, scheme in schemes(doc).items():
        value = values.get(name)
        if value is None:
            continue
        if scheme.signed:
            value = SIGN_ME  # replaced by the body's HMAC in partner_contracts.fuzz.hooks
        lines.append(f"[auth.openapi.{name}]")
        if scheme.kind == "bearer":
            lines.append(f"bearer = {_toml_value(value)}")
        else:
            lines.append(f"api_key = {_toml_value(value)}")
        lines.append("")
    conf = api.config.fuzz
    for operation in refusal_configs(doc):
        # an operation that answers a schema-valid request with a documented refusal (x-business-refusals)
        checks = operation["checks"]["positive_data_acceptance"]
        lines += ["[[operations]]", f"include-operation-id = {_toml_value(operation['include-operation-id'])}",
                  f"checks.positive_data_acceptance.expected-statuses = {_toml_value(checks['expected-statuses'])}",
                  ""]
    if conf.reuse_response_values is False:
        # schemathesis feeds values seen in responses back into generation; with a mock holding many
        # records that pool grows and slows the fuzzing phase (api.yaml documents why an API turns it off)
        lines += ["[phases.fuzzing.extra-data-sources]", "responses = false", ""]
    for name, dictionary in conf.dictionaries.items():
        found = dictionary["values"] if "values" in dictionary else resolve_pointer(doc, dictionary["from"])
        items = found if isinstance(found, list) else [found]
        field = dictionary.get("field")
        entries = [item.get(field) if field and isinstance(item, dict) else item for item in items]
        entries = [e for e in entries if isinstance(e, (str, int, float)) and not isinstance(e, bool)]
        lines += [f"[dictionaries.{name}]", f"values = {_toml_value(entries)}", ""]
    bindings = conf.parameters
    if bindings:
        lines.append("[parameters]")
        for key, binding in bindings.items():
            if isinstance(binding, dict):
                inner = ", ".join(f"{k} = {_toml_value(v)}" for k, v in binding.items())
                lines.append(f"{_toml_value(key)} = {{ {inner} }}")
            else:
                lines.append(f"{_toml_value(key)} = {_toml_value(binding)}")
        lines.append("")
    path = folder / "schemathesis.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


_CASES = re.compile(r"(\d+) generated")
_FAILED = re.compile(r"(\d+) failed")

# Results must not depend on scheduling (the APIs run side by side): without --seed every run uses this one.
DEFAULT_SEED = 20240209
# A run in which no request has finished for this long is hung (schemathesis' own request timeout is 10 s;
# generating the coverage cases of a large operation on a loaded machine can take tens of seconds).
STALL_SECONDS = 90.0
# The stage timeout per API: a run still going after this long is stopped and reported.
TIMEOUT_SECONDS = 900.0
PROBE_SECONDS = 5.0


def _command(config: Path, spec_url: str, base_url: str | None, junit: Path, *, max_examples: int | None,
             seed: int | None, workers: str, phases: str | None, extra_args: tuple[str, ...]) -> list[str]:
    schemathesis = Path(sys.executable).parent / "schemathesis"
    cmd = [str(schemathesis) if schemathesis.exists() else "schemathesis", "--config-file", str(config), "--no-color",
           "run", spec_url, "--checks", "all", "--workers", workers,
           "--report", "junit", "--report-junit-path", str(junit),
           "--generation-database", "none", "--request-timeout", "10"]
    if base_url:
        cmd += ["--url", base_url]
    if max_examples:
        cmd += ["--max-examples", str(max_examples)]
    if seed is not None:
        cmd += ["--seed", str(seed)]
    if phases:
        cmd += ["--phases", phases]
    return cmd + list(extra_args)


def _serve_mock(keys: list[str], sock: socket.socket, log: Path, app_factory: Callable[[list[str]], Any]) -> None:
    """The body of a mock process: the APIs' app on an already listening socket; its output to ``log``."""
    with log.open("a", encoding="utf-8") as out:
        os.dup2(out.fileno(), 1)
        os.dup2(out.fileno(), 2)
    from partner_contracts.mock.server import server_for

    server = server_for(app_factory(keys))
    server.config.timeout_graceful_shutdown = 1  # a hung request must not hold up the exit
    # SIGTERM ends the serving loop and the function goes on (uvicorn's own handler would re-raise it)
    server.capture_signals = contextlib.nullcontext  # type: ignore[method-assign,assignment]
    signal.signal(signal.SIGTERM, lambda *_: setattr(server, "should_exit", True))
    server.run(sockets=[sock])
    usage = resource.getrusage(resource.RUSAGE_SELF)
    (log.parent / "mock.cpu").write_text(f"{usage.ru_utime + usage.ru_stime:.2f}\n", encoding="utf-8")


def _default_app(keys: list[str]) -> Any:
    from partner_contracts.mock.app import create_app

    return create_app(keys)


class FuzzRun:
    """One API's schemathesis run (a process) and, unless it targets a sandbox, its own mock (a process)."""

    def __init__(self, api: Api, *, sandbox_url: str | None = None, spec_url: str | None = None,
                 max_examples: int | None = None, seed: int | None = DEFAULT_SEED, workers: str = "1",
                 phases: str | None = None, folder: Path | None = None, extra_args: tuple[str, ...] = (),
                 stall: float = STALL_SECONDS, timeout: float = TIMEOUT_SECONDS,
                 app_factory: Callable[[list[str]], Any] | None = None, name: str = "") -> None:
        self.api = api
        self.name = name or api.key
        self.folder = folder or BUILD_DIR / "fuzz" / api.key
        self.sandbox_url, self.spec_url = sandbox_url, spec_url
        self.options: dict[str, Any] = {"max_examples": max_examples, "seed": seed, "workers": workers,
                                        "phases": phases, "extra_args": extra_args}
        self.stall, self.timeout = stall, timeout
        self.app_factory = app_factory or _default_app
        self.log = self.folder / "schemathesis.log"
        self.junit = self.folder / "junit.xml"
        self.progress = self.folder / "progress"
        self.reach = self.folder / "reach.json"
        self.proc: subprocess.Popen[bytes] | None = None
        self.mock: Any = None
        self.started = self.last_change = 0.0
        self.calls = 0
        self.cpu = 0.0
        self.result: FuzzResult | None = None

    @property
    def target(self) -> str:
        return self.sandbox_url or ("embedded mock" if self.spec_url is None else self.spec_url)

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.progress.unlink(missing_ok=True)
        self.reach.unlink(missing_ok=True)
        (self.folder / "mock.cpu").unlink(missing_ok=True)
        base_url = self.sandbox_url
        spec_url = self.spec_url
        if base_url and spec_url is None:  # the spec bundled from specs/ now (not the committed generated/ copy)
            bundle = self.folder / "openapi.json"
            bundle.write_text(self.api.bundled.to_json(), encoding="utf-8")
            spec_url = str(bundle)
        elif spec_url is None:
            from partner_contracts.mock.server import listening_socket

            sock = listening_socket()  # listening before the mock process starts: no port race, no wait
            mock_log = self.folder / "mock.log"
            mock_log.write_text("", encoding="utf-8")
            self.mock = multiprocessing.get_context("fork").Process(
                target=_serve_mock, args=([self.api.key], sock, mock_log, self.app_factory),
                name=f"mock-{self.api.key}", daemon=True)
            self.mock.start()
            port = sock.getsockname()[1]
            sock.close()  # the mock process holds its own copy
            spec_url = f"http://127.0.0.1:{port}/{self.api.key}/openapi.json"
        assert spec_url is not None
        self.spec_url = spec_url
        config = write_config(self.api, self.folder, bool(self.sandbox_url))
        cmd = _command(config, spec_url, base_url, self.junit, **self.options)
        env = {**os.environ, "SCHEMATHESIS_HOOKS": "partner_contracts.fuzz.hooks",
               "PARTNER_CONTRACTS_FUZZ_API": self.api.key, "NO_COLOR": "1", "COLUMNS": "120",
               PROGRESS_ENV: str(self.progress), TALLY_ENV: str(self.reach)}
        if self.sandbox_url:
            env["PARTNER_CONTRACTS_FUZZ_SANDBOX"] = "1"
        if self.mock is not None:  # the embedded mock, on 127.0.0.1: never through a proxy
            env[LOOPBACK_ENV] = "1"
        self.started = self.last_change = time.monotonic()
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=self.folder,
                                         start_new_session=True)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started if self.started else 0.0

    def failures_so_far(self) -> int:
        """Failed tests in the phases schemathesis has finished (it prints a line per phase)."""
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return 0
        text = text.split(" SUMMARY ", 1)[0]
        return sum(int(n) for n in _FAILED.findall(text))

    def status(self) -> str:
        if self.result:
            r = self.result
            state = "ok" if r.ok else ("HUNG" if r.hung else "FAILED")
            return f"{self.name:24} {r.cases:>6} cases {r.failures:>4} failed {r.seconds:>6.0f}s  {state}"
        if not self.started:
            return f"{self.name:24} waiting"
        return (f"{self.name:24} {self.calls:>6} calls {self.failures_so_far():>4} failed "
                f"{self.elapsed:>6.0f}s  running")

    def poll(self) -> FuzzResult | None:
        """The result once the run has ended (or was stopped as hung / over time); None while it runs."""
        if self.result or self.proc is None:
            return self.result
        now = time.monotonic()
        try:
            calls = int(self.progress.read_text(encoding="utf-8") or 0)
        except (OSError, ValueError):
            calls = self.calls
        if calls != self.calls:
            self.calls, self.last_change = calls, now
        code = self._reap()
        if code is not None:
            self.result = self._finish(code)
        elif self.mock is not None and not self.mock.is_alive():
            self.result = self._finish(self._stop(), hung=f"the mock process died (exit {self.mock.exitcode}); "
                                                          f"see {self.folder / 'mock.log'}")
        elif now - self.last_change > self.stall:
            self.result = self._finish(self._stop(), hung=self._hung_message(now - self.last_change))
        elif now - self.started > self.timeout:
            self.result = self._finish(self._stop(), hung=f"still running after the stage timeout of "
                                                          f"{self.timeout:.0f}s ({self.calls} calls made); stopped")
        return self.result

    def _hung_message(self, quiet: float) -> str:
        answered = _probe(self.spec_url or "")
        who = (f"the mock did not answer GET {self.spec_url} within {PROBE_SECONDS:.0f}s either: the mock is hung"
               if not answered else
               f"the target still answers GET {self.spec_url}, so one operation or schemathesis itself is stuck")
        return (f"no request finished in the last {quiet:.0f}s ({self.calls} calls before that); {who}. "
                f"Stopped after {self.elapsed:.0f}s")

    def _reap(self, block: bool = False) -> int | None:
        """schemathesis' exit status once it has ended (None before), keeping its CPU time."""
        assert self.proc is not None
        if self.proc.returncode is not None:
            return self.proc.returncode
        try:
            pid, status, usage = os.wait4(self.proc.pid, 0 if block else os.WNOHANG)
        except ChildProcessError:
            return self.proc.wait()
        if pid == 0:
            return None
        self.cpu += usage.ru_utime + usage.ru_stime
        self.proc.returncode = os.waitstatus_to_exitcode(status)
        return self.proc.returncode

    def _stop(self) -> int:
        assert self.proc is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        code = self._reap(block=True)
        assert code is not None
        return code

    def _stop_mock(self) -> None:
        """SIGTERM (the mock writes its CPU time as it exits), SIGKILL if that does not end it."""
        if self.mock is None:
            return
        if self.mock.is_alive():
            self.mock.terminate()
            self.mock.join(timeout=5)
            if self.mock.is_alive():
                self.mock.kill()
                self.mock.join(timeout=5)
        with contextlib.suppress(OSError, ValueError):
            self.cpu += float((self.folder / "mock.cpu").read_text(encoding="utf-8"))

    def _finish(self, code: int, hung: str = "") -> FuzzResult:
        self._stop_mock()
        text = self.log.read_text(encoding="utf-8", errors="replace")
        summary = text[text.rfind("Test cases:"):] if "Test cases:" in text else ""
        cases = int(m.group(1)) if (m := _CASES.search(summary)) else 0
        failures = int(m.group(1)) if (m := _FAILED.search(summary)) else (0 if code == 0 and not hung else 1)
        return FuzzResult(self.api.key, self.sandbox_url or self.spec_url or "", cases, failures, code,
                          self.elapsed, self.junit, self.log, hung, round(self.cpu, 1), Tally.read(self.reach))

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self._stop()
        if self.mock is not None and self.mock.is_alive():
            self.mock.kill()


def _probe(url: str) -> bool:
    """Whether ``url`` answers at all (any status) within PROBE_SECONDS."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=PROBE_SECONDS):
            return True
    except urllib.error.HTTPError:
        return True
    except (OSError, ValueError):
        return False


def run_one(api: Api, spec_url: str, base_url: str | None, *, target_is_sandbox: bool,
            max_examples: int | None, seed: int | None, workers: str, phases: str | None,
            folder: Path | None = None, extra_args: tuple[str, ...] = ()) -> FuzzResult:
    """One schemathesis run against a target that is already up (``spec_url``; ``base_url`` overrides
    the spec's server), with the same hang watchdog as ``fuzz``."""
    run = FuzzRun(api, sandbox_url=base_url if target_is_sandbox or base_url else None, spec_url=spec_url,
                  max_examples=max_examples, seed=seed, workers=workers, phases=phases, folder=folder,
                  extra_args=extra_args)
    run.start()
    try:
        while (result := run.poll()) is None:
            time.sleep(0.2)
    finally:
        run.kill()
    return result


def plan(api: Api, phases: str | None) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    """How one API is fuzzed: (name, folder under build/fuzz/<key>, phases, extra arguments) per process.

    By default one schemathesis run with every phase. ``fuzz.split_operations: N`` in api.yaml splits the
    operations in N groups of about equal size for the examples, coverage and fuzzing phases, and
    ``fuzz.stateful_apart: true`` gives the stateful phase (every operation, every link) a run of its own —
    the same tests, spread over processes that run side by side."""
    groups = api.config.fuzz.split_operations
    apart = api.config.fuzz.stateful_apart
    wanted = [p.strip() for p in (phases or "examples,coverage,fuzzing,stateful").split(",") if p.strip()]
    stateless = [p for p in wanted if p != "stateful"]
    if (groups <= 1 and not apart) or not stateless:
        return [(api.key, "", phases, ())]
    runs: list[tuple[str, str, str | None, tuple[str, ...]]] = []
    if groups > 1:
        operations = sorted(((len(json.dumps(op)), str(op["operationId"])) for _k, _n, _m, op, _p in
                             iter_operations(api.bundled.document) if _k == "paths" and op.get("operationId")),
                            reverse=True)
        buckets: list[tuple[int, list[str]]] = [(0, []) for _ in range(groups)]
        for size, operation_id in operations:  # the largest first, each into the lightest group
            index = min(range(groups), key=lambda i: (buckets[i][0], i))
            buckets[index] = (buckets[index][0] + size, [*buckets[index][1], operation_id])
        for i, (_, ids) in enumerate(buckets, 1):
            if ids:
                pattern = "^(" + "|".join(re.escape(x) for x in sorted(ids)) + ")$"
                runs.append((f"{api.key} ops {i}/{groups}", f"ops-{i}", ",".join(stateless),
                             ("--include-operation-id-regex", pattern)))
    else:
        runs.append((f"{api.key} stateless", "stateless", ",".join(stateless), ()))
    if "stateful" in wanted:
        runs.append((f"{api.key} stateful", "stateful", "stateful", ()))
    return runs


def merge(key: str, results: list[FuzzResult]) -> FuzzResult:
    """One API's result from its runs: cases and failures added up, the first failed run's log."""
    if len(results) == 1:
        return results[0]
    bad = [r for r in results if not r.ok]
    first = (bad or results)[0]
    tally = Tally()
    for result in results:
        tally.merge(result.tally)
    return FuzzResult(key, first.target, sum(r.cases for r in results), sum(r.failures for r in results),
                      max(r.returncode for r in results), max(r.seconds for r in results), first.junit,
                      first.log, "; ".join(r.hung for r in results if r.hung), sum(r.cpu for r in results), tally)


def judge(api: Api, result: FuzzResult, *, target_is_sandbox: bool, phases: str | None,
          allow_no_success: tuple[str, ...] = ()) -> FuzzResult:
    """``result`` with ``unreached`` set: whether the run reached the API (``fuzz/reach.py``), written beside
    its log as ``reach.txt`` and ``reach.xml`` (JUnit: one test case per operation). A run that hung is
    already failed and judged no further. With ``phases`` limited, only the authentication rule applies."""
    if result.hung or (result.returncode != 0 and not result.cases):  # schemathesis itself failed: said already
        return result
    # A run of some phases only (--phases) is not a full run: its operations may never get far enough to
    # succeed (the stateful phase creates what the others read), so only the authentication rule holds.
    result.unreached = verdict(api, result.tally, target_is_sandbox=target_is_sandbox,
                               allow_no_success=allow_no_success, operations=[] if phases else None)
    folder = result.log.parent if result.log.parent.name == api.key else result.log.parent.parent
    allowed = (*allow_no_success, *allowed_without_success(api))
    lines = summary_lines(result.tally, allowed)
    (folder / "reach.txt").write_text("\n".join(lines + result.unreached) + "\n", encoding="utf-8")
    _write_reach_junit(folder / "reach.xml", api, result, allowed)
    return result


def _write_reach_junit(path: Path, api: Api, result: FuzzResult, allowed: tuple[str, ...]) -> None:
    from xml.etree import ElementTree

    suite = ElementTree.Element("testsuite", name=f"{api.key} reach", tests=str(len(result.tally.counts)))
    problems = {line.split(":", 1)[0]: line for line in result.unreached}
    for operation, per in sorted(result.tally.counts.items()):
        case = ElementTree.SubElement(suite, "testcase", classname=f"{api.key}.reach", name=operation)
        ElementTree.SubElement(case, "system-out").text = ", ".join(f"{k} {n}" for k, n in sorted(per.items()))
        if operation in problems:
            ElementTree.SubElement(case, "failure", message=problems[operation])
        elif operation in allowed:
            ElementTree.SubElement(case, "skipped", message="--allow-no-success")
    for line in result.unreached:
        if line.split(":", 1)[0] not in result.tally.counts:
            case = ElementTree.SubElement(suite, "testcase", classname=f"{api.key}.reach", name=line.split(":", 1)[0][:60])
            ElementTree.SubElement(case, "failure", message=line)
    ElementTree.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)


def fuzz(apis: list[Api], *, max_examples: int | None = None, seed: int | None = DEFAULT_SEED,
         workers: str = "1", phases: str | None = None, echo: bool = True, jobs: int | None = None,
         stall: float = STALL_SECONDS, timeout: float = TIMEOUT_SECONDS,
         app_factory: Callable[[list[str]], Any] | None = None, build: Path | None = None,
         allow_no_success: tuple[str, ...] = ()) -> list[FuzzResult]:
    """Fuzz every API side by side (``jobs`` processes at a time, default all), each run against its own
    mock process, with a live status line per run; a run that stops making requests is reported as hung.
    Each run has its own mock and a fixed seed, so what it does does not depend on what runs next to it."""
    from partner_contracts.progress import Live

    seed = DEFAULT_SEED if seed is None else seed
    runs: list[FuzzRun] = []
    for api in apis:
        remote = sandbox(api)
        per_api = api.config.fuzz.max_examples
        for name, sub, run_phases, extra in plan(api, phases):
            runs.append(FuzzRun(api, sandbox_url=remote[0] if remote else None, name=name,
                                folder=(build or BUILD_DIR / "fuzz") / api.key / sub,
                                max_examples=max_examples or (int(per_api) if per_api else None), seed=seed,
                                workers=workers, phases=run_phases, extra_args=extra, stall=stall,
                                timeout=timeout, app_factory=app_factory))
    # the biggest first, so that with fewer jobs than runs the longest is not the one left to start last
    pending = sorted(runs, key=lambda r: -len(r.api.bundled.to_json()))
    jobs = jobs or len(runs)
    done: dict[str, FuzzResult] = {}
    finished: dict[str, list[FuzzResult]] = {api.key: [] for api in apis}
    expected = {api.key: sum(1 for r in runs if r.api is api) for api in apis}

    def status() -> list[str]:
        return [run.status() for run in runs if run.started and run.name not in done]

    live = Live("fuzz", status, stream=None if echo else open(os.devnull, "w"))  # noqa: SIM115
    try:
        with live:
            while len(done) < len(runs):
                while pending and sum(1 for r in runs if r.started and r.name not in done) < jobs:
                    run = pending.pop(0)
                    run.start()
                    live.say(f"fuzz {run.name}: {'sandbox ' + run.target if run.sandbox_url else 'own mock'}, "
                             f"seed {seed} ...")
                for run in runs:
                    if run.started and run.name not in done and (result := run.poll()) is not None:
                        done[run.name] = result
                        finished[run.api.key].append(result)
                        if expected[run.api.key] > 1:
                            live.say(_result_line(result, run.name))
                        if len(finished[run.api.key]) == expected[run.api.key]:
                            merged = judge(run.api, merge(run.api.key, finished[run.api.key]),
                                           target_is_sandbox=bool(run.sandbox_url), phases=phases,
                                           allow_no_success=allow_no_success)
                            finished[run.api.key] = [merged]
                            live.say(_result_line(merged, run.api.key))
                            for line in merged.unreached:
                                live.say(f"fuzz {run.api.key}: NOT REACHED: {line}")
                            for op, why in {**dict.fromkeys(allow_no_success, "--allow-no-success"),
                                            **allowed_without_success(run.api)}.items():
                                live.say(f"fuzz {run.api.key}: allowed without a success: {op} ({why})")
                        if not result.ok:
                            live.say(_failure_excerpt(result.log))
                time.sleep(0.2)
    finally:
        for run in runs:
            run.kill()
        if not echo:
            live.stream.close()
    return [merge(api.key, finished[api.key]) for api in apis]


def _result_line(result: FuzzResult, name: str) -> str:
    if result.hung:
        return f"fuzz {name}: HUNG: {result.hung} (log: {result.log})"
    status = "ok" if result.ok else f"FAILED (see {result.log})"
    answers = {kind: sum(per.get(kind, 0) for per in result.tally.counts.values()) for kind in CLASSES}
    classes = ", ".join(f"{kind} {n}" for kind, n in answers.items() if n)
    return (f"fuzz {name}: {result.cases} cases, {result.failures} failures, {result.seconds:.0f}s "
            f"({result.cpu:.0f} CPU-s)" + (f"; answers: {classes}" if classes else "") + f": {status}")


def _failure_excerpt(log: Path, limit: int = 60) -> str:
    text = log.read_text(encoding="utf-8", errors="replace")
    start = text.find("FAILURES")
    lines = (text[start:] if start >= 0 else text).splitlines()
    return "\n".join("    " + line for line in lines[:limit])


def fuzz_cli(args: argparse.Namespace) -> int:
    results = fuzz(select(args.apis), max_examples=args.max_examples, seed=args.seed, workers=args.workers,
                   phases=args.phases, jobs=getattr(args, "jobs", None),
                   stall=getattr(args, "stall_timeout", None) or STALL_SECONDS,
                   timeout=getattr(args, "timeout", None) or TIMEOUT_SECONDS,
                   allow_no_success=tuple(getattr(args, "allow_no_success", None) or ()))
    return 0 if all(r.ok for r in results) else 1
