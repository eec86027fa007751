"""partner_contracts.changes: one fixture pair per rule family (tests/fixtures/diff/, written here), each finding's
level against a table written here (oasdiff's documented levels and our policy), shared components, deprecation,
the policy file, robustness, and the CLI on files, refs, URLs and this repository's history."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import http.server
import io
import json
import random
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from partner_contracts.changes import cli as diff_cli
from partner_contracts.changes import diff
from partner_contracts.changes.diff import compare_documents, compare_ledgers, markdown
from partner_contracts.changes.policy import Policy, PolicyError, load_policy
from partner_contracts.changes.rules import RULES
from partner_contracts.cli import main
from partner_contracts.spec.deref import resolve_pointer

FIXTURES = Path(__file__).parent / "fixtures" / "diff"
OPERATIONS: dict[str, dict[str, Any]] = yaml.safe_load((FIXTURES / "operations.yaml").read_text())
SCHEMAS: list[dict[str, Any]] = yaml.safe_load((FIXTURES / "schemas.yaml").read_text())
DEFAULT = Policy()  # oasdiff's levels: no repository policy

E, W, I = "error", "warning", "info"
# Schema aspects: (level in a request, level in a response / webhook payload). Written from oasdiff's rule
# documentation (docs/BREAKING-CHANGES-EXAMPLES.md, its checker tests) and, for keywords oasdiff does not read,
# our policy (docs/changes.md). Not read from the implementation's table.
LEVELS: dict[str, tuple[str, str]] = {
    "type-changed": (E, E), "type-generalized": (I, E), "type-specialized": (E, I), "type-compatible": (I, I),
    "became-nullable": (I, E), "became-not-nullable": (E, I),
    "enum-value-added": (I, W), "enum-value-removed": (E, I), "became-enum": (E, I), "enum-opened": (I, W),
    "x-extensible-enum-value-removed": (E, I),
    "const-added": (E, I), "const-removed": (I, E), "const-changed": (E, E),
    "default-value-changed": (I, I),
    "max-decreased": (E, I), "max-increased": (I, E), "max-set": (W, I), "max-unset": (I, E),
    "min-increased": (E, I), "min-decreased": (I, E),
    "exclusive-max-decreased": (E, I), "exclusive-min-increased": (E, I), "exclusive-max-set": (W, I),
    "max-length-decreased": (E, I), "min-length-increased": (E, I),
    "max-items-decreased": (E, I), "min-items-set": (W, I), "max-properties-decreased": (E, I),
    "min-properties-set": (W, I), "min-contains-increased": (E, I),
    "multiple-of-changed": (E, E), "multiple-of-generalized": (I, E), "unique-items-added": (E, I),
    "pattern-added": (E, I), "pattern-changed": (W, I), "pattern-removed": (I, I), "pattern-generalized": (I, I),
    "any-of-added": (I, I), "any-of-removed": (E, I), "one-of-added": (I, E), "one-of-removed": (E, I),
    "wrapped-in-one-of": (E, E), "all-of-added": (E, I), "all-of-added-annotation-only": (I, I),
    "not-added": (E, I), "not-changed": (E, E), "discriminator-property-name-changed": (I, I),
    "additional-properties-closed": (E, I), "additional-properties-opened": (I, W),
    "prefix-items-added": (I, E), "contains-added": (E, I), "if-added": (E, I), "then-added": (E, I),
    "dependent-required-added": (E, I), "dependent-schema-added": (E, I), "pattern-property-added": (E, I),
    "property-names-added": (E, I), "unevaluated-properties-added": (E, I), "unevaluated-items-added": (E, I),
    "content-schema-added": (E, I), "content-encoding-changed": (E, E), "read-only-added": (I, I),
    # the rest of the catalogue (rules the fixtures above do not raise)
    "x-extensible-enum-value-added": (I, I), "default-value-added": (I, I), "default-value-removed": (I, I),
    "unique-items-removed": (I, W), "all-of-removed": (W, I), "all-of-removed-annotation-only": (I, I),
    "not-removed": (I, E), "discriminator-added": (I, I), "discriminator-removed": (I, I),
    "discriminator-mapping-added": (I, I), "discriminator-mapping-deleted": (I, I),
    "discriminator-mapping-changed": (I, I), "prefix-items-removed": (E, I), "content-media-type-changed": (E, E),
    "dependent-required-changed": (E, E), "read-only-removed": (I, I), "write-only-added": (I, I),
    "write-only-removed": (I, I),
    "contains-removed": (I, E), "if-removed": (I, E), "then-removed": (I, E), "else-added": (E, I),
    "else-removed": (I, E), "dependent-required-removed": (I, E), "dependent-schema-removed": (I, E),
    "pattern-property-removed": (I, E), "property-names-removed": (I, E), "unevaluated-properties-removed": (I, E),
    "unevaluated-items-removed": (I, E), "content-schema-removed": (I, E),
    # limits: narrowing a request breaks it, widening a response does; setting one on a request is a warning
    "min-set": (W, I), "min-unset": (I, E), "exclusive-max-increased": (I, E), "exclusive-max-unset": (I, E),
    "exclusive-min-decreased": (I, E), "exclusive-min-set": (W, I), "exclusive-min-unset": (I, E),
    "max-length-increased": (I, E), "max-length-set": (W, I), "max-length-unset": (I, E),
    "min-length-decreased": (I, E), "min-length-set": (W, I), "min-length-unset": (I, E),
    "max-items-increased": (I, E), "max-items-set": (W, I), "max-items-unset": (I, E),
    "min-items-increased": (E, I), "min-items-decreased": (I, E), "min-items-unset": (I, E),
    "max-properties-increased": (I, E), "max-properties-set": (W, I), "max-properties-unset": (I, E),
    "min-properties-increased": (E, I), "min-properties-decreased": (I, E), "min-properties-unset": (I, E),
    "max-contains-decreased": (E, I), "max-contains-increased": (I, E), "max-contains-set": (W, I),
    "max-contains-unset": (I, E), "min-contains-decreased": (I, E), "min-contains-set": (W, I),
    "min-contains-unset": (I, E),
}
# oasdiff: a parameter's default is filled in by the server for every client that leaves it out
EXCEPTIONS = {"request-parameter-default-value-changed": E, "request-parameter-default-value-added": E,
              "request-parameter-default-value-removed": E}
OPERATION_LEVELS: dict[str, str] = {
    "api-path-removed-without-deprecation": E, "api-removed-without-deprecation": E,
    "api-removed-with-deprecation": I, "api-path-removed-with-deprecation": I, "api-path-removed-before-sunset": E,
    "api-path-sunset-parse": E, "api-deprecated-sunset-parse": E, "endpoint-deprecated": I,
    "endpoint-deprecated-with-sunset": I, "endpoint-reactivated": I, "sunset-deleted": E,
    "api-stability-decreased": E, "api-stability-increased": I, "api-invalid-stability-level": E,
    "api-path-changed": E, "endpoint-added": I, "api-operation-id-changed": W, "api-operation-id-removed": I,
    "api-tag-added": I, "webhook-removed": E, "webhook-added": I,
    "new-required-request-parameter": E, "new-optional-request-parameter": I, "new-request-path-parameter": E,
    "request-parameter-removed": W, "request-parameter-removed-with-deprecation": I,
    "request-parameter-removed-before-sunset": E, "request-parameter-sunset-deleted": E,
    "request-parameter-deprecated": I, "request-parameter-became-required": E,
    "request-parameter-became-optional": I, "request-parameter-serialization-changed": E,
    "request-body-added-required": E, "request-body-added-optional": I, "request-body-removed": E,
    "request-body-became-required": E, "request-body-became-optional": I, "request-body-media-type-removed": E,
    "request-body-media-type-added": I, "request-body-media-type-schema-added": E,
    "request-body-type-compatible": I, "new-required-request-property": E, "new-optional-request-property": I,
    "request-property-removed": W, "request-property-became-required": E, "request-property-became-optional": I,
    "response-success-status-removed": E, "response-non-success-status-removed": I,
    "response-success-status-added": I, "response-non-success-status-added": I, "response-media-type-removed": E,
    "response-media-type-added": I, "response-required-property-removed": E,
    "response-optional-property-removed": W, "response-property-became-optional": E,
    "response-optional-property-added": I, "required-response-header-removed": E,
    "optional-response-header-removed": W, "response-header-added": I, "response-header-became-optional": E,
    "response-link-removed": W, "callback-removed": W, "webhook-required-property-removed": E,
    "webhook-optional-property-added": I, "api-security-added": I, "api-security-removed": I,
    "api-security-scope-added": I, "api-global-security-added": I, "api-security-component-changed": E,
    "api-security-component-added": I, "api-servers-changed": W, "api-documentation-updated": I,
    "api-examples-updated": I, "x-source-changed": I, "x-unverified-added": W, "x-unverified-removed": I,
    # the rest of the catalogue (rules the fixtures do not raise)
    "api-removed-before-sunset": E, "request-parameter-sunset-parse": E, "request-parameter-reactivated": I,
    "api-operation-id-added": I, "api-tag-removed": I, "callback-added": I, "response-link-added": I,
    "request-property-became-required-with-default": E, "request-body-media-type-schema-removed": I,
    "response-body-media-type-schema-added": I, "response-body-media-type-schema-removed": W,
    "response-header-became-required": I, "response-property-became-required": I,
    "response-required-property-added": I, "webhook-optional-property-removed": W,
    "webhook-property-became-optional": E, "webhook-property-became-required": I,
    "webhook-required-property-added": I,
    "api-global-security-removed": I, "api-security-scope-removed": I, "api-security-component-removed": I,
    "api-security-component-type-changed": I, "api-security-component-oauth-scope-added": I,
    "api-security-component-oauth-scope-removed": I,
    "ledger-entry-added": I, "ledger-entry-removed": W, "ledger-decision-changed": W, "ledger-entry-verified": I,
    "ledger-entry-unverified": W,
}
# a change of documentation or of the ledger needs only a patch release; any other error a major, the rest a minor
PATCH_RULES = {"api-documentation-updated", "api-examples-updated", "x-source-changed", "x-unverified-removed",
               "x-unverified-added", "ledger-entry-added", "ledger-entry-removed", "ledger-decision-changed",
               "ledger-entry-verified", "ledger-entry-unverified"}
# where each side's schema rules are: (side, where) -> the places
PLACES_OF_SIDE = {"request": ("body", "property", "parameter"), "response": ("body", "property", "header"),
                  "webhook": ("body", "property")}
LEDGER = {"entries": [{"id": "X-001", "topic": "t", "decision": "d", "unverified": True}]}
LEDGER_CASES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "ledger-entry-added": ({"entries": []}, LEDGER),
    "ledger-entry-removed": (LEDGER, {"entries": []}),
    "ledger-decision-changed": (LEDGER, {"entries": [{**LEDGER["entries"][0], "decision": "e"}]}),
    "ledger-entry-verified": (LEDGER, {"entries": [{**LEDGER["entries"][0], "unverified": False}]}),
    "ledger-entry-unverified": ({"entries": [{**LEDGER["entries"][0], "unverified": False}]}, LEDGER),
}
PLACES = {"parameter": ("request", "parameter"), "body": ("request", "body"), "property": ("request", "property"),
          "response": ("response", "body"), "response-property": ("response", "property"),
          "header": ("response", "header"), "webhook": ("webhook", "body")}


SHARED = {"Shared": {"type": "object", "properties": {"a": {"type": "integer"}}}}  # for `$ref`s in schemas.yaml


def document(partial: dict[str, Any], version: str = "1.0.0") -> dict[str, Any]:
    doc = {"openapi": "3.1.0", "info": {"title": "t", "version": version}, **copy.deepcopy(partial)}
    doc.setdefault("components", {}).setdefault("schemas", {}).update(copy.deepcopy(SHARED))
    for kind in ("paths", "webhooks"):
        for item in (doc.get(kind) or {}).values():
            for method, op in item.items():
                if method in diff.METHODS:
                    op.setdefault("responses", {"200": {"description": "ok"}})
    return doc


def placed(schema: dict[str, Any], where: str) -> dict[str, Any]:
    if where == "parameter":
        op = {"operationId": "a", "parameters": [{"in": "query", "name": "q", "schema": schema}]}
        return {"paths": {"/a": {"get": op}}}
    if where == "header":
        answer = {"description": "ok", "headers": {"X-H": {"schema": schema}}}
        return {"paths": {"/a": {"get": {"operationId": "a", "responses": {"200": answer}}}}}
    if where.endswith("property"):
        schema = {"type": "object", "properties": {"p": schema}}
    media = {"application/json": {"schema": schema}}
    if where in ("body", "property"):
        return {"paths": {"/a": {"post": {"operationId": "a", "requestBody": {"content": media}}}}}
    if where in ("response", "response-property"):
        return {"paths": {"/a": {"get": {"operationId": "a",
                                         "responses": {"200": {"description": "ok", "content": media}}}}}}
    return {"webhooks": {"orderUpdated": {"post": {"operationId": "w", "requestBody": {"content": media}}}}}


def expected_level(rule: str) -> str:
    if rule in EXCEPTIONS:
        return EXCEPTIONS[rule]
    if rule in OPERATION_LEVELS:
        return OPERATION_LEVELS[rule]
    side, _, rest = rule.partition("-")
    aspect = rest.split("-", 1)[1]
    return LEVELS[aspect][0 if side == "request" else 1]


def schema_cases() -> list[Any]:
    found = []
    for pair in SCHEMAS:
        for where in pair.get("where") or ["body", "property", "response", "response-property"]:
            side, place = PLACES[where]
            rules = {f"{side}-{place}-{a}" for a in pair["aspects"]}
            rules |= {f"{side}-property-{a}" for a in pair.get("property_aspects") or []}
            found.append(pytest.param(rules, document(placed(pair["old"], where)),
                                      document(placed(pair["new"], where)), id=f"{pair['name']} @ {where}"))
    return found


def operation_cases() -> list[Any]:
    found = []
    for name, pair in OPERATIONS.items():
        rules = set(pair.get("rules") or ([] if pair.get("none") else [name])) | set(pair.get("also") or [])
        found.append(pytest.param(rules, document(pair["old"]), document(pair["new"]), id=name))
    return found


def check_pair(expected: set[str], old: dict[str, Any], new: dict[str, Any]) -> None:
    result = compare_documents(old, new, policy=DEFAULT)
    assert {c.rule for c in result.changes} == expected, [c.as_dict() for c in result.changes]
    for change in result.changes:
        assert change.level == expected_level(change.rule), change.rule
        assert change.level == RULES[change.rule].level
    breaking = any(expected_level(r) == E for r in expected)
    assert result.is_breaking is breaking and result.fails is breaking
    # a raised major accepts the same change
    raised = document({k: v for k, v in new.items() if k not in ("openapi", "info")}, "2.0.0")
    assert compare_documents(old, raised, policy=DEFAULT).fails is False


@pytest.mark.parametrize(("expected", "old", "new"), schema_cases())
def test_schema_rule_families(expected: set[str], old: dict[str, Any], new: dict[str, Any]) -> None:
    """Each schema pair raises exactly its rules, where it is placed, at the level of the table above."""
    check_pair(expected, old, new)


@pytest.mark.parametrize(("expected", "old", "new"), operation_cases())
def test_operation_rules(expected: set[str], old: dict[str, Any], new: dict[str, Any]) -> None:
    check_pair(expected, old, new)


@pytest.mark.parametrize("rule", sorted(LEDGER_CASES))
def test_ledger_rules(rule: str) -> None:
    old, new = LEDGER_CASES[rule]
    assert [c.rule for c in compare_ledgers(old, new)] == [rule]


def test_rule_catalogue_levels_and_oasdiff_ids() -> None:
    assert {r.level for r in RULES.values()} == {E, W, I}
    for rule, level in {**OPERATION_LEVELS, **EXCEPTIONS}.items():
        assert RULES[rule].level == level, rule
    # ids of our own are not presented as oasdiff's
    for ours in ("api-path-changed", "callback-removed", "api-operation-id-changed", "x-unverified-added",
                 "request-parameter-serialization-changed", "api-security-component-changed", "ledger-entry-added"):
        assert RULES[ours].oasdiff is False, ours
    for theirs in ("request-property-became-required", "response-property-one-of-added",
                   "request-parameter-x-extensible-enum-value-removed", "api-removed-before-sunset"):
        assert RULES[theirs].oasdiff is True, theirs


def test_every_rule_of_the_catalogue_has_the_level_and_bump_written_here() -> None:
    """The whole catalogue against the tables above: each schema aspect at each place of each side, and every
    other rule, at its level; a rule missing from the tables (a new one) fails here until it is written down."""
    schema_rules = {f"{side}-{where}-{aspect}" for side, places in PLACES_OF_SIDE.items() for where in places
                    for aspect in LEVELS}
    assert schema_rules <= set(RULES), sorted(schema_rules - set(RULES))[:5]
    assert set(RULES) == schema_rules | set(OPERATION_LEVELS) | set(EXCEPTIONS), \
        sorted(set(RULES) ^ (schema_rules | set(OPERATION_LEVELS) | set(EXCEPTIONS)))[:5]
    for rule_id, rule in RULES.items():
        assert (rule.id, rule.level) == (rule_id, expected_level(rule_id)), rule_id
        bump = "patch" if rule_id in PATCH_RULES else "major" if rule.level == E else "minor"
        assert rule.bump == bump, rule_id
        assert rule.summary, rule_id
    with pytest.raises(dataclasses.FrozenInstanceError):  # the catalogue is read, never changed in passing
        RULES["endpoint-added"].level = E  # type: ignore[misc]


def test_markdown_changelog_names_rule_operation_and_verdict() -> None:
    old = document(placed({"type": "string", "enum": ["a"]}, "response"))
    new = document(placed({"type": "string", "enum": ["a", "b"]}, "response"))
    result = compare_documents(old, new, "palm-locker")  # our API: the repository policy makes it an error
    text = markdown(result)
    assert text.startswith("## palm-locker 1.0.0 → 1.0.0")
    assert "Required version bump: **major**" in text and "was not raised" in text
    assert '- GET /a: the body: enum value(s) "b" added `[response-body-enum-value-added]`' in text
    assert compare_documents(old, new, policy=DEFAULT).changes[0].level == W  # oasdiff's level
    assert markdown(compare_documents(document({}), document({}), "x")).endswith("No changes to the contract.\n")


def test_moved_assumptions_and_inserted_alternatives_are_not_changes() -> None:
    """x-unverified is known by its text; anyOf alternatives are paired by type, not by position."""
    old = placed({"anyOf": [{"type": "integer", "enum": [1, 2]}, {"type": "null"}],
                  "x-unverified": "codes assumed"}, "response")
    reworded = placed({"anyOf": [{"type": "integer", "enum": [1, 2]}, {"type": "null"}],
                       "x-unverified": "codes assumed (ledger X-001)"}, "response")
    assert compare_documents(document(old), document(old)).changes == []
    assert compare_documents(document(old), document(reworded)).changes == []
    compact = {"type": "object", "properties": {"size": {"type": "string", "enum": ["s"]}}}
    full = {"type": "object", "properties": {"size": {"type": "string", "enum": ["s"]}, "id": {"type": "string"}}}
    opened = {"type": "object", "properties": {"size": {"anyOf": [{"type": "string", "enum": ["s"]},
                                                                  {"type": "string"}]}}}
    changes = compare_documents(document(placed({"oneOf": [compact, full]}, "response")),
                                document(placed({"oneOf": [opened, full]}, "response")), policy=DEFAULT).changes
    assert [(c.rule, c.message) for c in changes] == [
        ("response-property-enum-opened", '`size`: enum "s" dropped: any value now')]


def test_draft_and_alpha_operations_may_break_without_a_major_bump() -> None:
    """oasdiff's x-stability-level: draft/alpha changes are reported (and accepted), stable ones fail."""
    pair = OPERATIONS["request-parameter-became-required"]
    old, new = document(pair["old"]), document(pair["new"])
    assert compare_documents(old, new).fails
    for level in ("alpha", "draft"):
        old["paths"]["/a"]["get"]["x-stability-level"] = new["paths"]["/a"]["get"]["x-stability-level"] = level
        result = compare_documents(old, new)
        assert not result.fails and [c.rule for c in result.accepted] == ["request-parameter-became-required"]
    assert "(x-stability-level: accepted)" in markdown(result) and "Accepted: the operations" in markdown(result)
    old["paths"]["/a"]["get"]["x-stability-level"] = new["paths"]["/a"]["get"]["x-stability-level"] = "beta"
    assert compare_documents(old, new).fails
    new["info"]["x-stability-level"] = "draft"
    assert not compare_documents(old, new).fails
    # a draft operation may also go away
    gone = document({"paths": {"/b": {"get": {"operationId": "b"}}}})
    draft = document({"paths": {"/a": {"get": {"operationId": "a", "x-stability-level": "draft"}},
                                "/b": {"get": {"operationId": "b"}}}})
    assert compare_documents(draft, gone).changes == []


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
    doc["components"] = {"schemas": {"Node": node}}
    new = copy.deepcopy(doc)
    new["components"]["schemas"]["Node"]["properties"]["name"] = {"type": "string"}
    changes = compare_documents(doc, new).changes
    assert [(c.rule, c.pointer) for c in changes] == [
        ("response-optional-property-added", "/components/schemas/Node/properties/name")]


