"""Reading the vendor documents: their section headings and the operations they document.

A *heading* is any line of the source, normalised (markdown ``#`` marks, ``**`` and ``&#x20;`` removed,
whitespace trimmed): the markdown sources have real headings, the text dumps only title lines, so
``x-source.section`` must match one whole line. The *documented operations* are found by a per-API
pattern from api.yaml (``coverage.request``), a regular expression with groups ``method`` and
``path``; each mention belongs to the section heading above it (``coverage.heading``: ``markdown``
for the last ``#`` heading, ``previous-line`` for the last non-blank line before the request line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_ENTITY = re.compile(r"&#x20;|&nbsp;")


def normalise(line: str) -> str:
    text = _ENTITY.sub(" ", line).strip()
    text = re.sub(r"^#+\s*", "", text)
    text = text.replace("**", "").strip()
    return re.sub(r"\s+", " ", text)


@lru_cache(maxsize=None)
def read_lines(path: Path) -> tuple[str, ...]:
    return tuple(path.read_text(encoding="utf-8").splitlines())


@lru_cache(maxsize=None)
def headings(path: Path) -> frozenset[str]:
    """Every normalised non-blank line of the source."""
    return frozenset(filter(None, (normalise(line) for line in read_lines(path))))


def heading_line(path: Path, heading: str) -> int | None:
    for number, line in enumerate(read_lines(path), 1):
        if normalise(line) == heading:
            return number
    return None


@dataclass(frozen=True)
class Mention:
    """An operation as the source writes it."""

    method: str
    path: str  # normalised: query dropped, placeholders as {}
    raw: str
    section: str
    line: int


_PLACEHOLDER = re.compile(r"\{[^}/]*\}|<[^>/]*>")


def normalise_path(raw: str, strip_prefix: str = "") -> str:
    # "customers?/<ID>/…": a "?" followed by "/" is a typo in a path, not the start of a query
    path = raw.replace("?/", "/").split("?")[0].split("#")[0].strip().strip("`")
    if strip_prefix and path.startswith(strip_prefix):
        path = path[len(strip_prefix) :] or "/"
    path = _PLACEHOLDER.sub("{}", path)
    if len(path) > 1:
        path = path.rstrip("/")
    return path


def template_pattern(spec_path: str) -> re.Pattern[str]:
    """A regex matching a spec path template, where each ``{param}`` matches one segment."""
    parts = re.split(r"\{[^}]+\}", spec_path.rstrip("/") or "/")
    return re.compile("^" + "[^/]+".join(re.escape(p) for p in parts) + "$")


def mentions(path: Path, request: str, heading_style: str, strip_prefix: str = "") -> list[Mention]:
    """Every operation mention in the source, with the section it stands in."""
    pattern = re.compile(request, re.MULTILINE)
    lines = read_lines(path)
    text = "\n".join(lines)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    found = []
    for match in pattern.finditer(text):
        number = _line_of(offsets, match.start())
        section = _section(lines, number, heading_style)
        found.append(
            Mention(
                method=match.group("method").upper(),
                path=normalise_path(match.group("path"), strip_prefix),
                raw=match.group(0).strip(),
                section=section,
                line=number,
            )
        )
    return found


def _line_of(offsets: list[int], position: int) -> int:
    low, high = 0, len(offsets) - 1
    while low < high:
        mid = (low + high + 1) // 2
        if offsets[mid] <= position:
            low = mid
        else:
            high = mid - 1
    return low + 1


def _section(lines: tuple[str, ...], number: int, style: str) -> str:
    if style == "markdown":
        for line in reversed(lines[: number - 1]):
            if re.match(r"^#{1,2}\s", line):
                return normalise(line)
        return ""
    if style == "previous-line":
        for line in reversed(lines[: number - 1]):
            if line.strip():
                return normalise(line)
        return ""
    raise ValueError(f"unknown coverage.heading style {style!r} (markdown | previous-line)")
