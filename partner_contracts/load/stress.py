"""``partner-contracts stress``: the mock under sustained load on loopback — 0 errors and 0 5xx, or exit 1.

Reuses the benchmark's request mix (palm-locker and pancake-pos: lists, gets, creates, cancels and
invalid requests, each with the status the spec documents for it) and its load generators (wrk, else
the Python one), against the mock in its own process: by default 200 connections for 30 seconds.
Besides errors it checks every status that came back is one the mix expects for its request kind.
"""

from __future__ import annotations

import argparse
import json
import shutil

from .harness import BUILD, measure, mixes, serving


def stress_cli(args: argparse.Namespace) -> int:
    generator = args.generator if args.generator != "auto" else ("wrk" if shutil.which("wrk") else "python")
    calls = mixes()
    expected = {str(call.expect) for api_calls in calls.values() for call in api_calls}
    if any(call.uses_id for api_calls in calls.values() for call in api_calls):
        expected.add("404")  # a cancel that runs out of created ids names an unknown one: documented 404
    print(f"stress: {args.connections} connections for {args.duration:.0f}s on loopback ({generator}), "
          f"mix of {sum(len(c) for c in calls.values())} requests over {', '.join(calls)}", flush=True)
    with serving("mock", args.setting, None) as server:
        row = measure(server, calls, args.connections, args.duration, generator, None)
        alive = server.procs[0].poll() is None
    unexpected = {status: n for status, n in row["statuses"].items() if status not in expected}
    print(f"  {row['requests']} requests, {row['rps']} req/s, p50 {row['p50_ms']} ms, p99 {row['p99_ms']} ms, "
          f"max {row['max_ms']} ms")
    print(f"  statuses {row['statuses']}; socket errors {row['socket_errors'] or 0}; 5xx "
          f"{row['by_class'].get('5xx', 0)}; mock still running: {alive}")
    BUILD.mkdir(parents=True, exist_ok=True)
    (BUILD / "stress.json").write_text(json.dumps(row, indent=2), encoding="utf-8")
    ok = row["errors"] == 0 and not unexpected and alive and row["requests"] > 0
    if unexpected:
        print(f"  statuses the mix does not expect: {unexpected}")
    print(f"stress: {'ok' if ok else 'FAILED'} (report: {BUILD / 'stress.json'})")
    return 0 if ok else 1
