"""Credentials and signatures, one home for every consumer: a credential read from api.yaml or the environment,
the credentials of a request for each security scheme (bearer, API key in a header or the query, an
``x-hmac`` body signature), constant-time comparison, and webhook signing."""

from __future__ import annotations

import hmac
import os
from typing import Any

from partner_contracts.spec.api import Api


def setting(conf: Any) -> str:
    """A credential from api.yaml: ``{value: ..., env: NAME}`` — the environment variable wins."""
    if isinstance(conf, dict):
        return os.environ.get(str(conf.get("env", "")), "") or str(conf.get("value", ""))
    return str(conf)


def same(given: str, expected: str) -> bool:
    """Constant-time comparison of a credential; any text (non-ASCII included) is compared as UTF-8."""
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), expected.encode("utf-8", "surrogateescape"))


def webhook_signature_headers(item: Any) -> list[tuple[str, str]]:
    """(header, hash algorithm) of each signature a webhook declares: a header parameter of its ``post``
    with ``x-hmac`` (the HMAC of the raw body, hex) — what the mock signs with and a receiver verifies."""
    found = []
    for param in ((item or {}).get("post") or {}).get("parameters") or []:
        conf = param.get("x-hmac") or (param.get("schema") or {}).get("x-hmac")
        if param.get("in") == "header" and conf:
            found.append((str(param["name"]), str(conf.get("algorithm", "sha256"))))
    return found


def webhook_signers(document: dict[str, Any], secret: str) -> dict[str, list[tuple[str, Any]]]:
    """Webhook name -> its signed headers, each with an HMAC already keyed by ``secret`` (copied per
    delivery, then fed the body)."""
    signers: dict[str, list[tuple[str, Any]]] = {}
    for name, item in (document.get("webhooks") or {}).items():
        for header, algorithm in webhook_signature_headers(item):
            signers.setdefault(name, []).append((header, hmac.new(secret.encode(), digestmod=algorithm)))
    return signers


def sandbox(api: Api) -> tuple[str, str] | None:
    """(base URL, credential) when the API's sandbox variables are both set."""
    conf = api.meta.get("fuzz") or {}
    base = os.environ.get(str(conf.get("base_url_env", "")), "")
    credential = os.environ.get(str(conf.get("credential_env", "")), "")
    return (base.rstrip("/"), credential) if base and credential else None


def credentials(api: Api, target_is_sandbox: bool) -> dict[str, str]:
    """The value for each security scheme: the sandbox's from the environment, else the mock's."""

    mock = api.meta.get("mock") or {}
    values = {name: setting(conf) for name, conf in (mock.get("credentials") or {}).items()}
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


SIGN_ME = "SIGN_ME"
