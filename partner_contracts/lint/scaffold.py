"""``partner-contracts new KEY --source FILE [--auth …]``: the files of a new API, from its vendor document.

What the source's headings suggest becomes one path file per path (the operations found by the same parsing
``coverage`` uses: a ``METHOD /path`` pattern, each mention in the section above it), with everything a person
must still decide marked ``TODO: <what to fill in>``. The result passes ``validate`` with only TODO findings
(``rule_todo``: every ``TODO`` left in ``specs/<key>/``, at its file and line), so the next step is always the
first finding. docs/adding-an-api.md is the guide.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from partner_contracts.spec import sources
from partner_contracts.spec.api import Api, _relative, discover, sources_dir, specs_dir

from . import drift

AUTH = ("api-key-header", "api-key-query", "bearer", "hmac", "token")
# "METHOD /path": in code blocks, inline code, bold, or after "Endpoint:" (what palm-locker's pattern reads too)
REQUEST = r"(?P<method>\b(?:GET|POST|PUT|PATCH|DELETE))\b[`*:\s]*`?(?P<path>/[A-Za-z0-9_{}<>:.\-/]*)"
KEY = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Suggested:
    method: str
    path: str  # a spec path template: /shipments/{code}
    section: str
    line: int


def _template(raw: str) -> str:
    path = raw.split("?")[0].split("#")[0].strip().strip("`").rstrip(".") or "/"
    path = re.sub(r"<([^>/]+)>", r"{\1}", path)
    path = re.sub(r"(?<=/):([A-Za-z_][A-Za-z0-9_]*)", r"{\1}", path)
    path = re.sub(r"\{([^}/]*)\}", lambda m: "{" + (re.sub(r"[^A-Za-z0-9_]", "_", m.group(1)) or "id") + "}", path)
    return path.rstrip("/") if len(path) > 1 else path


def suggest(path: Path) -> tuple[str, list[Suggested]]:
    """(heading style, the operations the document's headings suggest), in document order, one per method+path."""
    style = "markdown" if sources.markdown_headings(path) else "previous-line"
    found: dict[tuple[str, str], Suggested] = {}
    for mention in sources.mentions(path, REQUEST, style):
        match = re.search(REQUEST, mention.raw)
        template = _template(match.group("path") if match else mention.path)
        if mention.section and (mention.method, template) not in found:
            found[(mention.method, template)] = Suggested(mention.method, template, mention.section, mention.line)
    return style, list(found.values())


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^A-Za-z0-9]+", text) if w]


def operation_id(method: str, path: str) -> str:
    verbs = {"GET": "get", "POST": "create", "PUT": "replace", "PATCH": "update", "DELETE": "delete"}
    parts = []
    for segment in path.strip("/").split("/"):
        if segment.startswith("{"):
            parts += ["By", *(w.capitalize() for w in _words(segment))]
        else:
            parts += [w.capitalize() for w in _words(segment)]
    return verbs[method] + "".join(parts or ["Root"])


def file_name(path: str) -> str:
    return (path.strip("/").replace("/", "@") or "root") + ".yaml"


def prefix_for(key: str) -> str:
    parts = key.split("-")
    letters = "".join(p[0] for p in parts if p) if len(parts) > 1 else key[:2]
    return re.sub(r"[^A-Z0-9]", "", letters.upper())[:8].ljust(2, "X")


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _scheme(auth: str, env: str) -> tuple[str, list[str], list[str]]:
    """(scheme name, its securitySchemes lines, its api.yaml credential lines)."""
    todo = "    description: \"TODO: how the source says to authenticate (quote it; ledger what it leaves out)\""
    if auth == "bearer":
        return "BearerAuth", ["  BearerAuth:", "    type: http", "    scheme: bearer", todo], \
            [f"    BearerAuth: {{value: test-token, env: {env}_MOCK_TOKEN}}"]
    if auth == "token":
        return "TokenAuth", ["  TokenAuth:", "    type: apiKey", "    in: header", "    name: token", todo], \
            [f"    TokenAuth: {{value: test-token, env: {env}_MOCK_TOKEN}}"]
    if auth == "api-key-query":
        return "ApiKeyAuth", ["  ApiKeyAuth:", "    type: apiKey", "    in: query", "    name: api_key", todo], \
            [f"    ApiKeyAuth: {{value: test-api-key, env: {env}_MOCK_API_KEY}}"]
    if auth == "hmac":
        return "Signature", ["  Signature:", "    type: apiKey", "    in: header", "    name: x-signature", todo,
                             "    x-hmac: {algorithm: sha256, encoding: hex, over: raw-body, key: partner secret key}"], \
            [f"    Signature: {{value: test-secret, env: {env}_MOCK_SECRET}}   # the key the mock checks the HMAC with"]
    return "ApiKeyAuth", ["  ApiKeyAuth:", "    type: apiKey", "    in: header", "    name: x-api-key", todo], \
        [f"    ApiKeyAuth: {{value: test-api-key, env: {env}_MOCK_API_KEY}}"]


