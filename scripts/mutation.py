"""`make mutation`: mutation testing (cosmic-ray) of the modules whose failure hurts users, each against the
tests that cover it, with a score per module and the surviving mutants.

A mutant is a small change to the code (an operator swapped, a constant changed, a condition negated …); the
module's tests should fail on it ("killed"). A mutant they still pass ("survived") is behaviour no test
holds. cosmic-ray finds the mutants (``cosmic-ray init``, a session per module in build/mutation/<name>/) and
applies each one; this script runs them:

- **equivalent by construction, skipped** (recorded in the session as cosmic-ray's filters do, with the
  reason, and counted apart): a mutation inside a type annotation of a module with ``from __future__ import
  annotations`` (never evaluated: ``str | None`` -> ``str & None`` changes nothing), and a line marked
  ``# pragma: no mutate`` (cosmic-ray's ``cr-filter-pragma``);
- **not reached**: the unmutated tests run once with a line tracer on the module; a mutant in a statement
  they never execute cannot be killed and counts as *survived* without a run ("not reached");
- every other mutant runs in one of ``--jobs`` workers (default 2), each with its own copy of the working
  tree under build/mutation/worker-<n>/. A worker imports pytest, its plugins and the third-party libraries
  once and forks per mutant, so a mutant costs its tests, not an interpreter start; the tests that reached
  the mutated statement run first and pytest stops at the first failure (``-x``). A mutant whose tests run
  past the timeout counts as killed.

Scores are killed / (killed + survived). The survivors are printed with file:line, operator and source line;
a survivor explained in scripts/mutation-survivors.toml (equivalent, or harmless, and why) is printed with
that reason. build/mutation/report.json holds the same.

    python scripts/mutation.py                 # every module in MODULES
    python scripts/mutation.py auth security   # some of them (names as in MODULES)
    python scripts/mutation.py --list          # the modules and their tests

Exit status 1 when a module scores under --threshold (default 0.90), 2 when its tests fail unmutated.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import importlib
import importlib.util
import json
import multiprocessing
import os
import queue
import shutil
import signal
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import tomllib

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "mutation"
VENV = Path(sys.prefix).resolve()
EXPLAINED = Path(__file__).with_name("mutation-survivors.toml")


@dataclass(frozen=True)
class Module:
    """One module under mutation: its file and the tests that must kill its mutants."""

    path: str
    tests: tuple[str, ...]
    timeout: float = 0.0  # seconds per mutant's test run; 0: three times the unmutated run's, at least 10
    plugins: tuple[str, ...] = ()  # pytest plugins the tests need among those left out (OFF)
    # False when the tests run the module in a subprocess (a CLI run), where the line tracer cannot see
    # it: then no mutant counts as "not reached", every one runs against the whole test list
    reach: bool = True
    # when given, only these functions (``name`` or ``Class.method``) of the file are mutated: for a file
    # too big to mutate whole within the time budget, the code that decides what users rely on
    only: tuple[str, ...] = ()


MODULES: dict[str, Module] = {
    # authentication and signing: credentials, HMAC, constant-time comparison; the mock's checks
    "auth": Module("partner_contracts/spec/auth.py",
                   ("tests/spec/test_auth.py", "tests/mock/test_security.py", "tests/test_fuzz_hooks.py")),
    "security": Module("partner_contracts/runtime/security.py",
                       ("tests/runtime/test_security.py", "tests/mock/test_security.py")),
    # request validation
    "validate": Module("partner_contracts/runtime/validate.py",
                       ("tests/runtime/test_validate.py",)),
    # the fuzz's proof that it reached the API
    "reach": Module("partner_contracts/fuzz/reach.py",
                    ("tests/fuzz/test_reach.py",)),
    # evidence redaction
    "redact": Module("partner_contracts/runtime/redact.py",
                     ("tests/runtime/test_redact.py",)),
    # the diff's rule levels (the catalogue, and the policy file over it) and exit status
    "diff-policy": Module("partner_contracts/changes/policy.py", tuple(f"tests/test_diff.py::{t}" for t in (
        "test_policy_file_changes_levels_and_ignores_with_a_reason",
        "test_the_repository_policy_makes_its_rules_errors_and_is_read_once",
        "test_a_policy_ignores_only_the_operation_and_location_it_names",
        "test_a_policy_file_mistake_names_the_file_and_the_entry", "test_a_policy_file_is_read_as_written",
        "test_markdown_changelog_names_rule_operation_and_verdict",
        "test_cli_exits_1_when_it_prints_failed_for_an_unbumped_break"))),
    "diff-rules": Module("partner_contracts/changes/rules.py", tuple(f"tests/test_diff.py::{t}" for t in (
        "test_every_rule_of_the_catalogue_has_the_level_and_bump_written_here",
        "test_rule_catalogue_levels_and_oasdiff_ids"))),
    "diff-exit": Module("partner_contracts/changes/cli.py", tuple(f"tests/test_diff.py::{t}" for t in (
        "test_cli_exits_1_when_it_prints_failed_for_an_unbumped_break",
        "test_cli_two_files_with_relative_refs_and_every_format",
        "test_cli_malformed_input_names_the_file_and_pointer",
        "test_cli_pair_summary_counts_each_level_and_leaves_accepted_breaks_out",
        "test_cli_between_refs_titles_the_changelog_and_writes_to_build_by_default"))
        , only=("diff_cli",)),
    # the proxy's conformance checks: the functions that decide a finding on an answer and the verdict
    # (not the request stages, composed from runtime/ and mutated there, nor the info-only walk `observe`)
    "conformance": Module("partner_contracts/sandbox/conformance.py", ("tests/sandbox/test_conformance.py",),
                          only=("Contract.response_for", "Contract.documented", "Contract.check_response",
                                "Contract._check_header", "Contract.check_shape", "accepted",
                                "Report.add_findings", "Report.fails", "Report.verdict")),
    # the Redis store's lock: SET NX PX (in the Lua script and in client.set), its lease, polling and release,
    # and the write-back that checks it is still ours. The catch-up from the change log (_bring_up_to_date,
    # _catch_up, _apply), the snapshot (_load) and seeding are tested (tests/mock/test_redis_lock.py) but
    # left out here: with them the module does not fit the time budget on this machine.
    "redis-lock": Module("partner_contracts/mock/behaviour/store.py", ("tests/mock/test_redis_lock.py",),
                         only=("lock_ms", "RedisStore.transaction", "RedisStore._transaction_in_redis",
                               "RedisStore._unlock_later", "RedisStore._lock", "RedisStore._unlock",
                               "RedisStore._write_back")),
    # the clients' retry, backoff and timeouts (templates/opc/client.py.jinja), through one generated client
    "client": Module("generated/palm-locker-client/palm_locker_client/client.py",
                     ("tests/clients/test_client_runtime_template.py",),
                     only=("_as_timeout", "_within", "retry_after", "retry_delay", "should_retry",
                           "_Attempts.__init__", "_Attempts.start", "_Attempts.wait", "_Attempts.fail",
                           "Client._prepare", "Client.request", "Client.arequest")),
}


# pytest plugins a mutant's run does without (each costs time at start or end of every run): parallel runs,
# the cache, random order, schemathesis' and hypothesis' own pytest integrations, the garbage collection hunting unraisable
# exceptions at the end. A module whose tests need one names it in ``Module.plugins``.
OFF = ("xdist", "xdist.looponfail", "cacheprovider", "randomly", "schemathesis", "hypothesispytest",
       "unraisableexception", "threadexception")


def pytest_options(module: Module) -> list[str]:
    """Fast tests only (``-m "not slow"``), stopping at the first failure: one run per mutant."""
    off = [arg for name in OFF if name not in module.plugins for arg in ("-p", f"no:{name}")]
    return ["-x", "-q", *off, "-W", "ignore::pytest.PytestAssertRewriteWarning", "-m", "not slow",
            "--timeout", "120"]


def pytest_args(module: Module) -> list[str]:
    return [*pytest_options(module), *module.tests]


# --- the working tree's copies ----------------------------------------------------------------------------


def copy_tree(dest: Path) -> None:
    """The working tree's files (tracked and untracked, not ignored) into ``dest``, a clone of the checkout's
    repository (objects shared, not copied): tests that read git (``HEAD:<path>``, ``HEAD~3``, the diff's
    base) see the same history as in the checkout, and the copy's files as its working tree."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "clone", "-q", "--shared", "--no-checkout", str(ROOT), str(dest)], check=True,
                   capture_output=True)
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                           capture_output=True).stdout.decode().split("\0")
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    subprocess.run(["git", "reset", "-q"], cwd=dest, check=True, capture_output=True)  # the index: HEAD's


