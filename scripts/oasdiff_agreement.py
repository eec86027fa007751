#!/usr/bin/env python3
"""How far ``partner-contracts diff`` agrees with oasdiff on oasdiff's own checker fixtures.

Usage::

    scripts/oasdiff_agreement.py OASDIFF_DIR [--verbose] [--json FILE]
    OASDIFF_DIR=/tmp/oasdiff scripts/oasdiff_agreement.py

OASDIFF_DIR is a checkout (or ``git archive`` extract) of github.com/oasdiff/oasdiff. Nothing of it is kept in
this repository: this script reads it where it lies.

The expected verdict of each fixture pair comes from oasdiff's own tests (``checker/*_test.go``), not from
running oasdiff: every test function that opens two spec files under ``data/`` (no in-code edits of the loaded
specs), diffs them with ``diff.NewConfig()`` (default options) and runs the checker with ``singleCheckConfig``
or ``allChecksConfig`` without options gives one observation: the change ids it asserts (``Id:``,
``requireChange``, ``requireSingleChange``, ``containsId``...) or that there are none (``require.Empty``,
``require.Len(t, errs, 0)``). A change id is breaking when its level in ``checker/rules.go`` is ERR (or the test
writes ``Level: checker.ERR``). A pair is breaking in oasdiff's eyes when any observation of it is.

Our verdict: ``compare_documents`` of the two files (loaded like ``partner-contracts diff a.yaml b.yaml``) has
a change of level ``error``. The script prints the agreement (share of pairs with the same verdict), the recall
(share of oasdiff-breaking pairs we also call breaking), every disagreement with oasdiff's ids and ours, and
every exception — on the pair, on each file against itself and against an empty document.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from partner_contracts.changes.diff import compare_documents
from partner_contracts.changes.load import DiffInputError, load_side

LEVELS = {"ERR": "error", "WARN": "warning", "INFO": "info"}


@dataclass
class Pair:
    base: str
    revision: str
    tests: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    breaking: bool = False
    all_checks: bool = False  # observed with every check (not only one rule family's)


def rule_levels(root: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(Go constant → id string, id → level) from the checker package (ids, then rules.go)."""
    consts: dict[str, str] = {}
    for source in (root / "checker").glob("*.go"):
        for name, value in re.findall(r"\b(\w+Id)\s*=\s*\"([^\"]+)\"", source.read_text(encoding="utf-8")):
            consts[name] = value
    levels: dict[str, str] = {}
    rules = (root / "checker" / "rules.go").read_text(encoding="utf-8")
    for name, level in re.findall(r"newBackwardCompatibilityRule\((\w+),\s*(\w+)\s*,", rules):
        if name in consts:
            levels[consts[name]] = level
    return consts, levels


_FUNC = re.compile(r"^func (Test\w+)\(t \*testing\.T\) \{\n(.*?)^\}", re.DOTALL | re.MULTILINE)
_OPEN = re.compile(r"(\w+), err :?= open\((?:\"([^\"]+)\"|(\w+)\(\"([^\"]+)\"\))[,)]")
_DIFF = re.compile(r"diff\.GetWithOperationsSourcesMap\(diff\.NewConfig\(\),\s*(\w+),\s*(\w+)\)")
_CHECK = re.compile(r"CheckBackwardCompatibility(?:UntilLevel)?\(\s*(singleCheckConfig\(checker\.\w+\)|"
                    r"allChecksConfig\(\))\s*,\s*d\s*,\s*osm")
_EDIT = re.compile(r"\b\w+\.Spec\b|\.Value\(\".*=|\bDelete\(|\bSet\(")


def observations(root: Path) -> dict[tuple[str, str], Pair]:
    consts, levels = rule_levels(root)
    helpers = dict(re.findall(r"(\w+)\s*=\s*dataFileFn\(\"([^\"]+)\"\)",
                              (root / "checker" / "helpers_test.go").read_text(encoding="utf-8")))
    pairs: dict[tuple[str, str], Pair] = {}
    for source in sorted((root / "checker").glob("*_test.go")):
        text = source.read_text(encoding="utf-8")
        for name, body in _FUNC.findall(text):
            if _EDIT.search(body):
                continue  # the test edits a loaded spec: not a pair of files
            # opens and diffs in the order written (subtests open their own files); the assertions of a diff
            # run to the next diff or subtest
            events = sorted([(m.start(), "open", m) for m in _OPEN.finditer(body)]
                            + [(m.start(), "diff", m) for m in _DIFF.finditer(body)]
                            + [(m.start(), "run", m) for m in re.finditer(r"t\.Run\(", body)],
                            key=lambda e: e[0])
            files: dict[str, str] = {}
            for index, (start, kind, found) in enumerate(events):
                if kind == "open":
                    var, path, helper, arg = found.groups()
                    if path:
                        files[var] = path
                    elif helper in helpers:
                        files[var] = f"../data/{helpers[helper]}/{arg}"
                    continue
                if kind != "diff":
                    continue
                a, b = found.group(1), found.group(2)
                if a not in files or b not in files:
                    continue
                end = next((e[0] for e in events[index + 1:] if e[1] in ("diff", "run")), len(body))
                segment = body[found.end():end]
                if not _CHECK.search(segment) or "slices.Contains" in segment:
                    continue  # options, or an either-of assertion: no verdict to read
                ids: set[str] = set()
                empty = False
                explicit_err = False
                for line in segment.splitlines():
                    if re.search(r"requireNoChange|require\.False|NotContains|NotEqual|require\.Nil", line):
                        continue
                    if re.search(r"require\.Empty\(t, errs\)|require\.Len\(t, errs, 0\)", line):
                        empty = True
                    ids |= {consts[c] for c in re.findall(r"checker\.(\w+Id)\b", line) if c in consts}
                    ids |= {lit for lit in re.findall(r"Id:\s*\"([a-z0-9-]+)\"", line)}
                    if re.search(r"Level:\s*checker\.ERR|checker\.ERR,\s*errs\[", line):
                        explicit_err = True
                if not ids and not empty:
                    continue  # nothing we can read as an expectation
                key = (files[a].removeprefix("../"), files[b].removeprefix("../"))
                if key[0] == key[1]:
                    continue  # a file against itself: checked below, for every file
                pair = pairs.setdefault(key, Pair(*key))
                pair.tests.append(f"{source.name}:{name}")
                pair.ids |= ids
                pair.all_checks |= "allChecksConfig()" in _CHECK.search(segment).group(1)
                pair.breaking |= explicit_err or any(levels.get(i) == "ERR" for i in ids)
    return pairs


