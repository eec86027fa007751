"""``partner-contracts generate``: bundle → openapi-python-client → companion modules → ruff → mypy --strict.

Stages, for each API:

1. bundle ``specs/<key>/`` into one JSON document (openapi-python-client reads single files only);
2. run openapi-python-client (pinned) with the API's config (``client:`` in api.yaml) and our custom
   templates (``templates/opc``: client, errors, endpoints, open enums, lazy models; see its README) on
   a copy of the bundle whose parameter descriptions are copied onto their schemas (for docstrings);
3. render the companion files from the spec: ``partner.py`` (one-line ``connect(...)``, request
   signing where a scheme declares ``x-hmac``), ``pagination.py`` (typed iterators per paged GET),
   ``webhooks.py`` (verify + typed payload, which kind arrived) and the package README;
4. copy the bundle next to the client as ``openapi.json`` (what reviewers see the tools read);
5. ruff (fix + format), then ``mypy --strict`` on the package.

Everything happens in a scratch folder and is then moved into ``generated/<key>-client``; ``--check``
instead compares the scratch result with the committed tree and reports every drifted file.
"""

from __future__ import annotations

import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jinja2

from partner_contracts.spec import auth
from partner_contracts.spec.api import BUILD_DIR, REPO, Api, select
from partner_contracts.spec.deref import follow

from .versions import version_gate, write_changelog

TEMPLATES = Path(__file__).resolve().parent / "templates"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def write_bundle(api: Api, target: Path | None = None) -> Path:
    path = target or api.bundle_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(api.bundled.to_json(), encoding="utf-8")
    return path


def package_version(spec_version: str) -> str:
    """A PEP 440 version for the client from the spec's info.version ("2024-02-09" → "2024.2.9")."""
    from packaging.version import InvalidVersion, Version

    try:
        return str(Version(spec_version))
    except InvalidVersion:
        numbers = [str(int(n)) for n in re.findall(r"\d+", spec_version)]
        return ".".join(numbers) if numbers else "0.1.0"


def package_version_of(api: Api) -> str:
    """The client package's own version: ``client.version`` in specs/<key>/api.yaml (semver; raised whenever
    the generated package changes, which ``release_gate`` enforces); the spec's info.version if unset."""
    own = api.config.client.version
    return package_version(str(own if own is not None else api.bundled.document.get("info", {}).get("version", "0.1.0")))


def package_settings() -> dict[str, Any]:
    """Authors, licence and project URLs of every client package: ``[tool.partner-contracts.client-package]``
    in the project's pyproject.toml (``{key}`` in a URL is the API key)."""
    import tomllib

    root = REPO / "pyproject.toml"
    settings: dict[str, Any] = {"license": "MIT", "authors": ["partner-contracts"], "urls": {}}
    if root.is_file():
        table = tomllib.loads(root.read_text(encoding="utf-8")).get("tool", {}).get("partner-contracts", {})
        settings.update(table.get("client-package") or {})
    return settings


def opc_config(api: Api) -> dict[str, Any]:
    config: dict[str, Any] = {
        "project_name_override": f"{api.key}-client",
        "package_name_override": api.package,
        "package_version_override": package_version_of(api),
        "use_path_prefixes_for_title_model_names": False,
        "post_hooks": [],
        "literal_enums": True,
    }
    config.update(api.config.client.opc)
    return config


def opc_document(doc: dict[str, Any]) -> dict[str, Any]:
    """The bundle as openapi-python-client should read it: a parameter's own ``description`` is copied
    onto its schema (opc documents a parameter from its schema only), so docstrings describe every argument."""
    copy: dict[str, Any] = json.loads(json.dumps(doc))
    components = (copy.get("components") or {}).get("parameters") or {}
    holders = [item for path in (copy.get("paths") or {}).values() if isinstance(path, dict) for item in
               [path, *(op for op in path.values() if isinstance(op, dict))]]
    for param in [*components.values(), *(p for h in holders for p in (h.get("parameters") or []))]:
        if not isinstance(param, dict) or not param.get("description") or "$ref" in param:
            continue
        schema = param.get("schema")
        if isinstance(schema, dict) and "$ref" not in schema and not schema.get("description"):
            schema["description"] = param["description"]
    return copy


