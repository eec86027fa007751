"""``partner-contracts diff`` on the command line: the two sides (specs between git refs, or OLD NEW), the
output formats (Markdown, JSON, JUnit, GitHub annotations) and the exit status. The comparison itself is
:mod:`.diff`.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from partner_contracts.spec.api import BUILD_DIR, REPO, SPECS_DIR, Api, discover, load_yaml

from .diff import ApiDiff, compare_documents, compare_ledgers, markdown, where_reached
from .policy import Policy
from .rules import ERROR

FORMATS = ("markdown", "json", "junit", "github")
_NO_POLICY = Policy()


# --- the spec at a git ref --------------------------------------------------------------------------


def git(*args: str) -> str:
    result = subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise DiffError(f"git {' '.join(args)}: {result.stderr.strip() or 'failed'}")
    return result.stdout.strip()


class DiffError(Exception):
    pass


def default_base() -> str:
    """The merge base of HEAD with main (or origin/main); HEAD~1 on main itself."""
    for branch in ("main", "origin/main", "master"):
        try:
            base = git("merge-base", "HEAD", branch)
        except DiffError:
            continue
        if base != git("rev-parse", "HEAD"):
            return base
        try:
            return git("rev-parse", "HEAD~1")
        except DiffError:
            return base
    raise DiffError("no main branch to take the merge base with: pass --base REF")


def specs_at(ref: str, target: Path, keys: list[str] | None = None) -> Path:
    """Extract ``specs/`` as it was at ``ref`` into ``target`` (only ``specs/<key>/`` of the ``keys`` given
    that exist there); return the specs folder."""
    paths = ["specs"]
    if keys:
        listed = git("ls-tree", "--name-only", ref, "specs/").splitlines()
        paths = [f"specs/{k}" for k in keys if f"specs/{k}" in listed]
        if not paths:
            (target / "specs").mkdir(parents=True, exist_ok=True)
            return target / "specs"
    result = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", ref, "--", *paths],
                            capture_output=True, check=False)
    if result.returncode != 0:
        raise DiffError(f"git archive {ref} specs: {result.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
        archive.extractall(target, filter="data")
    return target / "specs"


def _ledger(api: Api | None) -> dict[str, Any] | None:
    if api is None or not api.ledger_path.is_file():
        return None
    loaded = load_yaml(api.ledger_path)
    return loaded if isinstance(loaded, dict) else None


def diff_apis(keys: list[str] | None, base: str, head: str | None = None,
              policy: Policy | None = None) -> list[ApiDiff]:
    """The changes of each API from ``base`` to ``head`` (a git ref; default: the working tree)."""
    with tempfile.TemporaryDirectory(prefix="pc-diff-") as tmp:
        old_specs = specs_at(base, Path(tmp) / "base", keys)
        old_apis = {a.key: a for a in discover(old_specs)} if old_specs.is_dir() else {}
        new_specs = specs_at(head, Path(tmp) / "head", keys) if head else SPECS_DIR
        new_apis = {a.key: a for a in discover(new_specs)} if new_specs.is_dir() else {}
        wanted = keys or sorted(set(old_apis) | set(new_apis))
        unknown = [k for k in wanted if k not in old_apis and k not in new_apis]
        if unknown:
            known = sorted({a.key for a in discover(SPECS_DIR)} | set(new_apis))
            raise DiffError(f"unknown API {', '.join(unknown)}; known: {', '.join(known)}")
        results = []
        for key in wanted:
            old_api, new_api = old_apis.get(key), new_apis.get(key)
            old_doc = old_api.bundled.document if old_api else {}
            new_doc = new_api.bundled.document if new_api else {}
            result = compare_documents(old_doc, new_doc, key, policy)
            if new_api is None:
                result.new_version = None
            result.changes.extend(compare_ledgers(_ledger(old_api), _ledger(new_api)))
            results.append(result)
        return results



# --- output formats and the command -------------------------------------------------------------


def as_json(results: list[ApiDiff], base: str | None = None) -> dict[str, Any]:
    """The JSON contract (docs/changes.md): ``{"breaking", "changes": [{"id", "level", "operation",
    "location", "message", "operations"}]}``, plus each API's verdict under ``apis``."""
    changes = [{**c.as_dict(), "api": r.key} for r in results for c in r.changes]
    payload: dict[str, Any] = {"breaking": any(r.is_breaking for r in results), "changes": changes,
                               "apis": [r.as_dict() for r in results]}
    if base:
        payload["base"] = base
    return payload


