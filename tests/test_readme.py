"""The README's Python examples run as pasted against a mock (its port swapped for a free one)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import running

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 3


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_example_runs(index: int, capsys: pytest.CaptureFixture[str]) -> None:
    with running(create_app()) as url:
        code = BLOCKS[index].replace("http://127.0.0.1:4010", url)
        namespace: dict[str, object] = {"__name__": "readme_example"}
        exec(compile(code, f"README.md python block {index + 1}", "exec"), namespace)  # noqa: S102
    printed = capsys.readouterr().out
    if re.search(r"^print\(", code, flags=re.M):
        assert printed.strip(), "the example printed nothing"
