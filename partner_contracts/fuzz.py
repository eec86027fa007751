"""``partner-contracts fuzz``: schemathesis, every check, all phases (stateful included), per API.

The target is the embedded mock (started in this process on a free loopback port) unless the API's
sandbox variables are set (``fuzz.base_url_env`` and ``fuzz.credential_env`` in api.yaml), e.g.
``PALM_BASE_URL=https://… PALM_API_KEY=… make fuzz``. For each API we write a schemathesis config
under ``build/fuzz/<key>/`` (credentials per security scheme, test-data dictionaries from the spec's
own examples) and run ``schemathesis run`` with ``--checks all``; the JUnit report lands next to it.
``fuzz.max_examples`` in api.yaml caps the cases per operation for a large API (``--max-examples`` wins).
Request signing (``x-hmac`` schemes) is done by our hook module, ``partner_contracts.fuzz_hooks``.
"""

from __future__ import annotations

import argparse
import contextlib
import hmac
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .fuzz_hooks import SIGN_ME
from .specs import BUILD_DIR, Api, resolve_pointer, select


@dataclass
class FuzzResult:
    api: str
    target: str
    cases: int
    failures: int
    returncode: int
    seconds: float
    junit: Path
    log: Path

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and self.failures == 0


def _toml_value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def sandbox(api: Api) -> tuple[str, str] | None:
    """(base URL, credential) when the API's sandbox variables are both set."""
    conf = api.meta.get("fuzz") or {}
    base = os.environ.get(str(conf.get("base_url_env", "")), "")
    credential = os.environ.get(str(conf.get("credential_env", "")), "")
    return (base.rstrip("/"), credential) if base and credential else None


def credentials(api: Api, target_is_sandbox: bool) -> dict[str, str]:
    """The value for each security scheme: the sandbox's from the environment, else the mock's."""
    from .mock.app import _setting

    mock = api.meta.get("mock") or {}
    values = {name: _setting(conf) for name, conf in (mock.get("credentials") or {}).items()}
    if target_is_sandbox:
        for name, env in ((api.meta.get("fuzz") or {}).get("sandbox_credentials") or {}).items():
            if os.environ.get(env):
                values[name] = os.environ[env]
    return values


def request_credentials(api: Api, body: bytes | None = None, sandbox: bool = False,
                        ) -> tuple[dict[str, str], dict[str, str]]:
    """(headers, query) that authenticate one request: a header or query key, a Bearer token, and for an
    ``x-hmac`` scheme the HMAC of ``body`` — or the ``SIGN_ME`` placeholder when no body is given."""
    schemes = (api.bundled.document.get("components") or {}).get("securitySchemes") or {}
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    for name, value in credentials(api, sandbox).items():
        scheme = schemes.get(name) or {}
        if scheme.get("type") == "http":
            headers["Authorization"] = f"Bearer {value}"
        elif scheme.get("x-hmac"):
            algorithm = str(scheme["x-hmac"].get("algorithm", "sha256"))
            headers[scheme["name"]] = SIGN_ME if body is None else \
                hmac.new(value.encode(), body, algorithm).hexdigest()
        elif scheme.get("in") == "query":
            query[scheme["name"]] = value
        else:
            headers[scheme["name"]] = value
    return headers, query


def write_config(api: Api, folder: Path, target_is_sandbox: bool) -> Path:
    """schemathesis.toml for one API: auth per scheme, dictionaries and parameter bindings."""
    doc = api.bundled.document
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    values = credentials(api, target_is_sandbox)
    lines = [
        "# Written by partner-contracts fuzz; regenerated on every run.",
        "",
        "# The stateful phase follows the links the spec declares. Inferred links are off: schemathesis",
        "# infers POST /order -> PUT /order/cancel (an id carried in the body), follows it without the id",
        "# 15% of the time, and then reads the API's correct 404 for an unknown id as `ensure_resource_",
        "# availability` (the operation has no parameters for the link to have supplied).",
        "[phases.stateful.inference]",
        "algorithms = []",
        "",
    ]
    for name, scheme in schemes.items():
        value = values.get(name)
        if value is None:
            continue
        if scheme.get("x-hmac"):
            value = SIGN_ME  # replaced by the body's HMAC in partner_contracts.fuzz_hooks
        lines.append(f"[auth.openapi.{name}]")
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            lines.append(f"bearer = {_toml_value(value)}")
        else:
            lines.append(f"api_key = {_toml_value(value)}")
        lines.append("")
    conf = api.meta.get("fuzz") or {}
    if conf.get("reuse_response_values") is False:
        # schemathesis feeds values seen in responses back into generation; with a mock holding many
        # records that pool grows and slows the fuzzing phase (api.yaml documents why an API turns it off)
        lines += ["[phases.fuzzing.extra-data-sources]", "responses = false", ""]
    for name, dictionary in (conf.get("dictionaries") or {}).items():
        found = dictionary["values"] if "values" in dictionary else resolve_pointer(doc, dictionary["from"])
        items = found if isinstance(found, list) else [found]
        field = dictionary.get("field")
        entries = [item.get(field) if field and isinstance(item, dict) else item for item in items]
        entries = [e for e in entries if isinstance(e, (str, int, float)) and not isinstance(e, bool)]
        lines += [f"[dictionaries.{name}]", f"values = {_toml_value(entries)}", ""]
    bindings = conf.get("parameters") or {}
    if bindings:
        lines.append("[parameters]")
        for key, binding in bindings.items():
            if isinstance(binding, dict):
                inner = ", ".join(f"{k} = {_toml_value(v)}" for k, v in binding.items())
                lines.append(f"{_toml_value(key)} = {{ {inner} }}")
            else:
                lines.append(f"{_toml_value(key)} = {_toml_value(binding)}")
        lines.append("")
    path = folder / "schemathesis.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


