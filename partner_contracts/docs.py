"""``partner-contracts docs``: reference docs people can browse, offline — Swagger UI 5 over our specs.

Stages: vendor the renderer (``swagger-ui-dist`` from the npm registry, ``npm pack`` once into
``build/vendor/``, pinned) → annotate each bundled spec (every operation's description gains its
``x-source`` section and its ledger entries — decision and unverified marker; the mock becomes the first
server) → write the site: ``index.html``, one ``<key>.html`` + ``<key>.json`` per API, ``assets/``.

Pages have "try it" against the mock with the test credentials filled in (``mock.credentials`` of
api.yaml, environment overrides as in the mock); a scheme with ``x-hmac`` is signed in the browser
(WebCrypto) the way the mock checks it. Nothing is fetched at run time: no CDN.

The mock serves the same site at ``/docs`` (index), ``/docs/<file>`` and ``/<key>/docs`` (see
:func:`page`); pages and annotated specs are made from the mock's own documents, the assets come from
``build/vendor/``.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from typing import Any

from partner_contracts.spec.api import BUILD_DIR, Api, iter_operations, select
from partner_contracts.spec.auth import schemes
from partner_contracts.spec.deref import escape, follow, references
from partner_contracts.spec.ledger import Ledger, LedgerEntry, ledger_of

RENDERER = "swagger-ui-dist"
RENDERER_VERSION = "5.35.0"  # pinned: `make docs` vendors exactly this from the npm registry
VENDOR_DIR = BUILD_DIR / "vendor" / f"{RENDERER}-{RENDERER_VERSION}"
ASSETS = ("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png")
DOCS_DIR = BUILD_DIR / "docs"


class DocsError(Exception):
    pass


# --- the renderer, from the npm registry ------------------------------------------------------------


def vendor(target: Path = VENDOR_DIR) -> Path:
    """``swagger-ui-dist`` at the pinned version in ``target`` (``npm pack`` once, then reused)."""
    if all((target / name).is_file() for name in ASSETS):
        return target
    npm = shutil.which("npm")
    if npm is None:
        raise DocsError("npm is needed once to vendor swagger-ui-dist (apt-get install nodejs npm)")
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([npm, "pack", f"{RENDERER}@{RENDERER_VERSION}", "--silent",
                             "--pack-destination", str(target.parent)],
                            capture_output=True, text=True, check=False, timeout=300)
    tarball = target.parent / f"{RENDERER}-{RENDERER_VERSION}.tgz"
    if result.returncode != 0 or not tarball.is_file():
        raise DocsError(f"npm pack {RENDERER}@{RENDERER_VERSION} failed: {result.stderr.strip()[-400:]}")
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tarball) as archive:
        for name in (*ASSETS, "LICENSE"):
            member = archive.extractfile(f"package/{name}")
            if member is not None:
                (target / name).write_bytes(member.read())
    tarball.unlink()
    return target


# --- annotating a spec ------------------------------------------------------------------------------


def credentials(api: Api) -> dict[str, str]:
    """The test credentials the pages' "try it" is pre-authorised with (the mock's)."""
    return api.config.mock.credential_values()


def _refs(node: Any, doc: dict[str, Any], seen: set[str]) -> set[str]:
    """Every internal ``$ref`` reachable from ``node`` (components followed once)."""
    seen.update(references(doc, node))
    return seen


def ledger_by_operation(doc: dict[str, Any], ledger: Ledger) -> tuple[dict[str, list[LedgerEntry]], list[LedgerEntry]]:
    """Ledger entries per operation pointer (an entry belongs to every operation whose spec it names,
    directly or through a component or security scheme the operation uses); the rest are API-wide."""
    reach: dict[str, set[str]] = {}
    for _kind, _name, _method, op, pointer in iter_operations(doc):
        refs = _refs(op, doc, set())
        requirement = op.get("security", doc.get("security") or []) or []
        refs |= {f"#/components/securitySchemes/{escape(n)}" for r in requirement if isinstance(r, dict) for n in r}
        reach["#" + pointer] = refs
    by_op: dict[str, list[LedgerEntry]] = {p: [] for p in reach}
    wide = []
    for entry in ledger.entries:
        targets = entry.spec
        hit = False
        for op_pointer, refs in reach.items():
            path_item = op_pointer.rsplit("/", 1)[0]
            if any(t == path_item or t == op_pointer or t.startswith(op_pointer + "/")
                   or any(t == r or t.startswith(r + "/") for r in refs) for t in targets):
                by_op[op_pointer].append(entry)
                hit = True
        if not hit:
            wide.append(entry)
    return by_op, wide


def _entry_markdown(entry: LedgerEntry) -> str:
    marker = "⚠ unverified" if entry.unverified else "verified"
    decision = " ".join(entry.decision.split())
    return f"- **{entry.id}** ({marker}) — *{entry.topic}*. Decision: {decision}"


def _source_markdown(source: Any) -> str:
    if not isinstance(source, dict):
        return ""
    sections = source.get("section")
    sections = sections if isinstance(sections, list) else [sections]
    return f"**x-source:** `{source.get('file')}` § " + " · ".join(f"“{s}”" for s in sections)


def _source_line(source: Any) -> str:
    if not isinstance(source, dict):
        return ""
    sections = source.get("section")
    sections = sections if isinstance(sections, list) else [sections]
    return f"§ {' / '.join(str(x) for x in sections)}"


def _prefill(doc: dict[str, Any], parameters: list[Any]) -> None:
    """Give each required parameter without an example a sample value, so "try it" can be sent as is."""
    from partner_contracts.runtime.sample import sample

    for param in parameters:
        try:
            param = follow(doc, param)[0]
        except KeyError:
            continue
        if not isinstance(param, dict) or not param.get("required") or "example" in param or "examples" in param:
            continue
        value = sample(param.get("schema") or {}, doc)
        if value is not None:
            param["example"] = value
            param["description"] = (str(param.get("description", "")).strip()
                                    + " (The example is a sample value filled in for try-it.)").strip()


def annotate(api: Api, document: dict[str, Any]) -> dict[str, Any]:
    """A copy of the bundled spec for the docs: x-source and ledger in each operation's description, the
    mock as first server, and the decisions that concern the whole API in info.description."""
    doc: dict[str, Any] = json.loads(json.dumps(document))
    ledger = ledger_of(api)
    by_op, wide = ledger_by_operation(doc, ledger)
    for _kind, name, _method, op, pointer in iter_operations(doc):
        _prefill(doc, [*(((doc.get("paths") or {}).get(name) or {}).get("parameters") or []),
                       *(op.get("parameters") or [])])
        parts = [op.get("description", "").strip(), _source_markdown(op.get("x-source"))]
        entries = by_op.get("#" + pointer) or []
        if entries:
            parts.append("**Ledger**\n\n" + "\n".join(_entry_markdown(e) for e in entries))
        unverified = op.get("x-unverified")
        if unverified:
            parts.append(f"**⚠ x-unverified:** {unverified}")
        op["description"] = "\n\n".join(p for p in parts if p)
        # the one line a collapsed operation shows: its source section and ledger entries, by id
        line = [str(op.get("summary") or "").strip(), _source_line(op.get("x-source"))]
        if entries:
            line.append("ledger " + ", ".join(f"{e.id}{' ⚠' if e.unverified else ''}" for e in entries))
        op["summary"] = " · ".join(p for p in line if p)
    info = doc.setdefault("info", {})
    extra = [f"Ledger: {len(ledger.items)} decisions (specs/{api.key}/ledger.yaml)."]
    if wide:
        extra.append("**API-wide ledger entries**\n\n" + "\n".join(_entry_markdown(e) for e in wide))
    info["description"] = "\n\n".join([str(info.get("description", "")).strip(), *extra])
    doc["servers"] = [{"url": f"/{api.key}", "description": "the mock (partner-contracts mock)"},
                      *(doc.get("servers") or [])]
    return doc


# --- pages ------------------------------------------------------------------------------------------

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} — reference</title>
<link rel="icon" href="assets/favicon-32x32.png">
<link rel="stylesheet" href="assets/swagger-ui.css">
<style>body{{margin:0}} .pc-bar{{font:14px sans-serif;padding:8px 16px;background:#1b1b1b;color:#eee}}
.pc-bar a{{color:#9cf}}</style>
</head>
<body>
<div class="pc-bar"><a href="index.html">All partner APIs</a> · {title} {version} ·
try-it calls the mock at <code>/{key}</code> with the test credentials</div>
<div id="swagger-ui"><noscript>This page needs JavaScript (Swagger UI).</noscript></div>
<script src="assets/swagger-ui-bundle.js"></script>
<script>
const PC = {config};
async function pcSign(req) {{
  for (const h of PC.hmac) {{
    const enc = new TextEncoder();
    const key = await crypto.subtle.importKey("raw", enc.encode(h.secret), {{name: "HMAC", hash: h.hash}},
                                              false, ["sign"]);
    const body = (req.method === "GET" || req.body == null) ? "" : String(req.body);
    const mac = await crypto.subtle.sign("HMAC", key, enc.encode(body));
    req.headers[h.header] = Array.from(new Uint8Array(mac)).map(b => b.toString(16).padStart(2, "0")).join("");
  }}
  return req;
}}
window.ui = SwaggerUIBundle({{
  url: PC.spec, dom_id: "#swagger-ui", deepLinking: true, docExpansion: "list",
  displayOperationId: true, defaultModelsExpandDepth: -1, tryItOutEnabled: true,
  requestInterceptor: pcSign,
  onComplete: () => {{
    for (const [name, value] of Object.entries(PC.credentials)) window.ui.preauthorizeApiKey(name, value);
    document.body.setAttribute("data-rendered", "true");
  }},
}});
</script>
</body>
</html>
"""