def deep_tree(leaf: str, depth: int = 18, operations: int = 40) -> dict[str, Any]:
    """A diamond of $refs: every level refers to the next twice (2**depth paths to the leaf)."""
    schemas = {f"L{i}": {"type": "object", "properties": {"a": {"$ref": f"#/components/schemas/L{i + 1}"},
                                                          "b": {"$ref": f"#/components/schemas/L{i + 1}"}}}
               for i in range(depth)}
    schemas[f"L{depth}"] = {"type": "object", "required": ["v"], "properties": {"v": {"type": leaf}}}
    ref = {"application/json": {"schema": {"$ref": "#/components/schemas/L0"}}}
    paths = {f"/r{k}": {"get": {"operationId": f"r{k}", "responses": {"200": {"description": "ok", "content": ref}}},
                        "post": {"operationId": f"w{k}", "requestBody": {"content": ref}}}
             for k in range(operations)}
    return document({"paths": paths, "components": {"schemas": schemas}})


def test_shared_component_change_is_reported_once_with_the_operations_it_reaches() -> None:
    old, new = deep_tree("string"), deep_tree("integer")
    started = time.perf_counter()
    result = compare_documents(old, new, policy=DEFAULT)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, elapsed
    found = sorted((c.rule, c.pointer, len(c.operations)) for c in result.changes)
    assert found == [("request-property-type-changed", "/components/schemas/L18/properties/v", 40),
                     ("response-property-type-changed", "/components/schemas/L18/properties/v", 40)]
    text = markdown(result)
    assert text.count("type string → integer") == 2 and "reaches 40 operations: GET /r0, GET /r1" in text
    payload = diff_cli.as_json([result])
    assert payload["breaking"] is True
    assert {len(c["operations"]) for c in payload["changes"]} == {40}