def _run(cmd: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb"}
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env, check=False)


class GenerationError(Exception):
    pass


def build_client(api: Api, scratch: Path) -> Path:
    """Generate the whole client tree for ``api`` under ``scratch``; return its folder."""
    bundle_file = write_bundle(api, scratch / "openapi.json")
    opc_input = scratch / "opc-input.json"
    opc_input.write_text(json.dumps(opc_document(api.bundled.document), ensure_ascii=False), encoding="utf-8")
    config_file = scratch / "opc-config.json"
    config_file.write_text(json.dumps(opc_config(api), sort_keys=True, indent=2), encoding="utf-8")
    out = scratch / f"{api.key}-client"
    # Our opc templates plus what they need to know of this API (partner_data.jinja: the enums that only
    # requests use, typed as closed Literals), in a scratch copy.
    templates = scratch / "opc-templates"
    if templates.exists():
        shutil.rmtree(templates)
    shutil.copytree(TEMPLATES / "opc", templates)
    (templates / "partner_data.jinja").write_text(
        "{% set closed_enums = " + json.dumps(closed_request_enums(api)) + " %}\n", encoding="utf-8")
    result = _run(
        [
            _tool("openapi-python-client"),
            "generate",
            "--path", str(opc_input),
            "--config", str(config_file),
            "--custom-template-path", str(templates),
            "--meta", "setup",
            "--output-path", str(out),
            "--overwrite",
            "--fail-on-warning",
        ]
    )
    if result.returncode != 0 or not out.is_dir():
        raise GenerationError(f"openapi-python-client failed for {api.key}:\n{result.stdout}{result.stderr}")
    (out / "setup.py").unlink(missing_ok=True)  # the PEP 621 pyproject.toml (a companion) replaces it
    for name, text in render_companions(api).items():
        (out / name).write_text(text, encoding="utf-8")
    shutil.copyfile(bundle_file, out / "openapi.json")
    # CHANGELOG.md: the committed one + a section from `diff` when the spec changed, one for a new package version
    write_changelog(api, out, package_version_of(api))
    for cmd in (
        [_tool("ruff"), "check", "--fix-only", "--quiet", "--no-cache", "--isolated", "--target-version", "py310", "."],
        [_tool("ruff"), "format", "--quiet", "--no-cache", "--isolated", "--line-length", "120", "."],
    ):
        result = _run(cmd, cwd=out)
        if result.returncode != 0:
            raise GenerationError(f"{' '.join(cmd[:2])} failed for {api.key}:\n{result.stdout}{result.stderr}")
    return out


def verify_client(api: Api, folder: Path) -> None:
    """ruff (lint) and mypy --strict on a generated client; raise with their output on failure.

    mypy keeps its cache in ``build/mypy`` (the standard library and the libraries clients import are checked
    once; mypy writes its cache files atomically, so clients checked side by side can share it)."""
    cache = BUILD_DIR / "mypy"  # one cache for every client: the libraries they share are checked once
    checks = [
        [_tool("ruff"), "check", "--quiet", "--no-cache", "--isolated", "--target-version", "py310",
         "--select", "E9,F", api.package],
        [_tool("mypy"), "--strict", "--cache-dir", str(cache), api.package],
    ]
    for cmd in checks:
        result = _run(cmd, cwd=folder)
        if result.returncode != 0:
            raise GenerationError(f"{Path(cmd[0]).name} on {api.key}-client:\n{result.stdout}{result.stderr}")


RELEASE = "release.json"