def import_paths(copy: Path) -> list[str]:
    """The copy's package and generated clients, first on the path (before the editable installs)."""
    return [str(copy), *sorted(str(p) for p in (copy / "generated").glob("*-client"))]


def preload() -> None:
    """Import pytest, its plugins and the third-party libraries the package and tests use, once, before the
    workers fork: each mutant's run then imports only the project's own modules (from its copy)."""
    from importlib.metadata import entry_points

    import pytest  # noqa: F401

    for point in entry_points(group="pytest11"):
        try:
            point.load()
        except Exception:  # noqa: BLE001, S110 - a plugin that does not load here loads (or fails) in the run
            pass
    names: set[str] = set()
    for folder in ("partner_contracts", "tests"):
        for path in (ROOT / folder).rglob("*.py"):
            try:
                tree = ast.parse(path.read_text(encoding="utf-8"))
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names.add(node.module)
    for name in sorted(names):
        try:
            spec = importlib.util.find_spec(name.split(".")[0])
        except (ImportError, ValueError):
            continue
        origin = Path(spec.origin).resolve() if spec and spec.origin not in (None, "built-in", "frozen") else None
        if origin is None or (origin.is_relative_to(ROOT) and not origin.is_relative_to(VENV)):
            continue  # the project's own modules (package, tests, generated clients) load from each copy
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                importlib.import_module(name)
        except Exception:  # noqa: BLE001, S110 - optional libraries: the run imports them (or reports it)
            pass


