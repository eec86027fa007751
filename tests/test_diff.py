"""partner_contracts.changes.diff: one fixture pair per rule (tests/fixtures/diff/), the verdict, the CLI on this repo."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from partner_contracts.changes import diff
from partner_contracts.changes.diff import RULES, compare_documents, compare_ledgers, markdown

FIXTURES = Path(__file__).parent / "fixtures" / "diff"
OPERATIONS: dict[str, dict[str, Any]] = yaml.safe_load((FIXTURES / "operations.yaml").read_text())
SCHEMAS: list[dict[str, Any]] = yaml.safe_load((FIXTURES / "schemas.yaml").read_text())
COMPONENTS = {"schemas": {
    "Order": {"type": "object", "properties": {"status": {"type": "string", "enum": ["init"]}}},
    "Order2": {"type": "object", "properties": {"status": {"type": "string", "enum": ["init", "success"]}}},
}}
LEDGER = {"entries": [{"id": "X-001", "topic": "t", "decision": "d", "unverified": True}]}
LEDGER_CASES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "ledger-entry-added": ({"entries": []}, LEDGER),
    "ledger-entry-removed": (LEDGER, {"entries": []}),
    "ledger-decision-changed": (LEDGER, {"entries": [{**LEDGER["entries"][0], "decision": "e"}]}),
    "ledger-entry-verified": (LEDGER, {"entries": [{**LEDGER["entries"][0], "unverified": False}]}),
    "ledger-entry-unverified": ({"entries": [{**LEDGER["entries"][0], "unverified": False}]}, LEDGER),
}


def document(partial: dict[str, Any], version: str = "1.0.0") -> dict[str, Any]:
    doc = {"openapi": "3.1.0", "info": {"title": "t", "version": version}, **copy.deepcopy(partial)}
    doc.setdefault("components", {}).update(copy.deepcopy(COMPONENTS))
    for kind in ("paths", "webhooks"):
        for item in (doc.get(kind) or {}).values():
            for op in item.values():
                op.setdefault("responses", {"200": {"description": "ok"}})
    return doc


def placed(schema: dict[str, Any], where: str) -> dict[str, Any]:
    if where == "parameter":
        op = {"operationId": "a", "parameters": [{"in": "query", "name": "q", "schema": schema}]}
        return {"paths": {"/a": {"get": op}}}
    media = {"application/json": {"schema": schema}}
    if where == "body":
        return {"paths": {"/a": {"post": {"operationId": "a", "requestBody": {"content": media}}}}}
    if where == "response":
        return {"paths": {"/a": {"get": {"operationId": "a",
                                         "responses": {"200": {"description": "ok", "content": media}}}}}}
    return {"webhooks": {"orderUpdated": {"post": {"operationId": "w", "requestBody": {"content": media}}}}}


def cases() -> list[Any]:
    found = [pytest.param(rule, document(pair["old"]), document(pair["new"]), id=rule)
             for rule, pair in OPERATIONS.items()]
    for i, pair in enumerate(SCHEMAS):
        for rule, where in pair["rules"].items():
            expected = {r for r, w in pair["rules"].items() if w == where}
            found.append(pytest.param(expected, document(placed(pair["old"], where)),
                                      document(placed(pair["new"], where)), id=f"schemas[{i}]-{rule}"))
    return found


@pytest.mark.parametrize(("expected", "old", "new"), cases())
def test_rule_fixture(expected: str | set[str], old: dict[str, Any], new: dict[str, Any]) -> None:
    """Each pair raises exactly its rule(s); the verdict follows the rule's level."""
    wanted = {expected} if isinstance(expected, str) else expected
    result = compare_documents(old, new, "fixture")
    assert {c.rule for c in result.changes} == wanted, [c.as_dict() for c in result.changes]
    breaking = any(RULES[r].level == "breaking" for r in wanted)
    assert result.fails is breaking
    assert result.required_bump == max((RULES[r].bump for r in wanted), key=diff.BUMPS.index)
    # a raised major accepts the same change
    assert compare_documents(old, document({k: v for k, v in new.items() if k not in ("openapi", "info")},
                                           "2.0.0")).fails is False


@pytest.mark.parametrize("rule", sorted(LEDGER_CASES))
def test_ledger_rules(rule: str) -> None:
    old, new = LEDGER_CASES[rule]
    assert [c.rule for c in compare_ledgers(old, new)] == [rule]


def test_every_rule_has_a_fixture_pair() -> None:
    covered = set(OPERATIONS) | set(LEDGER_CASES) | {r for pair in SCHEMAS for r in pair["rules"]}
    assert set(RULES) - covered == set()
    assert covered - set(RULES) == set()
    assert len(RULES) >= 25
    levels = {r.level for r in RULES.values()}
    assert levels == {"breaking", "warning", "info"}


def test_markdown_changelog_names_rule_operation_and_verdict() -> None:
    pair = SCHEMAS[4]  # enum value added: breaking in a response
    result = compare_documents(document(placed(pair["old"], "response")),
                               document(placed(pair["new"], "response")), "palm-locker")
    text = markdown(result)
    assert text.startswith("## palm-locker 1.0.0 → 1.0.0")
    assert "Required version bump: **major**" in text and "was not raised" in text
    assert "info.version 1.0.0 → 1.0.0: not raised." in text
    assert '- GET /a: the body: enum value(s) "success" added `[response-property-enum-value-added]`' in text
    assert markdown(compare_documents(document({}), document({}), "x")).endswith("No changes to the contract.\n")


