#!/usr/bin/env python3
"""make bench: our mock vs Stoplight Prism vs a bare Starlette endpoint, on 127.0.0.1 only.

Prints a table and writes build/bench/bench.json. See benchmarks/bench.py for the method.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import bench


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scripts/bench.py",
        description="Benchmark the mock against Prism 5 and a bare Starlette endpoint (loopback only): "
                    "requests/s, p50/p99, errors at 1/16/64 connections; cold start; memory after N requests.",
    )
    parser.add_argument("--quick", action="store_true",
                        help="a short smoke run: 2 s per run, 1 and 16 connections, 1 cold start, 3,000 requests "
                             "for memory, 1 s warm-up")
    parser.add_argument("--no-prism", action="store_true", help="do not install or run Prism")
    parser.add_argument("--no-redis", action="store_true",
                        help="do not run the mock with its state in Redis (--state redis://, 2 workers)")
    parser.add_argument("--no-webhooks", action="store_true",
                        help="do not measure the state-changing mix without and with --webhook-url")
    parser.add_argument("--duration", type=float, default=None, help="seconds per run (default 10; --quick 2)")
    parser.add_argument("--warmup", type=float, default=None,
                        help="seconds of warm-up before each server's runs (default 2; --quick 1; 0 skips)")
    parser.add_argument("--concurrency", default=None, help="comma-separated connection counts (default 1,16,64)")
    parser.add_argument("--settings", default=",".join(bench.SETTINGS),
                        help=f"uvicorn loop+http settings to measure (default: {','.join(bench.SETTINGS)})")
    parser.add_argument("--generator", choices=("auto", "wrk", "python"), default="auto",
                        help="load generator: wrk if on PATH (auto), or the Python asyncio+httpx one")
    parser.add_argument("--memory-requests", type=int, default=None,
                        help="requests served before reading the mock's RSS (default 100000; 0 skips)")
    parser.add_argument("--cold-starts", type=int, default=None, help="cold starts to time (default 3; 0 skips)")
    parser.add_argument("--rounds", type=int, default=None,
                        help="run the plan this many times, servers taking turns, and keep each server's best "
                             "round per concurrency (default 3; --quick 1)")
    parser.add_argument("--profile", action="store_true",
                        help="also py-spy the mock at 16 connections: build/bench/profile-<server>.txt")
    parser.add_argument("--out", type=Path, default=bench.BUILD / "bench.json", help="JSON report path")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    options = bench.Options(
        duration=args.duration or (2.0 if args.quick else 10.0),
        warmup=args.warmup if args.warmup is not None else (1.0 if args.quick else 2.0),
        concurrency=[int(c) for c in args.concurrency.split(",")] if args.concurrency
        else ([1, 16] if args.quick else [1, 16, 64]),
        settings=[s for s in args.settings.split(",") if s],
        prism=not args.no_prism,
        redis=not args.no_redis,
        webhooks=not args.no_webhooks,
        generator=args.generator,
        memory_requests=args.memory_requests if args.memory_requests is not None
        else (3000 if args.quick else 100_000),
        cold_starts=args.cold_starts if args.cold_starts is not None else (1 if args.quick else 3),
        profile=args.profile,
        rounds=args.rounds if args.rounds is not None else (1 if args.quick else 3),
        out=args.out,
    )
    unknown = [s for s in options.settings if s not in bench.SETTINGS]
    if unknown:
        build_parser().error(f"unknown setting(s) {unknown}; choose from {list(bench.SETTINGS)}")
    report = bench.run(options)
    print()
    print(bench.format_report(report))
    print(f"\nJSON: {options.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
