"""The tool faults a new team member met (issue 25): each now a clear message with file:line, never a traceback."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from partner_contracts.fuzz.selftest import Fault, FaultyApp, plan
from partner_contracts.lint import coverage
from partner_contracts.lint import rules as lint
from partner_contracts.mock.app import create_app
from partner_contracts.mock.behaviour.check import check as check_behaviour
from partner_contracts.spec.api import REPO, discover

from .conftest import FIXTURES


@pytest.fixture()
def mini(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(FIXTURES / "mini", tmp_path / "mini")
    monkeypatch.setenv("PARTNER_SOURCES", str(tmp_path / "mini" / "sources"))
    return tmp_path / "mini" / "specs"


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(check=False, args=[sys.executable, "-m", "partner_contracts", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})}, cwd=REPO)


# --- coverage: a missing source is a message, not a traceback ----------------------------------------

def test_coverage_of_an_api_whose_source_file_is_missing(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (mini / "mini" / "api.yaml").write_text((mini / "mini" / "api.yaml").read_text().replace(
        "source: mini-source.md", "source: gone.md"))
    (api,) = discover(mini)
    report = coverage.check(api)
    assert not report.ok and len(report.missing) == 1
    assert report.missing[0].startswith("cannot read the vendor document: ")
    assert f"`source: gone.md` names no file in {mini.parent / 'sources'}" in report.missing[0]


def test_coverage_without_the_sources_folder_says_so_once(tmp_path: Path) -> None:
    done = cli("coverage", env={"PARTNER_SOURCES": str(tmp_path / "nowhere")})
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stdout.count("does not exist") == 1 and str(tmp_path / "nowhere") in done.stdout


# --- validate: a broken $ref in the root's components, a source: naming a missing file -------------------

def test_a_broken_ref_in_the_root_components_is_a_finding(mini: Path) -> None:
    root = mini / "mini" / "openapi.yaml"
    root.write_text(root.read_text() + "    Broken:\n      $ref: \"#/components/schemas/Nope\"\n")
    (api,) = discover(mini)
    found = lint.validate(api).findings
    assert [(f.rule, f.line, f.pointer) for f in found] == [("ref", 16, "/components/schemas/Broken")]
    assert "'#/components/schemas/Nope' does not resolve" in found[0].message


def test_validate_cli_on_a_broken_ref_has_no_traceback(mini: Path) -> None:
    root = mini / "mini" / "openapi.yaml"
    root.write_text(root.read_text() + "    Broken:\n      $ref: \"#/components/schemas/Nope\"\n")
    done = cli("validate", env={"PARTNER_SPECS": str(mini), "PARTNER_SOURCES": os.environ["PARTNER_SOURCES"]})
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "openapi.yaml:16 #/components/schemas/Broken [ref]" in done.stdout


def test_a_source_naming_a_missing_file_is_a_finding(mini: Path) -> None:
    meta = mini / "mini" / "api.yaml"
    meta.write_text(meta.read_text().replace("source: mini-source.md", "source: mini-sorce.md"))
    (api,) = discover(mini)
    found = [f for f in lint.validate(api).findings if "mini-sorce.md" in f.message]
    assert len(found) == 1 and found[0].file.endswith("api.yaml") and found[0].line == 1


def test_without_the_sources_folder_validate_says_so_once_per_api(tmp_path: Path) -> None:
    done = cli("validate", "palm-locker", env={"PARTNER_SOURCES": str(tmp_path / "nowhere")})
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stdout.count("does not exist") == 1, done.stdout


# --- rules.py: one finding at its line, not followed by "the API has no rules.py" ----------------------

def test_a_syntax_error_in_rules_py_is_reported_once_at_its_line(tmp_path: Path) -> None:
    (api,) = [a for a in discover() if a.key == "pancake-pos"]  # its behaviour calls many rules
    shutil.copytree(api.dir, tmp_path / api.key)
    rules = tmp_path / api.key / "rules.py"
    lines = rules.read_text().splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(("import ", "from ")))  # code, not docstring
    lines[at] = "def broken(:"
    rules.write_text("\n".join(lines) + "\n")
    (copy,) = discover(tmp_path)
    problems = check_behaviour(copy, copy.bundled.document)
    assert len(problems) == 1, [str(p) for p in problems]
    assert problems[0].file == str(rules) and problems[0].line == at + 1
    assert "syntax error" in problems[0].message and "no rules.py" not in str(problems)


# --- selftest: stale_read when the reads are POSTs -----------------------------------------------------

READ_BY_POST = {
    "openapi.yaml": """\
