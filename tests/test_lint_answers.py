"""The four rules against unmarked guesses (partner_contracts/lint/answers.py): each fails a deliberately broken mini spec,
reports ``file:line #pointer``, and accepts the marked or documented variant."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .test_lint import PATH_FILE, edit, findings, mini  # noqa: F401  (mini is a fixture)

THING = "mini/components/schemas/Thing.yaml"
SIZE = "  size: {type: integer}\n"


def _only(specs: Path, rule: str) -> list[str]:
    found = [f for f in findings(specs) if f.rule == rule]
    for finding in found:  # every finding names the YAML file, its line and the JSON pointer
        assert re.match(r"^specs/|.*\.yaml:\d+ #/", str(finding)), str(finding)
        assert finding.file.endswith(".yaml") and finding.line and finding.pointer.startswith("/")
    return [f"{f.pointer} {f.message}" for f in found]


def test_answer_required_flags_a_required_field_no_table_marks(mini: Path) -> None:  # noqa: F811
    edit(mini / THING, "required: [id]", "required: [id, size]")
    (message,) = _only(mini, "answer-required")
    assert message.startswith("/components/schemas/Thing/required/1 answers must send 'size'")


def test_answer_required_accepts_a_note_about_required_not_one_about_the_type(mini: Path) -> None:  # noqa: F811
    edit(mini / THING, "required: [id]", "required: [id, size]")
    edit(mini / THING, SIZE, '  size: {type: integer, x-unverified: "unit assumed"}\n')
    assert len(_only(mini, "answer-required")) == 1
    edit(mini / THING, "unit assumed", "required: every example has it, the document does not say so")
    assert _only(mini, "answer-required") == []


def test_answer_required_needs_the_ledger_policy_for_ids(mini: Path) -> None:  # noqa: F811
    edit(mini / "mini/ledger.yaml", "    answer_required: [id]\n", "")
    (message,) = _only(mini, "answer-required")
    assert "'id'" in message


def test_answer_required_accepts_what_an_answer_table_marks_required(mini: Path) -> None:  # noqa: F811
    edit(mini / THING, "required: [id]", "required: [id, size]")
    edit(mini.parent / "sources" / "mini-source.md", "| `size` | integer | Its size.        |\n",
         "| `size` | integer | Its size.        |\n\nResponse fields\n\n| Field | Required | Type |\n"
         "| ----- | -------- | ---- |\n| `size` | Yes | integer |\n")
    assert _only(mini, "answer-required") == []


def test_answer_default_flags_a_default_an_answer_reaches(mini: Path) -> None:  # noqa: F811
    edit(mini / THING, SIZE, "  size: {type: integer, default: 0}\n")
    (message,) = _only(mini, "answer-default")
    assert message.startswith("/components/schemas/Thing/properties/size/default default 0")


def test_null_only_type_flags_a_typed_field_every_example_shows_as_null(mini: Path) -> None:  # noqa: F811
    edit(mini / THING, SIZE, SIZE + '  colour: {type: [string, "null"]}\n')
    edit(mini / PATH_FILE, "value: {id: t1, size: 3}", "value: {id: t1, size: 3, colour: null}")
    (message,) = _only(mini, "null-only-type")
    assert message.startswith("/components/schemas/Thing/properties/colour every example shows this property only "
                              "as null")
    edit(mini / THING, '{type: [string, "null"]}', '{type: [string, "null"], x-unverified: "type assumed"}')
    assert _only(mini, "null-only-type") == []


def test_null_only_type_accepts_a_null_a_table_types(mini: Path) -> None:  # noqa: F811
    edit(mini / THING, SIZE, SIZE + '  colour: {type: [string, "null"]}\n')
    edit(mini / PATH_FILE, "value: {id: t1, size: 3}", "value: {id: t1, size: 3, colour: null}")
    edit(mini.parent / "sources" / "mini-source.md", "| `size` | integer | Its size.        |\n",
         "| `size` | integer | Its size.        |\n| `colour` | string | Its colour. |\n")
    assert _only(mini, "null-only-type") == []


def test_null_only_type_flags_typed_items_of_a_list_shown_empty(mini: Path) -> None:  # noqa: F811
    edit(mini / THING, SIZE, SIZE + "  parts: {type: array, items: {type: string}}\n")
    edit(mini / PATH_FILE, "value: {id: t1, size: 3}", "value: {id: t1, size: 3, parts: []}")
    edit(mini.parent / "sources" / "mini-source.md", "| `size` | integer | Its size.        |\n",
         "| `size` | integer | Its size.        |\n| `parts` | array | Its parts. |\n")
    (message,) = _only(mini, "null-only-type")
    assert "only as []" in message
    edit(mini / THING, "items: {type: string}", "items: {}")
    assert _only(mini, "null-only-type") == []


@pytest.mark.parametrize(("label", "flagged"), [("Kích thước", True), ("its   SIZE.", False)])
def test_label_source_flags_a_label_the_document_does_not_have(mini: Path, label: str,  # noqa: F811
                                                               flagged: bool) -> None:
    edit(mini / THING, SIZE, f"  size: {{type: integer, x-label-vi: {label}}}\n")
    found = _only(mini, "label-source")
    assert bool(found) is flagged, found
    if flagged:
        assert found[0].startswith("/components/schemas/Thing/properties/size/x-label-vi x-label-vi 'Kích thước'")


def test_answer_required_policy_names_must_exist(mini: Path) -> None:  # noqa: F811
    edit(mini / "mini/ledger.yaml", "answer_required: [id]", "answer_required: [id, Thing.colour]")
    found = [f for f in findings(mini) if f.rule == "answer-required"]
    assert len(found) == 1 and "'Thing.colour'" in found[0].message
    assert found[0].file.endswith("ledger.yaml") and found[0].line
