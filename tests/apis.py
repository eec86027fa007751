"""The APIs a test is about, discovered from specs/ (or ``$PARTNER_SPECS``): one home for "each API".

A test about each API is parametrised with ``api_params()`` (``Api`` objects) or ``key_params()`` (keys):
every API under specs/ gets its items, a new one included, with no edit here. A test that only makes sense
for APIs with some feature names the *capability* (``api_params("webhooks")``); an API without it gets no
item, and ``tests/test_per_api.py`` accepts that only for a declared capability.

Each parameter carries the mark ``per_api(key, capability)``, which ``tests/test_per_api.py`` counts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from partner_contracts.spec.api import Api, discover, missing_sources, sources_dir


def _has_webhooks(api: Api) -> bool:
    return bool(api.bundled.document.get("webhooks"))


def _has_links(api: Api) -> bool:
    return '"links"' in api.bundled.to_json()


def _has_paging(api: Api) -> bool:
    return bool((api.meta.get("client") or {}).get("paging"))


def _has_rules(api: Api) -> bool:
    return (api.dir / "rules.py").is_file()


def _has_behaviour(api: Api) -> bool:
    return api.behaviour_path.is_file()


def _has_client(api: Api) -> bool:
    return (api.client_dir / "pyproject.toml").is_file()


def json_post(api: Api) -> tuple[str, dict[str, Any]] | None:
    """(path, operation) of the first POST whose request body is a JSON object, or None."""
    for path, item in (api.bundled.document.get("paths") or {}).items():
        op = (item or {}).get("post") if isinstance(item, dict) else None
        content = (((op or {}).get("requestBody") or {}).get("content") or {}).get("application/json")
        if content is not None:
            schema = content.get("schema") or {}
            if "$ref" in schema:
                from partner_contracts.spec.deref import resolve_pointer

                schema = resolve_pointer(api.bundled.document, schema["$ref"][1:])
            if (schema.get("type") == "object" or "properties" in schema) and isinstance(op, dict):
                return str(path), op
    return None


def _has_json_post(api: Api) -> bool:
    return json_post(api) is not None


# capability -> whether an API has it (what an API declares by its spec, api.yaml or files)
CAPABILITIES: dict[str, Callable[[Api], bool]] = {
    "webhooks": _has_webhooks,      # the spec has webhooks
    "links": _has_links,            # the spec declares links (a stateful phase)
    "paging": _has_paging,          # api.yaml client.paging
    "rules": _has_rules,            # specs/<key>/rules.py
    "behaviour": _has_behaviour,    # specs/<key>/behaviour.yaml
    "client": _has_client,          # a generated client under generated/ (`partner-contracts generate`)
    "json-post": _has_json_post,    # a POST operation whose request body is a JSON object
}


def apis(capability: str | None = None) -> list[Api]:
    found = discover()
    if capability is None:
        return found
    return [api for api in found if CAPABILITIES[capability](api)]


def api_params(capability: str | None = None) -> list[Any]:
    """``pytest.param(api, id=key)`` for each API (with the capability, when one is named)."""
    return [pytest.param(api, id=api.key, marks=pytest.mark.per_api(api.key, capability))
            for api in apis(capability)]


def key_params(capability: str | None = None) -> list[Any]:
    """``pytest.param(key, id=key)`` for each API (with the capability, when one is named)."""
    return [pytest.param(api.key, id=api.key, marks=pytest.mark.per_api(api.key, capability))
            for api in apis(capability)]


def per_api(key: str, capability: str | None = None) -> Any:
    """The mark for a test generated per API without parametrize (one function per API)."""
    return pytest.mark.per_api(key, capability)


def missing_sources_reason() -> str | None:
    """Why the vendor documents are unavailable (the tools' own message), or None."""
    return missing_sources()


# A test (or module: `pytestmark = needs_sources`) that reads the vendor documents: skipped, saying why, without them.
needs_sources = pytest.mark.skipif(missing_sources_reason() is not None, reason=missing_sources_reason() or "")


def source_path(api: Api) -> Path:
    return sources_dir() / str(api.meta.get("source", ""))