def fingerprint(folder: Path, version: str) -> str:
    """A hash of a generated client's files (caches, the release record and its own version string left out):
    what changes when a template, the runtime or the spec changes what the package contains."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if not path.is_file() or relative in (RELEASE, "CHANGELOG.md") or "__pycache__" in relative \
                or ".mypy_cache" in relative or ".ruff_cache" in relative:
            continue
        digest.update(relative.encode() + b"\0" + path.read_bytes().replace(version.encode(), b"{version}") + b"\0")
    return digest.hexdigest()


def _committed_release(api: Api) -> dict[str, Any] | None:
    """The release record on ``main`` (where a branch started from it: its merge base; else HEAD), so a change
    needs one version raise per release, not one per regeneration; the working tree's when git cannot tell."""
    path = api.client_dir / RELEASE
    root = REPO
    try:
        relative = path.resolve().relative_to(root).as_posix()
        base = _run(["git", "merge-base", "HEAD", "main"], cwd=root)
        ref = base.stdout.strip() if base.returncode == 0 and base.stdout.strip() else "HEAD"
        shown = _run(["git", "show", f"{ref}:{relative}"], cwd=root)
    except (OSError, ValueError):
        shown = None
    if shown is not None and shown.returncode == 0:
        return dict(json.loads(shown.stdout))
    if shown is not None and "exists on disk, but not in" in shown.stderr or not path.is_file():
        return None
    return dict(json.loads(path.read_text(encoding="utf-8")))


def release_gate(api: Api, folder: Path) -> str | None:
    """Write ``release.json`` (version, spec version, fingerprint) into the freshly generated ``folder``; why it
    must not ship (its contents changed but ``client.version`` did not, or the version went down), or None."""
    import json as _json

    from packaging.version import Version

    version = package_version_of(api)
    record = {"package": f"{api.key}-client", "version": version,
              "spec_version": str(api.bundled.document.get("info", {}).get("version", "")),
              "fingerprint": fingerprint(folder, version)}
    (folder / RELEASE).write_text(_json.dumps(record, indent=2) + "\n", encoding="utf-8")
    committed = _committed_release(api)
    if committed is None:
        return None
    if Version(version) < Version(str(committed.get("version", "0"))):
        return f"client.version {version} is lower than the released {committed.get('version')}"
    if version == committed.get("version") and record["fingerprint"] != committed.get("fingerprint"):
        return (f"the generated package changed but its version {version} did not: raise `client: version:` in "
                f"specs/{api.key}/api.yaml (patch: a fix; minor: new behaviour; major: a break), then `make generate`")
    return None


def drift(expected: Path, actual: Path) -> list[str]:
    """Files that differ between two trees (relative paths), caches ignored."""
    ignore = {"__pycache__", ".mypy_cache", ".ruff_cache"}
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + n + " (missing)" for n in cmp.left_only if n not in ignore)
        found.extend(prefix + n + " (not generated)" for n in cmp.right_only if n not in ignore)
        for name in cmp.common_files:
            if (Path(cmp.left) / name).read_bytes() != (Path(cmp.right) / name).read_bytes():
                found.append(prefix + name)
        for name, sub in cmp.subdirs.items():
            if name not in ignore:
                walk(sub, prefix + name + "/")

    if not actual.is_dir():
        return ["(the whole client is missing)"]
    walk(filecmp.dircmp(str(expected), str(actual), ignore=list(ignore)), "")
    return sorted(found)


