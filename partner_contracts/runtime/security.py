"""Stage 2 — authenticate: the operation's security requirements, checked against the request.

Each security scheme of ``components.securitySchemes`` becomes a small check built on first use (bearer
token, API key in a header, query parameter or cookie, or an ``x-hmac`` signature of the raw body);
credentials come from api.yaml (``mock.credentials``, environment variables win) and are compared in
constant time by ``spec/auth.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from partner_contracts.spec.auth import Scheme, schemes

from .http import Incoming, Rejection
from .operations import Operation

SchemeCheck = Callable[[Incoming, dict[str, list[str]], bytes], "str | None"]


class Security:
    """The security checks of one API: ``credentials`` is scheme name -> the expected credential (read at
    each request, so a test or the proxy may change it). What a scheme is and how a presented credential
    is judged (a bearer token, a key, an ``x-hmac`` body signature) is ``spec/auth.py``'s; this stage finds
    the credential in the request."""

    def __init__(self, document: dict[str, Any], credentials: dict[str, str]) -> None:
        self.credentials = credentials
        self.schemes: dict[str, Scheme] = schemes(document)
        self.scheme_checks: dict[str, SchemeCheck] = {}

    def authenticate(self, op: Operation, request: Incoming, query: dict[str, list[str]], body: bytes) -> None:
        if not op.security:
            return
        reasons: list[str] = []
        for requirement in op.security:
            if not requirement:
                return
            failed = False
            for name in requirement:
                reason = self._check_scheme(name, request, query, body)
                if reason:
                    reasons.append(reason)
                    failed = True
            if not failed:
                return
        raise Rejection("auth", "; ".join(dict.fromkeys(reasons)))

    def presented(self, op: Operation, request: Incoming, query: dict[str, list[str]]) -> str:
        """The credential the request came with for the operation's first security scheme ("" when it
        names none): what tells one client of a shared mock from another (its webhooks' tenant)."""
        for requirement in op.security or ():
            for name in requirement:
                scheme = self.schemes.get(name)
                if scheme is None or scheme.signed:  # a signature differs with every body: not who the client is
                    continue
                return _found(scheme, request, query) or ""
        return ""

    def _check_scheme(self, name: str, request: Incoming, query: dict[str, list[str]], body: bytes) -> str | None:
        """None when the request satisfies security scheme ``name``, else the reason it does not."""
        check = self.scheme_checks.get(name)
        if check is None:
            check = self.scheme_checks[name] = self._compile_scheme(name)
        return check(request, query, body)

    def _compile_scheme(self, name: str) -> SchemeCheck:
        """The check of one security scheme, built once (the credential is read at each request, so a
        test may change ``credentials``)."""
        scheme = self.schemes.get(name) or Scheme(name, "unsupported", "", "")
        credentials = self.credentials
        judge = scheme.check

        def check(request: Incoming, query: dict[str, list[str]], body: bytes) -> str | None:
            return judge(_found(scheme, request, query), credentials.get(name, ""), body)
        return check


def _found(scheme: Scheme, request: Incoming, query: dict[str, list[str]]) -> str | None:
    """What the request holds at the scheme's place (None when nothing): the first value of its query
    parameter, its cookie, or its header (``Authorization`` for bearer: the scheme's ``param``)."""
    if scheme.location == "query":
        values = query.get(scheme.param) or []
        return values[0] if values else None
    if scheme.location == "cookie":
        return request.cookies.get(scheme.param)
    return request.headers.get(scheme.param.lower())
