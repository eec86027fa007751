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
    new        scaffold specs/KEY/ from a vendor document: `new KEY --source FILE [--auth …]`
    sources    vendor-document drift: `sources diff KEY --against NEW_FILE`, `sources accept KEY`
    check      validate, generate --check, coverage, fuzz, with a summary (what ``make check`` runs)
    diff       breaking changes between two specs (OLD NEW) or of our APIs since a git ref (exit 1)
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
        status = "ok" if report.ok else f"{len(report.findings) - report.todos} finding(s)"
        if report.todos:
            status += f", {report.todos} TODO(s) left"
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


def _size(text: str) -> int:
    from partner_contracts.runtime.budget import parse_size

    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_mock(args: argparse.Namespace) -> int:
    import gc

    # What the start builds (modules, specs, validators, plans) lives as long as the process: the cyclic
    # collector would scan it again and again while it grows (a hundred collections). It is collected once,
    # frozen, and the collector turned back on when the app starts (mock/app.py, lifespan startup).
    gc.disable()
    from partner_contracts.mock.guard import Limits
    from partner_contracts.mock.server import dispatch, serve

    if args.apis[:1] == ["dispatch"]:  # `mock dispatch`: deliver the Redis outbox, serve nothing
        gc.enable()
        return dispatch(args.apis[1:], state=args.state, webhook_url=args.webhook_url, webhook_rate=args.webhook_rate)

    limits = Limits(keep_alive=args.keep_alive_timeout, header_timeout=args.header_timeout,
                    body_timeout=args.body_timeout, max_header_bytes=args.max_header_bytes,
                    max_connections=args.max_connections, shutdown_timeout=args.shutdown_timeout,
                    write_timeout=args.write_timeout, max_pipelined=args.max_pipelined,
                    memory_budget=args.memory_budget)
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
def cmd_new(args: argparse.Namespace) -> int:
    from partner_contracts.lint.scaffold import new_cli

    return new_cli(args.key, args.source, args.auth)


def cmd_sources(args: argparse.Namespace) -> int:
    from partner_contracts.lint.drift import sources_cli

    return sources_cli(args.action, args.apis, args.against)


def cmd_diff(args: argparse.Namespace) -> int:
    from pathlib import Path

    from partner_contracts.changes.cli import diff_cli

    return diff_cli(args.apis, args.base, as_json=args.json, out_dir=Path(args.out) if args.out else None,
                    head=args.head, fmt=args.format, config=Path(args.config) if args.config else None)