def regenerate(api: Api, *, check: bool = False, verify: bool = True, force: bool = False) -> tuple[bool, str]:
    """Regenerate one client (``check``: compare with generated/ instead of replacing it); (ok, message).

    Skipped when a full run already proved generated/<key>-client is what the current inputs produce
    (``gencache``); ``force`` or ``$PARTNER_CONTRACTS_REGENERATE`` always does the full run."""
    from partner_contracts.clients import cache as gencache

    inputs = gencache.inputs_hash(api, {**opc_config(api), "package": package_settings()}, TEMPLATES,
                                  Path(__file__).parent)
    if not (force or gencache.forced()) and gencache.is_fresh(api, inputs, verified=verify):
        return True, f"{api.key}: generated client up to date (inputs unchanged since the last full check)"
    scratch = BUILD_DIR / "generate" / api.key  # one fixed place per client, so mypy's cache applies
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    try:
        folder = build_client(api, scratch)
        if verify:
            verify_client(api, folder)
    except GenerationError as exc:
        gencache.forget(api)
        return False, f"{api.key}: FAILED\n{exc}"
    gate = version_gate(folder) or release_gate(api, folder)
    if gate:
        gencache.forget(api)
        return False, f"{api.key}: FAILED: {gate}"
    if check:
        drifted = drift(folder, api.client_dir)
        if drifted:
            gencache.forget(api)
            return False, "\n".join([(f"{api.key}: generated/{api.key}-client drifted from specs/{api.key}/ "
                                      f"({len(drifted)} file(s)); run `make generate` and commit:"),
                                      *(f"  {name}" for name in drifted[:20])])
        message = f"{api.key}: generated client up to date"
    else:
        if api.client_dir.exists():
            shutil.rmtree(api.client_dir)
        shutil.copytree(folder, api.client_dir, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
        message = (f"{api.key}: generated/{api.key}-client ({_count_py(api.client_dir)} modules)"
                   + (", ruff + mypy --strict clean" if verify else ""))
    gencache.remember(api, inputs, verified=verify)
    return True, message


def generate_all(keys: list[str] | None, *, check: bool = False, verify: bool = True, force: bool = False,
                 jobs: int | None = None) -> int:
    """Every selected client, ``jobs`` at a time (default: one per core), with a live status line each."""
    from concurrent.futures import ThreadPoolExecutor

    from partner_contracts.progress import Live

    apis = select(keys)
    state: dict[str, str] = {}

    def one(api: Api) -> tuple[bool, str]:
        state[api.key] = "running"
        try:
            return regenerate(api, check=check, verify=verify, force=force)
        finally:
            state[api.key] = "done"

    def status() -> list[str]:
        running = [key for key, value in state.items() if value == "running"]
        finished = sum(1 for value in state.values() if value == "done")
        return [f"{finished}/{len(apis)} done; running: {', '.join(running) or '-'}"]

    failed = 0
    with Live("generate", status) as live, ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 2) as pool:
        for ok, message in pool.map(one, apis):
            live.say(message)
            failed += not ok
    return 1 if failed else 0


def _count_py(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.py"))


# --- the companion module ---------------------------------------------------------------------------


def _identifier(name: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, prefix="field"))


def _class_name(name: str) -> str:
    from openapi_python_client.strings import ClassName

    return str(ClassName(name, prefix=""))


def _module_name(name: str) -> str:
    from openapi_python_client.strings import snake_case

    return snake_case(_class_name(name))


PAGE_PARAMS = ("page_number", "page")
SIZE_PARAMS = ("page_size", "size", "limit")
TOTAL_PAGES = ("total_pages", "totalPages")
TOTAL_ITEMS = ("total_entries", "total_record", "totalOrders", "total")


def _resolver(doc: dict[str, Any]) -> Any:
    def resolve(node: Any) -> Any:
        return follow(doc, node)[0]
    return resolve


def _model_of(ref: Any, overrides: dict[str, Any]) -> tuple[str, str] | None:
    """(class name, module name) of the model opc generates for a ``#/components/schemas/X`` reference."""
    if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
        return None
    name = ref.rsplit("/", 1)[1]
    override = overrides.get(name) or {}
    return (override.get("class_name") or _class_name(name),
            override.get("module_name") or _module_name(override.get("class_name") or name))


def _find_items(schema: dict[str, Any], resolve: Any, path: tuple[str, ...] = ()) -> tuple[tuple[str, ...], Any] | None:
    """The first array property whose items are component models (at the top or one object down)."""
    props = schema.get("properties") or {}
    for name, prop in props.items():
        kind = prop.get("type") if isinstance(prop, dict) else None
        if kind == "array" or (isinstance(kind, list) and "array" in kind):  # ["array", "null"] too
            items = prop.get("items") or {}
            refs = [items.get("$ref")] if "$ref" in items else [v.get("$ref") for v in items.get("anyOf") or
                                                                  items.get("oneOf") or []]
            if refs and all(isinstance(r, str) for r in refs):
                return path + (name,), refs
    if not path:
        for name, prop in props.items():
            sub = resolve(prop) if isinstance(prop, dict) else None
            if isinstance(sub, dict) and sub.get("type") == "object" and not prop.get("$ref"):
                found = _find_items(sub, resolve, (name,))
                if found:
                    return found
    return None