def test_policy_file_changes_levels_and_ignores_with_a_reason(tmp_path: Path) -> None:
    pair = OPERATIONS["response-optional-property-removed"]
    old, new = document(pair["old"]), document(pair["new"])
    assert not compare_documents(old, new, policy=DEFAULT).is_breaking
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text("levels: {response-optional-property-removed: error}\n")
    result = compare_documents(old, new, policy=load_policy(policy_file))
    assert result.is_breaking and result.changes[0].level == E
    policy_file.write_text("levels: {response-optional-property-removed: error}\nignore:\n"
                           "  - {id: response-optional-property-removed, operation: GET /a, reason: never sent}\n")
    result = compare_documents(old, new, policy=load_policy(policy_file))
    assert not result.is_breaking and result.changes == [] and result.ignored[0].ignored == "never sent"
    assert "Ignored by the policy file" in markdown(result) and "never sent" in markdown(result)
    for bad, says in (("levels: {no-such-rule: error}\n", "/levels/no-such-rule: no such rule"),
                      ("levels: {request-property-removed: fatal}\n", "is not one of"),
                      ("ignore: [{id: request-property-removed}]\n", "/ignore/0: needs a `reason`"),
                      ("[1, 2]\n", "expected a mapping")):
        policy_file.write_text(bad)
        with pytest.raises(PolicyError, match=says.replace("{", r"\{").replace("[", r"\[")):
            load_policy(policy_file)


