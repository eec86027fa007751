"""Credentials and signatures, one home for every consumer (mock, proxy, fuzz, docs, webhooks, the client
generator): the security schemes of a spec as typed data (:func:`schemes`), a request's credentials for
each scheme (bearer, API key in a header, query or cookie, an ``x-hmac`` body signature), the check of a
presented credential, the body HMAC (:class:`Signer`, the only place it is computed), constant-time
comparison and webhook signing.

The credentials' values come from api.yaml through ``spec/config.py`` (which alone reads the environment).

``x-hmac`` (on an apiKey security scheme, or on a webhook's header parameter or its schema): the header
carries the HMAC of the exact body bytes, keyed by the credential (the webhook secret for a webhook). Its
keys, and what this module does with each (:data:`HMAC_KEYS`):

- ``algorithm``: a ``hashlib`` name (default ``sha256``): the hash;
- ``encoding``: ``hex`` only (the signature is lower-case hex; a received one is compared in either case);
- ``over``: ``raw-body`` only (the exact bytes sent, not a re-serialisation);
- ``key``: whose secret keys it — prose for the reader (the value comes from api.yaml's credentials);
- ``empty-body-for``: HTTP methods that send no body: their signature is the HMAC of the empty string,
  which is what signing a request without a body gives.

``partner-contracts validate`` refuses any other key, and a value this module does not implement, with
the file, line and JSON pointer (:func:`hmac_problems`): a key nobody reads would be silently ignored.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .api import Api
from .config import Setting
from .deref import escape

SIGN_ME = "SIGN_ME"  # fuzz: the placeholder partner_contracts.fuzz.hooks replaces with the body's HMAC
HMAC_KEYS = ("algorithm", "encoding", "over", "key", "empty-body-for")
HTTP_METHODS = frozenset({"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"})
DEFAULT_ALGORITHM = "sha256"


def setting(conf: Any) -> str:
    """A credential written in api.yaml's form (``value`` or ``{value, env}``), read now."""
    return Setting.parse(conf).read()


def same(given: str, expected: str) -> bool:
    """Constant-time comparison of a credential; any text (non-ASCII included) is compared as UTF-8."""
    return hmac.compare_digest(
        given.encode("utf-8", "surrogateescape"), expected.encode("utf-8", "surrogateescape")
    )


class Signer:
    """The hex HMAC of a body under one key and hash algorithm (``x-hmac``). The keyed state is built once
    and copied per body; an unknown algorithm fails here, not at the first request."""

    __slots__ = ("_keyed", "algorithm")

    def __init__(self, key: str | bytes, algorithm: str = DEFAULT_ALGORITHM) -> None:
        self.algorithm = algorithm
        self._keyed = hmac.new(key.encode() if isinstance(key, str) else key, digestmod=algorithm)

    def hex(self, body: bytes) -> str:
        signature = self._keyed.copy()
        signature.update(body)
        return signature.hexdigest()

    def verify(self, given: str, body: bytes) -> bool:
        """Whether ``given`` is the body's HMAC, in hex of either case (ledger SO-018), surrounding spaces ignored."""
        return same(given.strip().lower(), self.hex(body))


def hmac_algorithm(conf: Any) -> str:
    """The hash algorithm of an ``x-hmac`` mapping."""
    return str(conf.get("algorithm", DEFAULT_ALGORITHM)) if isinstance(conf, dict) else DEFAULT_ALGORITHM


@dataclass(frozen=True)
class Scheme:
    """One ``components.securitySchemes`` entry as every consumer reads it.

    ``kind`` is ``bearer`` (``type: http, scheme: bearer``), ``apiKey`` or ``unsupported``; ``location``
    where the credential goes (``header``, ``query``, ``cookie``); ``param`` its header, query or cookie
    name (``Authorization`` for bearer); ``algorithm`` the ``x-hmac`` hash when the credential is the key
    of a body signature rather than sent as it is."""

    name: str
    kind: str
    location: str
    param: str
    algorithm: str | None = None

    @classmethod
    def parse(cls, name: str, spec: dict[str, Any]) -> Scheme:
        if spec.get("type") == "http" and str(spec.get("scheme", "")).lower() == "bearer":
            return cls(name, "bearer", "header", "Authorization")
        if spec.get("type") != "apiKey":
            return cls(name, "unsupported", "", "")
        conf = spec.get("x-hmac")
        return cls(
            name,
            "apiKey",
            str(spec.get("in", "header")),
            str(spec.get("name", "")),
            hmac_algorithm(conf) if conf else None,
        )

    @property
    def signed(self) -> bool:
        return self.algorithm is not None

    def signer(self, credential: str) -> Signer:
        return Signer(credential, self.algorithm or DEFAULT_ALGORITHM)

    def apply(
        self, credential: str, body: bytes | None, headers: dict[str, str], query: dict[str, str]
    ) -> None:
        """Put ``credential`` into a request's ``headers`` / ``query``; a signed scheme gets the HMAC of
        ``body``, or the ``SIGN_ME`` placeholder when no body is given (a cookie goes in as a header named
        after it, as a bare credential)."""
        if self.kind == "bearer":
            headers["Authorization"] = f"Bearer {credential}"
        elif self.algorithm is not None:
            headers[self.param] = SIGN_ME if body is None else self.signer(credential).hex(body)
        elif self.location == "query":
            query[self.param] = credential
        else:
            headers[self.param] = credential

    def check(self, presented: str | None, expected: str, body: bytes) -> str | None:
        """None when ``presented`` — what the request holds at this scheme's place (for bearer, the whole
        Authorization header) — satisfies the scheme with credential ``expected``, else the reason."""
        if self.kind == "bearer":
            if not presented:
                return "missing Authorization: Bearer <token>"
            token = presented[7:].strip() if presented[:7].lower() == "bearer " else ""
            return None if token and same(token, expected) else "invalid bearer token"
        if self.kind != "apiKey":
            return f"unsupported security scheme {self.name!r}"
        if not presented:
            return f"missing {self.location} {self.param!r}"
        if self.algorithm is not None:
            ok = self.signer(expected).verify(presented, body)
            return None if ok else f"{self.param!r} is not the HMAC of the body"
        return None if same(presented, expected) else f"invalid {self.location} {self.param!r}"


