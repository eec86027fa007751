"""The ``behaviour`` rule: ``specs/<key>/behaviour.yaml`` and ``api.yaml`` checked before anything runs.

First each file against its JSON Schema (``specs/behaviour.schema.json``, ``specs/api.schema.json``: no
unknown keys, the right shapes), then what a schema cannot say:

- every operation named is an operationId of the spec, every collection named is declared, every seed
  pointer resolves in the bundled spec;
- every ``$operator`` is a word of the vocabulary (``mock/vocabulary.py``) with only its own keys beside it
  (a mapping with a ``$`` key and other keys would silently drop them) and its operands' shape;
- every ``$generator:arg`` exists and takes such an argument;
- every ``$variable`` is bound where it is read (``$it`` inside ``$each``/``do`` and the like, ``$item``
  once an action found or made its record, names of ``let`` and ``$let`` …), and a ``$body.x`` /
  ``$query.x`` / ``$path.x`` / ``$headers.x`` names a field or parameter the operation declares;
- every webhook an action sends has a payload or is a webhook of the spec.

Each problem is reported as ``file:line #/pointer message`` (the pointer into the YAML file). The mock
refuses to start on any of them (``BehaviourError``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs

from partner_contracts.spec.api import (
    SPECS_DIR,
    Api,
    Mapping,
    SpecError,
    _relative,
    iter_operations,
    load_yaml,
)
from partner_contracts.spec.config import ApiConfig
from partner_contracts.spec.deref import escape, follow, resolve_pointer

from .engine import load_rules
from .vocabulary import (
    ACTION,
    ERROR_VARIABLES,
    GENERATORS,
    OPERATORS,
    PARTS,
    REQUEST_VARIABLES,
    STEP_VERBS,
    VERBS,
    Key,
)

BEHAVIOUR_SCHEMA = SPECS_DIR / "behaviour.schema.json"
API_SCHEMA = SPECS_DIR / "api.schema.json"


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    pointer: str
    message: str

    def __str__(self) -> str:
        where = _relative(self.file) + (f":{self.line}" if self.line else "")
        return f"{where} #{self.pointer} [behaviour] {self.message}"


class BehaviourError(Exception):
    """A behaviour (or api.yaml) the mock cannot run: every problem, one per line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


class _AnyRule(set[str]):
    """The rules of an API whose rules.py cannot be loaded: every name passes (its one problem says why)."""

    def __contains__(self, item: object) -> bool:
        return True


def _broken_rules(path: Path, exc: BaseException) -> Problem:
    """A rules.py that does not load, at its file and line: the syntax error's, or the deepest frame in it."""
    import traceback

    line: int | None = None
    if isinstance(exc, SyntaxError) and exc.filename and Path(exc.filename).resolve() == path.resolve():
        line = exc.lineno
        message = f"syntax error: {exc.msg}"
    else:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename).resolve() == path.resolve()]
        line = frames[-1].lineno if frames else None
        message = f"{type(exc).__name__}: {exc}"
    return Problem(str(path), line, "", f"rules.py cannot be loaded ({message}): fix it; the mock will not start")


@cache
def _validator(path: Path) -> Any:
    return jsonschema_rs.validator_for(json.loads(path.read_text(encoding="utf-8")))


def _line(root: Any, parts: list[Any]) -> int | None:
    """The line of the deepest mapping key (or mapping) on the way to ``parts``."""
    line = getattr(root, "line", None) or None
    node = root
    for part in parts:
        if isinstance(node, dict):
            if isinstance(node, Mapping) and str(part) in node.key_lines:
                line = node.key_lines[str(part)]
            node = node.get(str(part))
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            line = getattr(node, "line", None) or line
        else:
            break
    return line


def _pointer(parts: list[Any]) -> str:
    return "/" + "/".join(escape(str(p)) for p in parts) if parts else ""


class _Checker:
    def __init__(self, path: Path, root: Any) -> None:
        self.path, self.root = path, root
        self.problems: list[Problem] = []

    def add(self, parts: list[Any], message: str) -> None:
        self.problems.append(Problem(str(self.path), _line(self.root, parts), _pointer(parts), message))

    def schema(self, schema: Path) -> bool:
        before = len(self.problems)
        for error in _validator(schema).iter_errors(self.root):
            parts = list(error.instance_path)
            unexpected = getattr(error.kind, "unexpected", None)
            if isinstance(error.kind, jsonschema_rs.ValidationErrorKind.AdditionalProperties) and unexpected:
                for key in unexpected:  # the misspelled key itself, at its own line
                    self.add([*parts, key], f"unknown key {key!r} (schema {_relative(schema)})")
                continue
            self.add(parts, f"{error.message} (schema {_relative(schema)})")
        return len(self.problems) == before