def _path_file(key: str, file: str, operations: list[Suggested], tag: str) -> str:
    lines = []
    for op in operations:
        params = re.findall(r"\{([^}]+)\}", op.path)
        lines += [
            f"{op.method.lower()}:",
            f"  operationId: {operation_id(op.method, op.path)}",
            f"  tags: [{tag}]",
            f"  summary: {_q(f'TODO: one line: what {op.method} {op.path} does (§ {op.section})')}",
            f"  x-source: {{file: {_q(file)}, section: {_q(op.section)}}}",
        ]
        if params:
            lines.append("  parameters:")
            for name in params:
                lines += [f"    - name: {name}", "      in: path", "      required: true",
                          "      schema: {type: string}",
                          f"      description: {_q('TODO: its type, format and meaning from the source')}"]
        if op.method in ("POST", "PUT", "PATCH"):
            lines += ["  requestBody:", "    required: true", "    content:", "      application/json:",
                      "        schema:", "          type: object",
                      f"          description: {_q('TODO: the fields of the request table (type, required, enum)')}"]
        lines += [
            "  responses:",
            '    "200":',
            f"      description: {_q('TODO: the answer; add its schema and the source JSON as a named example')}",
            "      content:",
            "        application/json:",
            "          schema:",
            "            type: object",
            '    "401":',
            "      $ref: ../components/responses/Unauthorized.yaml",
        ]
    return "\n".join(lines) + "\n"