openapi: 3.1.0
info: {title: Posty, version: "1"}
servers: [{url: "https://posty.example"}]
tags: [{name: Things, description: Things.}]
security: []
paths:
  /things:
    post:
      operationId: createThing
      tags: [Things]
      summary: Create a thing
      x-source: {file: mini-source.md, section: Get thing}
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {name: {type: string}}}
      responses:
        "201":
          description: Created.
          content:
            application/json:
              schema: {type: object, required: [id], properties: {id: {type: string}}}
              examples: {made: {value: {id: thing-7f3a}}}
          links:
            ReadThing:
              operationId: readThing
              requestBody: {id: $response.body#/id}
        "400": {description: Bad.}
  /things/read:
    post:
      operationId: readThing
      tags: [Things]
      summary: Read a thing (by POST, the id in the body)
      x-source: {file: mini-source.md, section: Get thing}
      requestBody:
        content:
          application/json:
            schema: {type: object, required: [id], properties: {id: {type: string}}}
      responses:
        "200":
          description: The thing.
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
              examples: {thing: {value: {id: thing-7f3a}}}
        "404": {description: Unknown id.}
""",
    "api.yaml": "source: mini-source.md\n",
}


def test_stale_read_applies_to_reads_made_by_post(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "posty").mkdir()
    for name, text in READ_BY_POST.items():
        (tmp_path / "posty" / name).write_text(text)
    monkeypatch.setenv("PARTNER_SPECS", str(tmp_path))
    apis = discover()
    skipped: list[str] = []
    assert Fault("posty", "stale_read", "*") in plan(apis, 1, skipped)
    assert not [s for s in skipped if "stale_read" in s]
    app = FaultyApp(create_app(["posty"]), Fault("posty", "stale_read", "*"))
    client = TestClient(app)
    assert client.post("/posty/things/read", json={"id": "thing-7f3a"}).status_code == 200  # not created yet
    assert client.post("/posty/things", json={"name": "a"}).json() == {"id": "thing-7f3a"}
    assert client.post("/posty/things/read", json={"id": "thing-7f3a"}).status_code == 404
    assert client.post("/posty/things/read", json={"id": "other"}).status_code == 200
    assert app.state.triggered == 1


def test_a_fault_that_applies_nowhere_is_listed_with_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "posty").mkdir()
    for name, text in READ_BY_POST.items():
        (tmp_path / "posty" / name).write_text(text.replace("operationId: readThing\n              requestBody",
                                                            "operationId: createThing\n              requestBody"))
    monkeypatch.setenv("PARTNER_SPECS", str(tmp_path))
    skipped: list[str] = []
    faults = plan(discover(), 1, skipped)
    assert not [f for f in faults if f.kind == "stale_read"]
    assert any(s.startswith("posty: stale_read not applicable: the spec links no create (POST) to a read of what "
                            "it created") for s in skipped)
    assert "posty: ignored_auth not applicable: no operation requires credentials" in skipped


# --- a copied checkout's .venv ----------------------------------------------------------------------

def make_install_dry_run(folder: Path, venv_for: str) -> str:
    """`make -n install` in a checkout (our Makefile) whose .venv says it was created for ``venv_for``."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    shutil.copy(REPO / "Makefile", folder / "Makefile")
    shutil.copy(REPO / "pyproject.toml", folder / "pyproject.toml")
    (folder / ".venv" / "bin").mkdir(parents=True)
    (folder / ".venv" / "bin" / "activate").write_text(f"VIRTUAL_ENV='{venv_for}'\n")
    (folder / ".venv" / ".installed").touch()
    done = subprocess.run(check=False, args=["make", "-n", "install"], cwd=folder, capture_output=True, text=True,
                          timeout=60)
    return done.stdout


def test_make_rebuilds_a_venv_created_for_another_checkout(tmp_path: Path) -> None:
    out = make_install_dry_run(tmp_path, "/somewhere/else/checkout/.venv")
    assert ".venv was created for /somewhere/else/checkout/.venv" in out
    assert "-m venv .venv" in out  # the stamp went with it: install runs again
    assert not (tmp_path / ".venv").exists()


def test_make_keeps_this_checkouts_venv(tmp_path: Path) -> None:
    out = make_install_dry_run(tmp_path, str(tmp_path / ".venv"))
    assert "was created for" not in out and "-m venv" not in out
    assert (tmp_path / ".venv" / ".installed").exists()


# --- the ledger id format: documented = validated ----------------------------------------------------

def test_the_ledger_id_format_the_guide_documents_is_the_one_validated() -> None:
    guide = (REPO / "docs" / "adding-an-api.md").read_text(encoding="utf-8")
    assert f"`{lint.LEDGER_ID.pattern}`" in guide
    for good in ("GHN-001", "PL-001", "AM-1234", "P2-010"):
        assert lint.LEDGER_ID.match(good), good
    for bad in ("PL-01", "pl-001", "X-001", "2P-001", "TOOLONGPFX-001"):
        assert not lint.LEDGER_ID.match(bad), bad


def test_a_ledger_prefix_binds_the_ids(mini: Path) -> None:
    ledger = mini / "mini" / "ledger.yaml"
    ledger.write_text("prefix: MX\n" + ledger.read_text())
    (api,) = discover(mini)
    found = [f.message for f in lint.validate(api).findings if f.rule == "ledger"]
    assert found == ["id 'MI-001' does not start with the ledger's prefix MX-",
                     "id 'MI-002' does not start with the ledger's prefix MX-"]


# --- source-dependent tests without the sources: skipped, saying why -------------------------------------

@pytest.mark.slow
def test_source_dependent_tests_skip_with_the_reason(tmp_path: Path) -> None:
    done = subprocess.run(check=False, args=[sys.executable, "-m", "pytest", "-p", "no:randomly", "-p", "no:cacheprovider", "-n", "0",
                           "-q", "-rs", "tests/test_drift.py", "tests/test_sources.py", "tests/test_coverage.py"],
                          cwd=REPO, capture_output=True, text=True, timeout=240,
                          env={**os.environ, "PARTNER_SOURCES": str(tmp_path / "nowhere")})
    assert done.returncode == 0, done.stdout[-3000:]
    assert "FileNotFoundError" not in done.stdout
    assert re.search(r"SKIPPED .*the vendor documents folder .*nowhere does not exist", done.stdout)
