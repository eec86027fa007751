"""Client versions and changelogs: the package version is the spec's ``info.version``; every regeneration
that changes the bundled spec appends a section to the client's ``CHANGELOG.md`` from ``diff``.

The changelog is an *input* that generation preserves: ``generate`` reads the committed
``generated/<key>-client/CHANGELOG.md`` and ``openapi.json``, and appends one section when the new bundle
differs from the committed one (no dates, no commit ids). Regenerating an unchanged spec therefore gives
the same bytes, so the drift check holds. The last section records the verdict of that change, which is
what ``generate --check`` enforces: a breaking change needs a raised ``info.version`` major.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from partner_contracts.changes.diff import compare_documents, markdown
from partner_contracts.spec.api import Api

CHANGELOG = "CHANGELOG.md"
NOT_RAISED = "The info.version major was not raised"


OLD_RULE = "The package version is `info.version` of specs/{key}/openapi.yaml."
RULE = ("The package has its own version (`client: version:` in specs/{key}/api.yaml); the contract's\n"
        "`info.version` (specs/{key}/openapi.yaml) is recorded with it.")


def header(api: Api) -> str:
    return (f"# Changelog — {api.key}-client\n\n"
            + RULE.format(key=api.key) + " `partner-contracts generate`\n"
            "appends a section (newest last) whenever the contract or the package changes; `partner-contracts\n"
            "generate --check` fails when the last contract change is breaking and the major version was not raised.\n")


def release_section(api: Api, committed_dir: Path, package_version: str, spec_version: str) -> str | None:
    """A section for a new package version (``release.json`` of the committed client holds the previous one)."""
    record = committed_dir / "release.json"
    previous = json.loads(record.read_text(encoding="utf-8")).get("version") if record.is_file() else None
    if previous == package_version:
        return None
    if previous is None:
        return (f"## {api.key}-client {package_version} (package)\n\n"
                f"From this release the package has its own version, {package_version}, raised whenever the generated "
                f"code changes; it was built from contract {spec_version}. The client now decodes answers "
                "non-strictly (strict=True to raise), follows pagination to the total the API reports, retries "
                "by meaning (GET/HEAD/OPTIONS and x-idempotent operations), bounds a call with total_timeout, logs "
                "with credentials redacted, and raises a status error for any undocumented status; see "
                "docs/clients.md.\n")
    return (f"## {api.key}-client {previous} → {package_version} (package)\n\n"
            f"The generated package changed (templates or runtime; contract {spec_version}).\n")


def section(old: dict[str, Any], new: dict[str, Any], key: str) -> str:
    """The changelog section for one regeneration (the ``diff`` Markdown, one heading level down)."""
    result = compare_documents(old, new, key)
    text = markdown(result, "##")
    if not result.changes:
        text = text.replace("No changes to the contract.", "Version changed; no change to the contract.")
    return text


def changelog(api: Api, new: dict[str, Any], committed_dir: Path) -> str:
    """The CHANGELOG.md for a client generated from ``new``, given the committed client folder."""
    previous_file = committed_dir / CHANGELOG
    bundle_file = committed_dir / "openapi.json"
    version = str((new.get("info") or {}).get("version"))
    if previous_file.is_file():
        text = previous_file.read_text(encoding="utf-8")
        old_rule = OLD_RULE.format(key=api.key)
        if old_rule in text:
            text = text.replace(old_rule + " `partner-contracts generate`\n"
                                "appends a section (newest last) whenever the contract changes;",
                                RULE.format(key=api.key) + " `partner-contracts generate`\n"
                                "appends a section (newest last) whenever the contract or the package changes;")
    else:
        baseline = version
        if bundle_file.is_file():
            baseline = str((json.loads(bundle_file.read_text(encoding="utf-8")).get("info") or {}).get("version"))
        text = header(api) + f"\n## {api.key} {baseline}\n\nBaseline: the first versioned release of this client.\n"
    if bundle_file.is_file():
        old = json.loads(bundle_file.read_text(encoding="utf-8"))
        if old != new:
            text = text.rstrip("\n") + "\n\n" + section(old, new, api.key)
    return text.rstrip("\n") + "\n"


def write_changelog(api: Api, out: Path, package_version: str | None = None) -> None:
    """Write ``out/CHANGELOG.md`` for the client just generated in ``out`` (its openapi.json is the new bundle):
    a section for a contract change, and one for a new ``package_version``."""
    new = json.loads((out / "openapi.json").read_text(encoding="utf-8"))
    text = changelog(api, new, api.client_dir)
    if package_version is not None:
        released = release_section(api, api.client_dir, package_version, str((new.get("info") or {}).get("version")))
        if released:
            text = text.rstrip("\n") + "\n\n" + released
    (out / CHANGELOG).write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def version_gate(folder: Path) -> str | None:
    """Why the client in ``folder`` must not ship (its last contract section is an unbumped break), or None.
    Package-release sections (title ending "(package)") are not contract changes and are passed over."""
    path = folder / CHANGELOG
    if not path.is_file():
        return None
    sections = path.read_text(encoding="utf-8").split("\n## ")[1:]
    contract = [s for s in sections if not s.splitlines()[0].rstrip().endswith("(package)")]
    last = contract[-1] if contract else ""
    if NOT_RAISED not in last:
        return None
    title = last.splitlines()[0]
    return (f"breaking change without a major version bump ({title}): raise the major of info.version in "
            "the spec (or undo the break), then `make generate`; see the client's CHANGELOG.md")
