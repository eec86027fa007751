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


def header(api: Api) -> str:
    return (f"# Changelog — {api.key}-client\n\n"
            f"The package version is `info.version` of specs/{api.key}/openapi.yaml. `partner-contracts generate`\n"
            "appends a section (newest last) whenever the contract changes; `partner-contracts generate --check`\n"
            "fails when the last change is breaking and the major version was not raised.\n")


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


def write_changelog(api: Api, out: Path) -> None:
    """Write ``out/CHANGELOG.md`` for the client just generated in ``out`` (its openapi.json is the new bundle)."""
    new = json.loads((out / "openapi.json").read_text(encoding="utf-8"))
    (out / CHANGELOG).write_text(changelog(api, new, api.client_dir), encoding="utf-8")


def version_gate(folder: Path) -> str | None:
    """Why the client in ``folder`` must not ship (its last changelog section is an unbumped break), or None."""
    path = folder / CHANGELOG
    if not path.is_file():
        return None
    last = path.read_text(encoding="utf-8").rsplit("\n## ", 1)[-1]
    if NOT_RAISED not in last:
        return None
    title = last.splitlines()[0]
    return (f"breaking change without a major version bump ({title}): raise the major of info.version in "
            "the spec (or undo the break), then `make generate`; see the client's CHANGELOG.md")