def line_ranges(source: Path, names: tuple[str, ...]) -> list[str]:
    """The line ranges (``"first-last"``) of the functions ``names`` (``name`` or ``Class.method``) in ``source``."""
    found: dict[str, str] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = prefix + child.name
                if name in names and not isinstance(child, ast.ClassDef):
                    found[name] = f"{child.lineno}-{child.end_lineno}"
                visit(child, name + ".")

    visit(ast.parse(source.read_text(encoding="utf-8")), "")
    missing = [n for n in names if n not in found]
    if missing:
        raise SystemExit(f"mutation: {source}: no function(s) {', '.join(missing)}")
    return [found[n] for n in names]


# --- equivalent by construction --------------------------------------------------------------------------

Span = tuple[tuple[int, int], tuple[int, int]]  # (line, column) .. (line, column), columns in characters


def _char_column(lines: list[str], line: int, byte_offset: int) -> int:
    return len(lines[line - 1].encode("utf-8")[:byte_offset].decode("utf-8", "replace"))


def annotation_spans(source: str) -> list[Span]:
    """Where the annotations are (arguments, returns, annotated assignments) when the module has ``from
    __future__ import annotations``: they are never evaluated, so a mutation inside one changes nothing."""
    tree = ast.parse(source)
    if not any(isinstance(n, ast.ImportFrom) and n.module == "__future__"
               and any(a.name == "annotations" for a in n.names) for n in tree.body):
        return []
    lines = source.splitlines()
    found: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation is not None:
            found.append(node.annotation)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None:
            found.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            found.append(node.annotation)
    return [((n.lineno, _char_column(lines, n.lineno, n.col_offset)),
             (n.end_lineno or n.lineno, _char_column(lines, n.end_lineno or n.lineno, n.end_col_offset or 0)))
            for n in found]


def inside(start: tuple[int, int], end: tuple[int, int], spans: list[Span]) -> bool:
    return any(low <= start and end <= high for low, high in spans)


# --- which statement a mutation is in, and whether the tests executed it ----------------------------------


def statement_lines(source: str) -> Callable[[int, int], tuple[int, ...]]:
    """For a position, the lines whose execution means the innermost statement around it ran (a compound
    statement's header only: its body's statements are their own)."""
    tree = ast.parse(source)
    lines = source.splitlines()
    ranges: list[tuple[tuple[int, int], tuple[int, int], tuple[int, ...]]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.stmt):
            continue
        first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
        last = node.end_lineno or node.lineno
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
            last = max(first, body[0].lineno - 1)
        ranges.append(((first, 0), (last, len(lines[last - 1]) if last <= len(lines) else 0),
                       tuple(range(first, last + 1))))

    def lookup(line: int, column: int) -> tuple[int, ...]:
        around = [r for r in ranges if r[0] <= (line, column) <= r[1]]
        return min(around, key=lambda r: len(r[2]))[2] if around else (line,)
    return lookup


