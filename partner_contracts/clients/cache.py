"""What a generated client was made from, so ``generate`` skips a client whose inputs have not changed.

A client's *inputs* are hashed: the bundled spec, the openapi-python-client config and the API's
api.yaml, every template file, the generator's own code (``generate.py`` and the package modules it may
use), and the versions of the tools and libraries that shape or check the output (openapi-python-client,
ruff, mypy, jinja2, the client's runtime dependencies, Python). After a full run — regenerate, ruff, mypy --strict, and (for
``--check``) a byte-for-byte comparison — ``build/generate/<key>.json`` records that hash with the hash of
the committed ``generated/<key>-client`` tree. A later run with the same inputs and an unchanged tree has
nothing new to prove and is skipped; any change to either, ``--force``, or a clean clone (no ``build/``)
does the full run. CI runs on a clean clone, so every CI run regenerates each client once.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from partner_contracts.spec.api import BUILD_DIR, Api

CACHE_DIR = BUILD_DIR / "generate"
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache"}
# Force a full run everywhere (the golden-record test too): PARTNER_CONTRACTS_REGENERATE=1
FORCE_ENV = "PARTNER_CONTRACTS_REGENERATE"
_TOOLS = ("openapi-python-client", "ruff", "mypy", "jinja2", "httpx", "attrs", "python-dateutil")


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and not IGNORED & set(p.relative_to(folder).parts)
                  and not any(part.endswith(".egg-info") for part in p.relative_to(folder).parts))


def tree_hash(folder: Path) -> str:
    """sha256 over every file's relative path and bytes (caches left out); '' for a missing folder."""
    if not folder.is_dir():
        return ""
    digest = hashlib.sha256()
    for path in _files(folder):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


# Modules of the package that play no part in generating a client; every other one (generate.py, and any
# module it may come to import, such as a split-out companion renderer) counts as the generator's code.
NOT_GENERATOR = {"__main__.py", "bench.py", "check.py", "cli.py", "coverage.py", "fuzz.py", "fuzz_hooks.py",
                 "gencache.py", "lint.py", "progress.py", "selftest.py", "sources.py", "stress.py"}


def generator_files(generator: Path) -> list[Path]:
    """The generator's code: one file, or the package folder's modules (subpackages like mock/ left out)."""
    if generator.is_file():
        return [generator]
    return sorted(p for p in generator.glob("*.py") if p.name not in NOT_GENERATOR)


def inputs_hash(api: Api, config: dict[str, Any], templates: Path, generator: Path) -> str:
    digest = hashlib.sha256()
    digest.update(api.bundled.to_json().encode())
    digest.update(json.dumps([config, api.meta], sort_keys=True, default=str).encode())  # the companion reads api.yaml
    digest.update(tree_hash(templates).encode())
    for path in generator_files(generator):
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    digest.update(json.dumps([sys.version, *(_version(name) for name in _TOOLS)]).encode())
    return digest.hexdigest()


def record_path(key: str) -> Path:
    return CACHE_DIR / f"{key}.json"


def forced() -> bool:
    return os.environ.get(FORCE_ENV, "") not in ("", "0")


def is_fresh(api: Api, inputs: str, *, verified: bool) -> bool:
    """True when a full run already proved ``generated/<key>-client`` is what these inputs produce."""
    try:
        record = json.loads(record_path(api.key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (record.get("inputs") == inputs and record.get("tree") == tree_hash(api.client_dir)
            and (record.get("verified") or not verified))


def remember(api: Api, inputs: str, *, verified: bool) -> None:
    path = record_path(api.key)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"inputs": inputs, "tree": tree_hash(api.client_dir), "verified": verified},
                              indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def forget(api: Api) -> None:
    record_path(api.key).unlink(missing_ok=True)
