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

    path: str  # JSON pointer into the instance ("" for the instance itself)
    message: str

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

    def problems(self, pointer: str, instance: Any, limit: int = 5) -> list[Problem]:
        """Up to ``limit`` reasons why ``instance`` does not satisfy the schema at ``pointer``."""
        validator = self.validator(pointer)
        if validator.is_valid(instance):
            return []
        found = []
        for error in validator.iter_errors(instance):
            path = "".join("/" + escape(str(p)) for p in error.instance_path)
            message = error.message if len(error.message) <= 300 else error.message[:297] + "..."
            found.append(Problem(path, message))
            if len(found) >= limit:
                break
        return found