# --- the worker: one pytest run per mutant, forked from a process that has the libraries imported ----------


class Reach:
    """pytest plugin of the unmutated run: which tests executed which lines of the module (a line tracer
    on that file only; "" for import time and fixtures shared by the session)."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.current = ""
        self.lines: dict[int, set[str]] = {}
        self.ran: list[str] = []  # every test, in order

    def trace(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        if frame.f_code.co_filename != self.filename:
            return None
        self.lines.setdefault(frame.f_lineno, set()).add(self.current)
        return self.local

    def local(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        if event == "line":
            self.lines.setdefault(frame.f_lineno, set()).add(self.current)
        return self.local

    import pytest as _pytest

    @_pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: Any, nextitem: Any) -> Iterator[None]:
        self.current = item.nodeid
        self.ran.append(item.nodeid)
        yield
        self.current = ""

    del _pytest


class First:
    """pytest plugin: the tests that reached the mutated statement run first (``-x`` then stops early)."""

    def __init__(self, first: list[str]) -> None:
        self.first = set(first)

    import pytest as _pytest

    @_pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items: list[Any]) -> None:
        items.sort(key=lambda item: item.nodeid not in self.first)

    del _pytest


def run_pytest(copy: Path, args: list[str], output: Path, timeout: float, plugins: list[object],
               before: Callable[[], None] | None = None, after: Callable[[], None] | None = None,
               write_bytecode: bool = False) -> tuple[int | None, float]:
    """pytest ``args`` in a child forked from this process, in ``copy``: (exit status or None on timeout,
    seconds). The child's output goes to ``output``; ``before`` and ``after`` run in the child around
    pytest. Only a warm-up run writes .pyc files: a mutant and its original may share size and timestamp."""
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 3
        try:
            os.setpgid(0, 0)
            fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            for stream in (sys.stdout, sys.stderr):  # what it wrote survives a kill at the timeout
                stream.reconfigure(line_buffering=True)  # type: ignore[union-attr]
            os.chdir(copy)
            sys.dont_write_bytecode = not write_bytecode
            paths = import_paths(copy)
            sys.path[:0] = paths
            os.environ["PYTHONPATH"] = os.pathsep.join(paths)  # for the processes the tests start
            import pytest

            if before is not None:
                before()
            code = int(pytest.main(args, plugins=plugins))
            if after is not None:
                after()
        except BaseException as error:  # noqa: BLE001 - reported through the exit status and the output
            print(f"mutation worker: {error!r}", file=sys.stderr)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    global CHILD
    CHILD = pid
    deadline = started + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), time.monotonic() - started
        if time.monotonic() > deadline:
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return None, time.monotonic() - started
        time.sleep(0.01)


CHILD = 0  # the worker's test run under way (its process group), stopped with the worker


def stop_worker(signum: int, frame: Any) -> None:
    if CHILD:
        try:
            os.killpg(CHILD, signal.SIGKILL)
        except OSError:
            pass
    os._exit(1)


@dataclass
class Task:
    module: str
    job_id: str  # "" for the unmutated run
    args: list[str]
    path: str
    timeout: float
    operator: str = ""
    operator_args: dict[str, Any] = field(default_factory=dict)
    occurrence: int = 0
    first: list[str] = field(default_factory=list)  # node ids of the tests that reached the mutation
    tests: int = 0  # how many of ``args`` (at the end) name the module's test files
    rest: list[str] = field(default_factory=list)  # node ids of the other tests


@dataclass
class Outcome:
    module: str
    job_id: str
    outcome: str  # killed, survived, incompetent (no mutation possible, or the worker failed)
    seconds: float
    output: str = ""
    diff: str = ""
    reached: dict[int, list[str]] = field(default_factory=dict)  # the unmutated run's
    cpu: float = 0.0  # CPU seconds of its test runs (what it costs on an idle machine)
    tests: list[str] = field(default_factory=list)  # the unmutated run's tests, in order


def tail(path: Path, limit: int = 4000) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[-limit:]
    except OSError:
        return ""


def perform(task: Task, copy: Path) -> Outcome:
    target = copy / task.path
    output = copy.parent / "output.txt"
    if not task.job_id:  # the unmutated run, traced
        reach = Reach(str(target))
        sink = copy.parent / "reach.json"

        def save() -> None:
            sys.settrace(None)
            sink.write_text(json.dumps({"lines": {line: sorted(tests) for line, tests in reach.lines.items()},
                                        "tests": reach.ran}))

        def start() -> None:
            import threading

            threading.settrace(reach.trace)
            sys.settrace(reach.trace)

        sink.unlink(missing_ok=True)
        code, seconds = run_pytest(copy, task.args, output, task.timeout, [reach], start, save)
        saved = json.loads(sink.read_text()) if sink.exists() else {"lines": {}, "tests": []}
        reached = {int(k): v for k, v in saved["lines"].items()}
        note = f"\n(stopped after {task.timeout:.0f}s)" if code is None else ""
        return Outcome(task.module, "", "survived" if code == 0 else "killed", seconds, tail(output) + note,
                       reached=reached, tests=saved["tests"])
    from cosmic_ray.mutating import mutate_code  # type: ignore[import-untyped]
    from cosmic_ray.plugins import get_operator  # type: ignore[import-untyped]

    original = target.read_text(encoding="utf-8")
    try:
        operator = get_operator(task.operator)(**task.operator_args)
        mutated = mutate_code(original, operator, task.occurrence)
    except Exception as error:  # noqa: BLE001 - cosmic-ray could not apply it: not counted
        return Outcome(task.module, task.job_id, "incompetent", 0.0, f"mutation failed: {error!r}")
    if mutated is None:
        return Outcome(task.module, task.job_id, "incompetent", 0.0, "no mutation at this occurrence")
    diff = "".join(difflib.unified_diff(original.splitlines(True), mutated.splitlines(True), task.path, task.path))
    try:
        target.write_text(mutated, encoding="utf-8")
        # first only the tests that reached the mutated statement: a failure there is a kill; if they pass, the
        # others (a test may see the mutant through state another test's setup built, or a subprocess)
        options = task.args[: len(task.args) - task.tests]
        code, seconds = run_pytest(copy, [*options, *task.first], output, task.timeout, []) \
            if task.first else (0, 0.0)
        if code in (4, 5):  # the node ids were not understood / found: the whole list decides
            code, more = run_pytest(copy, task.args, output, task.timeout, [First(task.first)])
            seconds += more
        elif code == 0 and (task.rest or not task.first):
            code, more = run_pytest(copy, [*options, *task.rest] if task.first else task.args, output,
                                    task.timeout, [])
            seconds += more
    finally:
        target.write_text(original, encoding="utf-8")
    if code is None:
        return Outcome(task.module, task.job_id, "killed", seconds, "timeout", diff)
    if code in (0, 5):  # 5: no test collected; cannot happen with a passing unmutated run
        return Outcome(task.module, task.job_id, "survived" if code == 0 else "incompetent", seconds,
                       tail(output), diff)
    return Outcome(task.module, task.job_id, "killed", seconds, tail(output), diff)


def warm_up(copy: Path, modules: list[Module]) -> None:
    """Compile the copy's modules and the tests once (pytest's rewritten .pyc included), so that a mutant's
    run compiles only the mutated file; the mutated files keep no .pyc (it could be mistaken for theirs)."""
    tests = sorted({t for m in modules for t in m.tests if (copy / t).exists()})
    run_pytest(copy, ["--collect-only", "-q", "-p", "no:cacheprovider", *tests], copy.parent / "warm-up.txt",
               300.0, [], write_bytecode=True)
    for module in modules:
        path = copy / module.path
        for pyc in (path.parent / "__pycache__").glob(f"{path.stem}.*.pyc"):
            pyc.unlink()


def worker(index: int, copy: Path, modules: list[Module], tasks: Any, results: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the workers (SIGTERM)
    signal.signal(signal.SIGTERM, stop_worker)
    warm_up(copy, modules)
    parent = os.getppid()
    while True:
        try:
            task = tasks.get(timeout=5)
        except queue.Empty:
            if os.getppid() != parent:  # the run was killed: do not wait for work forever
                return
            continue
        if task is None:
            return
        try:
            before = os.times()
            outcome = perform(task, copy)
            after = os.times()
            outcome.cpu = (after.children_user + after.children_system
                           - before.children_user - before.children_system)
            results.put(outcome)
        except Exception as error:  # noqa: BLE001 - one broken mutant does not stop the run
            results.put(Outcome(task.module, task.job_id, "incompetent", 0.0, f"worker {index}: {error!r}"))


# --- a module's session -------------------------------------------------------------------------------


@dataclass
class Survivor:
    where: str  # file:line
    operator: str
    line: str  # the source line
    reached: bool
    explained: str = ""


@dataclass
class Score:
    name: str
    path: str
    killed: int = 0
    survived: int = 0
    not_reached: int = 0  # of the survived: in statements the tests never execute
    incompetent: int = 0  # no mutation possible, or the worker failed: not counted either way
    skipped: dict[str, int] = field(default_factory=dict)  # equivalent by construction, by reason
    survivors: list[Survivor] = field(default_factory=list)
    seconds: float = 0.0  # worker time
    cpu: float = 0.0  # CPU seconds of the mutants' test runs
    total: int = 0
    done: int = 0

    @property
    def rate(self) -> float:
        total = self.killed + self.survived
        return self.killed / total if total else 1.0


BASELINE_TIMEOUT = 1800.0  # seconds for a module's unmutated run, traced (slower than plain pytest)
ANNOTATION = "equivalent: inside a type annotation, never evaluated (from __future__ import annotations)"
PRAGMA = "pragma: no mutate"
OUTSIDE = "outside the functions this module is scored on (Module.only)"


def init_session(name: str, module: Module) -> Path:
    """``cosmic-ray init`` of the module, then the equivalent mutants marked skipped (with the reason)."""
    from cosmic_ray.tools.filters.pragma_no_mutate import PragmaNoMutateFilter  # type: ignore[import-untyped]
    from cosmic_ray.work_db import WorkDB, use_db  # type: ignore[import-untyped]
    from cosmic_ray.work_item import WorkerOutcome, WorkResult  # type: ignore[import-untyped]

    folder = BUILD / name
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "cosmic-ray.toml"
    config.write_text("\n".join([
        "[cosmic-ray]",
        f"module-path = {json.dumps(module.path)}",
        "timeout = 60.0",
        "excluded-modules = []",
        f"test-command = {json.dumps('python -m pytest ' + ' '.join(pytest_args(module)))}",
        "",
        "[cosmic-ray.distributor]",
        'name = "local"',
        "",
    ]), encoding="utf-8")
    session = folder / "session.sqlite"
    session.unlink(missing_ok=True)
    done = subprocess.run([str(Path(sys.executable).parent / "cosmic-ray"), "init", str(config), str(session)],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"cosmic-ray init failed:\n{done.stderr[-3000:]}")
    spans = annotation_spans((ROOT / module.path).read_text(encoding="utf-8"))
    scored = [tuple(map(int, r.split("-"))) for r in line_ranges(ROOT / module.path, module.only)]
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item in db.work_items:
            if scored and not any(low <= m.start_pos[0] <= high for m in item.mutations for low, high in scored):
                db.set_result(item.job_id, WorkResult(worker_outcome=WorkerOutcome.SKIPPED, output=OUTSIDE))
            elif all(inside(tuple(m.start_pos), tuple(m.end_pos), spans) for m in item.mutations):
                db.set_result(item.job_id, WorkResult(worker_outcome=WorkerOutcome.SKIPPED, output=ANNOTATION))
        pending = {item.job_id for item in db.pending_work_items}
        cwd = os.getcwd()
        os.chdir(ROOT)  # the filter opens the module paths as the session holds them (relative)
        try:
            PragmaNoMutateFilter().filter(db, None)
        finally:
            os.chdir(cwd)
        for item in db.completed_work_items:
            job, result = item
            if job.job_id in pending and result.worker_outcome == WorkerOutcome.SKIPPED:
                db.set_result(job.job_id, WorkResult(worker_outcome=WorkerOutcome.SKIPPED, output=PRAGMA))
    return session


def explanations() -> dict[str, list[dict[str, str]]]:
    """scripts/mutation-survivors.toml: module -> [{operator, line, reason}] (the line stripped)."""
    if not EXPLAINED.exists():
        return {}
    return {k: list(v) for k, v in tomllib.loads(EXPLAINED.read_text(encoding="utf-8")).items()}


# --- the run ------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help=f"names from MODULES (default: all): {', '.join(MODULES)}")
    parser.add_argument("--threshold", type=float, default=0.90, help="least share killed per module")
    parser.add_argument("--jobs", type=int, default=2, help="workers, each with its own copy of the tree")
    parser.add_argument("--list", action="store_true", help="print the modules and their tests, then exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, module in MODULES.items():
            only = f" ({', '.join(module.only)})" if module.only else ""
            print(f"{name:12} {module.path}{only}  <- {' '.join(module.tests)}")
        return 0
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        parser.error(f"unknown module(s) {unknown}; known: {', '.join(MODULES)}")
    names = args.modules or list(MODULES)
    started = time.monotonic()
    sys.dont_write_bytecode = True  # a mutant and the original may share a timestamp: never a stale .pyc
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"

    print(f"mutation: {len(names)} module(s), {args.jobs} workers; copying the tree", flush=True)
    copies = [BUILD / f"worker-{i}" / "repo" for i in range(args.jobs)]
    for copy in copies:
        copy_tree(copy)
    preload()
    context = multiprocessing.get_context("fork")
    tasks: Any = context.Queue()
    results: Any = context.Queue()
    modules = [MODULES[name] for name in names]
    workers = [context.Process(target=worker, args=(i, copy, modules, tasks, results), daemon=True)
               for i, copy in enumerate(copies)]
    for process in workers:
        process.start()
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))  # stop the workers too
    try:
        return run(names, args.threshold, tasks, results, workers, started)
    finally:
        for _ in workers:
            tasks.put(None)
        for process in workers:
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()


def receive(results: Any, workers: list[Any]) -> Outcome:
    while True:
        try:
            outcome: Outcome = results.get(timeout=5)
            return outcome
        except queue.Empty:
            if not any(p.is_alive() for p in workers):
                raise RuntimeError("the mutation workers stopped") from None


def run(names: list[str], threshold: float, tasks: Any, results: Any, workers: list[Any],
        started: float) -> int:
    jobs = len(workers)
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkResult

    # the unmutated runs, traced: do the tests pass, and which statements do they reach
    scores: dict[str, Score] = {}
    baselines: dict[str, Outcome] = {}
    for name in names:
        module = MODULES[name]
        print(f"mutation {name}: {module.path} against {', '.join(module.tests)}", flush=True)
        tasks.put(Task(name, "", pytest_args(module), module.path, BASELINE_TIMEOUT))
    for _ in names:
        outcome = receive(results, workers)
        baselines[outcome.module] = outcome
    broken = [n for n in names if baselines[n].outcome != "survived"]
    for name in broken:
        print(f"mutation {name}: its tests fail unmutated:\n{baselines[name].output[-3000:]}", file=sys.stderr)

    sessions: dict[str, Path] = {}
    lines_of: dict[str, list[str]] = {}
    queued = 0
    for name in names:
        if name in broken:
            continue
        module = MODULES[name]
        base = baselines[name]
        timeout = module.timeout or max(10.0, 3 * base.seconds)
        sessions[name] = session = init_session(name, module)
        source = (ROOT / module.path).read_text(encoding="utf-8")
        lines_of[name] = source.splitlines()
        statement = statement_lines(source)
        score = scores[name] = Score(name, module.path)
        unreached = 0
        with use_db(str(session), WorkDB.Mode.open) as db:
            for job, result in db.completed_work_items:
                score.skipped[result.output or PRAGMA] = score.skipped.get(result.output or PRAGMA, 0) + 1
            for item in db.pending_work_items:
                mutation = item.mutations[0]
                lines = statement(*mutation.start_pos)
                tests = sorted({t for line in lines for t in base.reached.get(line, [])})
                score.total += 1
                if not tests and module.reach:
                    unreached += 1
                    db.set_result(item.job_id, WorkResult(
                        worker_outcome=WorkerOutcome.NORMAL, test_outcome=TestOutcome.SURVIVED,
                        output="not reached: no test executes this statement (in the test process)"))
                    continue
                tasks.put(Task(name, item.job_id, pytest_args(module), module.path, timeout,
                               mutation.operator_name, dict(mutation.operator_args), mutation.occurrence,
                               [t for t in tests if t], len(module.tests),
                               [t for t in base.tests if t not in tests]))
                queued += 1
        skipped = sum(score.skipped.values())
        outside = score.skipped.get(OUTSIDE, 0)
        print(f"mutation {name}: {score.total + skipped} mutants: "
              + (f"{outside} outside {', '.join(module.only)}; " if outside else "")
              + f"{skipped - outside} equivalent by construction (skipped), {score.total - unreached} to run, "
              f"{unreached} not reached by the tests; the tests took {base.seconds:.1f}s unmutated "
              f"(timeout {timeout:.0f}s)", flush=True)

    # the mutants
    done = 0
    last = time.monotonic()
    dbs = {name: use_db(str(path), WorkDB.Mode.open) for name, path in sessions.items()}
    opened = {name: manager.__enter__() for name, manager in dbs.items()}
    try:
        while done < queued:
            outcome = receive(results, workers)
            done += 1
            score = scores[outcome.module]
            score.seconds += outcome.seconds
            score.cpu += outcome.cpu
            test_outcome = {"killed": TestOutcome.KILLED, "survived": TestOutcome.SURVIVED}.get(
                outcome.outcome, TestOutcome.INCOMPETENT)
            opened[outcome.module].set_result(outcome.job_id, WorkResult(
                worker_outcome=WorkerOutcome.NORMAL, test_outcome=test_outcome, output=outcome.output,
                diff=outcome.diff))
            now = time.monotonic()
            if now - last >= 15 or done == queued:
                last = now
                print(f"mutation: {done}/{queued} mutants run, {now - started:.0f}s", flush=True)
    finally:
        for manager in dbs.values():
            manager.__exit__(None, None, None)

    # the scores, from the sessions
    explained = explanations()
    for name, session in sessions.items():
        score = scores[name]
        with use_db(str(session), WorkDB.Mode.open) as db:
            for item, result in db.completed_work_items:
                if result.worker_outcome == WorkerOutcome.SKIPPED:
                    continue
                if result.test_outcome == TestOutcome.KILLED:
                    score.killed += 1
                elif result.test_outcome == TestOutcome.SURVIVED:
                    score.survived += 1
                    mutation = item.mutations[0]
                    reached = not (result.output or "").startswith("not reached")
                    score.not_reached += not reached
                    line = lines_of[name][mutation.start_pos[0] - 1].strip()
                    reason = next((e["reason"] for e in explained.get(name, [])
                                   if e.get("operator") == mutation.operator_name and e.get("line") == line), "")
                    score.survivors.append(Survivor(f"{mutation.module_path}:{mutation.start_pos[0]}",
                                                    mutation.operator_name, line, reached, reason))
                else:
                    score.incompetent += 1
        score.survivors.sort(key=lambda s: (bool(s.explained), int(s.where.rsplit(":", 1)[1])))

    print("\nmodule          killed  survived (not reached)  skipped  other  score  worker time  CPU")
    for s in scores.values():
        flag = "" if s.rate >= threshold else f"  < {threshold:.0%}"
        print(f"{s.name:14} {s.killed:7}  {s.survived:8} ({s.not_reached:11})  {sum(s.skipped.values()):7}  "
              f"{s.incompetent:5}  {s.rate:5.0%}  {s.seconds:10.0f}s  {s.cpu:4.0f}s{flag}")
    for s in scores.values():
        for reason, count in s.skipped.items():
            print(f"  {s.name}: {count} skipped, {reason}")
    for s in scores.values():
        for v in s.survivors:
            note = f"\n      explained: {v.explained}" if v.explained else ""
            print(f"  survived: {v.where} {v.operator}{'' if v.reached else ' (not reached)'}\n"
                  f"      {v.line}{note}")
    for name, entries in explained.items():
        survivors = {(v.operator, v.line) for v in scores[name].survivors} if name in scores else None
        for entry in entries:
            if survivors is not None and (entry.get("operator"), entry.get("line")) not in survivors:
                print(f"  {EXPLAINED.name}: [{name}] {entry.get('operator')} {entry.get('line')!r} matches no "
                      "survivor now: remove the entry (killed, or the line changed)")
    unexplained = sum(1 for s in scores.values() for v in s.survivors if not v.explained)
    cpu = sum(s.cpu for s in scores.values())
    print(f"\nmutation: {sum(s.killed for s in scores.values())} killed, "
          f"{sum(s.survived for s in scores.values())} survived ({unexplained} not explained in "
          f"{EXPLAINED.relative_to(ROOT)}), in {time.monotonic() - started:.0f}s (load average "
          f"{os.getloadavg()[0]:.1f}); the mutants took {cpu:.0f} CPU seconds: about {cpu / jobs:.0f}s "
          f"on {jobs} idle cores")
    report = BUILD / "report.json"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(json.dumps([{**asdict(s), "rate": round(s.rate, 4)} for s in scores.values()], indent=2)
                      + "\n", encoding="utf-8")
    if broken:
        return 2
    return 0 if all(s.rate >= threshold for s in scores.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