_CASES = re.compile(r"(\d+) generated")
_FAILED = re.compile(r"(\d+) failed")


def run_one(api: Api, spec_url: str, base_url: str | None, *, target_is_sandbox: bool,
            max_examples: int | None, seed: int | None, workers: str, phases: str | None,
            folder: Path | None = None, extra_args: tuple[str, ...] = ()) -> FuzzResult:
    folder = folder or BUILD_DIR / "fuzz" / api.key
    folder.mkdir(parents=True, exist_ok=True)
    config = write_config(api, folder, target_is_sandbox)
    junit = folder / "junit.xml"
    log = folder / "schemathesis.log"
    schemathesis = Path(sys.executable).parent / "schemathesis"
    cmd = [str(schemathesis) if schemathesis.exists() else "schemathesis", "--config-file", str(config), "--no-color",
           "run", spec_url, "--checks", "all", "--workers", workers,
           "--report", "junit", "--report-junit-path", str(junit),
           "--generation-database", "none", "--request-timeout", "10"]
    if base_url:
        cmd += ["--url", base_url]
    if max_examples:
        cmd += ["--max-examples", str(max_examples)]
    if seed is not None:
        cmd += ["--seed", str(seed)]
    if phases:
        cmd += ["--phases", phases]
    cmd += list(extra_args)
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "partner_contracts.fuzz_hooks",
           "PARTNER_CONTRACTS_FUZZ_API": api.key, "NO_COLOR": "1", "COLUMNS": "120"}
    if target_is_sandbox:
        env["PARTNER_CONTRACTS_FUZZ_SANDBOX"] = "1"
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, check=False, cwd=folder)
    text = log.read_text(encoding="utf-8", errors="replace")
    summary = text[text.rfind("Test cases:"):] if "Test cases:" in text else ""
    cases = int(m.group(1)) if (m := _CASES.search(summary)) else 0
    failures = int(m.group(1)) if (m := _FAILED.search(summary)) else (0 if proc.returncode == 0 else 1)
    return FuzzResult(api.key, base_url or spec_url, cases, failures, proc.returncode,
                      time.perf_counter() - started, junit, log)


@contextlib.contextmanager
def embedded_mock(keys: list[str]) -> Iterator[str]:
    from .mock.app import create_app
    from .mock.server import running

    with running(create_app(keys)) as url:
        yield url


def fuzz(apis: list[Api], *, max_examples: int | None = None, seed: int | None = None, workers: str = "1",
         phases: str | None = None, echo: bool = True) -> list[FuzzResult]:
    results: list[FuzzResult] = []
    local = [api for api in apis if sandbox(api) is None]
    with contextlib.ExitStack() as stack:
        mock_url = stack.enter_context(embedded_mock([a.key for a in local])) if local else ""
        for api in apis:
            remote = sandbox(api)
            if remote:  # the spec bundled from specs/ now (not the committed generated/ copy)
                bundle = BUILD_DIR / "fuzz" / api.key / "openapi.json"
                bundle.parent.mkdir(parents=True, exist_ok=True)
                bundle.write_text(api.bundled.to_json(), encoding="utf-8")
                spec_url, base_url = str(bundle), remote[0]
            else:
                spec_url, base_url = f"{mock_url}/{api.key}/openapi.json", None
            if echo:
                print(f"fuzz {api.key}: {'sandbox ' + remote[0] if remote else 'embedded mock'} ...", flush=True)
            per_api = (api.meta.get("fuzz") or {}).get("max_examples")
            result = run_one(api, spec_url, base_url, target_is_sandbox=bool(remote),
                             max_examples=max_examples or (int(per_api) if per_api else None),
                             seed=seed, workers=workers, phases=phases)
            results.append(result)
            if echo:
                status = "ok" if result.ok else f"FAILED (see {result.log})"
                print(f"fuzz {api.key}: {result.cases} cases, {result.failures} failures, "
                      f"{result.seconds:.0f}s: {status}", flush=True)
                if not result.ok:
                    print(_failure_excerpt(result.log))
    return results


def _failure_excerpt(log: Path, limit: int = 60) -> str:
    text = log.read_text(encoding="utf-8", errors="replace")
    start = text.find("FAILURES")
    lines = (text[start:] if start >= 0 else text).splitlines()
    return "\n".join("    " + line for line in lines[:limit])


def fuzz_cli(args: argparse.Namespace) -> int:
    results = fuzz(select(args.apis), max_examples=args.max_examples, seed=args.seed, workers=args.workers,
                   phases=args.phases)
    return 0 if all(r.ok for r in results) else 1
