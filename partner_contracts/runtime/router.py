"""Stage 1 — route: the operation a request's method and path name, and its path parameters.

Built once per API from its compiled operations. Literal segments win over templated ones
(``/order/cancel`` before ``/order/{orderId}``); a path only tries the templates of its depth whose first
and last segments fit; found routes are remembered. No operation: 404; a path without the method: 405
with ``Allow`` (``OPTIONS``: 204 with ``Allow``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .http import Rejection
from .operations import METHODS, Operation, compile_operation

ROUTE_CACHE = 4096  # routed paths remembered per API (paths up to ROUTE_CACHE_PATH characters)
ROUTE_CACHE_PATH = 256


@dataclass
class PathRoute:
    template: str
    regex: re.Pattern[str]
    names: list[str]
    operations: dict[str, Operation] = field(default_factory=dict)


def _literal(template: str, index: int) -> str | None:
    """A segment of a path template (1: the first, -1: the last), or None when it holds a parameter."""
    segment = template.split("/")[index]
    return None if "{" in segment else segment


def compile_route(template: str) -> tuple[re.Pattern[str], list[str]]:
    names: list[str] = []

    def repl(match: re.Match[str]) -> str:
        names.append(match.group(1))
        return f"(?P<p{len(names) - 1}>[^/]+)"

    pattern = re.sub(r"\\\{([^}]+)\\\}", repl, re.escape(template))
    return re.compile("^" + pattern + "$"), names


class Router:
    """The routes of one API (its ``paths``, each with its compiled operations)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.routes: list[PathRoute] = []
        for template, item in (document.get("paths") or {}).items():
            regex, names = compile_route(template)
            route = PathRoute(template, regex, names)
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    route.operations[method.upper()] = compile_operation(document, template, method, item)
            self.routes.append(route)
        # Literal segments win over templated ones: /order/cancel before /order/{orderId}.
        self.routes.sort(key=lambda r: (-sum(1 for s in r.template.split("/") if s and "{" not in s),
                                        -r.template.count("/")))
        # A path can only match templates with as many segments whose first and last segments are the path's
        # or templated: the candidates for each (depth, first, last) — None standing for any segment no
        # template spells — in the order above.
        by_depth: dict[int, list[PathRoute]] = {}
        for route in self.routes:
            by_depth.setdefault(route.template.count("/"), []).append(route)
        self.literal_ends: dict[int, tuple[set[str], set[str]]] = {}
        self.candidates: dict[tuple[int, str | None, str | None], list[PathRoute]] = {}
        for depth, routes in by_depth.items():
            ends = [(_literal(r.template, 1), _literal(r.template, -1)) for r in routes]
            firsts = {f for f, _ in ends if f is not None}
            lasts = {last for _, last in ends if last is not None}
            self.literal_ends[depth] = (firsts, lasts)
            for first in [*firsts, None]:
                for last in [*lasts, None]:
                    self.candidates[(depth, first, last)] = [
                        r for r, (f, l_) in zip(routes, ends) if f in (first, None) and l_ in (last, None)]
        self.found_routes: dict[tuple[str, str], tuple[Operation, dict[str, str]]] = {}

    def operations(self) -> list[Operation]:
        """Every operation of the API, in routing order."""
        return [op for route in self.routes for op in route.operations.values()]

    def route(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        """The operation a request names and its path parameters (a dict the caller must not change).
        Found routes are remembered (at most ROUTE_CACHE short paths: most requests repeat a path)."""
        found = self.found_routes.get((method, path))
        if found is None:
            found = self._route(method, path)
            if len(path) > ROUTE_CACHE_PATH:
                return found
            if len(self.found_routes) >= ROUTE_CACHE:
                self.found_routes.clear()
            self.found_routes[(method, path)] = found
        return found

    def _route(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        matched: list[tuple[PathRoute, dict[str, str]]] = []
        segments = path.split("/")
        depth = len(segments) - 1
        firsts, lasts = self.literal_ends.get(depth) or ((), ())
        first, last = segments[1], segments[-1]
        key = (depth, first if first in firsts else None, last if last in lasts else None)
        for route in self.candidates.get(key, ()):
            found = route.regex.match(path)
            if found:
                values = dict(zip(route.names, found.groups()))
                matched.append((route, values))
        if not matched:
            raise Rejection("missing", f"no operation at {path}", 404)
        lookup_method = "GET" if method == "HEAD" else method
        for route, values in matched:
            if lookup_method in route.operations:
                return route.operations[lookup_method], values
        allow = ", ".join(matched[0][0].operations)
        if method == "OPTIONS":
            raise Rejection("options", "", 204, {"Allow": allow})
        raise Rejection("method", f"{method} is not allowed on {matched[0][0].template}; allowed: {allow}",
                        405, {"Allow": allow})