# --- templates --------------------------------------------------------------------------------------


class _Templates:
    """Walks templates, checking operators, generators and variables against what is bound."""

    def __init__(self, checker: _Checker, collections: set[str], fields: dict[str, set[str] | None],
                 rules: set[str] | None = None) -> None:
        self.checker = checker
        self.collections = collections
        self.rules = rules if rules is not None else set()
        self.fields = fields  # body/query/path/headers -> the names the operation declares (None: any)

    def check(self, template: Any, bound: frozenset[str], parts: list[Any]) -> None:
        if isinstance(template, str):
            if template.startswith("$") and len(template) > 1:
                self.expression(template, bound, parts)
        elif isinstance(template, list):
            for index, entry in enumerate(template):
                self.check(entry, bound, [*parts, index])
        elif isinstance(template, dict):
            ops = [k for k in template if isinstance(k, str) and k.startswith("$")]
            if not ops:
                for key, value in template.items():
                    self.check(value, bound, [*parts, key])
            elif len(ops) > 1:
                self.checker.add(parts, f"one operator per mapping, found {', '.join(ops)}")
            else:
                self.operator(ops[0], template, bound, parts)

    def expression(self, text: str, bound: frozenset[str], parts: list[Any]) -> None:
        name, _, arg = text[1:].partition(":")
        head, _, rest = name.partition(".")
        generator = GENERATORS.get(name) if not rest else None
        if arg or (":" in text):
            if generator is None:
                self.checker.add(parts, f"unknown generator ${name} in {text!r}; generators: "
                                 + ", ".join(f"${g}" for g in GENERATORS))
            elif generator.arg == "none":
                self.checker.add(parts, f"${name} takes no argument ({text!r})")
            elif generator.arg == "expression":
                self.expression("$" + arg, bound, parts)
            elif generator.arg == "optional" and name in ("digits", "code", "token") and not arg.isdigit():
                self.checker.add(parts, f"${name}:<length> needs a number, not {arg!r}")
            return
        if head in bound:
            self.field(head, rest, parts)
            return
        if generator is not None:
            if generator.arg in ("required", "expression"):
                self.checker.add(parts, f"${name} needs an argument (${name}:…): {generator.doc}")
            return
        self.checker.add(parts, f"unbound variable ${head} in {text!r}; bound here: "
                         + ", ".join(f"${b}" for b in sorted(bound)))

    def field(self, head: str, rest: str, parts: list[Any]) -> None:
        declared = self.fields.get(head)
        first = rest.split(".", 1)[0]
        if declared is None or not first:
            return
        if head == "headers":
            if first.lower() in {d.lower() for d in declared}:
                return
        elif first in declared:
            return
        what = "field of the request body" if head == "body" else f"{head} parameter"
        known = ", ".join(sorted(declared)) or "none"
        self.checker.add(parts, f"${head}.{rest}: {first!r} is no {what} of this operation (declared: {known})")

    def operator(self, op: str, t: dict[str, Any], bound: frozenset[str], parts: list[Any]) -> None:
        word = OPERATORS.get(op)
        here = [*parts, op]
        if word is None:
            self.checker.add(here, f"unknown operator {op}; operators: {', '.join(OPERATORS)}")
            return
        extra = set(t) - {op}
        for key in sorted(extra - word.keys):
            allowed = ", ".join(sorted(word.keys)) or "none"
            self.checker.add([*parts, key], f"{op} takes no key {key!r} (its keys: {allowed})")
        for key in sorted(word.required - extra):
            self.checker.add(parts, f"{op} needs `{key}`")
        arg = t[op]
        with_it = bound | {"it"}
        if word.operand in ("list", "conditions"):
            if word.operand == "list" and not isinstance(arg, list):
                self.checker.add(here, f"{op} takes a list of operands")
            elif word.arity is not None and len(arg) != word.arity:
                self.checker.add(here, f"{op} takes {word.arity} operands, not {len(arg)}")
            else:
                if op == "$record" and isinstance(arg[0], str) and not arg[0].startswith("$"):
                    self.collection(arg[0], [*here, 0])
                self.check(arg, bound, here)
        elif word.operand == "rule":
            self.rule(arg, here)
            if "args" in t and not isinstance(t["args"], list):
                self.checker.add([*parts, "args"], f"{op} takes `args` as a list")
        elif word.operand == "collection":
            if isinstance(arg, str) and not arg.startswith("$"):
                self.collection(arg, here)
            else:
                self.check(arg, bound, here)
        elif word.operand == "bindings":
            if not isinstance(arg, dict):
                self.checker.add(here, f"{op} takes a mapping of names to templates")
                return
            scope = bound
            for name, value in arg.items():
                self.check(value, scope, [*here, name])
                scope = scope | {name}
            if "in" in t:
                self.check(t["in"], scope, [*parts, "in"])
            return
        elif word.operand == "branches":
            if not isinstance(arg, list):
                self.checker.add(here, f"{op} takes a list of branches {{if, then}} … {{else}}")
                return
            for index, branch in enumerate(arg):
                where = [*here, index]
                if not isinstance(branch, dict) or not (set(branch) in ({"if", "then"}, {"else"})):
                    self.checker.add(where, f"a {op} branch is {{if, then}} or {{else}}")
                    continue
                for key, value in branch.items():
                    self.check(value, bound, [*where, key])
        else:
            self.check(arg, bound, here)
        for key in sorted(extra & word.keys - word.names):
            scope = with_it if key in word.over_it else bound
            if op == "$switch" and isinstance(t[key], dict):
                for case, value in t[key].items():
                    self.check(value, scope, [*parts, key, case])
            else:
                self.check(t[key], scope, [*parts, key])

    def part(self, name: str, value: Any, scopes: dict[str, frozenset[str]], reads: str, parts: list[Any]) -> None:
        """Check ``value``, a part ``name`` of a behaviour file (schema-valid), by its declaration
        (``vocabulary.PARTS``): each template in the scope its key ``reads``, each collection and rule named."""
        if not isinstance(value, dict):
            return  # a webhook named by a string
        declared = PARTS[name].keys
        for key_name, sub in value.items():
            key = declared[key_name]
            here = [*parts, key_name]
            scope = key.reads or reads
            if key.many == "map":
                entries: list[tuple[Any, Any]] = list(sub.items())
            elif key.many == "list" or (key.many == "either" and isinstance(sub, list)):
                entries = list(enumerate(sub))
            else:
                entries = [(None, sub)]
            for index, entry in entries:
                self.value(key, entry, scopes, scope, here if index is None else [*here, index])

    def value(self, key: Key, value: Any, scopes: dict[str, frozenset[str]], reads: str, parts: list[Any]) -> None:
        if key.value == "template":
            self.check(value, scopes[reads], parts)
        elif key.value == "collection_name":
            self.collection(value, parts)
        elif key.value == "rule":
            self.rule(value, parts)
        elif key.value == "fields":
            for name, template in value.items():
                self.check(template, scopes[reads], [*parts, name])
        elif key.value == "bindings":  # bound in order: each template reads the names before it
            bound = scopes[reads]
            for name, template in value.items():
                self.check(template, bound, [*parts, name])
                bound = bound | {name}
        elif key.value in PARTS:
            self.part(key.value, value, scopes, reads, parts)

    def rule(self, name: Any, parts: list[Any]) -> None:
        if name not in self.rules:
            known = ", ".join(sorted(self.rules)) or "none: the API has no rules.py"
            self.checker.add(parts, f"unknown rule {name!r} (RULES of specs/<key>/rules.py: {known})")

    def collection(self, name: str, parts: list[Any]) -> None:
        if name not in self.collections:
            self.checker.add(parts, f"unknown collection {name!r}; collections: {', '.join(sorted(self.collections))}")


