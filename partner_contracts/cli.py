"""The ``partner-contracts`` command: one subcommand per stage of the pipeline.

    validate   openapi-spec-validator + our rules, findings as file:line #pointer [rule] message
    bundle     write each spec as one JSON file (what the other tools read)
    generate   bundle, run openapi-python-client, ruff and mypy --strict; --check fails on drift
    mock       serve every API from one process on http://127.0.0.1:<port>/<key>/...
    fuzz       schemathesis, every check, against the mock (or a sandbox from the environment)
    coverage   the source's documented operations against the spec's x-source citations
    selftest   seeded faults in the mock, which the fuzz suite must catch (a score)
    stress     200 connections for 30 s against the mock: 0 errors, 0 5xx
    proxy      a validating reverse proxy in front of a vendor sandbox; --record keeps redacted evidence
    evidence   what the recorded exchanges say of each unverified ledger entry; `evidence promote FILE`
    webhooks   `send API EVENT --to URL`: signed deliveries to a receiver; `listen API`: verify and record
    check      validate, generate --check, coverage, fuzz, with a summary (what ``make check`` runs)
    diff       what changed in each spec since a git ref, breaking or not (exit 1: breaking, major not raised)
    docs       the reference docs (Swagger UI, offline) under build/docs/

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
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: a fixed one, 20240209)")
    parser.add_argument("--workers", default="1")
    parser.add_argument("--phases", default=None, help="examples,coverage,fuzzing,stateful (default: all)")
    parser.add_argument("--jobs", type=int, default=None, help="APIs fuzzed at the same time (default: all)")
    parser.add_argument("--stall-timeout", type=float, default=None, metavar="SECONDS",
                        help="stop a run as hung when no request finished for this long (default 90)")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="stop a run still going after this long (default 900)")
    parser.add_argument("--allow-no-success", action="append", default=[], metavar="OPERATION_ID",
                        help="an operation the target cannot answer with a success (a sandbox without the data): "
                             "the run does not fail for it; listed in the summary (repeatable)")


def cmd_validate(args: argparse.Namespace) -> int:
    from partner_contracts.spec.api import select

    from .lint import rules as lint

    failed = 0
    for api in select(args.apis):
        report = lint.validate(api)
        for finding in report.findings:
            print(finding)
        status = "ok" if report.ok else f"{len(report.findings)} finding(s)"
        print(f"{api.key}: {report.operations} operations, {report.examples} examples validated: {status}")
        failed += not report.ok
    if args.redocly:
        from partner_contracts.lint.redocly import run

        failed += not run(select(args.apis))
    return 1 if failed else 0


def cmd_bundle(args: argparse.Namespace) -> int:
    from partner_contracts.clients.generate import write_bundle
    from partner_contracts.spec.api import select

    for api in select(args.apis):
        path = write_bundle(api)
        print(f"{api.key}: {path}")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    from partner_contracts.clients.generate import generate_all

    return generate_all(args.apis, check=args.check, verify=not args.no_verify, force=args.force)


def cmd_mock(args: argparse.Namespace) -> int:
    from partner_contracts.mock.guard import Limits
    from partner_contracts.mock.server import serve

    limits = Limits(keep_alive=args.keep_alive_timeout, header_timeout=args.header_timeout,
                    body_timeout=args.body_timeout, max_header_bytes=args.max_header_bytes,
                    max_connections=args.max_connections, shutdown_timeout=args.shutdown_timeout)
    return serve(args.apis, host=args.host, port=args.port, webhook_url=args.webhook_url, limits=limits,
                 admin_token=args.admin_token, access_log=args.access_log, webhook_rate=args.webhook_rate,
                 state=args.state, workers=args.workers, loop=args.loop)


def cmd_fuzz(args: argparse.Namespace) -> int:
    from partner_contracts.fuzz.run import fuzz_cli

    return fuzz_cli(args)


def cmd_coverage(args: argparse.Namespace) -> int:
    from partner_contracts.lint.coverage import coverage_cli

    return coverage_cli(args.apis)


def cmd_selftest(args: argparse.Namespace) -> int:
    from partner_contracts.fuzz.selftest import selftest_cli

    return selftest_cli(args)


def cmd_stress(args: argparse.Namespace) -> int:
    if args.hostile:
        from partner_contracts.load.hostile import hostile_run

        return hostile_run(duration=args.duration if args.duration != 30.0 else 20.0)
    from partner_contracts.load.stress import stress_cli

    return stress_cli(args)


def cmd_check(args: argparse.Namespace) -> int:
    from .check import run_check

    return run_check(args)


def cmd_proxy(args: argparse.Namespace) -> int:
    from partner_contracts.sandbox.proxy import proxy_cli

    return proxy_cli(args)


def cmd_evidence(args: argparse.Namespace) -> int:
    from partner_contracts.sandbox.evidence import evidence_cli

    return evidence_cli(args)


def cmd_webhooks(args: argparse.Namespace) -> int:
    from partner_contracts.sandbox.webhooks import webhooks_cli

    return webhooks_cli(args)
def cmd_diff(args: argparse.Namespace) -> int:
    from pathlib import Path

    from partner_contracts.changes.diff import diff_cli

    return diff_cli(args.apis, args.base, as_json=args.json, out_dir=Path(args.out) if args.out else None,
                    head=args.head)


def cmd_docs(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .docs import docs_cli

    return docs_cli(args.apis, Path(args.out) if args.out else None)


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
    p.add_argument("--redocly", action="store_true",
                   help="also lint with Redocly CLI's recommended ruleset (npm install on first use; ~15 s)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("bundle", help="write the bundled single-file specs")
    _add_keys(p)
    p.set_defaults(func=cmd_bundle)

    p = sub.add_parser("generate", help="bundle and generate the typed clients")
    _add_keys(p)
    p.add_argument("--check", action="store_true", help="regenerate in a scratch folder and fail on any drift")
    p.add_argument("--no-verify", action="store_true", help="skip ruff and mypy --strict on the result")
    p.add_argument("--force", action="store_true",
                   help="regenerate even when the inputs are unchanged since the last full run (build/generate/)")
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("mock", help="serve every API from one process")
    _add_keys(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=4010, help="port (default 4010)")
    p.add_argument("--webhook-url", help="POST signed webhook payloads here when state changes")
    p.add_argument("--webhook-rate", type=float, default=100.0, metavar="N",
                   help="at most N delivery attempts a second; past it the queue (1,000) drops its oldest "
                        "(default 100; 0: no pace)")
    p.add_argument("--admin-token", help="require this token (header x-mock-admin-token) on /_mock/*; "
                   "a random one is made and printed when --host is not loopback")
    p.add_argument("--access-log", action="store_true",
                   help="log each request to stderr (credential values redacted)")
    p.add_argument("--keep-alive-timeout", type=float, default=5.0, metavar="S",
                   help="close an idle kept-alive connection after S seconds (default 5)")
    p.add_argument("--header-timeout", type=float, default=10.0, metavar="S",
                   help="close a connection whose request headers are not in after S seconds (default 10)")
    p.add_argument("--body-timeout", type=float, default=30.0, metavar="S",
                   help="close a connection whose request body is not in S seconds after its headers (default 30)")
    p.add_argument("--max-header-bytes", type=int, default=64 * 1024, metavar="N",
                   help="answer 431 to a request line plus headers over N bytes (default 65536)")
    p.add_argument("--max-connections", type=int, default=1000, metavar="N",
                   help="close new connections past N open ones (default 1000, at most the fd limit - 32)")
    p.add_argument("--shutdown-timeout", type=float, default=3.0, metavar="S",
                   help="on SIGTERM, give in-flight requests S seconds, then exit (default 3)")
    p.add_argument("--state", default="memory", metavar="memory|redis://HOST:PORT/DB",
                   help="where state lives: this process (default) or a Redis shared by workers and replicas, "
                        "which outlives a restart")
    p.add_argument("--workers", type=int, default=1, help="worker processes (more than 1 needs --state redis://…)")
    p.add_argument("--loop", choices=("auto", "asyncio", "uvloop"), default="auto",
                   help="uvicorn's event loop (default auto: uvloop when installed)")
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
    p.add_argument("--hostile", action="store_true",
                   help="instead: the hostile-load run (100 attacking connections, 200 slowloris sockets, a "
                        "control client, --webhook-url at a receiver answering 500; 20 s; see hostile.py)")
    p.set_defaults(func=cmd_stress)

    p = sub.add_parser("check", help="validate, generate --check, coverage, fuzz: the CI job")
    _add_keys(p)
    _add_fuzz_options(p)
    p.add_argument("--force", action="store_true", help="regenerate every client even if its inputs are unchanged")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("proxy", help="a validating reverse proxy in front of a vendor sandbox (or any server)",
                       description="Check every exchange against the spec and forward it unchanged; credentials "
                                   "come from the API's environment variables when the caller sent none.")
    p.add_argument("api", metavar="API", help="the API key, e.g. pancake-pos")
    p.add_argument("--upstream", required=True, help="base URL of the real service (the API's paths go after it)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=4020, help="port (default 4020)")
    p.add_argument("--record", metavar="DIR", help="keep each exchange as redacted evidence under DIR/<key>/ "
                                                   "(the repository's folder is evidence/)")
    p.add_argument("--report-dir", help="where report.json and junit.xml go (default build/proxy/<key>/)")
    p.add_argument("--strict", action="store_true", help="exit 1 when any violation was seen")
    p.set_defaults(func=cmd_proxy)

    p = sub.add_parser("evidence", help="recorded exchanges vs the unverified ledger entries; promote FILE",
                       description="`evidence [API ...]`: per unverified ledger entry the recorded exchanges that "
                                   "confirm or contradict it, per operation the documented statuses observed "
                                   "(exit 1 when an entry is contradicted). `evidence promote FILE ...`: add a "
                                   "recorded response to the spec as a named example, after validating it.")
    p.add_argument("apis", nargs="*", metavar="API", help="API keys (default: all), or `promote FILE ...`")
    p.add_argument("--dir", default="evidence", help="the evidence folder (default evidence/)")
    p.add_argument("--name", help="promote: the example's name (default evidence<status>_<date>_<n>)")
    p.set_defaults(func=cmd_evidence)

    p = sub.add_parser("webhooks", help="send signed webhook deliveries to a receiver, or listen for the vendor's",
                       description="`webhooks send API EVENT --to URL`: the spec's examples of EVENT (a webhook "
                                   "name, or `all`) then generated ones, signed as the vendor signs them; exit 1 "
                                   "unless the receiver accepts all (2xx). `webhooks listen API`: verify, validate "
                                   "and record each delivery.")
    p.add_argument("action", choices=["send", "listen"])
    p.add_argument("api", metavar="API")
    p.add_argument("event", nargs="?", metavar="EVENT", help="send: the webhook's name in the spec, or `all`")
    p.add_argument("--to", help="send: the receiver's URL")
    p.add_argument("--secret", help="the webhook secret (default: the mock's, e.g. PALM_MOCK_WEBHOOK_SECRET)")
    p.add_argument("--generated", type=int, default=1, help="send: generated payloads after the examples")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=4030, help="listen: port (default 4030)")
    p.add_argument("--record", default="evidence", help="listen: the evidence folder (default evidence/)")
    p.set_defaults(func=cmd_webhooks)
    p = sub.add_parser("diff", help="changelog since a git ref; exit 1 on a breaking change without a major bump")
    _add_keys(p)
    p.add_argument("--base", help="git ref to compare with (default: the merge base with main)")
    p.add_argument("--head", help="git ref to compare (default: the working tree)")
    p.add_argument("--json", action="store_true", help="print the changes as JSON instead of Markdown")
    p.add_argument("--out", help="folder for <key>.md and diff.json (default build/diff)")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("docs", help="write the offline reference docs (Swagger UI) to build/docs/")
    _add_keys(p)
    p.add_argument("--out", help="folder (default build/docs)")
    p.set_defaults(func=cmd_docs)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