def new_api(key: str, source: Path, auth: str = "api-key-header", folder: Path | None = None) -> tuple[Api, list[str]]:
    """Write ``specs/<key>/``; return the API and the next steps to print."""
    specs = folder or specs_dir()
    target = specs / key
    if not KEY.match(key):
        raise SystemExit(f"new: {key!r} is not an API key: lowercase words joined by '-' (ghn-shipping)")
    if target.exists():
        raise SystemExit(f"new: {_relative(target)} exists already")
    if auth not in AUTH:
        raise SystemExit(f"new: --auth {auth}: one of {', '.join(AUTH)}")
    if not source.is_file():
        raise SystemExit(f"new: the source {source} is not a file")
    steps: list[str] = []
    documents = sources_dir()
    if source.resolve().parent != documents.resolve():
        documents.mkdir(parents=True, exist_ok=True)
        if (documents / source.name).exists():
            raise SystemExit(f"new: {documents / source.name} exists and is another file: rename the source")
        shutil.copy2(source, documents / source.name)
        steps.append(f"copied {source} to {documents / source.name} (vendor documents live there)")
    file = source.name
    style, operations = suggest(documents / file)
    if not operations:
        raise SystemExit(f"new: {file} shows no `METHOD /path` under a heading: write the path files by hand "
                         "(docs/adding-an-api.md)")
    env = re.sub(r"[^A-Z0-9]", "_", key.upper())
    tag = "".join(w.capitalize() for w in _words(key))
    scheme, scheme_lines, credential_lines = _scheme(auth, env)
    by_path: dict[str, list[Suggested]] = {}
    for op in operations:
        by_path.setdefault(op.path, []).append(op)

    (target / "paths").mkdir(parents=True)
    (target / "components" / "schemas").mkdir(parents=True)
    (target / "components" / "responses").mkdir(parents=True)
    root = [
        "openapi: 3.1.0",
        "info:",
        f"  title: {_q('TODO: the API name as the vendor writes it')}",
        '  version: "0.1.0"',
        f"  description: {_q(f'TODO: what the API is for, in two sentences (source: {file})')}",
        "servers:",
        "  - url: https://api.example.invalid",
        f"    description: {_q('TODO: the base URL the source gives (or x-unverified and a ledger entry)')}",
        "tags:",
        f"  - name: {tag}",
        f"    description: {_q('TODO: one line on this group of operations')}",
        "security:",
        f"  - {scheme}: []",
        "paths:",
    ]
    for path in by_path:
        root += [f"  {path}:", f"    $ref: paths/{file_name(path)}"]
    root += ["components:", "  securitySchemes:", *("  " + line for line in scheme_lines),
             "  schemas:", "    Error:", "      $ref: components/schemas/Error.yaml",
             "  responses:", "    Unauthorized:", "      $ref: components/responses/Unauthorized.yaml"]
    (target / "openapi.yaml").write_text("\n".join(root) + "\n", encoding="utf-8")
    for path, ops in by_path.items():
        (target / "paths" / file_name(path)).write_text(_path_file(key, file, ops, tag), encoding="utf-8")
    (target / "components" / "schemas" / "Error.yaml").write_text(
        "type: object\n"
        f"description: {_q('TODO: the error body the source documents (else choose one, x-unverified, ledger it)')}\n"
        "properties:\n  message: {type: string}\n", encoding="utf-8")
    (target / "components" / "responses" / "Unauthorized.yaml").write_text(
        "description: Missing or wrong credentials.\ncontent:\n  application/json:\n    schema:\n"
        "      $ref: ../schemas/Error.yaml\n", encoding="utf-8")
    (target / "api.yaml").write_text("\n".join([
        f"# Tooling metadata for {key} (every key: docs/adding-an-api.md, specs/api.schema.json).",
        f"source: {_q(file)}",
        "",
        "coverage:",
        "  # How `coverage` finds the operations the document shows: \"METHOD /path\", in the section above it.",
        f"  request: {_q(REQUEST)}",
        f"  heading: {style}",
        "",
        "mock:",
        "  credentials:          # the mock's accepted credentials; environment variables override",
        *credential_lines,
        "  errors:               # the error envelope the mock answers with (components/schemas/Error.yaml)",
        "    body: {message: $message}",
        "",
        "fuzz:",
        "  # `make fuzz` targets the vendor's sandbox instead of the mock when both variables are set.",
        f"  base_url_env: {env}_BASE_URL",
        f"  credential_env: {env}_CREDENTIAL",
        f"  sandbox_credentials: {{{scheme}: {env}_CREDENTIAL}}",
        "",
    ]), encoding="utf-8")
    (target / "ledger.yaml").write_text("\n".join([
        "# Every contradiction or gap in the vendor document and what we decided (docs/adding-an-api.md, \"The ledger\").",
        f"api: {key}",
        f"source: {_q(file)}",
        f"prefix: {prefix_for(key)}        # ids are {prefix_for(key)}-001, {prefix_for(key)}-002, …",
        "entries: []",
        "",
    ]), encoding="utf-8")
    (target / "behaviour.yaml").write_text("\n".join([
        f"# The mock's state for {key} (vocabulary: partner_contracts/mock/behaviour/engine.py; docs/adding-an-api.md).",
        "# An operation without an action answers with its first documented example (or a sample of its schema).",
        "collections: {}",
        "operations: {}",
        "",
    ]), encoding="utf-8")
    (api,) = [a for a in discover(specs) if a.key == key]
    drift.write_lock(api, api.bundled.document)
    steps += [
        (f"wrote {_relative(target)}/: {len(operations)} operation(s) in {len(by_path)} path file(s), "
         f"{'markdown headings' if style == 'markdown' else 'the line above each request'} as sections"),
        *(f"  {op.method:6} {op.path:40} § {op.section} ({file}:{op.line})" for op in operations),
        "next:",
        (f"  1. partner-contracts validate {key}   lists every TODO (file:line) with what to fill in; the source's "
         "table fields not yet in the spec are TODOs too"),
        ("  2. describe each operation from its section: parameters, request body, answers, the source's JSON as "
         "named examples"),
        f"  3. record every contradiction or guess in specs/{key}/ledger.yaml (ids {prefix_for(key)}-NNN)",
        f"  4. partner-contracts coverage {key}; state in behaviour.yaml if the mock must remember things",
        f"  5. partner-contracts generate {key}; make check API={key}",
        "  6. add the API to README's table (tests/test_readme.py checks it against specs/)",
    ]
    return api, steps


def new_cli(key: str, source: str, auth: str) -> int:
    _api, steps = new_api(key, Path(source), auth)
    for line in steps:
        print(line)
    return 0