# --- the request an operation declares ----------------------------------------------------------------


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    """``node`` with its ``$ref`` followed; None when a reference names nothing."""
    try:
        return follow(doc, node)[0]
    except KeyError:
        return None


def _properties(doc: dict[str, Any], schema: Any, depth: int = 0) -> set[str] | None:
    """The property names an object schema declares, or None when it allows any (or is not an object)."""
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 10:
        return None
    names: set[str] = set(schema.get("properties") or {})
    open_ = not names and not any(k in schema for k in ("allOf", "oneOf", "anyOf"))
    for combinator in ("allOf", "oneOf", "anyOf"):
        for branch in schema.get(combinator) or []:
            found = _properties(doc, branch, depth + 1)
            if found is None:
                return None
            names |= found
    if open_ or schema.get("additionalProperties") not in (None, False) or schema.get("patternProperties"):
        return None
    return names


def _request_fields(doc: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]) -> dict[str, set[str] | None]:
    fields: dict[str, set[str] | None] = {"query": set(), "path": set(), "headers": set(), "credentials": None}
    for param in [*(path_item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = _resolve(doc, param)
        if isinstance(param, dict) and param.get("in") in ("query", "path", "header"):
            place = "headers" if param["in"] == "header" else param["in"]
            declared = fields[place]
            if declared is not None:
                declared.add(str(param.get("name")))
    body = _resolve(doc, op.get("requestBody"))
    schemas = [m.get("schema") for m in ((body or {}).get("content") or {}).values() if isinstance(m, dict)]
    if not schemas:
        fields["body"] = set()
    else:
        found = [_properties(doc, s) for s in schemas]
        fields["body"] = None if any(f is None for f in found) else set().union(*found)  # type: ignore[arg-type]
    return fields


# --- behaviour.yaml -----------------------------------------------------------------------------------


def _action_scope(action: dict[str, Any]) -> frozenset[str]:
    """What an action's templates may read besides the request: the names its keys bind (``Key.binds``)."""
    names = set(REQUEST_VARIABLES)
    for name, key in ACTION.keys.items():
        if name not in action or not key.binds:
            continue
        value = action[name]
        if key.binds == "@keys":
            names |= set(value) if isinstance(value, dict) else set()
        elif key.binds == "@as":
            names |= {step["as"] for step in value if isinstance(step, dict) and isinstance(step.get("as"), str)}
        else:
            names |= set(key.binds.split())
    return frozenset(names - {"it"})  # $it is bound by the loops that read it, never by a name


def _scopes(action: dict[str, Any]) -> dict[str, frozenset[str]]:
    """The scope named by each ``Key.reads`` of an action's parts (vocabulary.PARTS)."""
    scope = _action_scope(action)
    entry = scope | {"it"} if "each" in action else scope  # key/set/derive run once per `each` entry
    found = next((v for v in VERBS if v in action), None) in ("get", "update", "delete")
    return {
        "request": REQUEST_VARIABLES,
        "action": scope,
        "entry": entry,
        "made": entry - {"item"},  # rendered before the record exists
        "row": scope | {"it", "item"},  # an entry of a batch group or of an `also` step, and its record
        "failed": scope | {"it", "item", "message"},
        "over_it": scope | {"it"},
        "found": REQUEST_VARIABLES | ({"item"} if found else set()),  # `let`: before any change
    }


def _hooks(action: dict[str, Any]) -> Iterator[tuple[list[Any], Any]]:
    if "webhook" in action:
        yield ["webhook"], action["webhook"]
    for index, hook in enumerate(action.get("webhooks") or []):
        yield ["webhooks", index], hook


def behaviour_document(api: Api) -> Any:
    """``specs/<key>/behaviour.yaml`` as parsed (None without one), read once per ``Api``: the check and
    the mock that runs it read the same reading. SpecError when it does not parse."""
    if "_behaviour" not in api.__dict__:
        path = api.behaviour_path
        api.__dict__["_behaviour"] = load_yaml(path) if path.is_file() else None
    return api.__dict__["_behaviour"]


def api_rules(api: Api) -> dict[str, Callable[..., Any]]:
    """The API's ``rules.py`` ``RULES``, executed once per ``Api`` (an error is raised to each caller)."""
    if "_rules" not in api.__dict__:
        api.__dict__["_rules"] = load_rules(api.dir)
    rules: dict[str, Callable[..., Any]] = api.__dict__["_rules"]
    return rules


def check_behaviour(api: Api, document: dict[str, Any]) -> list[Problem]:
    """Every problem of ``specs/<key>/behaviour.yaml`` against the bundled spec ``document``."""
    path = api.behaviour_path
    if not path.is_file():
        return []
    try:
        conf = behaviour_document(api)
    except SpecError as exc:
        return [Problem(exc.file, exc.line, "", exc.message)]
    checker = _Checker(path, conf)
    if conf is None:
        return []
    if not checker.schema(BEHAVIOUR_SCHEMA):
        return checker.problems  # the shapes below are what the schema promises
    collections = set(conf.get("collections") or {})
    try:
        rules: set[str] = set(api_rules(api))
    except Exception as exc:  # noqa: BLE001 - a broken rules.py: named, not a traceback
        checker.problems.append(_broken_rules(api.dir / "rules.py", exc))
        rules = _AnyRule()  # reported once: not again as "unknown rule" at every call of one
    operations: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for kind, _name, _method, op, _pointer_ in iter_operations(document):
        if kind == "paths" and isinstance(op.get("operationId"), str):
            operations[op["operationId"]] = (document["paths"][_name], op)
    webhook_conf: dict[str, Any] = conf.get("webhooks") or {}
    spec_webhooks = set(document.get("webhooks") or {})
    hook_scopes: dict[str, frozenset[str]] = {}
    plain = _Templates(checker, collections, {}, rules)  # templates that read no request field

    for name, c in (conf.get("collections") or {}).items():
        at = ["collections", name]
        plain.part("collection", c or {}, {"seed": frozenset({"it"}), "evicted": frozenset({"item"})}, "", at)
        for index, seed in enumerate((c or {}).get("seed") or []):
            if "from" in seed:
                try:
                    resolve_pointer(document, seed["from"])
                except KeyError as exc:
                    checker.add([*at, "seed", index, "from"],
                                f"{seed['from']} does not resolve in the bundled spec (no {exc.args[0]!r})")

    for op_id, action in (conf.get("operations") or {}).items():
        at = ["operations", op_id]
        if op_id not in operations:
            checker.add(at, f"unknown operationId {op_id!r}: the spec's operations are "
                        + ", ".join(sorted(operations)))
            fields: dict[str, set[str] | None] = {}
        else:
            fields = _request_fields(document, *operations[op_id])
        verbs = [v for v in VERBS if v in action]
        if len(verbs) > 1:
            checker.add(at, f"one verb per action, found {', '.join(verbs)}")
        verb = verbs[0] if verbs else None
        if verb in ("get", "update", "delete") and "key" not in action and "each" not in action:
            checker.add(at, f"`{verb}` needs a `key` (or `each`)")
        if verb == "create" and "item" not in action:
            checker.add(at, "`create` needs an `item` template")
        if "each" in action and verb not in STEP_VERBS:
            checker.add([*at, "each"], "`each` goes with create, update or delete")
        for index, step in enumerate(action.get("also") or []):
            step_verb = next(v for v in STEP_VERBS if v in step)
            if step_verb != "create" and "key" not in step:
                checker.add([*at, "also", index], f"`{step_verb}` needs a `key`")
            if step_verb == "create" and "item" not in step:
                checker.add([*at, "also", index], "`create` needs an `item` template")
        scopes = _scopes(action)
        _Templates(checker, collections, fields, rules).part("action", action, scopes, "", at)
        for where, hook in _hooks(action):
            name = hook["name"] if isinstance(hook, dict) else hook
            if name not in webhook_conf and name not in spec_webhooks:
                checker.add([*at, *where], f"unknown webhook {name!r}: neither under `webhooks:` here nor a "
                            "webhook of the spec")
            hook_scope = scopes["action"] | ({"it"} if isinstance(hook, dict) and "each" in hook else set())
            hook_scopes[name] = hook_scopes.get(name, frozenset()) | hook_scope
    for name, hook in webhook_conf.items():
        # the payload is rendered with the request of whichever operation sent it: fields are not checked
        scope = hook_scopes.get(name, frozenset(REQUEST_VARIABLES | {"item"}))
        plain.part("webhook", hook, {"payload": scope}, "", ["webhooks", name])
    return checker.problems


def check_api_meta(api: Api) -> list[Problem]:
    """Every problem of ``specs/<key>/api.yaml``: its schema and its error templates."""
    path = api.dir / "api.yaml"
    if not path.is_file():
        return [Problem(str(path), None, "", "no api.yaml: it names the source and the mock's credentials")]
    try:
        meta = api.meta_document()
    except SpecError as exc:
        return [Problem(exc.file, exc.line, "", exc.message)]
    checker = _Checker(path, meta)
    if not checker.schema(API_SCHEMA):
        return checker.problems
    errors = ApiConfig.parse(meta).mock.errors  # the file under check (an Api built by hand may differ)
    walker = _Templates(checker, set(), {})
    if "body" in errors:
        walker.check(errors["body"], ERROR_VARIABLES, ["mock", "errors", "body"])
    for status, template in (errors.get("by_status") or {}).items():
        walker.check(template, ERROR_VARIABLES, ["mock", "errors", "by_status", status])
    return checker.problems


def check(api: Api, document: dict[str, Any]) -> list[Problem]:
    return [*check_api_meta(api), *check_behaviour(api, document)]
