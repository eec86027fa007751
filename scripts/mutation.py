"""`make mutation`: mutation testing (cosmic-ray) of the modules whose failure hurts users, each against the
tests that cover it, with a score per module and the surviving mutants.

A mutant is a small change to the code (an operator swapped, a constant changed, a condition negated …); the
module's tests should fail on it ("killed"). A mutant they still pass ("survived") is behaviour no test
holds. Each module is mutated in its own copy of the working tree under build/mutation/<name>/ (cosmic-ray
edits the file in place), with only its own tests run per mutant, so a full run stays within about 20
minutes on two cores. Nothing here edits the checkout.

    python scripts/mutation.py                 # every module in MODULES
    python scripts/mutation.py auth security   # some of them (names as in MODULES)
    python scripts/mutation.py --list          # the modules and their tests

Exit status 1 when a module scores under --threshold (default 0.90), 2 when its tests fail unmutated.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "mutation"


@dataclass(frozen=True)
class Module:
    """One module under mutation: its file and the tests that must kill its mutants."""

    path: str
    tests: tuple[str, ...]
    timeout: float = 60.0  # seconds per mutant's test run (a mutant that hangs the tests counts as killed)
    # when given, only these functions (``name`` or ``Class.method``) of the file are mutated: for a file
    # too big to mutate whole within the time budget, the code that decides what users rely on
    only: tuple[str, ...] = ()


MODULES: dict[str, Module] = {
    # authentication and signing: credentials, HMAC, constant-time comparison; the mock's checks
    "auth": Module("partner_contracts/spec/auth.py",
                   ("tests/mock/test_security.py", "tests/mock/test_held.py", "tests/test_fuzz_hooks.py")),
    "security": Module("partner_contracts/runtime/security.py",
                       ("tests/mock/test_security.py", "tests/mock/test_held.py")),
    # request validation
    "validate": Module("partner_contracts/runtime/validate.py",
                       ("tests/mock/test_validate.py", "tests/mock/test_robustness.py")),
    # the fuzz's proof that it reached the API
    "reach": Module("partner_contracts/fuzz/reach.py", ("tests/fuzz/test_reach.py",)),
    # evidence redaction
    "redact": Module("partner_contracts/runtime/redact.py", ("tests/test_redaction.py",)),
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


def copy_tree(dest: Path) -> None:
    """The working tree's files (tracked and untracked, not ignored) into ``dest``."""
    if dest.exists():
        shutil.rmtree(dest)
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                           capture_output=True).stdout.decode().split("\0")
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def environment(copy: Path) -> dict[str, str]:
    """The copy's package (and generated clients) first on the path, before the editable installs."""
    paths = [str(copy), *sorted(str(p) for p in (copy / "generated").glob("*-client"))]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "PYTHONDONTWRITEBYTECODE": "1"}


def test_command(module: Module) -> list[str]:
    """The module's fast tests (``-m "not slow"``), stopping at the first failure: one run per mutant."""
    return [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
            "-n", "0", "-m", "not slow", "--timeout", str(int(module.timeout)), *module.tests]


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


def cosmic(copy: Path, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    binary = Path(sys.executable).parent / tool
    return subprocess.run([str(binary), *args], cwd=copy, env=environment(copy), capture_output=True, text=True,
                          check=False)


@dataclass
class Score:
    name: str
    killed: int
    survived: int
    other: int  # incompetent mutants (the code would not import) and errors: not counted either way
    survivors: list[str]
    seconds: float

    @property
    def rate(self) -> float:
        total = self.killed + self.survived
        return self.killed / total if total else 1.0


def run(name: str, module: Module) -> Score | None:
    started = time.monotonic()
    folder = BUILD / name
    copy = folder / "repo"
    print(f"mutation {name}: {module.path} against {', '.join(module.tests)}", flush=True)
    copy_tree(copy)
    baseline = subprocess.run(test_command(module), cwd=copy, env=environment(copy), capture_output=True,
                              text=True, check=False)
    if baseline.returncode != 0:
        print(f"mutation {name}: its tests fail unmutated:\n{baseline.stdout[-3000:]}", file=sys.stderr)
        return None
    config = folder / "cosmic-ray.toml"
    config.write_text("\n".join([
        "[cosmic-ray]",
        f"module-path = {json.dumps(module.path)}",
        f"timeout = {module.timeout * 2}",
        "excluded-modules = []",
        f"test-command = {json.dumps(shlex.join(test_command(module)))}",
        "",
        "[cosmic-ray.distributor]",
        'name = "local"',
        "",
        *([
            "[cosmic-ray.filters.line-filter.lines]",
            f"{json.dumps(module.path)} = {json.dumps(line_ranges(copy / module.path, module.only))}",
            "",
        ] if module.only else []),
    ]), encoding="utf-8")
    session = folder / "session.sqlite"
    session.unlink(missing_ok=True)
    steps = [("cosmic-ray", "init", str(config), str(session)), ("cosmic-ray", "exec", str(config), str(session))]
    if module.only:  # mark the mutants outside the listed functions skipped before they run
        steps.insert(1, ("cr-filter-lines", "--config", str(config), str(session)))
    for step in steps:
        done = cosmic(copy, *step)
        if done.returncode != 0:
            print(f"mutation {name}: {' '.join(step[:2])} failed:\n{done.stderr[-3000:]}", file=sys.stderr)
            return None
    dump = cosmic(copy, "cosmic-ray", "dump", str(session))
    killed = survived = other = 0
    survivors = []
    for line in dump.stdout.splitlines():
        item, result = json.loads(line)
        if (result or {}).get("worker_outcome") == "skipped":  # outside ``only``: not a mutant of this module
            continue
        outcome = (result or {}).get("test_outcome")
        if outcome == "killed":
            killed += 1
        elif outcome == "survived":
            survived += 1
            for mutation in item.get("mutations", []):
                survivors.append(f"{mutation['module_path']}:{mutation['start_pos'][0]} "
                                 f"{mutation['operator_name']} #{mutation['occurrence']}")
        else:
            other += 1
    score = Score(name, killed, survived, other, survivors, time.monotonic() - started)
    print(f"mutation {name}: {killed} killed, {survived} survived, {other} not counted: "
          f"{score.rate:.0%} in {score.seconds:.0f}s", flush=True)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help=f"names from MODULES (default: all): {', '.join(MODULES)}")
    parser.add_argument("--threshold", type=float, default=0.90, help="least share killed per module")
    parser.add_argument("--list", action="store_true", help="print the modules and their tests, then exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, module in MODULES.items():
            only = f" ({', '.join(module.only)})" if module.only else ""
            print(f"{name:10} {module.path}{only}  <- {' '.join(module.tests)}")
        return 0
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        parser.error(f"unknown module(s) {unknown}; known: {', '.join(MODULES)}")
    scores, broken = [], []
    for name in args.modules or list(MODULES):
        score = run(name, MODULES[name])
        if score is None:
            broken.append(name)
        else:
            scores.append(score)
    print("\nmodule       killed  survived  score")
    for s in scores:
        print(f"{s.name:12} {s.killed:6}  {s.survived:8}  {s.rate:5.0%}" + ("" if s.rate >= args.threshold else "  < "
                                                                           f"{args.threshold:.0%}"))
    for s in scores:
        for survivor in s.survivors:
            print(f"  survived: {survivor}")
    report = BUILD / "report.json"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(json.dumps([s.__dict__ for s in scores], indent=2) + "\n", encoding="utf-8")
    if broken:
        return 2
    return 0 if all(s.rate >= args.threshold for s in scores) else 1


if __name__ == "__main__":
    sys.exit(main())