def load(root: Path, rel: str) -> dict:
    return load_side(str(root / rel)).document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("oasdiff_dir", nargs="?", default=os.environ.get("OASDIFF_DIR"),
                        help="an oasdiff checkout or extract (default: $OASDIFF_DIR)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every pair, not only disagreements")
    parser.add_argument("--json", help="write the per-pair results to this file")
    args = parser.parse_args(argv)
    if not args.oasdiff_dir or not (Path(args.oasdiff_dir) / "checker" / "rules.go").is_file():
        parser.error("give the path of an oasdiff checkout (OASDIFF_DIR), with checker/rules.go in it")
    root = Path(args.oasdiff_dir)
    started = time.perf_counter()
    pairs = observations(root)
    errors: list[str] = []
    rows = []
    agree = hits = oasdiff_breaking = 0
    for key in sorted(pairs):
        pair = pairs[key]
        try:
            result = compare_documents(load(root, pair.base), load(root, pair.revision))
            ours = sorted({c.rule for c in result.changes if c.level == "error"})
            all_ours = sorted({c.rule for c in result.changes})
            we_break = bool(ours)
        except DiffInputError as exc:  # a fixture we cannot read: counted as a disagreement, listed
            errors.append(f"{pair.base} -> {pair.revision}: {exc}")
            ours, all_ours, we_break = ["<input error>"], [], None
        except Exception:  # noqa: BLE001 - the point is to list every crash
            errors.append(f"{pair.base} -> {pair.revision}: {traceback.format_exc(limit=3)}")
            ours, all_ours, we_break = ["<exception>"], [], None
        same = we_break is pair.breaking
        agree += same
        oasdiff_breaking += pair.breaking
        hits += pair.breaking and we_break is True
        rows.append({"base": pair.base, "revision": pair.revision, "oasdiff_breaking": pair.breaking,
                     "all_checks": pair.all_checks,
                     "oasdiff_ids": sorted(pair.ids), "ours_breaking": we_break, "our_errors": ours,
                     "our_rules": all_ours, "tests": pair.tests})
        if args.verbose or not same:
            mark = "ok  " if same else "DIFF"
            print(f"{mark} {pair.base} -> {pair.revision}: oasdiff {'breaking' if pair.breaking else 'not'} "
                  f"{sorted(pair.ids)}; ours {'breaking' if we_break else 'not'} {all_ours}")
    # robustness: every fixture file against itself and against an empty document, both ways
    files = sorted({p for pair in pairs.values() for p in (pair.base, pair.revision)})
    empty = {"openapi": "3.0.0", "info": {"title": "empty", "version": "0"}, "paths": {}}
    for rel in files:
        try:
            doc = load(root, rel)
        except DiffInputError:
            continue  # reported above
        for a, b, what in ((doc, doc, "itself"), (doc, empty, "empty"), (empty, doc, "from empty")):
            try:
                result = compare_documents(a, b)
                if what == "itself" and result.changes:
                    errors.append(f"{rel} vs itself: {len(result.changes)} changes ({result.changes[0].rule})")
            except Exception:  # noqa: BLE001
                errors.append(f"{rel} vs {what}: {traceback.format_exc(limit=3)}")
    # every rule of ours that claims an oasdiff id: is it one, at oasdiff's level?
    from partner_contracts.changes.rules import RULES

    _, levels = rule_levels(root)
    claimed = [r for r in RULES.values() if r.oasdiff]
    not_theirs = sorted(r.id for r in claimed if r.id not in levels)
    other_level = sorted(f"{r.id} ({r.level}; oasdiff {levels[r.id]})" for r in claimed
                         if r.id in levels and LEVELS[levels[r.id]] != r.level)
    unclaimed = sorted(r.id for r in RULES.values() if not r.oasdiff and r.id in levels)
    total = len(rows)
    print()
    print(f"rule ids: {len(claimed)} presented as oasdiff's; not oasdiff ids: {not_theirs or 'none'}; "
          f"another level: {other_level or 'none'}; oasdiff ids not presented as such: {unclaimed or 'none'}")
    whole = sum(p.all_checks for p in pairs.values())
    print(f"pairs: {total} (from {len(files)} files; {whole} observed with all of oasdiff's checks, the others "
          f"with one check each); oasdiff breaking: {oasdiff_breaking}")
    print(f"agreement: {agree}/{total} = {100 * agree / max(total, 1):.1f} %")
    print(f"recall: {hits}/{oasdiff_breaking} = {100 * hits / max(oasdiff_breaking, 1):.1f} %")
    full = [r for r in rows if r["all_checks"]]
    same_full = sum(r["ours_breaking"] is r["oasdiff_breaking"] for r in full)
    print(f"agreement on the pairs observed with all checks: {same_full}/{len(full)}")
    print(f"exceptions and self-diffs: {len(errors)}; {time.perf_counter() - started:.1f} s")
    for error in errors:
        print("  " + error.rstrip().replace("\n", "\n    "))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