def test_deprecated_operation_removed_after_its_sunset_is_not_breaking() -> None:
    def removed(extra: dict[str, Any]) -> set[str]:
        old = document({"paths": {"/a": {"get": {"operationId": "a"}, "post": {"operationId": "b", **extra}}}})
        new = document({"paths": {"/a": {"get": {"operationId": "a"}}}})
        return {c.rule for c in compare_documents(old, new, policy=DEFAULT).changes}

    assert removed({}) == {"api-removed-without-deprecation"}
    assert removed({"deprecated": True}) == {"api-removed-with-deprecation"}
    assert removed({"deprecated": True, "x-sunset": "2001-01-01"}) == {"api-removed-with-deprecation"}
    assert removed({"deprecated": True, "x-sunset": "9999-01-01"}) == {"api-removed-before-sunset"}
    assert removed({"x-stability-level": "alpha"}) == set()


def own_documents() -> list[dict[str, Any]]:
    from partner_contracts.spec.api import discover

    docs = [a.bundled.document for a in discover()]
    docs += [document(p[k]) for p in OPERATIONS.values() for k in ("old", "new")]
    return docs


def test_no_exception_against_itself_empty_and_mutated_documents() -> None:
    """Every document against itself (no change), an empty document (both ways), and 400 mutations of it."""
    empty = {"openapi": "3.1.0", "info": {"title": "e", "version": "0"}, "paths": {}}
    rnd = random.Random(20240209)
    junk = ["x", 3, None, [], [1, "a"], {"$ref": "#/nope"}, {"$ref": "#/paths"}, True, {"required": True},
            {"type": 5}, {"properties": "x"}, {"allOf": [{"$ref": "#"}]}]
    docs = own_documents()
    for doc in docs:
        assert compare_documents(doc, doc).changes == []  # (the comparison changes neither document)
        compare_documents(doc, empty)
        compare_documents(empty, doc)
    small = [d for d in docs if len(json.dumps(d)) < 20_000]
    for _ in range(400):
        doc = rnd.choice(small)
        mutated = copy.deepcopy(doc)
        parent: Any = None
        key: Any = None
        node: Any = mutated
        for _step in range(rnd.randint(1, 12)):  # walk down a random path; replace the node reached
            children = list(node.items()) if isinstance(node, dict) else list(enumerate(node)) \
                if isinstance(node, list) else []
            if not children:
                break
            parent, (key, node) = node, rnd.choice(children)
        if parent is not None:
            parent[key] = copy.deepcopy(rnd.choice(junk))
        compare_documents(doc, mutated)
        compare_documents(mutated, doc)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """``partner-contracts diff ARGS`` in this process (the entry point itself: test_cli_entry_point)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["diff", *args])
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def test_cli_entry_point(tmp_path: Path) -> None:
    old, new = write_spec(tmp_path / "old", "string"), write_spec(tmp_path / "new", "integer")
    out = subprocess.run([sys.executable, "-m", "partner_contracts", "diff", str(old), str(new)],
                         capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 1 and "[response-property-type-changed]" in out.stdout, out.stdout + out.stderr


def write_spec(folder: Path, leaf_type: str) -> Path:
    """A spec split over three files with relative $refs (root → paths file → schema file)."""
    (folder / "schemas").mkdir(parents=True, exist_ok=True)
    (folder / "schemas" / "Order.yaml").write_text(yaml.safe_dump(
        {"type": "object", "required": ["id"], "properties": {"id": {"type": leaf_type}}}))
    (folder / "paths.yaml").write_text(yaml.safe_dump({"orders": {"get": {"operationId": "orders", "responses": {
        "200": {"description": "ok", "content": {"application/json": {"schema": {
            "$ref": "schemas/Order.yaml"}}}}}}}}))
    root = folder / "openapi.yaml"
    root.write_text(yaml.safe_dump({"openapi": "3.1.0", "info": {"title": "t", "version": "1.0.0"},
                                    "paths": {"/orders": {"$ref": "paths.yaml#/orders"}}}))
    return root


def test_cli_two_files_with_relative_refs_and_every_format(tmp_path: Path) -> None:
    old, new = write_spec(tmp_path / "old", "string"), write_spec(tmp_path / "new", "integer")
    out = run(str(old), str(new))
    assert out.returncode == 1, out.stdout + out.stderr
    assert "**Breaking**" in out.stdout and "`id`: type string → integer `[response-property-type-changed]`" \
        in out.stdout
    same = run(str(old), str(old))
    assert same.returncode == 0 and "No changes to the contract." in same.stdout
    payload = json.loads(run(str(old), str(new), "--format", "json").stdout)
    assert payload["breaking"] is True
    change = payload["changes"][0]
    assert {k: change[k] for k in ("id", "level", "operation", "operations")} == {
        "id": "response-property-type-changed", "level": "error", "operation": "GET /orders",
        "operations": ["GET /orders"]}
    assert change["location"].endswith("/properties/id") and change["message"]
    assert json.loads(run(str(old), str(new), "--json").stdout)["breaking"] is True
    junit = run(str(old), str(new), "--format", "junit").stdout
    assert junit.startswith("<?xml") and 'failures="1"' in junit and "<failure" in junit
    annotations = run(str(old), str(new), "--format", "github").stdout
    assert annotations.startswith(f"::error file={new},title=response-property-type-changed::GET /orders")
    policy = tmp_path / "policy.yaml"
    policy.write_text("ignore: [{id: response-property-type-changed, reason: ids are opaque}]\n")
    assert run(str(old), str(new), "--config", str(policy)).returncode == 0


def test_cli_malformed_input_names_the_file_and_pointer(tmp_path: Path) -> None:
    good = write_spec(tmp_path / "good", "string")
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\npaths:\n  /a: [1, 2]\n")
    out = run(str(good), str(bad))
    assert out.returncode == 2 and f"{bad}: /paths/~1a: a path item must be a mapping" in out.stderr
    assert "Traceback" not in out.stderr
    bad.write_text("openapi: 3.1.0\npaths: {/a: {get: {responses: {200: [x]}}}}\n")
    out = run(str(good), str(bad))
    assert out.returncode == 2 and "/paths/~1a/get/responses/200: a response must be a mapping" in out.stderr
    bad.write_text("openapi: [\n")
    out = run(str(bad), str(good))
    assert out.returncode == 2 and str(bad.name) in out.stderr and "YAML error" in out.stderr
    bad.write_text("openapi: 3.1.0\npaths: {/a: {$ref: 'missing.yaml'}}\n")
    out = run(str(good), str(bad))
    assert out.returncode == 2 and "missing.yaml" in out.stderr and "/paths/~1a" in out.stderr
    assert run(str(good), str(tmp_path / "absent.yaml")).returncode == 2


def test_cli_url_and_git_ref_sides(tmp_path: Path) -> None:
    write_spec(tmp_path, "integer")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/schemas/Order.yaml"
        (tmp_path / "whole.yaml").write_text(json.dumps(
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}))
        whole = f"http://127.0.0.1:{server.server_address[1]}/whole.yaml"
        out = run(whole, str(tmp_path / "openapi.yaml"))
        assert out.returncode == 0 and "endpoint-added" in out.stdout, out.stdout + out.stderr
        split = f"http://127.0.0.1:{server.server_address[1]}/openapi.yaml"  # its $refs fetched as well
        write_spec(tmp_path / "old", "string")
        out = run(str(tmp_path / "old" / "openapi.yaml"), split)
        assert out.returncode == 1 and "`id`: type string → integer" in out.stdout, out.stdout + out.stderr
        gone = run(url.replace("Order", "Nope"), str(tmp_path / "openapi.yaml"))
        assert gone.returncode == 2 and "cannot fetch" in gone.stderr
    finally:
        server.shutdown()
        server.server_close()
    out = run("HEAD:specs/palm-locker/openapi.yaml", "specs/palm-locker/openapi.yaml")
    assert out.returncode == 0 and "No changes to the contract." in out.stdout, out.stdout + out.stderr
    keyed = run("palm-locker", "specs/palm-locker/openapi.yaml", "--base", "HEAD")  # an API key at a ref
    assert keyed.returncode == 0 and "No changes to the contract." in keyed.stdout, keyed.stdout + keyed.stderr
    assert run("HEAD:specs/no-such/openapi.yaml", "specs/palm-locker/openapi.yaml").returncode == 2


def test_cli_against_history_on_this_repository(tmp_path: Path) -> None:
    """Our APIs between git refs: today's verdict (exit 1 only on an unbumped major), files written."""
    out = run("palm-locker", "--base", "HEAD", "--out", str(tmp_path), "--json")
    assert out.returncode == 0, out.stdout + out.stderr
    payload = json.loads(out.stdout)
    assert payload["apis"][0]["api"] == "palm-locker" and payload["apis"][0]["fails"] is False
    assert payload["breaking"] is False and isinstance(payload["changes"], list)
    assert (tmp_path / "palm-locker.md").read_text().startswith("# palm-locker ")
    bad = run("--base", "no-such-ref", "--out", str(tmp_path))
    assert bad.returncode == 2 and "no-such-ref" in bad.stderr
    # three commits back: whatever they changed, a changelog and a verdict (0 or 1: it depends on the history)
    history = run("palm-locker", "--base", "HEAD~3", "--head", "HEAD", "--out", str(tmp_path))
    assert history.returncode in (0, 1) and "## palm-locker" in history.stdout, history.stdout + history.stderr
    assert "diff: required bumps palm-locker:" in history.stdout


