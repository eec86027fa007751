"""partner_contracts.clients.versions: client version = info.version; CHANGELOG.md appended from diff, reproducibly;
the version gate of `generate --check`."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from partner_contracts.clients.generate import RELEASE, fingerprint, package_version_of, release_gate
from partner_contracts.clients.versions import CHANGELOG, changelog, version_gate
from partner_contracts.spec.api import Api, discover

PALM = next(api for api in discover() if api.key == "palm-locker")
CURRENT = str(PALM.bundled.document["info"]["version"])  # e.g. 1.1.0
_MAJOR, _MINOR, _PATCH = (int(n) for n in CURRENT.split("."))
MINOR_BUMP = f"{_MAJOR}.{_MINOR + 1}.0"
PATCH_BUMP = f"{_MAJOR}.{_MINOR}.{_PATCH + 1}"
MAJOR_BUMP = f"{_MAJOR + 1}.0.0"


def _committed(tmp_path: Path, document: dict[str, Any], text: str | None = None) -> Path:
    folder = tmp_path / "committed"
    folder.mkdir(exist_ok=True)
    (folder / "openapi.json").write_text(json.dumps(document), encoding="utf-8")
    if text is not None:
        (folder / CHANGELOG).write_text(text, encoding="utf-8")
    return folder


def _opened(document: dict[str, Any], version: str | None = None) -> dict[str, Any]:
    """Palm with its OrderStatus enum opened (and a version, if given)."""
    new = copy.deepcopy(document)
    del new["components"]["schemas"]["OrderStatus"]["enum"]
    if version:
        new["info"]["version"] = version
    return new


def _status_removed(document: dict[str, Any], version: str) -> dict[str, Any]:
    new = copy.deepcopy(document)
    del new["paths"]["/order/{orderId}"]["get"]["responses"]["404"]
    new["info"]["version"] = version
    return new


@pytest.mark.parametrize("api", discover(), ids=lambda a: a.key)
def test_client_has_its_own_version_and_records_the_spec_version(api: Api) -> None:
    import tomllib

    project = tomllib.loads((api.client_dir / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    spec_version = str(api.bundled.document["info"]["version"])
    assert project["version"] == package_version_of(api) == api.config.client.version
    assert f"contract version {spec_version}" in project["description"]
    release = json.loads((api.client_dir / RELEASE).read_text(encoding="utf-8"))
    assert release["version"] == project["version"] and release["spec_version"] == spec_version
    assert release["fingerprint"] == fingerprint(api.client_dir, project["version"])
    assert (api.client_dir / CHANGELOG).read_text(encoding="utf-8").startswith(f"# Changelog — {api.key}-client")


def test_a_changed_package_under_an_unchanged_version_is_refused(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from partner_contracts.clients import generate

    folder = tmp_path / "client"
    shutil.copytree(PALM.client_dir, folder, ignore=shutil.ignore_patterns("__pycache__"))
    released = json.loads((PALM.client_dir / RELEASE).read_text(encoding="utf-8"))
    monkeypatch.setattr(generate, "_committed_release", lambda api: released)
    assert release_gate(PALM, folder) is None  # the same files: fine
    (folder / "palm_locker_client" / "client.py").write_text("# changed runtime\n", encoding="utf-8")
    refused = release_gate(PALM, folder)
    assert refused and "raise `client: version:`" in refused
    monkeypatch.setattr(generate, "_committed_release", lambda api: {**released, "version": "1.9.0"})
    assert release_gate(PALM, folder) is None  # raised: fine
    monkeypatch.setattr(generate, "_committed_release", lambda api: {**released, "version": "9.0.0"})
    assert "lower" in (release_gate(PALM, folder) or "")


def test_unchanged_spec_keeps_the_changelog_byte_for_byte(tmp_path: Path) -> None:
    doc = PALM.bundled.document
    committed = _committed(tmp_path, doc, (PALM.client_dir / CHANGELOG).read_text(encoding="utf-8"))
    assert changelog(PALM, doc, committed) == (committed / CHANGELOG).read_text(encoding="utf-8")


def test_a_change_appends_a_section_and_regeneration_is_stable(tmp_path: Path) -> None:
    doc = PALM.bundled.document
    committed = _committed(tmp_path, doc, (PALM.client_dir / CHANGELOG).read_text(encoding="utf-8"))
    new = _opened(doc, MINOR_BUMP)
    text = changelog(PALM, new, committed)
    assert text.startswith((committed / CHANGELOG).read_text(encoding="utf-8").rstrip("\n"))
    appended = text.rsplit("\n## ", 1)[1]
    assert appended.startswith(f"palm-locker {CURRENT} → {MINOR_BUMP}")
    assert "Required version bump: **minor**" in appended
    assert "[response-property-enum-opened]" in appended and "[webhook-property-enum-opened]" in appended
    # the committed tree after `generate`: the same inputs give the same bytes
    again = _committed(tmp_path, new, text)
    assert changelog(PALM, new, again) == text
    (tmp_path / CHANGELOG).write_text(text, encoding="utf-8")
    assert version_gate(tmp_path) is None


def test_gate_fails_an_unbumped_break_and_passes_a_major_bump(tmp_path: Path) -> None:
    doc = PALM.bundled.document
    committed = _committed(tmp_path, doc)  # no changelog yet: a baseline is written first
    for version, fails in ((PATCH_BUMP, True), (MAJOR_BUMP, False)):
        text = changelog(PALM, _status_removed(doc, version), committed)
        assert "Baseline: the first versioned release" in text
        assert "[response-non-success-status-removed]" in text
        out = tmp_path / version
        out.mkdir()
        (out / CHANGELOG).write_text(text, encoding="utf-8")
        message = version_gate(out)
        assert (message is not None) is fails
        if message:
            assert "raise the major of info.version" in message and f"palm-locker {CURRENT} → {PATCH_BUMP}" in message


def test_generate_fails_on_an_unbumped_break(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """generate_all wires the gate: a regenerated client whose changelog ends in an unbumped break fails,
    in --check and in write mode (which still writes, so the record is kept)."""
    from partner_contracts.clients import generate

    doc = PALM.bundled.document
    committed = _committed(tmp_path, doc, (PALM.client_dir / CHANGELOG).read_text(encoding="utf-8"))

    def fake_build(api, scratch: Path) -> Path:  # type: ignore[no-untyped-def]
        out = scratch / "client"
        out.mkdir()
        new = _status_removed(doc, PATCH_BUMP)
        (out / "openapi.json").write_text(json.dumps(new), encoding="utf-8")
        (out / CHANGELOG).write_text(changelog(api, new, committed), encoding="utf-8")
        return out

    monkeypatch.setattr(generate, "build_client", fake_build)
    monkeypatch.setenv("PARTNER_CONTRACTS_REGENERATE", "1")  # the generate cache knows nothing of fake_build
    assert generate.generate_all(["palm-locker"], check=True, verify=False) == 1
    printed = capsys.readouterr().out
    assert "palm-locker: FAILED: breaking change without a major version bump" in printed


def test_a_new_package_version_gets_a_section_and_the_gate_passes_over_it(tmp_path: Path) -> None:
    from partner_contracts.clients.versions import release_section

    committed = tmp_path / "committed"
    committed.mkdir()
    assert "From this release" in (release_section(PALM, committed, "2.0.0", CURRENT) or "")  # no record yet
    (committed / "release.json").write_text(json.dumps({"version": "2.0.0"}), encoding="utf-8")
    assert release_section(PALM, committed, "2.0.0", CURRENT) is None  # regenerated: nothing appended
    assert "2.0.0 → 2.1.0 (package)" in (release_section(PALM, committed, "2.1.0", CURRENT) or "")
    folder = tmp_path / "client"
    folder.mkdir()
    broken = ("# Changelog\n\n## palm-locker 1.1.0 → 1.1.1\n\nThe info.version major was not raised\n\n"
              "## palm-locker-client 2.0.0 → 2.1.0 (package)\n\nThe generated package changed.\n")
    (folder / CHANGELOG).write_text(broken, encoding="utf-8")
    assert version_gate(folder) is not None  # a package section does not hide an unbumped break