def junit(results: list[ApiDiff]) -> str:
    """One test suite per API, one test case per finding; an error-level finding is a failure."""
    from xml.sax.saxutils import escape as xml
    from xml.sax.saxutils import quoteattr

    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<testsuites>"]
    for result in results:
        failures = [c for c in result.breaking if c not in result.accepted]
        out.append(f"  <testsuite name={quoteattr('contract ' + result.key)} tests={quoteattr(str(len(result.changes) or 1))} "
                   f"failures={quoteattr(str(len(failures)))}>")
        if not result.changes:
            out.append(f"    <testcase classname={quoteattr(result.key)} name=\"no changes\"/>")
        for change in result.changes:
            name = quoteattr(f"{change.rule} {where_reached(change)}")
            out.append(f"    <testcase classname={quoteattr(result.key)} name={name}>")
            if change in failures:
                out.append(f"      <failure message={quoteattr(change.message)} type={quoteattr(change.rule)}>"
                           f"{xml(change.pointer)}</failure>")
            else:
                out.append(f"      <system-out>{xml(change.level + ': ' + change.message)}</system-out>")
            out.append("    </testcase>")
        out.append("  </testsuite>")
    out.append("</testsuites>")
    return "\n".join(out) + "\n"


def github(results: list[ApiDiff], files: dict[str, str] | None = None) -> str:
    """GitHub Actions workflow commands: ``::error``/``::warning``/``::notice`` per finding."""
    kinds = {ERROR: "error", "warning": "warning", "info": "notice"}

    def clean(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    lines = []
    for result in results:
        where = (files or {}).get(result.key)
        for change in result.changes:
            kind = "warning" if change.level == ERROR and change in result.accepted else kinds[change.level]
            props = f"file={where}," if where else ""
            props += f"title={change.rule}".replace(",", "%2C").replace(":", "%3A")
            lines.append(f"::{kind} {props}::{clean(where_reached(change) + ': ' + change.message)}"
                         + clean(f" (at {change.pointer})" if change.pointer else ""))
    return "\n".join(lines) + ("\n" if lines else "")


def render(results: list[ApiDiff], fmt: str, base: str | None = None, title: str = "",
           files: dict[str, str] | None = None) -> str:
    if fmt == "json":
        return json.dumps(as_json(results, base), indent=2, ensure_ascii=False) + "\n"
    if fmt == "junit":
        return junit(results)
    if fmt == "github":
        return github(results, files)
    text = f"# {title}\n\n" if title else ""
    return text + "\n".join(markdown(r) for r in results)


def write_outputs(results: list[ApiDiff], base: str, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for result in results:
        (out_dir / f"{result.key}.md").write_text(markdown(result, "#"), encoding="utf-8")
    (out_dir / "diff.json").write_text(json.dumps(as_json(results, base), indent=2, ensure_ascii=False) + "\n",
                                       encoding="utf-8")


def _is_pair(sources: list[str]) -> bool:
    """Whether the positional arguments are OLD NEW (two specs) rather than API keys."""
    from .load import git_ref_path, is_url

    if len(sources) != 2:
        return False
    known = {a.key for a in discover(SPECS_DIR)} if SPECS_DIR.is_dir() else set()
    return any(s not in known and (is_url(s) or Path(s).exists() or git_ref_path(s) is not None) for s in sources)


def _load_pair_side(source: str, base: str | None) -> tuple[dict[str, Any], str, str | None]:
    """(document, label, file for annotations) of one side of ``diff OLD NEW``; an API key is its spec, at
    ``base`` when given."""
    from .load import load_file, load_side

    known = {a.key for a in discover(SPECS_DIR)} if SPECS_DIR.is_dir() else set()
    if source in known and not Path(source).exists():
        if base:
            with tempfile.TemporaryDirectory(prefix="pc-diff-") as tmp:
                specs = specs_at(base, Path(tmp) / "base", [source])
                apis = {a.key: a for a in discover(specs)} if specs.is_dir() else {}
                if source not in apis:
                    raise DiffError(f"{source}: not an API at {base}")
                return apis[source].bundled.document, f"{source}@{base}", None
        return load_file(SPECS_DIR / source / "openapi.yaml"), source, _rel(SPECS_DIR / source / "openapi.yaml")
    side = load_side(source)
    return side.document, side.label, source if Path(source).is_file() else None


def diff_cli(keys: list[str], base: str | None, as_json: bool = False, out_dir: Path | None = None,
             head: str | None = None, fmt: str | None = None, config: Path | None = None) -> int:
    """``partner-contracts diff``: OLD NEW (two specs: files, URLs, REF:path, API keys) or API keys between
    git refs. Exit 0: nothing breaking (or, for this repository's APIs, the major was raised); 1: breaking;
    2: bad input."""
    from .load import DiffInputError
    from .policy import PolicyError, load_policy

    fmt = fmt or ("json" if as_json else "markdown")
    try:
        policy = load_policy(config) if config else None
        if _is_pair(keys):
            old_doc, old_label, _ = _load_pair_side(keys[0], base)
            new_doc, new_label, new_file = _load_pair_side(keys[1], head)
            result = compare_documents(old_doc, new_doc, new_label, policy=policy or _NO_POLICY)
            result.versioned = False
            files = {new_label: new_file} if new_file else {}
            sys.stdout.write(render([result], fmt, title=f"Contract changes from {old_label} to {new_label}",
                                    files=files))
            stream = sys.stderr if fmt != "markdown" else sys.stdout
            errors = len(result.breaking) - len(result.accepted)
            print(f"diff: {errors} breaking, {sum(c.level == 'warning' for c in result.changes)} warning, "
                  f"{sum(c.level == 'info' for c in result.changes)} info", file=stream)
            return 1 if result.is_breaking else 0
        if len(keys) == 1 and _is_pair([keys[0], keys[0]]) and not (SPECS_DIR / keys[0]).is_dir():
            raise DiffError(f"{keys[0]}: one spec given; compare two: partner-contracts diff OLD NEW")
        ref = base or default_base()
        for given in (ref, head):
            if given:
                git("rev-parse", "--verify", given + "^{commit}")
        results = diff_apis(keys, ref, head, policy)
    except (DiffError, DiffInputError, PolicyError) as exc:
        print(f"diff: {exc}", file=sys.stderr)
        return 2
    out = out_dir or BUILD_DIR / "diff"
    write_outputs(results, ref, out)
    files = {r.key: _rel(SPECS_DIR / r.key / "openapi.yaml") for r in results}
    sys.stdout.write(render(results, fmt, ref, f"Contract changes from {ref[:12]} to {head or 'the working tree'}",
                            files))
    failing = [r.key for r in results if r.fails]
    summary = ", ".join(f"{r.key}: {r.required_bump}" for r in results)
    stream = sys.stderr if fmt != "markdown" else sys.stdout
    print(f"diff: required bumps {summary}; changelog in {_rel(out)}/<key>.md and diff.json", file=stream)
    if failing:
        print(f"diff: FAILED — breaking changes without a major info.version bump in {', '.join(failing)}",
              file=stream)
        return 1
    return 0


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)
