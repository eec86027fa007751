"""`partner-contracts validate`: every real spec passes; each rule fails a deliberately broken spec."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from partner_contracts.lint import rules as lint
from partner_contracts.lint.context import Finding
from partner_contracts.spec.api import Api, discover

from .apis import api_params, needs_sources
from .conftest import FIXTURES


@needs_sources
@pytest.mark.parametrize("api", api_params())
def test_every_spec_validates(api: Api) -> None:
    report = lint.validate(api)
    assert report.findings == []
    assert report.operations > 0 and report.examples > 0


@pytest.fixture()
def mini(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(FIXTURES / "mini", tmp_path / "mini")
    monkeypatch.setenv("PARTNER_SOURCES", str(tmp_path / "mini" / "sources"))
    return tmp_path / "mini" / "specs"


def findings(specs: Path) -> list[Finding]:
    (api,) = discover(specs)
    return lint.validate(api).findings


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new))


def _edits(root: Path, *changes: tuple[str, str, str]) -> None:
    """Several ``edit``s, in order (file relative to ``root``, old, new)."""
    for name, old, new in changes:
        edit(root / name, old, new)


def test_mini_fixture_is_clean(mini: Path) -> None:
    assert findings(mini) == []


PATH_FILE = "mini/paths/things@{id}.yaml"

BREAKAGES: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "missing x-source": (
        lambda s: edit(s / PATH_FILE, "  x-source: {file: mini-source.md, section: Get thing}\n", ""),
        "x-source", "missing `x-source"),
    "heading not in source": (
        lambda s: edit(s / PATH_FILE, "section: Get thing", "section: Get things"),
        "x-source", "does not stand on its own line in mini-source.md"),
    "no tag": (lambda s: edit(s / PATH_FILE, "  tags: [Things]\n", ""), "operation-fields", "exactly one tag"),
    "undeclared tag": (lambda s: edit(s / PATH_FILE, "tags: [Things]", "tags: [Stuff]"),
                       "operation-fields", "not declared"),
    "no 4xx": (lambda s: edit(s / PATH_FILE, '    "404":\n      description: Unknown id.\n', ""),
               "operation-fields", "no 4xx response"),
    "no summary": (lambda s: edit(s / PATH_FILE, "  summary: Get a thing\n", ""), "operation-fields", "no summary"),
    "no security": (lambda s: edit(s / "mini/openapi.yaml", "security: [{Key: []}]\n", ""),
                    "operation-fields", "no security"),
    "example off schema": (lambda s: edit(s / PATH_FILE, "value: {id: t1, size: 3}", "value: {id: t1, size: big}"),
                           "example", "/size"),
    "duplicate operationId": (
        lambda s: edit(s / PATH_FILE, "get:\n", "post:\n  operationId: getThing\n  tags: [Things]\n  summary: x\n"
                       "  x-source: {file: mini-source.md, section: Get thing}\n  responses:\n"
                       "    \"400\": {description: bad}\nget:\n"),
        "operation-id", "is also used"),
    "ledger pointer": (lambda s: edit(s / "mini/ledger.yaml", "~1things~1{id}/get", "~1things/get"),
                       "ledger", "does not resolve"),
    "ledger id": (lambda s: edit(s / "mini/ledger.yaml", "id: MI-001", "id: one"), "ledger", "<PREFIX>-NNN"),
    "not OpenAPI": (lambda s: edit(s / PATH_FILE, "      description: The thing.\n", ""),
                    "openapi", '"description" is a required property'),
    "unverified entry without x-unverified": (
        lambda s: edit(s / "mini/ledger.yaml", "unverified: false", "unverified: true"),
        "unverified", "ledger MI-001"),
    "YAML 1.1/1.2 ambiguous scalar": (
        lambda s: edit(s / PATH_FILE, "      description: Unknown id.\n", "      description: Unknown id.\n"
                       "      x-phone: 0984565082\n"),
        "yaml-scalar", "YAML 1.1 reads '0984565082' as str, YAML 1.2 as int"),
    "yes/no scalar": (
        lambda s: edit(s / PATH_FILE, "      description: Unknown id.\n", "      description: Unknown id.\n"
                       "      x-retry: no\n"),
        "yaml-scalar", "YAML 1.1 reads 'no' as bool, YAML 1.2 as str"),
    "integer mapping key": (lambda s: edit(s / PATH_FILE, '    "404":', "    404:"),
                            "yaml-scalar", "mapping key '404' is read as a int"),
    "documented enum value outside the enum": (
        lambda s: edit(s / "mini/components/schemas/Thing.yaml", "size: {type: integer}",
                       'size: {type: integer, enum: [3], x-enum-descriptions: {"3": three, "4": four}}'),
        "enum", "x-enum-descriptions documents '4'"),
    "vendor example outside a closed answer enum": (
        lambda s: _edits(s, ("mini/components/schemas/Thing.yaml", "size: {type: integer}",
                             "size: {type: integer, enum: [3]}"),
                         (PATH_FILE, "          examples:\n", ("          x-vendor-examples:\n"
                          "            delivered: {x-ledger: MI-001, value: {id: t2, size: 5}}\n          examples:\n"))),
        "enum", "a closed enum refuses"),
    "x-hmac key nothing implements": (
        lambda s: edit(s / "mini/openapi.yaml", "Key: {type: apiKey, in: header, name: x-key}",
                       "Key: {type: apiKey, in: header, name: x-key, x-hmac: {algorithm: sha256, salt: pepper}}"),
        "x-hmac", "x-hmac key 'salt' is not implemented"),
    "x-hmac encoding nothing implements": (
        lambda s: edit(s / "mini/openapi.yaml", "Key: {type: apiKey, in: header, name: x-key}",
                       "Key: {type: apiKey, in: header, name: x-key, x-hmac: {encoding: base64}}"),
        "x-hmac", "encoding 'base64' is not implemented"),
    "source table row in no schema": (
        lambda s: edit(s.parent / "sources" / "mini-source.md", "| `size` | integer | Its size.        |\n",
                       "| `size` | integer | Its size.        |\n| `colour` | string | Its colour. |\n"),
        "source-table", "documents `colour` in a table of 'Get thing'"),
    "dangling $ref": (lambda s: edit(s / "mini/openapi.yaml", "paths/things@{id}.yaml", "paths/thing.yaml"),
                      "bundle", "no such file"),
}


@pytest.mark.parametrize("case", BREAKAGES, ids=str)
def test_broken_spec_is_reported_with_rule_file_and_pointer(mini: Path, case: str) -> None:
    breaks, rule, text = BREAKAGES[case]
    breaks(mini)
    found = findings(mini)
    matching = [f for f in found if f.rule == rule and text in f.message]
    assert matching, f"expected [{rule}] ...{text}... in {[str(f) for f in found]}"
    finding = matching[0]
    assert finding.file.endswith(".yaml") and finding.line, str(finding)


def test_finding_points_at_the_yaml_a_person_edits(mini: Path) -> None:
    edit(mini / PATH_FILE, "value: {id: t1, size: 3}", "value: {id: t1, size: big}")
    (finding,) = [f for f in findings(mini) if f.rule == "example"]
    assert finding.file.endswith("things@{id}.yaml")
    assert finding.pointer.startswith("/paths/~1things~1{id}/get/responses/200")
    assert "things@{id}.yaml:" in str(finding)


@pytest.mark.parametrize(("text", "ambiguous"), [
    ("0984565082", True), ("012", True), ("yes", True), ("Off", True), ("1_000", True), ("1e3", True),
    ("12", False), ("2025-02-01", False), ("true", False), ("null", False), ("abc", False), ("1.5", False),
])
def test_yaml_1_1_and_1_2_readings(text: str, ambiguous: bool) -> None:
    assert (lint._ambiguous(text) is not None) is ambiguous


@pytest.mark.slow
def test_redocly_recommended_flags_a_yaml_1_2_integer_example(mini: Path) -> None:
    """Redocly reads YAML 1.2: an unquoted 0984565082 is an integer there and fails its string schema."""
    from partner_contracts.lint import redocly

    if why := redocly.install():
        pytest.skip(why)  # only where the machine cannot have it (no npm, the registry refused)
    (api,) = discover(mini)
    assert redocly.lint([api]).ok
    edit(mini / PATH_FILE, "value: {id: t1, size: 3}", "value: {id: 0984565082, size: 3}")
    result = redocly.lint([api])
    assert not result.ok and "no-invalid-media-type-examples" in result.output, result.output


@needs_sources
def test_table_rows_read_the_three_layouts() -> None:
    """Pancake's last table (no trailing newline) ends with editor_name; AnyMaster's stacked cells; pipes."""
    from partner_contracts.spec import sources
    from partner_contracts.spec.api import sources_dir

    pancake = sources_dir() / "pancake-pos.txt"
    end = len(sources.read_lines(pancake)) + 1
    assert [r.field for r in sources.table_rows(pancake, end - 10, end)][-1] == "editor_name"
    anymaster = sources_dir() / "anymaster-order.txt"
    fields = [r.field for r in sources.table_rows(anymaster, 1, len(sources.read_lines(anymaster)) + 1)]
    assert fields[:6] == ["customer", "address", "partner_details", "datetime", "payment_method", "image_uuids"]
    sirclo = sources_dir() / "sirclo-order.md"
    rows = sources.table_rows(sirclo, 1, len(sources.read_lines(sirclo)) + 1)
    assert any(r.name == "line_items - sku" and r.field == "sku" for r in rows)
    assert not any(r.field in ("Parameter", "Key", "Name") for r in rows)


def test_redocly_is_skipped_with_a_reason_without_npm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from partner_contracts.lint import redocly

    monkeypatch.setattr("partner_contracts.lint.redocly.shutil.which", lambda name: None)
    why = redocly.install(log=lambda message: None, prefix=tmp_path / "redocly")
    assert "npm is not installed" in why and "skipped" in why


def test_validate_only_runs_the_rules_named(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def rule_first_one(ctx: object) -> None:
        ran.append("first-one")

    def rule_second(ctx: object) -> None:
        ran.append("second")

    monkeypatch.setattr(lint, "RULES", (rule_first_one, rule_second))
    (api,) = [a for a in discover() if a.key == "palm-locker"]
    lint.validate(api, only={"second"})
    assert ran == ["second"]
    lint.validate(api)
    assert ran == ["second", "first-one", "second"]
    with pytest.raises(ValueError, match="no validate rule named first_one, nope"):
        lint.validate(api, only={"nope", "first_one"})