def test_location_is_in_the_new_document_or_for_what_was_removed_in_the_old() -> None:
    def doc(name: str, props: dict[str, Any]) -> dict[str, Any]:
        media = {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}
        return document({"paths": {"/a": {"get": {"operationId": "a", "responses": {
            "200": {"description": "ok", "content": media}}}}},
            "components": {"schemas": {name: {"type": "object", "required": ["a"], "properties": props}}}})

    old = doc("Old", {"a": {"type": "string"}, "b": {"type": "string"}})
    new = doc("New", {"b": {"type": "integer"}})
    found = {c.rule: c.pointer for c in compare_documents(old, new, policy=DEFAULT).changes}
    assert found == {"response-required-property-removed": "/components/schemas/Old/properties/a",
                     "response-property-type-changed": "/components/schemas/New/properties/b"}
    for rule, pointer in found.items():  # each pointer resolves in the document it is about
        assert isinstance(resolve_pointer(old if rule.endswith("removed") else new, pointer), dict)


def test_agreement_script_reads_verdicts_from_test_assertions(tmp_path: Path) -> None:
    """scripts/oasdiff_agreement.py on a small tree shaped like oasdiff's (written here): a pair asserted
    breaking, one asserted empty, one whose loaded spec is edited in code (not a pair of files)."""
    (tmp_path / "checker").mkdir()
    (tmp_path / "data" / "checker").mkdir(parents=True)
    (tmp_path / "checker" / "rules.go").write_text(
        "func GetAllRules() BackwardCompatibilityRules {\n"
        "\tnewBackwardCompatibilityRule(RequestPropertyBecameRequiredId, ERR, RequestPropertyRequiredCheck, x),\n"
        "\tnewBackwardCompatibilityRule(NewOptionalRequestPropertyId, INFO, NewRequestPropertyCheck, x),\n}\n")
    (tmp_path / "checker" / "ids.go").write_text(
        'const (\n\tRequestPropertyBecameRequiredId = "request-property-became-required"\n'
        '\tNewOptionalRequestPropertyId = "new-optional-request-property"\n)\n')
    (tmp_path / "checker" / "helpers_test.go").write_text("package checker_test\n")
    test = '''func {name}(t *testing.T) {{
\ts1, err := open("../data/checker/{a}.yaml")
\trequire.NoError(t, err)
\ts2, err := open("../data/checker/{b}.yaml")
\trequire.NoError(t, err)
{edit}\td, osm, err := diff.GetWithOperationsSourcesMap(diff.NewConfig(), s1, s2)
\terrs := checker.CheckBackwardCompatibilityUntilLevel(singleCheckConfig(checker.RequestPropertyRequiredCheck), d, osm, checker.INFO)
\t{assertion}
}}
'''
    (tmp_path / "checker" / "x_test.go").write_text("package checker_test\n\n" + "\n".join([
        test.format(name="TestBecameRequired", a="base", b="required", edit="",
                    assertion="requireSingleChange(t, errs, checker.RequestPropertyBecameRequiredId)"),
        test.format(name="TestNothing", a="base", b="optional", edit="",
                    assertion="requireSingleChange(t, errs, checker.NewOptionalRequestPropertyId)"),
        test.format(name="TestEdited", a="required", b="base", edit="\ts2.Spec.Info.Version = \"2\"\n",
                    assertion="requireSingleChange(t, errs, checker.RequestPropertyBecameRequiredId)")]))
    body: dict[str, Any] = {"type": "object", "properties": {"a": {"type": "string"}}}
    for name, schema in (("base", body), ("required", {**body, "required": ["a"]}),
                         ("optional", {**body, "properties": {**body["properties"], "b": {"type": "string"}}})):
        spec = placed(schema, "body")
        (tmp_path / "data" / "checker" / f"{name}.yaml").write_text(yaml.safe_dump(document(spec)))
    script = Path(__file__).resolve().parent.parent / "scripts" / "oasdiff_agreement.py"
    out = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True,
                         timeout=60, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "pairs: 2 (from 3 files" in out.stdout and "oasdiff breaking: 1" in out.stdout
    assert "agreement: 2/2 = 100.0 %" in out.stdout and "recall: 1/1 = 100.0 %" in out.stdout
    assert "exceptions and self-diffs: 0" in out.stdout


