"""Business refusals per operation and status (`x-business-refusals`): the fuzzer accepts a documented refusal of
a schema-valid request for that operation only; validate checks the declaration; the old API-wide switch is
reported with how to migrate."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig

from partner_contracts.fuzz.reach import business_refusals
from partner_contracts.fuzz.run import write_config
from partner_contracts.lint import rules as lint
from partner_contracts.spec.api import discover

from .conftest import FIXTURES

OTHER_OPERATION = """\
post:
  operationId: moveThing
  tags: [Things]
  summary: Move a thing
  x-source: {file: mini-source.md, section: Get thing}
  parameters:
    - {name: id, in: path, required: true, schema: {type: string}}
  responses:
    "204":
      description: Moved.
    "404":
      description: Unknown id.
    "406":
      description: Refused.
"""


@pytest.fixture()
def mini(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(FIXTURES / "mini", tmp_path / "mini")
    monkeypatch.setenv("PARTNER_SOURCES", str(tmp_path / "mini" / "sources"))
    specs = tmp_path / "mini" / "specs"
    path = specs / "mini" / "paths" / "things@{id}.yaml"
    path.write_text(path.read_text().replace(
        "  x-source: {file: mini-source.md, section: Get thing}\n",
        "  x-source: {file: mini-source.md, section: Get thing}\n"
        '  x-business-refusals: {"404": "an id the vendor archived (test)"}\n') + OTHER_OPERATION)
    return specs


def expected_statuses(specs: Path, folder: Path) -> dict[str, list[str]]:
    (api,) = discover(specs)
    config = SchemathesisConfig.from_path(str(write_config(api, folder, False)))
    schema = schemathesis.openapi.from_dict(api.bundled.document, config=config)
    found = {}
    for result in schema.get_all_operations():
        operation = result.ok()  # type: ignore[union-attr]  # every operation of our specs loads (Ok)
        found[operation.definition.raw["operationId"]] = list(
            schema.config.checks_config_for(operation=operation).positive_data_acceptance.expected_statuses)
    return found


def test_only_the_declaring_operation_accepts_its_refusal(mini: Path, tmp_path: Path) -> None:
    statuses = expected_statuses(mini, tmp_path)
    assert "404" in statuses["getThing"]
    assert "406" not in statuses["moveThing"] and "406" not in statuses["getThing"]
    (api,) = discover(mini)
    assert business_refusals(api.bundled.document) == {"getThing": {"404": "an id the vendor archived (test)"}}
    assert [f for f in lint.validate(api).findings if f.rule == "business-refusal"] == []


def test_ahamove_refuses_a_far_order_time_with_406_for_estimates_only(tmp_path: Path) -> None:
    (api,) = [a for a in discover() if a.key == "ahamove"]
    assert set(business_refusals(api.bundled.document)) == {"estimateOrderFee"}
    config = SchemathesisConfig.from_path(str(write_config(api, tmp_path, False)))
    assert "406" not in config.projects.default.checks.positive_data_acceptance.expected_statuses


@pytest.mark.parametrize(("declaration", "words"), [
    ('{"418": "no such answer"}', "418 is not a response this operation documents"),
    ('{"200": "ok"}', "'200' is not a 4xx or 5xx status"),
    ('{"404": ""}', "404: say why"),
    ("[404]", "is a mapping"),
])
def test_a_wrong_declaration_is_a_finding(mini: Path, declaration: str, words: str) -> None:
    path = mini / "mini" / "paths" / "things@{id}.yaml"
    path.write_text(path.read_text().replace('{"404": "an id the vendor archived (test)"}', declaration))
    (api,) = discover(mini)
    found = [f for f in lint.validate(api).findings if f.rule == "business-refusal"]
    assert len(found) == 1 and words in found[0].message, [str(f) for f in found]
    assert found[0].file.endswith("things@{id}.yaml") and found[0].line


def test_the_api_wide_switch_is_gone_with_how_to_migrate(mini: Path) -> None:
    api_yaml = mini / "mini" / "api.yaml"
    api_yaml.write_text(api_yaml.read_text() + "fuzz:\n  business_refusals: [406]\n")
    (api,) = discover(mini)
    messages = [str(f) for f in lint.validate(api).findings]
    assert any("api.yaml:6" in m and "x-business-refusals" in m and "[business-refusal]" in m for m in messages)
