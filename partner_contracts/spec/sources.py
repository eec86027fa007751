"""Reading the vendor documents: their section headings and the operations they document.

A *heading* is any line of the source, normalised (markdown ``#`` marks, ``**`` and ``&#x20;`` removed,
whitespace trimmed): the markdown sources have real headings, the text dumps only title lines, so
``x-source.section`` must match one whole line. The *documented operations* are found by a per-API
pattern from api.yaml (``coverage.request``), a regular expression with groups ``method`` and
``path``; each mention belongs to the section heading above it (``coverage.heading``: ``markdown``
for the last ``#`` heading, ``previous-line`` for the last non-blank line before the request line).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_ENTITY = re.compile(r"&#x20;|&nbsp;")
_HASHES = re.compile(r"^#+\s*")
_SPACES = re.compile(r"\s+")


def normalise(line: str) -> str:
    text = _HASHES.sub("", _ENTITY.sub(" ", line).strip())
    return _SPACES.sub(" ", text.replace("**", "").strip())


@cache
def read_lines(path: Path) -> tuple[str, ...]:
    return tuple(path.read_text(encoding="utf-8").splitlines())


@cache
def headings(path: Path) -> frozenset[str]:
    """Every normalised non-blank line of the source."""
    return frozenset(filter(None, first_lines(path)))


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


# --- table rows: the field names a section's tables document ------------------------------------------

_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:(?:\.|\[\]\.?| - )[A-Za-z_][A-Za-z0-9_]*)*(?:\[\])?$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}")
_STACKED_HEADER = ("name", "type", "data type", "default", "description")


@dataclass(frozen=True)
class Row:
    """One row of a parameter/field table: its field name as written and its last segment."""

    name: str
    field: str
    line: int
    required: bool | None = None  # the table's Required column, when it has one
    answer: bool = False  # the table documents what the server sends (it follows a "Response" line)


_YES = ("yes", "true", "x", "required", "y")


def _required(cell: str | None) -> bool | None:
    if cell is None:
        return None
    return cell.replace("`", "").replace("*", "").strip().lower() in _YES


def _answer_table(lines: tuple[str, ...], header: int) -> bool:
    """Whether one of the three non-blank lines above a table header names a response (or a payload)."""
    above = [line for line in lines[max(0, header - 8) : header] if line.strip()][-3:]
    return any(re.search(r"response|payload|webhook", line, re.IGNORECASE) for line in above)


def _row(cell: str, number: int, required: str | None = None, answer: bool = False) -> Row | None:
    text = cell.replace("`", "").replace("**", "").strip()
    text = re.sub(r"\s*\(.*\)$", "", text)  # "shipping_address (1.5)"
    if not _FIELD.match(text):
        return None
    field = re.split(r"\.| - |\[\]\.?", text.rstrip("[]"))[-1]
    return Row(text, field, number, _required(required), answer)


def table_rows(path: Path, start: int, end: int, words_after: str | None = "Response Parameters") -> list[Row]:
    """Field names of the tables in lines ``start..end`` (1-based, end exclusive) of a source.

    Three layouts: markdown/pipe tables (first cell; header rows are those above a ``---`` row),
    "words" tables (a ``Parameter Type …`` header without pipes, rows up to a blank line: the first word;
    only tables within three lines of ``words_after``, every one when it is None; a row is an answer row
    when its table follows ``words_after``), and stacked tables (the cells ``name``,
    ``type``, ``data type``, ``default``, ``description`` one per line, then five lines per row).
    """
    lines = read_lines(path)[start - 1 : end - 1]
    rows: list[Row] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if "|" in line and i + 1 < len(lines) and _PIPE_SEPARATOR.match(lines[i + 1]):  # a pipe table
            header = [c.strip().lower() for c in line.strip().strip("|").split("|")]
            column = header.index("required") if "required" in header else None
            answer = _answer_table(lines, i)
            i += 2
            while i < len(lines) and "|" in lines[i] and not (
                    i + 1 < len(lines) and _PIPE_SEPARATOR.match(lines[i + 1])):  # the next table's header
                cells = lines[i].strip().strip("|").split("|")
                mark = cells[column] if column is not None and column < len(cells) else None
                row = _row(cells[0], start + i, mark, answer)
                if row:
                    rows.append(row)
                i += 1
            continue
        after = any(normalise(p) == words_after for p in lines[max(0, i - 3) : i])
        if re.match(r"^Parameter(\s+[A-Z][a-z]+)+\s*$", line) and (after or words_after is None):
            words = line.split()
            column = words.index("Required") if "Required" in words else None
            i += 1
            while i < len(lines) and lines[i].strip():
                cells = lines[i].split()
                mark = cells[column] if column is not None and column < len(cells) else None
                row = _row(cells[0], start + i, mark, answer=after)
                if row:
                    rows.append(row)
                i += 1
            continue
        if normalise(line).lower() == _STACKED_HEADER[0]:
            stacked = [(j, normalise(t)) for j, t in enumerate(lines[i:], i) if normalise(t)]
            if tuple(c.lower() for _, c in stacked[:5]) == _STACKED_HEADER:
                k = 5
                answer = _answer_table(lines, i)
                while k + 4 < len(stacked) and stacked[k + 1][1].lower() in ("required", "optional"):
                    row = _row(stacked[k][1], start + stacked[k][0], stacked[k + 1][1], answer)
                    if row:
                        rows.append(row)
                    k += 5
                i = stacked[k - 1][0] + 1 if k > 5 else i + 1
                continue
        i += 1
    return rows


# --- sections and their fingerprints: noticing when the vendor edits the document --------------------

_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s")
_TABLE_RULE = re.compile(r"^[\s|:\-]+$")
FINGERPRINT_VERSION = 1  # bump when fingerprint_text changes what it ignores: every recorded hash is stale then


@dataclass(frozen=True)
class Section:
    """A cited heading and the lines it governs (1-based, ``end`` exclusive) in one source."""

    heading: str
    start: int
    end: int
    fingerprint: str


def fingerprint_text(lines: list[str] | tuple[str, ...]) -> str:
    """A normalised hash of a section: markdown marks, entities, blank lines, table rules (``---|---``) and
    spacing around ``|`` do not count; any change of words, numbers or rows does."""
    kept = []
    for line in lines:
        text = normalise(line)
        if not text or _TABLE_RULE.match(text):
            continue
        kept.append(re.sub(r"\s*\|\s*", "|", text).strip("|"))
    return "sha256:" + hashlib.sha256("\n".join(kept).encode("utf-8")).hexdigest()[:16]


def markdown_headings(path: Path) -> dict[int, int]:
    """Line number -> level of every markdown ``#`` heading of a source (none in the text dumps)."""
    return {n: len(m.group(1)) for n, line in enumerate(read_lines(path), 1) if (m := _MARKDOWN_HEADING.match(line))}


