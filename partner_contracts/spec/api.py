"""Finding the APIs, loading their YAML (with line numbers) and bundling multi-file specs into one document.

A spec under ``specs/<key>/`` is a root ``openapi.yaml`` plus any files it references. The bundler turns it
into one JSON-compatible dict the tools read: files under ``components/<kind>/<Name>.yaml`` become
``#/components/<kind>/<Name>``; every other referenced file (``paths/…``, ``webhooks/…``) is inlined.
While bundling it records where each object came from, so a finding on the bundled document can be
reported as ``file:line`` of the YAML a person edits.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from .config import ApiConfig
from .deref import escape, resolve_pointer

REPO = Path(__file__).resolve().parents[2]
SPECS_DIR = REPO / "specs"
GENERATED_DIR = REPO / "generated"
BUILD_DIR = REPO / "build"


def specs_dir() -> Path:
    """The specs the tools read: ``$PARTNER_SPECS`` (a scratch copy, a throwaway API in a test) or ``specs/``."""
    env = os.environ.get("PARTNER_SPECS")
    return Path(env) if env else SPECS_DIR


def sources_dir() -> Path:
    """The vendor documents: ``$PARTNER_SOURCES`` or ``../shared/sources`` next to the checkout."""
    env = os.environ.get("PARTNER_SOURCES")
    return Path(env) if env else REPO.parent / "shared" / "sources"


def missing_sources() -> str | None:
    """Why the vendor documents cannot be read (one message for every tool and test), or None."""
    folder = sources_dir()
    if folder.is_dir():
        return None
    how = "PARTNER_SOURCES points at it" if os.environ.get("PARTNER_SOURCES") else \
        "put them in ../shared/sources next to the checkout, or set PARTNER_SOURCES=/path/to/sources"
    return f"the vendor documents folder {folder} does not exist ({how})"


class SpecError(Exception):
    """A problem in a spec file, with where it is."""

    def __init__(self, file: Path | str, line: int | None, message: str, pointer: str = "") -> None:
        self.file, self.line, self.message, self.pointer = str(file), line, message, pointer
        super().__init__(self.where() + ": " + message)

    def where(self) -> str:
        loc = _relative(self.file)
        if self.line:
            loc += f":{self.line}"
        if self.pointer:
            loc += f" {self.pointer}"
        return loc


def _relative(path: str | Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(REPO))
    except ValueError:
        return str(path)


# --- YAML with line numbers -------------------------------------------------------------------------


class Mapping(dict):  # type: ignore[type-arg]
    """A dict that remembers the line of each key (1-based) and its own line."""

    line: int = 0
    key_lines: dict[str, int]


_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc]
    pass


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> Mapping:
    loader.flatten_mapping(node)
    result = Mapping()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)  # OpenAPI keys are strings: status codes, enum-like keys
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay strings: a spec example "2025-02-01" is a JSON string on the wire.
_LineLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def load_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_LineLoader)
    except FileNotFoundError:
        raise SpecError(path, None, "file not found") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise SpecError(path, line, f"YAML error: {exc.problem or exc}") from None


# --- the APIs ---------------------------------------------------------------------------------------


@dataclass
class Api:
    """One partner API: its folder under specs/ and what api.yaml says about it."""

    key: str
    dir: Path
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return self.dir / "openapi.yaml"

    @property
    def ledger_path(self) -> Path:
        return self.dir / "ledger.yaml"

    @property
    def behaviour_path(self) -> Path:
        return self.dir / "behaviour.yaml"

    @property
    def package(self) -> str:
        return self.key.replace("-", "_") + "_client"

    @property
    def client_dir(self) -> Path:
        return GENERATED_DIR / f"{self.key}-client"

    @property
    def bundle_path(self) -> Path:
        """The bundled single-file spec, committed next to the client it was generated from."""
        return self.client_dir / "openapi.json"

    def meta_document(self) -> Any:
        """``api.yaml`` as parsed, with its lines (what its checks report): the reading ``discover`` made
        while ``meta`` is still that one, else the file read now (SpecError when it does not parse)."""
        read = self.__dict__.get("_meta_read")
        if read is not None and read is self.meta:
            return read
        return load_yaml(self.dir / "api.yaml")

    @property
    def config(self) -> ApiConfig:
        """api.yaml as typed data, parsed once (again only when ``meta`` is replaced)."""
        cached: ApiConfig | None = self.__dict__.get("_config")
        if cached is None or cached.raw is not self.meta:
            cached = self.__dict__["_config"] = ApiConfig.parse(self.meta)
        return cached

    @property
    def source_file(self) -> Path:
        return sources_dir() / self.config.source

    @cached_property
    def bundled(self) -> Bundle:
        return bundle(self.root)


def discover(folder: Path | None = None) -> list[Api]:
    """Every ``specs/<key>/`` (or ``<folder>/<key>/``) with an ``openapi.yaml``, in name order."""
    apis = []
    root = folder or specs_dir()
    for path in sorted(p for p in root.iterdir() if (p / "openapi.yaml").is_file()):
        meta_path = path / "api.yaml"
        loaded = load_yaml(meta_path) if meta_path.is_file() else {}
        meta = loaded if isinstance(loaded, dict) else dict(loaded)
        api = Api(key=path.name, dir=path, meta=meta)
        if meta_path.is_file():
            api.__dict__["_meta_read"] = meta  # api.yaml as read, with its lines: meta_document() reuses it
        apis.append(api)
    return apis


def select(keys: list[str] | None, folder: Path | None = None) -> list[Api]:
    """The APIs named by ``keys`` (all when empty); an unknown key is an error that lists the known ones."""
    apis = discover(folder)
    if not keys:
        return apis
    by_key = {api.key: api for api in apis}
    unknown = [k for k in keys if k not in by_key]
    if unknown:
        raise SystemExit(f"unknown API {', '.join(unknown)}; known: {', '.join(by_key)}")
    return [by_key[k] for k in keys]


# --- bundling ---------------------------------------------------------------------------------------

COMPONENT_KINDS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)


@dataclass
class Bundle:
    """A bundled spec and, for every object in it, the file and line it was written at."""

    document: dict[str, Any]
    origins: dict[str, tuple[str, int]]

    def where(self, pointer: str) -> tuple[str, int | None]:
        """The file and line of the nearest enclosing object that was written by a person."""
        probe = pointer
        while True:
            if probe in self.origins:
                return self.origins[probe]
            if not probe:
                return ("", None)
            probe = probe.rsplit("/", 1)[0]

    def resolve(self, pointer: str) -> Any:
        return resolve_pointer(self.document, pointer)

    def to_json(self) -> str:
        return json.dumps(self.document, indent=2, ensure_ascii=False) + "\n"


class _Bundler:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.files: dict[Path, Any] = {}
        self.stamps: dict[Path, tuple[Path, int, int, int]] = {}
        self.component_of: dict[Path, tuple[str, str]] = {}
        self.components: dict[str, dict[str, Any]] = {}
        self.origins: dict[str, tuple[str, int]] = {}
        self.inlining: list[Path] = []

    def load(self, path: Path) -> Any:
        if path not in self.files:
            try:
                self.stamps[path] = _stamp(path)  # before reading: a change made while bundling shows next time
            except OSError:
                pass  # load_yaml says what is wrong
            self.files[path] = load_yaml(path)
        return self.files[path]

    def run(self) -> Bundle:
        raw = self.load(self.root)
        if not isinstance(raw, dict):
            raise SpecError(self.root, 1, "the root must be a mapping")
        # Components the root names explicitly keep their names; others are named after their file.
        for kind, entries in (raw.get("components") or {}).items():
            for name, entry in (entries or {}).items():
                if isinstance(entry, dict) and set(entry) == {"$ref"} and not entry["$ref"].startswith("#"):
                    target = (self.root.parent / entry["$ref"].split("#")[0]).resolve()
                    self.component_of[target] = (kind, name)
        document = {}
        for key, value in raw.items():
            if key == "components":
                continue
            document[key] = self.walk(value, self.root, "/" + escape(key))
        for kind, entries in (raw.get("components") or {}).items():
            for name, entry in (entries or {}).items():
                pointer = f"/components/{kind}/{escape(name)}"
                if isinstance(entry, dict) and set(entry) == {"$ref"} and not entry["$ref"].startswith("#"):
                    target = (self.root.parent / entry["$ref"].split("#")[0]).resolve()
                    self.component(target, kind, name)
                else:
                    self.components.setdefault(kind, {})[name] = self.walk(entry, self.root, pointer)
        components: dict[str, Any] = {}
        for kind in list(raw.get("components") or {}) + sorted(self.components):
            if kind in self.components and kind not in components:
                entries = self.components[kind]
                explicit = list((raw.get("components") or {}).get(kind) or {})
                components[kind] = {n: entries[n] for n in explicit + sorted(set(entries) - set(explicit))}
        if components:
            document["components"] = components
        return Bundle(document=document, origins=self.origins)

    def component(self, path: Path, kind: str, name: str) -> str:
        """Bundle a component file once; return its internal reference."""
        ref = f"#/components/{kind}/{escape(name)}"
        entries = self.components.setdefault(kind, {})
        if name not in entries:
            entries[name] = None  # placeholder: breaks reference cycles
            entries[name] = self.walk(self.load(path), path, ref[1:])
        return ref

    def walk(self, node: Any, base: Path, pointer: str) -> Any:
        if isinstance(node, list):
            return [self.walk(item, base, f"{pointer}/{i}") for i, item in enumerate(node)]
        if not isinstance(node, dict):
            return node
        if isinstance(node, Mapping):
            self.origins.setdefault(pointer, (str(base), node.line))
        if isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            siblings = {k: self.walk(v, base, f"{pointer}/{escape(k)}") for k, v in node.items() if k != "$ref"}
            line = node.line if isinstance(node, Mapping) else None
            target = self.reference(ref, base, pointer, line)
            if isinstance(target, str):
                return {"$ref": target, **siblings}
            if siblings and isinstance(target, dict):
                return {**target, **siblings}
            return target
        return {k: self.walk(v, base, f"{pointer}/{escape(k)}") for k, v in node.items()}

    def reference(self, ref: str, base: Path, pointer: str, line: int | None) -> Any:
        """A string for a reference kept as a reference; otherwise the inlined content."""
        file_part, _, fragment = ref.partition("#")
        if not file_part:
            if base == self.root:
                return ref
            return self.inline(base, fragment, pointer, ref, line)
        target = (base.parent / file_part).resolve()
        if not target.is_file():
            raise SpecError(base, line, f"$ref {ref!r}: no such file {_relative(target)}", pointer)
        if not fragment:
            if target in self.component_of:
                return self.component(target, *self.component_of[target])
            if target.parent.parent.name == "components" and target.parent.name in COMPONENT_KINDS:
                self.component_of[target] = (target.parent.name, target.stem)
                return self.component(target, target.parent.name, target.stem)
        return self.inline(target, fragment, pointer, ref, line)

    def inline(self, path: Path, fragment: str, pointer: str, ref: str, line: int | None) -> Any:
        if path in self.inlining and not fragment:
            raise SpecError(path, line, f"$ref {ref!r} includes itself", pointer)
        try:
            content = resolve_pointer(self.load(path), fragment) if fragment else self.load(path)
        except KeyError as exc:
            raise SpecError(path, line, f"$ref {ref!r}: no {exc.args[0]!r} in the target", pointer) from None
        self.inlining.append(path)
        try:
            return self.walk(content, path, pointer)
        finally:
            self.inlining.pop()


# root -> (every file the bundle read, with its mtime, size and inode; the bundle): a process bundles an unchanged
# spec once, however many times it asks (the test suite builds the mock dozens of times)
_BUNDLES: dict[Path, tuple[tuple[tuple[Path, int, int, int], ...], Bundle]] = {}


def _stamp(path: Path) -> tuple[Path, int, int, int]:
    stat = path.stat()
    return path, stat.st_mtime_ns, stat.st_size, stat.st_ino


def bundle(root: Path) -> Bundle:
    """Bundle the spec whose root file is ``root`` into one document (a copy of its own: callers may change it).

    Bundled again only when a file it read has changed since (its mtime, size or inode)."""
    root = root.resolve()
    cached = _BUNDLES.get(root)
    if cached is not None:
        try:
            fresh = all(_stamp(stamp[0]) == stamp for stamp in cached[0])
        except OSError:  # a file it read is gone
            fresh = False
        if fresh:
            return Bundle(copy.deepcopy(cached[1].document), dict(cached[1].origins))
    bundler = _Bundler(root)
    made = bundler.run()
    _BUNDLES[root] = (tuple(bundler.stamps.values()), made)
    return Bundle(copy.deepcopy(made.document), dict(made.origins))


# The bundle as JSON on disk (build/bundle/<key>.json), for the next process: `partner-contracts mock` starts
# without parsing a YAML file when no file the bundle read, and no module that bundles, has changed since.
BUNDLE_CACHE = BUILD_DIR / "bundle"
_BUNDLER_CODE = (Path(__file__), Path(__file__).with_name("deref.py"))


def _stamp_text(stamp: tuple[Path, int, int, int]) -> list[Any]:
    return [str(stamp[0]), stamp[1], stamp[2], stamp[3]]


def bundled_document(root: Path, cache: Path = BUNDLE_CACHE) -> dict[str, Any]:
    """The bundled document of the spec at ``root`` as plain JSON values: read from ``cache`` when every file
    the bundle read and the bundler's own code are unchanged (mtime, size, inode), else bundled now (and the
    cache written, when it can be)."""
    import orjson

    root = root.resolve()
    path = cache / f"{root.parent.name}.json"
    try:
        kept = orjson.loads(path.read_bytes())
        if kept["root"] == str(root) and all(_stamp_text(_stamp(Path(s[0]))) == s for s in kept["stamps"]):
            document: dict[str, Any] = kept["document"]
            return document
    except (OSError, ValueError, KeyError, TypeError):  # none yet, unreadable, or a file it read is gone
        pass
    made = bundle(root)
    stamps = [_stamp_text(s) for s in (*_BUNDLES[root][0], *map(_stamp, _BUNDLER_CODE))]
    text = orjson.dumps(made.document)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(orjson.dumps({"root": str(root), "stamps": stamps, "document": orjson.Fragment(text)}))
        partial.replace(path)  # whole or not at all, whoever reads it meanwhile
    except OSError:  # a read-only checkout: bundled each time, as before
        pass
    plain: dict[str, Any] = orjson.loads(text)
    return plain


def iter_operations(document: dict[str, Any]) -> Any:
    """Yield (kind, name, method, operation, pointer) for every path and webhook operation."""
    methods = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
    for kind in ("paths", "webhooks"):
        for name, item in (document.get(kind) or {}).items():
            if not isinstance(item, dict):
                continue
            for method in methods:
                operation = item.get(method)
                if isinstance(operation, dict):
                    yield kind, name, method, operation, f"/{kind}/{escape(name)}/{method}"
