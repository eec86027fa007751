"""Vendor-document drift: a section edited in a copy of each API's document is noticed by `validate` (naming
exactly the operations citing it), listed by `sources diff`, and cleared by `sources accept`."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from partner_contracts.cli import main
from partner_contracts.lint import drift
from partner_contracts.lint.rules import validate
from partner_contracts.spec import sources
from partner_contracts.spec.api import Api, discover, iter_operations, sources_dir

from .apis import api_params, needs_sources

pytestmark = [needs_sources, pytest.mark.slow]


def operations_citing(api: Api, file: str, heading: str) -> set[str]:
    found = set()
    for _kind, _name, _method, op, _pointer in iter_operations(api.bundled.document):
        source = op.get("x-source") or {}
        cited = source.get("section")
        cited = cited if isinstance(cited, list) else [cited]
        if source.get("file") == file and heading in {sources.normalise(str(s)) for s in cited}:
            found.add(str(op["operationId"]))
    return found


def table_row_to_edit(api: Api) -> tuple[str, int, str]:
    """A cited operation section, a table row of it (as the source-table rule reads tables) in no other section
    the spec cites (ledger entries may cite a part of it), and the field name that row documents."""
    file = str(api.meta["source"])
    path = sources_dir() / file
    mine = [c for c in drift.citations(api, api.bundled.document) if c.file == file]
    spans = drift._fingerprints(api, mine, file, path)
    for heading in sorted({c.heading for c in mine if c.who.startswith("operation ")}):
        section = spans[heading]
        for row in sources.table_rows(path, section.start, section.end):
            cited_by_spec = [s for h, s in spans.items() if any(c.heading == h and not c.who.startswith("ledger ")
                                                                   for c in mine)]
            if sum(1 for s in cited_by_spec if s.start <= row.line < s.end) == 1:
                return heading, row.line, row.field
    raise AssertionError(f"{api.key}: no table row in a cited operation section")


@pytest.mark.parametrize("api", api_params())
def test_an_edited_table_row_is_noticed_diffed_and_accepted(api: Api, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    file = str(api.meta["source"])
    heading, number, field = table_row_to_edit(api)
    expected = operations_citing(api, file, heading)
    assert expected

    edited_sources = tmp_path / "sources"
    shutil.copytree(sources_dir(), edited_sources)
    lines = (edited_sources / file).read_text(encoding="utf-8").split("\n")
    assert field in lines[number - 1]
    lines[number - 1] = lines[number - 1].replace(field, field + "_renamed", 1)  # the vendor renames a field
    (edited_sources / file).write_text("\n".join(lines), encoding="utf-8")
    specs = tmp_path / "specs"
    shutil.copytree(api.dir, specs / api.key)
    (copy,) = discover(specs)

    # the recorded document: the copy of the spec is clean
    assert not [f for f in validate(copy, only={"source-drift"}).findings if f.rule == "source-drift"]

    # sources diff KEY --against NEW_FILE lists the section and who cites it
    assert main(["sources", "diff", api.key, "--against", str(edited_sources / file)]) == 1
    out = capsys.readouterr().out
    assert f"CHANGED § {heading}" in out
    for op_id in expected:
        assert f"operation {op_id}" in out

    # validate, the document edited: exactly the operations citing that section, with the heading
    monkeypatch.setenv("PARTNER_SOURCES", str(edited_sources))
    findings = [f for f in validate(copy, only={"source-drift"}).findings if f.rule == "source-drift"]
    named = {m.group(1) for f in findings if (m := re.match(r"operation (\S+):", f.message))}
    assert named == expected, [str(f) for f in findings]
    # ledger entries citing that section, or a part of it (a table header line of a text dump), are named too
    assert all(repr(heading) in f.message for f in findings if not f.message.startswith("ledger "))
    assert all(f.message.startswith(("operation ", "ledger ", "schema ")) for f in findings)

    # sources accept records the new fingerprints; validate is clean again
    monkeypatch.setenv("PARTNER_SPECS", str(specs))
    assert main(["sources", "accept", api.key]) == 0
    assert re.search(r"[1-9][0-9]* new or changed", capsys.readouterr().out)
    assert not [f for f in validate(copy, only={"source-drift"}).findings if f.rule == "source-drift"]


def test_a_vanished_heading_and_a_new_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    (api,) = [a for a in discover() if a.key == "palm-locker"]
    edited = tmp_path / "sources"
    shutil.copytree(sources_dir(), edited)
    text = (edited / "palm-locker.md").read_text(encoding="utf-8")
    text = text.replace("## Cancel order", "## Cancel an order", 1)
    text += "\n## Refund order\n\n`POST /order/refund`\n"
    (edited / "palm-locker.md").write_text(text, encoding="utf-8")
    monkeypatch.setenv("PARTNER_SOURCES", str(edited))
    messages = [f.message for f in validate(api, only={"source-drift"}).findings if f.rule == "source-drift"]
    assert any(m.startswith("operation cancelOrder") and "'Cancel order' vanished" in m for m in messages)
    assert any("new heading 'Refund order'" in m and "possibly a new operation" in m for m in messages)
    assert any("new heading 'Cancel an order'" in m for m in messages)
    assert main(["coverage", "palm-locker"]) == 1  # the refund is documented and not in the spec
    assert "NEW     § Refund order (palm-locker.md:" in capsys.readouterr().out