@cache
def first_lines(path: Path) -> Mapping[str, int]:
    """Each normalised line of a source and the first line number it stands on (a cited heading is its first
    occurrence). Cached per file, as ``read_lines`` is: read it, do not change it."""
    return {normalise(line): n for n, line in reversed(list(enumerate(read_lines(path), 1)))}


def sections(path: Path, headings_wanted: set[str], boundaries: set[str]) -> dict[str, Section]:
    """The span and fingerprint of each wanted heading that stands in the source.

    A markdown heading governs the lines up to the next heading of its level or above; any other cited line
    (the text dumps' title lines, a table header) up to the next markdown heading or the next of
    ``boundaries`` (the headings operations cite), or the end of the document."""
    lines = read_lines(path)
    first = first_lines(path)
    levels = markdown_headings(path)
    stops = {first[b] for b in boundaries if b in first}
    found: dict[str, Section] = {}
    for heading in headings_wanted:
        start = first.get(heading)
        if start is None:
            continue
        level = levels.get(start)
        end = len(lines) + 1
        for number in range(start + 1, len(lines) + 1):
            if number in levels and (level is None or levels[number] <= level):
                end = number
                break
            if level is None and number in stops:
                end = number
                break
        found[heading] = Section(heading, start, end, fingerprint_text(lines[start - 1 : end - 1]))
    return found
