"""The two sides of ``partner-contracts diff OLD NEW``: a file (YAML or JSON, with relative ``$ref``s to other
files), a URL, ``REF:path`` (a file as it was at a git ref) or an API key of this repository (``specs/<key>/``,
at ``--base`` / ``--head`` or in the working tree).

Every problem with an input is a :class:`DiffInputError` naming the file and, where there is one, the JSON
pointer of the offending node — never a traceback.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from partner_contracts.spec.api import REPO, SPECS_DIR, SpecError, bundle
from partner_contracts.spec.deref import escape

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class DiffInputError(Exception):
    """An input that cannot be compared: what, where (file and JSON pointer) and what to do."""


@dataclass
class Side:
    label: str  # how the side is named in the output: the path, URL, REF:path or key@ref
    document: dict[str, Any]
    ledger: dict[str, Any] | None = None
    key: str | None = None  # the API key when the side is one of this repository's APIs


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def git_ref_path(source: str) -> tuple[str, str] | None:
    """``REF:path`` → (REF, path), when the part before the colon is a commit in this repository."""
    if ":" not in source or is_url(source) or Path(source).exists():
        return None
    ref, path = source.split(":", 1)
    if not ref or not path or len(ref) == 1:  # "C:\\…" is a Windows path, not a ref
        return None
    found = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--verify", "--quiet", ref + "^{commit}"],
                           capture_output=True, text=True, check=False)
    return (ref, path) if found.returncode == 0 else None


def load_side(source: str, *, base_dir: Path | None = None) -> Side:
    """Load one side of a comparison from a file path, URL or ``REF:path``."""
    if is_url(source):
        return Side(source, _load_url(source))
    at_ref = git_ref_path(source)
    if at_ref:
        return Side(source, _load_at_ref(*at_ref))
    path = Path(source) if base_dir is None else base_dir / source
    if path.is_dir():
        path = path / "openapi.yaml"
    if not path.is_file():
        raise DiffInputError(f"{source}: no such file (give a YAML/JSON file, a URL, REF:path or an API key)")
    return Side(source, load_file(path))


def load_file(path: Path) -> dict[str, Any]:
    """A spec file with its relative ``$ref``s to other files bundled in (internal ones kept)."""
    try:
        document = bundle(path).document
    except SpecError as exc:
        raise DiffInputError(f"{exc.where()}: {exc.message}") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DiffInputError(f"{path}: cannot read: {exc}") from None
    except RecursionError:
        raise DiffInputError(f"{path}: $refs nest too deeply to bundle") from None
    return check_shape(document, str(path))


MAX_URL_FILES = 200


def _load_url(url: str) -> dict[str, Any]:
    """A spec at a URL, with the files its relative ``$ref``s name fetched too (mirrored into a temporary
    folder, then bundled like files; at most :data:`MAX_URL_FILES`)."""
    from urllib.parse import urldefrag, urljoin, urlsplit

    import httpx

    def local(address: str) -> Path:
        parts = urlsplit(address)
        return Path(tmp) / (parts.hostname or "host") / parts.path.lstrip("/")

    with tempfile.TemporaryDirectory(prefix="pc-diff-url-") as tmp, httpx.Client(follow_redirects=True,
                                                                                 timeout=30) as client:
        pending, seen = [urldefrag(url)[0]], set()
        while pending:
            address = pending.pop()
            if address in seen:
                continue
            seen.add(address)
            if len(seen) > MAX_URL_FILES:
                raise DiffInputError(f"{url}: more than {MAX_URL_FILES} files referenced")
            try:
                response = client.get(address)
                response.raise_for_status()
            except httpx.HTTPError as exc:
                raise DiffInputError(f"{address}: cannot fetch: {exc}") from None
            document = parse_text(response.text, address) if address == urldefrag(url)[0] else \
                _stringify_keys(_safe_yaml(response.text, address))
            target = local(address)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(response.text, encoding="utf-8")
            for ref in _external_refs(document):
                absolute = urljoin(address, ref)
                if urlsplit(absolute).netloc == urlsplit(url).netloc:  # same host only
                    pending.append(urldefrag(absolute)[0])
        try:
            return load_file(local(urldefrag(url)[0]))
        except DiffInputError as exc:
            raise DiffInputError(str(exc).replace(str(Path(tmp)), "")) from None


def _safe_yaml(text: str, name: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DiffInputError(f"{name}: YAML error: {exc}") from None


def _external_refs(node: Any) -> list[str]:
    found: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                found.append(ref)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def parse_text(text: str, name: str) -> dict[str, Any]:
    try:
        document = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise DiffInputError(f"{name}:{mark.line + 1 if mark else '?'}: YAML error: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise DiffInputError(f"{name}: YAML error: {exc}") from None
    return check_shape(_stringify_keys(document), name)


def _stringify_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _stringify_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_stringify_keys(v) for v in node]
    return node


def _load_at_ref(ref: str, path: str) -> dict[str, Any]:
    """The file ``path`` as it was at ``ref``: its folder is extracted so relative ``$ref``s resolve."""
    folder = str(PurePosixPath(path).parent)
    with tempfile.TemporaryDirectory(prefix="pc-diff-") as tmp:
        result = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", ref, "--",
                                 folder if folder != "." else path], capture_output=True, check=False)
        if result.returncode != 0:
            raise DiffInputError(f"{ref}:{path}: {result.stderr.decode(errors='replace').strip()}")
        with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
            archive.extractall(tmp, filter="data")
        target = Path(tmp) / path
        if not target.is_file():
            raise DiffInputError(f"{ref}:{path}: no such file at {ref}")
        try:
            return load_file(target)
        except DiffInputError as exc:
            raise DiffInputError(str(exc).replace(str(target), f"{ref}:{path}")) from None


def api_spec_dir(key: str, specs_dir: Path = SPECS_DIR) -> Path:
    return specs_dir / key


def check_shape(document: Any, name: str) -> dict[str, Any]:
    """The document, if it has the shape the comparison walks; else an error naming the first bad node."""
    if document is None:
        return {}
    if not isinstance(document, dict):
        raise DiffInputError(f"{name}: /: the document must be a mapping (an OpenAPI object), "
                             f"not {type(document).__name__}")

    def need(node: Any, kind: type | tuple[type, ...], pointer: str, what: str) -> None:
        if node is not None and not isinstance(node, kind):
            raise DiffInputError(f"{name}: {pointer}: {what} must be a "
                                 f"{'list' if kind is list else 'mapping'}, not {type(node).__name__}")

    for key in ("paths", "webhooks", "components", "info"):
        need(document.get(key), dict, f"/{key}", f"`{key}`")
    need(document.get("security"), list, "/security", "`security`")
    need(document.get("servers"), list, "/servers", "`servers`")
    for kind in ("paths", "webhooks"):
        for path, item in (document.get(kind) or {}).items():
            where = f"/{kind}/{escape(str(path))}"
            need(item, dict, where, "a path item")
            if not isinstance(item, dict):
                continue
            need(item.get("parameters"), list, where + "/parameters", "`parameters`")
            for method in METHODS:
                op = item.get(method)
                need(op, dict, f"{where}/{method}", "an operation")
                if not isinstance(op, dict):
                    continue
                for key, kind_ in (("parameters", list), ("responses", dict), ("requestBody", dict),
                                   ("security", list), ("callbacks", dict)):
                    need(op.get(key), kind_, f"{where}/{method}/{key}", f"`{key}`")
                for status, response in (op.get("responses") or {}).items():
                    need(response, dict, f"{where}/{method}/responses/{escape(str(status))}", "a response")
    for kind, entries in (document.get("components") or {}).items():
        need(entries, dict, f"/components/{escape(str(kind))}", f"`components.{kind}`")
    return document