def schemes(document: dict[str, Any]) -> dict[str, Scheme]:
    """Every security scheme of a (bundled) spec, by name."""
    found = (document.get("components") or {}).get("securitySchemes") or {}
    return {str(name): Scheme.parse(str(name), spec or {}) for name, spec in found.items()}


def sent_any(found: Iterable[Scheme], header_names: set[str], query_names: set[str]) -> bool:
    """Whether a request with these (lower-case) header names and query keys carries any of the credentials
    (a bearer token is the header its scheme names: ``Authorization``)."""
    for scheme in found:
        if (scheme.location == "header" and scheme.param.lower() in header_names) or (
            scheme.location == "query" and scheme.param in query_names
        ):
            return True
        if scheme.location == "cookie" and "cookie" in header_names:
            return True
    return False


# --- a request's credentials -------------------------------------------------------------------------


def sandbox(api: Api) -> tuple[str, str] | None:
    """(base URL, credential) when the API's sandbox variables are both set."""
    return api.config.fuzz.sandbox()


def credentials(api: Api, target_is_sandbox: bool) -> dict[str, str]:
    """The value for each security scheme: the sandbox's from the environment, else the mock's."""
    values = api.config.mock.credential_values()
    if target_is_sandbox:
        values.update(api.config.fuzz.sandbox_values())
    return values


def request_credentials(
    api: Api,
    body: bytes | None = None,
    sandbox: bool = False,
) -> tuple[dict[str, str], dict[str, str]]:
    """(headers, query) that authenticate one request: a header or query key, a Bearer token, and for an
    ``x-hmac`` scheme the HMAC of ``body`` — or the ``SIGN_ME`` placeholder when no body is given."""
    known = schemes(api.bundled.document)
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    for name, value in credentials(api, sandbox).items():
        known.get(name, Scheme(name, "apiKey", "header", "")).apply(value, body, headers, query)
    return headers, query


# --- webhooks ------------------------------------------------------------------------------------------


def webhook_signature_headers(item: Any) -> list[tuple[str, str]]:
    """(header, hash algorithm) of each signature a webhook declares: a header parameter of its ``post``
    with ``x-hmac`` (the HMAC of the raw body, hex) — what the mock signs with and a receiver verifies."""
    found = []
    for param in ((item or {}).get("post") or {}).get("parameters") or []:
        conf = param.get("x-hmac") or (param.get("schema") or {}).get("x-hmac")
        if param.get("in") == "header" and conf:
            found.append((str(param["name"]), hmac_algorithm(conf)))
    return found


def webhook_signers(document: dict[str, Any], secret: str) -> dict[str, list[tuple[str, Signer]]]:
    """Webhook name -> its signed headers, each with its :class:`Signer` keyed by ``secret``."""
    signers: dict[str, list[tuple[str, Signer]]] = {}
    for name, item in (document.get("webhooks") or {}).items():
        for header, algorithm in webhook_signature_headers(item):
            signers.setdefault(name, []).append((header, Signer(secret, algorithm)))
    return signers


# --- x-hmac's own rules (partner-contracts validate) ------------------------------------------------------


def hmac_problems(node: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    """(JSON pointer, problem) for every ``x-hmac`` in a spec that is not ``{algorithm: <hashlib name>}``:
    an unknown key would otherwise be silently ignored."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{pointer}/{escape(str(key))}"
            if key == "x-hmac":
                if not isinstance(value, dict):
                    yield here, "x-hmac must be a mapping: {algorithm: sha256}"
                    continue
                yield from _hmac_conf_problems(value, here)
            else:
                yield from hmac_problems(value, here)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from hmac_problems(value, f"{pointer}/{i}")


def _hmac_conf_problems(conf: dict[str, Any], here: str) -> Iterator[tuple[str, str]]:
    for unknown in sorted(set(map(str, conf)) - set(HMAC_KEYS)):
        yield (
            f"{here}/{escape(unknown)}",
            (
                f"x-hmac key {unknown!r} is not implemented (known: {', '.join(HMAC_KEYS)}): "
                "remove it, or implement it in partner_contracts/spec/auth.py"
            ),
        )
    algorithm = conf.get("algorithm", DEFAULT_ALGORITHM)
    if not isinstance(algorithm, str) or algorithm.lower() not in hashlib.algorithms_available:
        yield f"{here}/algorithm", f"x-hmac algorithm {algorithm!r} is not a hashlib algorithm (e.g. sha256)"
    if conf.get("encoding", "hex") != "hex":
        yield f"{here}/encoding", f"x-hmac encoding {conf['encoding']!r} is not implemented: only hex"
    if conf.get("over", "raw-body") != "raw-body":
        yield (
            f"{here}/over",
            f"x-hmac over {conf['over']!r} is not implemented: only raw-body (the exact bytes sent)",
        )
    if "key" in conf and not isinstance(conf["key"], str):
        yield f"{here}/key", "x-hmac key is prose: whose secret keys the HMAC"
    methods = conf.get("empty-body-for", [])
    if not isinstance(methods, list) or not all(
        isinstance(m, str) and m.upper() in HTTP_METHODS for m in methods
    ):
        yield f"{here}/empty-body-for", "x-hmac empty-body-for is a list of HTTP methods (e.g. [GET])"