def cmd_docs(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .docs import docs_cli

    return docs_cli(args.apis, Path(args.out) if args.out else None)


def _add_strict(p: argparse.ArgumentParser) -> None:
    p.add_argument("--strict", nargs="?", const="error", choices=["error", "warning"], metavar="LEVEL",
                   help="exit 1 when a finding at LEVEL or above was seen: `--strict` fails on errors, "
                        "`--strict=warning` on warnings too (info never fails)")


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

    p = sub.add_parser("mock", help="serve every API from one process",
                       description="Serve every API (or those named). `mock dispatch [API ...] --state redis://… "
                                   "--webhook-url URL` serves nothing: it delivers the webhook outbox in Redis "
                                   "(as every worker also does), e.g. as its own process.")
    _add_keys(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=4010, help="port (default 4010)")
    p.add_argument("--webhook-url", help="POST signed webhook payloads here when state changes")
    p.add_argument("--webhook-rate", type=float, default=0.0, metavar="N",
                   help="at most N delivery attempts a second, for a receiver that needs a pace (default 0: "
                        "as fast as the receiver answers)")
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
    p.add_argument("--write-timeout", type=float, default=10.0, metavar="S",
                   help="an answer the client does not read for S seconds closes its connection (default 10)")
    p.add_argument("--max-pipelined", type=int, default=8, metavar="N",
                   help="requests waiting on one connection before it is read no further (default 8)")
    p.add_argument("--memory-budget", type=_size, default="512MiB", metavar="BYTES",
                   help="bytes held for clients (bodies, pipelined requests, unread answers, records) before "
                        "new work gets 503 + Retry-After (default 512MiB; docs/mock.md, Memory)")
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
    _add_strict(p)
    p.add_argument("--slow", type=float, metavar="SECONDS",
                   help="report (info) an answer that takes longer than SECONDS")
    p.add_argument("--session-token", help="the token (header x-proxy-token) a request needs for the proxy to add "
                                           "credentials (default: a random one, printed at start)")
    p.set_defaults(func=cmd_proxy)

    p = sub.add_parser("evidence", help="recorded exchanges vs the unverified ledger entries; promote FILE",
                       description="`evidence [API ...]`: per unverified ledger entry the recorded exchanges that "
                                   "confirm or contradict it, per operation the documented statuses observed "
                                   "(exit 1 when an entry is contradicted). `evidence promote FILE ...`: add a "
                                   "recorded response to the spec as a named example, after validating it.")
    p.add_argument("apis", nargs="*", metavar="API", help="API keys (default: all), or `promote FILE ...`")
    p.add_argument("--dir", default="evidence", help="the evidence folder (default evidence/)")
    p.add_argument("--name", help="promote: the example's name (default evidence<status>_<date>_<n>)")
    p.add_argument("--include-mock", action="store_true",
                   help="count recordings made against our own mock too (left out by default: no evidence)")
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
    p.add_argument("--report-dir", help="listen: where report.json and junit.xml go (default build/webhooks/<key>/)")
    _add_strict(p)
    p.set_defaults(func=cmd_webhooks)
    p = sub.add_parser("new", help="scaffold specs/KEY/ from a vendor document (docs/adding-an-api.md)",
                       description="Create specs/KEY/: the thin root, one path file per path the document's "
                                   "headings show (as `coverage` reads them), api.yaml with the auth and test "
                                   "credentials, an empty ledger with its id prefix, a minimal behaviour file and "
                                   "the source fingerprints; every decision left to a person is a TODO that "
                                   "`validate` lists.")
    p.add_argument("key", metavar="KEY", help="the API key: lowercase words joined by '-' (ghn-shipping)")
    p.add_argument("--source", required=True, metavar="FILE",
                   help="the vendor document (copied into the sources folder when it is elsewhere)")
    p.add_argument("--auth", default="api-key-header",
                   choices=["api-key-header", "api-key-query", "bearer", "hmac", "token"],
                   help="how requests authenticate (default api-key-header)")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("sources", help="vendor-document drift: `diff KEY --against NEW_FILE`, `accept [KEY ...]`",
                       description="`sources diff KEY --against NEW_FILE`: section by section, what changed between "
                                   "the recorded vendor document and a new version, and which operations and ledger "
                                   "entries cite each changed section (exit 1 when a cited section changed). "
                                   "`sources accept [KEY ...]`: after review, record the fingerprints of the sections "
                                   "each spec cites in specs/<key>/sources.lock.yaml.")
    p.add_argument("action", choices=["diff", "accept"])
    _add_keys(p)
    p.add_argument("--against", metavar="NEW_FILE", help="diff: the new version of the API's vendor document")
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser(
        "diff", help="breaking changes between two specs, or of our APIs since a git ref (exit 1: breaking)",
        description="partner-contracts diff OLD NEW compares two OpenAPI documents: each a file (YAML/JSON, "
        "relative $refs followed), a URL, REF:path (a file at a git ref) or an API key; exit 1 on a breaking "
        "change. partner-contracts diff [API ...] [--base REF] compares our specs/<key>/ between git refs "
        "(exit 1: a breaking change without a raised info.version major). Exit 2: bad input. "
        "See docs/changes.md for the rules, the policy file and the JSON contract.")
    p.add_argument("apis", nargs="*", metavar="OLD NEW | API",
                   help="two specs (file, URL, REF:path, API key) or API keys (default: every API under specs/)")
    p.add_argument("--base", help="git ref to compare with (default: the merge base with main); with OLD NEW: "
                   "the ref an API key on the OLD side is read at")
    p.add_argument("--head", help="git ref to compare (default: the working tree)")
    p.add_argument("--format", choices=("markdown", "json", "junit", "github"), default=None,
                   help="output: Markdown changelog (default), JSON (the contract in docs/changes.md), "
                   "JUnit XML or GitHub annotations")
    p.add_argument("--json", action="store_true", help="the same as --format json")
    p.add_argument("--config", help="policy file: rule levels and ignored findings with a reason "
                   "(default for our APIs: diff-policy.yaml)")
    p.add_argument("--out", help="folder for <key>.md and diff.json (default build/diff; our APIs only)")
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