# The repository's policy file (diff-policy.yaml), written down here: these rules are errors for our own APIs.
REPOSITORY_ERRORS = ("request-parameter-removed", "request-property-removed", "response-optional-property-removed",
                     "webhook-optional-property-removed", "api-operation-id-changed",
                     "response-body-enum-value-added", "response-property-enum-value-added",
                     "webhook-body-enum-value-added", "webhook-property-enum-value-added", "api-security-added",
                     "api-global-security-added", "response-non-success-status-removed")


def test_the_repository_policy_makes_its_rules_errors_and_is_read_once() -> None:
    from partner_contracts.changes import policy as policy_module

    policy = policy_module.repository_policy()
    assert policy is policy_module.repository_policy()  # read once per process
    assert policy.source.endswith("diff-policy.yaml") and policy.ignore == []
    assert policy.levels == dict.fromkeys(REPOSITORY_ERRORS, E)


def test_a_policy_ignores_only_the_operation_and_location_it_names(tmp_path: Path) -> None:
    """An ignore entry narrowed by operation or location leaves the others reported; `none` drops a rule."""
    old = document({"paths": {"/a": {"get": {"operationId": "a", "parameters": [{"in": "query", "name": "q"}]}},
                              "/b": {"get": {"operationId": "b", "parameters": [{"in": "query", "name": "q"}]}}}})
    new = document({"paths": {"/a": {"get": {"operationId": "a"}}, "/b": {"get": {"operationId": "b"}}}})
    policy_file = tmp_path / "policy.yaml"

    def kept(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        policy_file.write_text(text)
        result = compare_documents(old, new, policy=load_policy(policy_file))
        return ([(c.operation, c.level) for c in result.changes],
                [(c.operation, c.ignored or "") for c in result.ignored])

    rule = "request-parameter-removed"
    assert kept("{}\n") == ([("GET /a", W), ("GET /b", W)], [])
    assert kept(f"ignore: [{{id: {rule}, reason: gone}}]\n") == ([], [("GET /a", "gone"), ("GET /b", "gone")])
    assert kept(f"ignore: [{{id: {rule}, operation: GET /b, reason: gone}}]\n") == (
        [("GET /a", W)], [("GET /b", "gone")])
    assert kept(f"ignore: [{{id: {rule}, location: /paths/~1a, reason: gone}}]\n") == (
        [("GET /b", W)], [("GET /a", "gone")])
    assert kept(f"ignore: [{{id: request-property-removed, reason: other}}, {{id: {rule}, operation: GET /a, "
                "location: /paths/~1a, reason: both}]\n") == ([("GET /b", W)], [("GET /a", "both")])
    assert kept(f"ignore: [{{id: {rule}, operation: GET /a, location: /paths/~1b, reason: none}}]\n") == (
        [("GET /a", W), ("GET /b", W)], [])
    # an entry that does not match does not end the search (by operation, by location)
    assert kept(f"ignore: [{{id: {rule}, operation: GET /c, reason: other}}, {{id: {rule}, operation: GET /b, "
                "reason: this}]\n") == ([("GET /a", W)], [("GET /b", "this")])
    assert kept(f"ignore: [{{id: {rule}, location: /paths/~1c, reason: other}}, {{id: {rule}, location: /paths/~1a, "
                "reason: this}]\n") == ([("GET /b", W)], [("GET /a", "this")])
    assert kept(f"levels: {{{rule}: none}}\n") == ([], [])
    assert kept("ignore: [{id: api-tag-added, reason: other}, {id: response-success-status-removed, reason: "
                "other}]\n") == ([("GET /a", W), ("GET /b", W)], [])  # other rules' entries (either side of it)
    # a shared schema's finding reaches several operations: any of them names it
    policy_file.write_text("ignore: [{id: response-property-type-changed, operation: GET /r2, reason: shared}]\n")
    shared = compare_documents(deep_tree("string", 2, 3), deep_tree("integer", 2, 3), policy=load_policy(policy_file))
    assert [c.rule for c in shared.changes] == ["request-property-type-changed"]
    assert [(c.rule, c.ignored) for c in shared.ignored] == [("response-property-type-changed", "shared")]
    # `none` drops its rule only, whichever comes first
    added = document({"paths": {**new["paths"], "/c": {"get": {"operationId": "c", "responses": {
        "200": {"description": "ok"}}}}}})
    for dropped, left in ((rule, "endpoint-added"), ("endpoint-added", rule)):
        policy_file.write_text(f"levels: {{{dropped}: none}}\n")
        assert {c.rule for c in compare_documents(old, added, policy=load_policy(policy_file)).changes} == {left}
    assert kept(f"levels: {{{rule}: info}}\n") == ([("GET /a", I), ("GET /b", I)], [])
    policy_file.write_text(f"levels: {{{rule}: error}}\n")
    assert compare_documents(old, new, policy=load_policy(policy_file)).fails is True


@pytest.mark.parametrize(("text", "says"), [
    ("levels: [request-property-removed]\n", "/levels must map rule ids to a level"),
    ("ignore: {id: request-property-removed}\n", "/ignore must be a list"),
    ("ignore: [request-property-removed]\n", "/ignore/0: needs `id`, one of the rule ids"),
    ("ignore: [{id: no-such-rule, reason: r}]\n", "/ignore/0: needs `id`, one of the rule ids"),
    ("ignore: [{id: request-property-removed, reason: '  '}]\n", "/ignore/0: needs a `reason`"),
    ("ignore: [{id: request-property-removed, reason: r, path: /a}]\n", "/ignore/0: unknown key(s) path"),
    ("levels: {}\nother: 1\n", "expected a mapping with `levels` and/or `ignore`"),
    ("levels: [\n", "YAML error"),
])
def test_a_policy_file_mistake_names_the_file_and_the_entry(tmp_path: Path, text: str, says: str) -> None:
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(text)
    with pytest.raises(PolicyError) as caught:
        load_policy(policy_file)
    assert str(caught.value).startswith(f"{policy_file}: ") and says in str(caught.value), caught.value


def test_a_policy_file_is_read_as_written(tmp_path: Path) -> None:
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text("levels: {request-property-removed: error, api-tag-added: none}\n"
                           "ignore: [{id: api-tag-removed, operation: GET /a, location: /paths, reason: r}]\n")
    policy = load_policy(policy_file)
    assert (policy.levels, policy.ignore, policy.source) == (
        {"request-property-removed": E, "api-tag-added": "none"},
        [{"id": "api-tag-removed", "operation": "GET /a", "location": "/paths", "reason": "r"}], str(policy_file))
    policy_file.write_text("")
    assert (load_policy(policy_file).levels, load_policy(policy_file).ignore) == ({}, [])
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "absent.yaml")