_INDEX = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Partner API contracts — reference</title>
<style>body{{font:15px/1.5 sans-serif;max-width:60em;margin:2em auto;padding:0 1em}}
td,th{{padding:4px 12px;text-align:left;border-bottom:1px solid #ddd}}</style></head>
<body>
<h1>Partner API contracts</h1>
<p>Hand-written OpenAPI 3.1 descriptions of five partner APIs. Each page shows every operation with its
vendor-document section (<code>x-source</code>), the ledger decisions that concern it, and a "try it" against
the mock (<code>partner-contracts mock</code>, test credentials filled in).</p>
<table>
<tr><th>API</th><th>version</th><th>operations</th><th>webhooks</th><th>ledger entries</th><th>mock</th></tr>
{rows}
</table>
<p>Rendered by Swagger UI {renderer_version} ({renderer}, served from this site: no CDN).</p>
</body>
</html>
"""


def page_html(api: Api, document: dict[str, Any]) -> str:
    known = schemes(document)  # spec/auth.py: what each scheme is, as the mock checks it
    creds = credentials(api)
    signed = {n: s for n, s in known.items() if s.algorithm is not None}
    config = {
        "spec": f"{api.key}.json",
        "credentials": {n: v for n, v in creds.items() if n in known and n not in signed},
        "hmac": [{"header": s.param, "secret": creds.get(n, ""), "hash": "SHA-" + re.sub(r"\D", "", s.algorithm or "")}
                 for n, s in signed.items()],
    }
    info = document.get("info") or {}
    return _PAGE.format(title=html.escape(str(info.get("title", api.key))), key=api.key,
                        version=html.escape(str(info.get("version", ""))),
                        config=json.dumps(config).replace("</", "<\\/"))


def index_html(apis: list[tuple[Api, dict[str, Any]]]) -> str:
    rows = []
    for api, doc in apis:
        ops = list(iter_operations(doc))
        ledger = ledger_of(api)
        title = html.escape(str((doc.get("info") or {}).get("title", api.key)))
        rows.append(f'<tr><td><a href="{api.key}.html">{title}</a> (<code>{api.key}</code>)</td>'
                    f"<td>{html.escape(str((doc.get('info') or {}).get('version', '')))}</td>"
                    f"<td>{sum(k == 'paths' for k, *_ in ops)}</td><td>{sum(k == 'webhooks' for k, *_ in ops)}</td>"
                    f"<td>{len(ledger.items)}</td>"
                    f'<td><a href="/{api.key}/docs">/{api.key}/docs</a></td></tr>')
    return _INDEX.format(rows="\n".join(rows), renderer=RENDERER, renderer_version=RENDERER_VERSION)


def site(apis: list[tuple[Api, dict[str, Any]]]) -> dict[str, bytes]:
    """File name → content of the site's pages and annotated specs (assets not included)."""
    files = {"index.html": index_html(apis).encode()}
    for api, document in apis:
        files[f"{api.key}.html"] = page_html(api, document).encode()
        files[f"{api.key}.json"] = json.dumps(annotate(api, document), ensure_ascii=False).encode()
    return files


def build(keys: list[str] | None, out: Path = DOCS_DIR) -> list[Path]:
    assets = vendor()
    apis = [(api, api.bundled.document) for api in select(keys)]
    out.mkdir(parents=True, exist_ok=True)
    (out / "assets").mkdir(exist_ok=True)
    for name in ASSETS:
        shutil.copyfile(assets / name, out / "assets" / name)
    written = []
    for name, content in site(apis).items():
        (out / name).write_bytes(content)
        written.append(out / name)
    return written


def docs_cli(keys: list[str], out: Path | None = None) -> int:
    started = time.monotonic()
    target = out or DOCS_DIR
    try:
        if not all((VENDOR_DIR / n).is_file() for n in ASSETS):
            print(f"docs: vendoring {RENDERER}@{RENDERER_VERSION} from the npm registry (once)…", flush=True)
        written = build(keys or None, target)
    except DocsError as exc:
        print(f"docs: FAILED: {exc}")
        return 1
    pages = [p.name for p in written if p.suffix == ".html" and p.name != "index.html"]
    print(f"docs: {len(pages)} API page(s) + index in {target} ({time.monotonic() - started:.1f} s); "
          f"open {target / 'index.html'}, or run `partner-contracts mock` and browse http://127.0.0.1:4010/docs")
    return 0


# --- served by the mock -----------------------------------------------------------------------------

_TYPES = {".html": "text/html", ".json": "application/json", ".js": "application/javascript",
          ".css": "text/css", ".png": "image/png"}


def page(path: str, mock: Any) -> tuple[int, bytes, str] | None:
    """The mock's answer to ``GET path`` when it is a docs URL (``/docs``, ``/docs/<file>``,
    ``/<key>/docs``), else None. ``mock`` is the mock's ``Pipeline`` (its ``apis``: key → ServedApi)."""
    if path == "/docs" or path == "/docs/":
        name = "index.html"
    elif path.startswith("/docs/"):
        name = path[6:]
    elif path.endswith("/docs") and path[1:-5] in mock.apis:
        name = f"{path[1:-5]}.html"
    else:
        return None
    files: dict[str, bytes] | None = getattr(mock, "docs_site", None)
    if files is None:  # made once per mock, from its own documents
        files = site([(_api_of(key), m.doc) for key, m in mock.apis.items()])
        mock.docs_site = files
    if name in files:
        content = files[name]
        if name.endswith(".html"):  # relative links work from /docs, /docs/ and /<key>/docs alike
            content = content.replace(b"<head>", b'<head>\n<base href="/docs/">', 1)
        return 200, content, _TYPES[Path(name).suffix]
    if name.startswith("assets/") and name[7:] in ASSETS:
        asset = VENDOR_DIR / name[7:]
        if asset.is_file():
            return 200, asset.read_bytes(), _TYPES[asset.suffix]
        return 503, (f"{name}: the docs renderer is not vendored yet: run `partner-contracts docs` "
                     "(or `make docs`) once\n").encode(), "text/plain"
    return 404, f"no {name} in the docs; see /docs\n".encode(), "text/plain"


def _api_of(key: str) -> Api:
    return select([key])[0]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(docs_cli(sys.argv[1:]))