def pagers(api: Api) -> list[dict[str, Any]]:
    """Paged list operations: a GET with a page (or offset) query parameter whose 200 answer holds an
    array of models. Page numbers start at the parameter's default (else minimum, else 1)."""
    doc = api.bundled.document
    resolve = _resolver(doc)
    overrides = api.config.client.class_overrides
    found = []
    for item in (doc.get("paths") or {}).values():
        op = (item or {}).get("get")
        if not isinstance(op, dict) or not op.get("operationId"):
            continue
        params = {p.get("name"): p for p in (resolve(x) for x in op.get("parameters") or []) if p.get("in") == "query"}
        page = next((n for n in PAGE_PARAMS if n in params), None)
        style = "page" if page else ("offset" if "offset" in params and "limit" in params else None)
        if style is None:
            continue
        answer = resolve(((op.get("responses") or {}).get("200")) or {})
        schema = resolve(((answer.get("content") or {}).get("application/json") or {}).get("schema") or {})
        found_items = _find_items(schema, resolve) if isinstance(schema, dict) else None
        if not found_items:
            continue
        items_path, refs = found_items
        models = [_model_of(r, overrides) for r in refs]
        if not all(models):
            continue
        props = schema.get("properties") or {}
        inner = resolve(props.get(items_path[0]) or {}) if len(items_path) > 1 else schema
        inner_props = inner.get("properties") or {}

        def counter(names: tuple[str, ...], props: dict[str, Any] = props, inner_props: dict[str, Any] = inner_props,
                    items_path: tuple[str, ...] = items_path) -> list[str] | None:
            for where, prefix in ((props, ()), (inner_props, items_path[:-1])):
                for n in names:
                    if n in where:
                        return [_identifier(x) for x in (*prefix, n)]
            return None

        page_param = page or "offset"
        page_schema = resolve(params[page_param].get("schema") or {})
        size_param = next((n for n in SIZE_PARAMS if n in params), None)
        size_default = (resolve(params[size_param].get("schema") or {}).get("default") if size_param else None)
        tags = op.get("tags") or ["default"]
        function = _identifier(op["operationId"])
        found.append({
            "function": function,
            "module": f"api.{_identifier(tags[0])}.{function}",
            "style": style,
            "page_param": _identifier(page_param),
            "first": int(page_schema.get("default", page_schema.get("minimum", 1 if style == "page" else 0))),
            "size_param": _identifier(size_param) if size_param else None,
            "size_default": size_default if isinstance(size_default, int) else None,
            "items_path": [_identifier(x) for x in items_path],
            "models": models,
            "item_type": " | ".join(m[0] for m in models if m),
            "total_pages": counter(TOTAL_PAGES),
            "total_items": counter(TOTAL_ITEMS),
        })
    return sorted(found, key=lambda p: p["function"])


def _refs(node: Any, opened: bool = False) -> set[str]:
    """Names of the component schemas ``node`` references (directly). ``opened``: leave out a ``$ref`` that is a
    branch of an anyOf/oneOf next to a plain string (an enum opened to any value: its type has ``| str``)."""
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for key, value in node.items():
            branches = value if key in ("anyOf", "oneOf") and isinstance(value, list) else None
            if opened and branches and any(isinstance(b, dict) and b.get("type") == "string" and "enum" not in b
                                           for b in branches):
                value = [b for b in branches if not (isinstance(b, dict) and "$ref" in b)]
            found |= _refs(value, opened)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value, opened)
    return found