def test_cli_exits_1_when_it_prints_failed_for_an_unbumped_break(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Between git refs (CI's `make diff`): an unbumped break prints FAILED and exits 1; raised, it exits 0."""
    old = document(placed({"type": "string"}, "response"))
    new = document(placed({"type": "integer"}, "response"))
    results: list[Any] = []
    monkeypatch.setattr(diff_cli, "diff_apis", lambda *args, **kwargs: results)
    results[:] = [compare_documents(old, new, "palm-locker")]
    out = run("palm-locker", "--base", "HEAD", "--out", str(tmp_path))
    assert "diff: FAILED — breaking changes without a major info.version bump in palm-locker" in out.stdout
    assert out.returncode == 1, out.stdout
    results[:] = [compare_documents(old, document(placed({"type": "integer"}, "response"), "2.0.0"), "palm-locker")]
    out = run("palm-locker", "--base", "HEAD", "--out", str(tmp_path))
    assert "FAILED" not in out.stdout and out.returncode == 0, out.stdout


def test_cli_pair_summary_counts_each_level_and_leaves_accepted_breaks_out(tmp_path: Path) -> None:
    """OLD NEW: the closing line counts breaking changes (less those a draft operation may make), warnings and
    info; on stdout with the Markdown changelog, on stderr when stdout carries JSON."""

    def answer(properties: dict[str, Any]) -> dict[str, Any]:
        return {"200": {"description": "ok", "content": {"application/json": {"schema": {
            "type": "object", "properties": properties}}}}}

    text, number = {"type": "string"}, {"type": "integer"}
    old: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "t", "version": "1.0.0"}, "paths": {
        "/a": {"get": {"operationId": "a", "responses": answer({"a": text, "b": text, "c": text, "e": text})}},
        "/d": {"get": {"operationId": "d", "x-stability-level": "draft", "responses": answer({"x": text})}}}}
    new = copy.deepcopy(old)
    new["paths"]["/a"]["get"]["responses"] = answer({"a": number, "c": number, "e": number})  # 3 errors, 1 warning
    new["paths"]["/d"]["get"]["responses"] = answer({"x": number})  # an error a draft operation may make
    for path in ("/c", "/f"):  # 2 info
        new["paths"][path] = {"get": {"operationId": path[1:], "responses": {"200": {"description": "ok"}}}}
    (tmp_path / "old.json").write_text(json.dumps(old))
    (tmp_path / "new.json").write_text(json.dumps(new))
    pair = (str(tmp_path / "old.json"), str(tmp_path / "new.json"))
    out = run(*pair, "--format", json.loads('"markdown"'))  # a format as read from the command line
    assert out.returncode == 1 and out.stdout.endswith("diff: 3 breaking, 1 warning, 2 info\n"), out.stdout
    out = run(*pair, "--format", "json")
    assert json.loads(out.stdout)["breaking"] is True
    assert out.stderr == "diff: 3 breaking, 1 warning, 2 info\n"
    policy = tmp_path / "policy.yaml"  # levels from a policy file count as well
    policy.write_text("levels: {endpoint-added: warning, response-property-type-changed: info}\n")
    out = run(*pair, "--config", str(policy))
    assert out.returncode == 0 and out.stdout.endswith("diff: 0 breaking, 3 warning, 4 info\n"), out.stdout
    only = run(pair[0])
    assert only.returncode == 2 and f"diff: {pair[0]}: one spec given; compare two" in only.stderr


