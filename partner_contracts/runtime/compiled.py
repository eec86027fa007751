"""One API's request stages, compiled from its bundled document: the piece the mock and the validating
proxy share (as Prism's http package plugs the same route/validate steps into mock or forward).

``CompiledApi`` holds the schemas, the router, the security checks and the validator — nothing else: no
behaviour, no state, no seeded data. The mock (``mock/app.py``'s ``ServedApi``) adds its behaviour and
store on top; the proxy (``sandbox/conformance.py``'s ``Contract``) adds response checks and the ledger.
"""

from __future__ import annotations

from typing import Any

from partner_contracts.spec.api import Api, bundled_document
from partner_contracts.spec.schemas import SchemaSet

from .router import Router
from .security import Security
from .validate import Validator


class CompiledApi:
    """The stages of one API (``router``, ``security``, ``validator``) over its compiled ``schemas``.
    ``credentials`` is scheme name -> the credential requests are checked against (read at each request)."""

    def __init__(self, key: str, document: dict[str, Any], credentials: dict[str, str],
                 webhook_secret: str = "") -> None:
        self.key = key
        self.doc = document
        self.schemas = SchemaSet(document)
        self.credentials = credentials
        self.webhook_secret = webhook_secret
        self.router = Router(document)
        self.security = Security(document, credentials)
        self.validator = Validator(self.schemas, self.router.operations())


def load_document(api: Api) -> dict[str, Any]:
    """The spec bundled from specs/ now: one source of truth at run time (the committed
    generated/<key>-client/openapi.json is what the client was generated from; `generate --check` keeps
    the two equal). Plain dicts and lists, as a client would read; from the bundle cache when no file it
    read has changed (spec.api.bundled_document)."""
    return bundled_document(api.root)