def test_moved_assumptions_and_inserted_alternatives_are_not_changes() -> None:
    """x-unverified is known by its text; anyOf alternatives are paired by type, not by position."""
    old = placed({"anyOf": [{"type": "integer", "enum": [1, 2]}, {"type": "null"}],
                  "x-unverified": "codes assumed"}, "response")
    new = placed({"anyOf": [{"type": "integer", "enum": [1, 2], "x-unverified": "codes assumed"},
                            {"type": "integer", "enum": [1, 2, 3]}, {"type": "null"}]}, "response")
    assert compare_documents(document(old), document(old)).changes == []
    reworded = placed({"anyOf": [{"type": "integer", "enum": [1, 2]}, {"type": "null"}],
                       "x-unverified": "codes assumed (ledger X-001)"}, "response")
    assert compare_documents(document(old), document(reworded)).changes == []
    rules = {c.rule for c in compare_documents(document(old), document(new)).changes}
    assert rules == {"response-property-enum-value-added"}
    # two object alternatives (compact / full lists) are compared in order
    compact = {"type": "object", "properties": {"size": {"type": "string", "enum": ["s"]}}}
    full = {"type": "object", "properties": {"size": {"type": "string", "enum": ["s"]}, "id": {"type": "string"}}}
    opened = {"type": "object", "properties": {"size": {"anyOf": [{"type": "string", "enum": ["s"]},
                                                                  {"type": "string"}]}}}
    changes = compare_documents(document(placed({"oneOf": [compact, full]}, "response")),
                                document(placed({"oneOf": [opened, full]}, "response"))).changes
    assert [(c.rule, c.message) for c in changes] == [
        ("response-property-enum-opened", '`size`: enum "s" opened: any value now')]


def test_draft_and_alpha_operations_may_break_without_a_major_bump() -> None:
    """oasdiff's x-stability-level: draft/alpha changes are reported (and accepted), stable ones fail."""
    pair = OPERATIONS["request-parameter-became-required"]
    old, new = document(pair["old"]), document(pair["new"])
    assert compare_documents(old, new).fails
    new["paths"]["/a"]["get"]["x-stability-level"] = "alpha"
    result = compare_documents(old, new)
    assert not result.fails and [c.rule for c in result.accepted] == ["request-parameter-became-required"]
    assert "(x-stability-level: accepted)" in markdown(result) and "Accepted: the operations" in markdown(result)
    new["paths"]["/a"]["get"]["x-stability-level"] = "beta"
    assert compare_documents(old, new).fails
    new["info"]["x-stability-level"] = "draft"
    assert not compare_documents(old, new).fails


def test_version_major() -> None:
    assert [diff.version_bump(a, b) for a, b in (("1.0.0", "2.0.0"), ("1.0.0", "1.1.0"), ("1.0.0", "1.0.1"),
                                                  ("1.0.0", "1.0.0"), ("v1", "v2"), ("2024-02-09", "2024-03-01"),
                                                  ("2.0.0", "1.9.0"))] == \
        ["major", "minor", "patch", "none", "major", "minor", "none"]
    assert [diff.major(v) for v in ("1.0.0", "v3", "2024-02-09", None)] == [1, 3, 2024, -1]


def test_reference_cycles_are_cut() -> None:
    node = {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Node"}}}
    doc = document({"paths": {"/a": {"get": {"operationId": "a", "responses": {"200": {
        "description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}}}}}}})
    doc["components"]["schemas"]["Node"] = node
    new = copy.deepcopy(doc)
    new["components"]["schemas"]["Node"]["properties"]["name"] = {"type": "string"}
    rules = [c.rule for c in compare_documents(doc, new).changes]
    assert rules == ["response-optional-property-added"]


def test_cli_against_head_on_this_repository(tmp_path: Path) -> None:
    """The real history: HEAD vs the working tree's specs (unchanged by tests) — exit 0, files written."""
    out = subprocess.run([sys.executable, "-m", "partner_contracts", "diff", "palm-locker", "--base", "HEAD",
                          "--out", str(tmp_path), "--json"], capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    payload = json.loads(out.stdout)
    assert payload["apis"][0]["api"] == "palm-locker" and payload["apis"][0]["fails"] is False
    assert (tmp_path / "palm-locker.md").read_text().startswith("# palm-locker ")
    bad = subprocess.run([sys.executable, "-m", "partner_contracts", "diff", "--base", "no-such-ref",
                          "--out", str(tmp_path)], capture_output=True, text=True, timeout=60, check=False)
    assert bad.returncode == 2 and "no-such-ref" in bad.stdout
    refs = subprocess.run([sys.executable, "-m", "partner_contracts", "diff", "ahamove", "--base", "HEAD",
                           "--head", "HEAD", "--out", str(tmp_path)], capture_output=True, text=True, timeout=60,
                          check=False)
    assert refs.returncode == 0 and "## ahamove" in refs.stdout and "No changes to the contract." in refs.stdout