def test_cli_between_refs_titles_the_changelog_and_writes_to_build_by_default(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = document(placed({"type": "string"}, "response"))
    result = compare_documents(old, copy.deepcopy(old), "palm-locker")
    asked: list[Any] = []

    def diff_apis(keys: list[str] | None, *args: Any) -> list[Any]:
        asked.append(keys)
        return [result]

    monkeypatch.setattr(diff_cli, "diff_apis", diff_apis)
    monkeypatch.setattr(diff_cli, "BUILD_DIR", tmp_path)
    head = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    out = run("palm-locker", "--base", head)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"Contract changes from {head[:12]} to the working tree" in out.stdout and head[:13] not in out.stdout
    assert (tmp_path / "diff" / "palm-locker.md").is_file() and (tmp_path / "diff" / "diff.json").is_file()
    assert "diff: required bumps palm-locker: none; changelog in " in out.stdout
    out = run("palm-locker", "--base", head, "--format", json.loads('"markdown"'))  # as read from the command line
    assert "diff: required bumps palm-locker: none; changelog in " in out.stdout
    bad = run("palm-locker", "--base", "no-such-ref")
    assert bad.returncode == 2 and "no-such-ref" in bad.stderr
    out = run("palm-locker", "--base", head, "--format", "json")  # stdout is the JSON alone
    assert json.loads(out.stdout)["breaking"] is False and "diff: required bumps" in out.stderr
    # no key: every API; an unknown key is the API lister's to refuse (not "one spec given")
    assert run("--base", head).returncode == 0 and run("no-such-api", "--base", head).returncode == 0
    assert asked == [["palm-locker"], ["palm-locker"], ["palm-locker"], [], ["no-such-api"]]
