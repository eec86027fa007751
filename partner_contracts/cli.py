"""The ``partner-contracts`` command: one subcommand per stage of the pipeline.

    validate   openapi-spec-validator + our rules, findings as file:line #pointer [rule] message
    bundle     write each spec as one JSON file (what the other tools read)
    generate   bundle, run openapi-python-client, ruff and mypy --strict; --check fails on drift
    mock       serve every API from one process on http://127.0.0.1:<port>/<key>/...
    fuzz       schemathesis, every check, against the mock (or a sandbox from the environment)
    coverage   the source's documented operations against the spec's x-source citations
    selftest   seeded faults in the mock, which the fuzz suite must catch (a score)
    stress     200 connections for 30 s against the mock: 0 errors, 0 5xx
    check      all of the above, with a summary (what ``make check`` runs)

Every subcommand takes API keys to limit it (default: all) and exits non-zero on failure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _add_keys(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("apis", nargs="*", metavar="API", help="API keys (default: every API under specs/)")


def _add_fuzz_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-examples", type=int, default=None,
                        help="test cases per operation (default: api.yaml fuzz.max_examples, else schemathesis')")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--workers", default="1")
    parser.add_argument("--phases", default=None, help="examples,coverage,fuzzing,stateful (default: all)")


def cmd_validate(args: argparse.Namespace) -> int:
    from . import lint
    from .specs import select

    failed = 0
    for api in select(args.apis):
        report = lint.validate(api)
        for finding in report.findings:
            print(finding)
        status = "ok" if report.ok else f"{len(report.findings)} finding(s)"
        print(f"{api.key}: {report.operations} operations, {report.examples} examples validated: {status}")
        failed += not report.ok
    return 1 if failed else 0


def cmd_bundle(args: argparse.Namespace) -> int:
    from .generate import write_bundle
    from .specs import select

    for api in select(args.apis):
        path = write_bundle(api)
        print(f"{api.key}: {path}")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    from .generate import generate_all

    return generate_all(args.apis, check=args.check, verify=not args.no_verify)


def cmd_mock(args: argparse.Namespace) -> int:
    from .mock.server import serve

    return serve(args.apis, host=args.host, port=args.port, webhook_url=args.webhook_url, state=args.state,
                 workers=args.workers)


def cmd_fuzz(args: argparse.Namespace) -> int:
    from .fuzz import fuzz_cli

    return fuzz_cli(args)


def cmd_coverage(args: argparse.Namespace) -> int:
    from .coverage import coverage_cli

    return coverage_cli(args.apis)


def cmd_selftest(args: argparse.Namespace) -> int:
    from .selftest import selftest_cli

    return selftest_cli(args)


def cmd_stress(args: argparse.Namespace) -> int:
    from .stress import stress_cli

    return stress_cli(args)


def cmd_check(args: argparse.Namespace) -> int:
    from .check import run_check

    return run_check(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partner-contracts",
        description="Contracts for partner HTTP APIs: validate, generate clients, mock, fuzz, coverage.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1] if __doc__ else None,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("validate", help="validate every spec (OpenAPI + our rules)")
    _add_keys(p)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("bundle", help="write the bundled single-file specs")
    _add_keys(p)
    p.set_defaults(func=cmd_bundle)

    p = sub.add_parser("generate", help="bundle and generate the typed clients")
    _add_keys(p)
    p.add_argument("--check", action="store_true", help="regenerate in a scratch folder and fail on any drift")
    p.add_argument("--no-verify", action="store_true", help="skip ruff and mypy --strict on the result")
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("mock", help="serve every API from one process")
    _add_keys(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=4010, help="port (default 4010)")
    p.add_argument("--webhook-url", help="POST signed webhook payloads here when state changes")
    p.add_argument("--state", default="memory", metavar="memory|redis://HOST:PORT/DB",
                   help="where state lives: this process (default) or a Redis shared by workers and replicas, "
                        "which outlives a restart")
    p.add_argument("--workers", type=int, default=1, help="worker processes (more than 1 needs --state redis://…)")
    p.set_defaults(func=cmd_mock)

    p = sub.add_parser("fuzz", help="schemathesis with every check, stateful phase included")
    _add_keys(p)
    _add_fuzz_options(p)
    p.set_defaults(func=cmd_fuzz)

    p = sub.add_parser("coverage", help="documented operations vs spec operations")
    _add_keys(p)
    p.set_defaults(func=cmd_coverage)

    p = sub.add_parser("selftest", help="inject seeded faults into the mock; the fuzz suite must catch them")
    _add_keys(p)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--max-examples", type=int, default=10)
    p.add_argument("--threshold", type=float, default=0.9, help="minimum share of faults caught (default 0.9)")
    p.add_argument("--report", help="write the outcome as JSON here")
    p.set_defaults(func=cmd_selftest)

    p = sub.add_parser("stress", help="the mock under load on loopback: 0 errors and 0 5xx, or exit 1")
    p.add_argument("--connections", type=int, default=200)
    p.add_argument("--duration", type=float, default=30.0, help="seconds (default 30)")
    p.add_argument("--setting", default="asyncio+h11", help="uvicorn loop+http (default asyncio+h11)")
    p.add_argument("--generator", choices=["auto", "wrk", "python"], default="auto")
    p.set_defaults(func=cmd_stress)

    p = sub.add_parser("check", help="validate, generate --check, coverage, fuzz: the CI job")
    _add_keys(p)
    _add_fuzz_options(p)
    p.set_defaults(func=cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
