"""``partner-contracts check`` (``make check``): the CI job, stage by stage, then one summary table.

1. validate  — openapi-spec-validator and our rules on every spec; then Redocly's recommended ruleset
   (installed from npm on first use, skipped with a message without npm)
2. generate  — regenerate every client in a scratch folder (ruff, mypy --strict) and fail on drift
3. coverage  — every documented operation and webhook is in the spec
4. fuzz      — schemathesis, every check, all phases, against the embedded mock (or a sandbox)

Later stages still run when an earlier one fails, so one run shows everything; the exit status is 1
if any stage failed.
"""

from __future__ import annotations

import argparse
import time

from partner_contracts.clients.generate import generate_all
from partner_contracts.fuzz.run import STALL_SECONDS, TIMEOUT_SECONDS, fuzz
from partner_contracts.lint.redocly import run as run_redocly
from partner_contracts.spec.api import select

from .lint import coverage
from .lint import rules as lint
from .progress import Stages, seconds


def _stage(title: str) -> float:
    print(f"\n== {title} ==", flush=True)
    return time.perf_counter()


def _done(stages: Stages, name: str, t: float) -> None:
    elapsed = time.perf_counter() - t
    stages.add(name, elapsed)
    print(f"({seconds(elapsed)})", flush=True)


def run_check(args: argparse.Namespace) -> int:
    apis = select(args.apis)
    keys = [a.key for a in apis]
    stages = Stages()
    rows: dict[str, dict[str, object]] = {a.key: {} for a in apis}
    failed: list[str] = []

    t = _stage("validate")
    for api in apis:
        report = lint.validate(api)
        for finding in report.findings:
            print(finding)
        rows[api.key].update(operations=report.operations, examples=report.examples, findings=len(report.findings))
        print(f"{api.key}: {report.operations} operations, {report.examples} examples validated, "
              f"{len(report.findings)} finding(s)")
        if not report.ok or report.todos:
            failed.append(f"validate {api.key}" + (f" ({report.todos} TODOs left)" if report.todos else ""))
    _done(stages, "validate", t)

    t = _stage("redocly lint (recommended ruleset, redocly.yaml)")
    if not run_redocly(apis):
        failed.append("redocly")
    print(f"({time.perf_counter() - t:.1f}s)")

    t = _stage("generate --check (ruff, mypy --strict, drift)")
    if generate_all(keys, check=True, verify=True, force=getattr(args, "force", False)):
        failed.append("generate")
    _done(stages, "generate --check", t)

    t = _stage("coverage")
    for api in apis:
        covered = coverage.check(api)
        hooks = f" + {len(covered.webhooks_covered)}/{covered.webhooks_documented} webhooks" \
            if covered.webhooks_documented else ""
        rows[api.key]["coverage"] = f"{len(covered.covered)}/{covered.documented}{hooks}"
        print(f"{api.key}: {rows[api.key]['coverage']}")
        for line in covered.missing:
            print(f"  MISSING {line}")
        if not covered.ok:
            failed.append(f"coverage {api.key}")
    _done(stages, "coverage", t)

    t = _stage("fuzz (schemathesis --checks all, stateful included)")
    for result in fuzz(apis, max_examples=args.max_examples, seed=args.seed, workers=args.workers,
                       phases=args.phases, jobs=getattr(args, "jobs", None),
                       stall=getattr(args, "stall_timeout", None) or STALL_SECONDS,
                       timeout=getattr(args, "timeout", None) or TIMEOUT_SECONDS,
                       allow_no_success=tuple(getattr(args, "allow_no_success", None) or ())):
        rows[result.api].update(cases=result.cases, failures=result.failures + len(result.unreached))
        stages.add(f"  fuzz {result.api} (side by side)", result.seconds)
        if not result.ok:
            failed.append(f"fuzz {result.api}" + (" (hung)" if result.hung else
                                                  " (did not reach the API)" if result.unreached else ""))
    _done(stages, "fuzz", t)

    print("\n== summary ==")
    header = f"{'API':14} {'operations':>10} {'examples':>9} {'coverage':>22} {'fuzz cases':>11} {'failures':>9}"
    print(header)
    print("-" * len(header))
    totals = {"operations": 0, "examples": 0, "cases": 0, "failures": 0}
    for key, row in rows.items():
        for name in totals:
            value = row.get(name, 0)
            totals[name] += value if isinstance(value, int) else 0
        print(f"{key:14} {row.get('operations', '-'):>10} {row.get('examples', '-'):>9} "
              f"{row.get('coverage', '-'):>22} {row.get('cases', '-'):>11} {row.get('failures', '-'):>9}")
    print("-" * len(header))
    print(f"{'total':14} {totals['operations']:>10} {totals['examples']:>9} {'':>22} {totals['cases']:>11} "
          f"{totals['failures']:>9}")
    print()
    print(stages.report(top=10))
    elapsed = time.perf_counter() - stages.started
    if failed:
        print(f"\nFAILED ({elapsed:.0f}s): {', '.join(failed)}")
        return 1
    print(f"\nOK ({elapsed:.0f}s): specs valid, clients up to date, coverage complete, 0 fuzz failures")
    return 0