def _reach(doc: dict[str, Any], roots: list[Any], opened: bool = False) -> set[str]:
    """Component schemas reachable from ``roots`` ($refs followed; ``opened`` as in :func:`_refs`)."""
    schemas = (doc.get("components") or {}).get("schemas") or {}
    seen: set[str] = set()
    todo = [n for root in roots for n in _refs(root, opened)]
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name], opened))
    return seen


def closed_request_enums(api: Api) -> list[str]:
    """Class names of the component enums only requests use (parameters, request bodies): typed as closed
    ``Literal``s so mypy catches a typo; an enum an answer or a webhook can carry stays open (``| str``)."""
    doc = api.bundled.document
    resolve = _resolver(doc)
    overrides = api.config.client.class_overrides
    asked: list[Any] = []
    answered: list[Any] = []
    for item in (doc.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        asked.extend(resolve(p) for p in item.get("parameters") or [])
        for op in item.values():
            if isinstance(op, dict) and "responses" in op:
                asked.extend(resolve(p) for p in op.get("parameters") or [])
                asked.append(resolve(op.get("requestBody") or {}))
                answered.extend(resolve(r) for r in (op.get("responses") or {}).values())
    answered.extend((doc.get("webhooks") or {}).values())
    answered.extend(((doc.get("components") or {}).get("responses") or {}).values())
    request_side = _reach(doc, asked) - _reach(doc, answered, opened=True)
    schemas = (doc.get("components") or {}).get("schemas") or {}
    names = []
    for name in sorted(request_side):
        schema = schemas.get(name) or {}
        if isinstance(schema.get("enum"), list) and all(isinstance(v, str) for v in schema["enum"]):
            names.append((overrides.get(name) or {}).get("class_name") or _class_name(name))
    return names


SAFE_METHODS = ("get", "head", "options")


def operations(api: Api) -> list[dict[str, Any]]:
    """Every operation of the client: its module, method, path, summary and whether it is safe to repeat
    (GET/HEAD/OPTIONS, or ``x-idempotent: true`` in the spec), sorted by module."""
    found = []
    for path, item in (api.bundled.document.get("paths") or {}).items():
        for method, op in (item or {}).items():
            if not isinstance(op, dict) or not op.get("operationId"):
                continue
            tags = op.get("tags") or ["default"]
            function = _identifier(op["operationId"])
            found.append({
                "function": function,
                "module": f"api.{_identifier(tags[0])}.{function}",
                "method": method.upper(),
                "path": path,
                "summary": " ".join(str(op.get("summary") or "").split()),
                "idempotent": method.lower() in SAFE_METHODS or op.get("x-idempotent") is True,
                "marked": op.get("x-idempotent") is True and method.lower() not in SAFE_METHODS,
            })
    return sorted(found, key=lambda o: o["module"])


def _required_shape(schema: Any, resolve: Any, path: tuple[str, ...] = (), depth: int = 0) -> list[dict[str, Any]]:
    """What a payload of this schema must contain: required key paths and single-value enums (for telling
    webhook kinds apart)."""
    found: list[dict[str, Any]] = []
    if not isinstance(schema, dict) or depth > 3:
        return found
    props = schema.get("properties") or {}
    for name in schema.get("required") or []:
        prop = resolve(props.get(name) or {})
        key = (*path, name)
        enum = prop.get("enum") if isinstance(prop, dict) else None
        const = prop.get("const") if isinstance(prop, dict) and "const" in prop else (
            enum[0] if isinstance(enum, list) and len(enum) == 1 else None)
        found.append({"path": list(key), "value": const})
        found += _required_shape(prop, resolve, key, depth + 1)
    return found


def companion_context(api: Api) -> dict[str, Any]:
    """What the companion module needs to know, read from the bundled spec."""
    doc = api.bundled.document
    declared = (doc.get("components") or {}).get("securitySchemes") or {}
    known = auth.schemes(doc)  # what each scheme is: spec/auth.py, as the mock, proxy and fuzz read it
    requirement: dict[str, Any] = next(iter(doc.get("security") or [{}]), {}) or {}
    credentials = []
    for name in requirement:
        scheme = known.get(name)
        entry: dict[str, Any] = {"scheme": name, "description": (declared.get(name) or {}).get("description", "").strip()}
        if scheme is None:
            continue
        if scheme.kind == "bearer":
            entry.update(kind="bearer", arg="token", header=scheme.param)
        elif scheme.kind == "apiKey" and scheme.algorithm is not None:
            entry.update(kind="hmac", arg="secret", header=scheme.param, algorithm=scheme.algorithm)
        elif scheme.kind == "apiKey" and scheme.location in ("header", "query"):
            entry.update(kind=scheme.location, arg=_identifier(scheme.param.replace("x-", "", 1)), header=scheme.param)
        else:
            continue
        credentials.append(entry)
    webhooks = []
    resolve = _resolver(doc)
    for name, item in (doc.get("webhooks") or {}).items():
        post = (item or {}).get("post") or {}
        schema = (((post.get("requestBody") or {}).get("content") or {}).get("application/json") or {}).get("schema")
        ref = (schema or {}).get("$ref", "")
        if not ref.startswith("#/components/schemas/"):
            continue
        model = ref.rsplit("/", 1)[1]
        signature = None
        for header, algorithm in auth.webhook_signature_headers(item):  # the last one declared
            signature = {"header": header, "algorithm": algorithm}
        conditions = _required_shape(resolve(schema), resolve)
        webhooks.append({
            "conditions": conditions,
            "score": len(conditions) + sum(1 for c in conditions if c["value"] is not None),
            "name": name,
            "function": _identifier(name),
            "model": _class_name(model),
            "module": _module_name(model),
            "signature": signature,
        })
    servers = doc.get("servers") or [{}]
    base_url = str(servers[0].get("url", ""))
    for var, conf in (servers[0].get("variables") or {}).items():
        base_url = base_url.replace("{" + var + "}", str(conf.get("default", "")))
    # No default base URL where the spec's server is a guess (x-unverified, on it or a variable) or a placeholder:
    # a consumer then names the server they mean instead of reaching a vendor's dev gateway by surprise.
    guessed = "x-unverified" in servers[0] or any(
        "x-unverified" in (conf or {}) for conf in (servers[0].get("variables") or {}).values())
    placeholder = bool(re.search(r"\.example(?:[:/]|$)", base_url))
    return {
        "api": api,
        "title": doc.get("info", {}).get("title", api.key),
        "base_url": base_url,
        "base_url_required": guessed or placeholder or not base_url,
        "server_description": " ".join(str(servers[0].get("description") or "").split()),
        "credentials": credentials,
        "operations": operations(api),
        "version": package_version_of(api),
        "spec_version": str(doc.get("info", {}).get("version", "")),
        "webhooks": webhooks,
        "pagers": pagers(api),
    }


def render_companions(api: Api) -> dict[str, str]:
    """The companion files of ``api``'s client (paths relative to its folder): ``partner.py`` (connect),
    ``pagination.py`` when something pages, ``webhooks.py`` when the spec has webhooks, and the README."""
    context = companion_context(api)
    package = api.package
    rendered = {f"{package}/partner.py": _render("partner.py.jinja", context),
                f"{package}/operations.py": _render("operations.py.jinja", context)}
    if context["pagers"]:
        rendered[f"{package}/pagination.py"] = _render("pagination.py.jinja", context)
    if context["webhooks"]:
        rendered[f"{package}/webhooks.py"] = _render("webhooks.py.jinja", context)
    rendered["README.md"] = _render("package_readme.md.jinja", context)
    rendered["pyproject.toml"] = _render("package_pyproject.toml.jinja", {**context, "package": package_settings()})
    return rendered


def render_companion(api: Api) -> str:
    return render_companions(api)[f"{api.package}/partner.py"]


def _render(template: str, context: dict[str, Any]) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["tojson_py"] = lambda value: json.dumps(value, ensure_ascii=False)
    return env.get_template(template).render(**context)
