"""Compiled JSON Schema validators for the schemas of a bundled spec (jsonschema-rs, Draft 2020-12).

Every validator is compiled once, against the whole bundled document, so ``#/components/...``
references resolve; callers ask by the JSON pointer of the schema in the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import jsonschema_rs

from .deref import escape

DIALECT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class Problem:
    """One reason an instance does not satisfy a schema."""

    path: str  # JSON pointer into the instance ("" for the instance itself): the deepest that failed
    message: str
    keyword: str = ""  # what failed: "Type", "Required", "Enum", "AnyOf", ... (jsonschema-rs's kind)

    def describe(self, prefix: str = "") -> str:
        where = prefix + self.path if (prefix or self.path) else "the body"
        return f"{where}: {self.message}"


class SchemaSet:
    """Validators for one bundled document, compiled lazily and cached by schema pointer.

    The document is registered once (a jsonschema-rs ``Registry``) and every validator is a reference
    into it, so validators share one copy of the document instead of embedding it each time.
    """

    _count = 0

    def __init__(self, document: dict[str, Any], *, validate_formats: bool = True) -> None:
        SchemaSet._count += 1
        self._uri = f"urn:partner-contracts:spec:{SchemaSet._count}"
        root = {k: v for k, v in document.items() if k != "$schema"}
        self._registry = jsonschema_rs.Registry([(self._uri, {"$schema": DIALECT, **root})])
        self._validate_formats = validate_formats
        self._cache: dict[str, Any] = {}

    def validator(self, pointer: str) -> Any:
        found = self._cache.get(pointer)
        if found is None:
            ref = self._uri + "#" + quote(pointer, safe="/~!$&'()*+,;=:@-._")
            found = jsonschema_rs.validator_for({"$schema": DIALECT, "$ref": ref}, registry=self._registry,
                                                validate_formats=self._validate_formats)
            self._cache[pointer] = found
        return found

    def problems(self, pointer: str, instance: Any, limit: int = 5, deepest: bool = False) -> list[Problem]:
        """Up to ``limit`` reasons why ``instance`` does not satisfy the schema at ``pointer``.

        With ``deepest`` (the sandbox's exact blame), each at the deepest location that failed: a missing
        required property at the property's pointer, and an ``anyOf``/``oneOf`` that no branch satisfies
        by the problems of the branch that came closest (the one whose problems lie deepest, then the
        fewest), not by a dump of the value."""
        validator = self.validator(pointer)
        if validator.is_valid(instance):
            return []
        found = []
        for error in validator.iter_errors(instance):
            for error_found in _closest(error) if deepest else [error]:
                found.append(_problem(error_found, deepest))
                if len(found) >= limit:
                    return found
        return found


def _kind(error: Any) -> str:
    return type(error.kind).__name__


def _closest(error: Any) -> list[Any]:
    """The errors to report for ``error``: itself, or for an ``anyOf``/``oneOf`` none of whose branches
    matched, those of the closest branch (recursively) when they lie below the value itself."""
    context = getattr(error.kind, "context", None) if _kind(error) in ("AnyOf", "OneOfNotValid") else None
    if not context:
        return [error]

    def depth(branch: list[Any]) -> int:
        return max((len(e.instance_path) + (_kind(e) == "Required") for e in branch), default=0)

    def distance(branch: list[Any]) -> tuple[bool, int, int]:
        """How far the value is from a branch: not even its type first, then the number of problems,
        then (the deeper the closer) their depth."""
        mismatch = any(_kind(e) == "Type" and len(e.instance_path) == len(error.instance_path) for e in branch)
        return mismatch, len(branch), -depth(branch)

    best = min((branch for branch in context if branch), key=distance, default=None)
    if best is None or depth(best) <= len(error.instance_path):
        return [error]
    return [deeper for e in best for deeper in _closest(e)]


def _problem(error: Any, deepest: bool) -> Problem:
    path = "".join("/" + escape(str(p)) for p in error.instance_path)
    kind = _kind(error)
    if kind == "Required" and deepest:  # the missing field itself, not the object that lacks it
        path += "/" + escape(str(error.kind.property))
    message = error.message if len(error.message) <= 300 else error.message[:297] + "..."
    return Problem(path, message, kind)
