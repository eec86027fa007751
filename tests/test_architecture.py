"""The package's layers (docs/architecture.md): imports only go down, no import cycle, a small top level."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "partner_contracts"

# Lowest first. A module may import from its own area and from areas of a lower rank, never from an area of
# its own rank or above. The same table is drawn in docs/architecture.md.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("spec", "progress"),
    ("runtime", "changes"),
    ("docs", "clients"),
    ("mock",),
    ("lint", "fuzz", "load", "sandbox"),
    ("check",),
    ("cli",),
    ("__main__",),
)
RANK = {area: rank for rank, areas in enumerate(LAYERS) for area in areas}


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every partner_contracts module ``path`` imports at run time, at the top or inside a function."""
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and ast.unparse(block.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")
                   for stmt in block.body for n in ast.walk(stmt)}
    for node in ast.walk(tree):
        if id(node) in typing_only:  # names for annotations only: no import at run time
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                full = f"{target}.{alias.name}"
                as_path = PACKAGE.parent / full.replace(".", "/")
                found.add(full if as_path.with_suffix(".py").exists() or as_path.is_dir() else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("partner_contracts.") or name == "partner_contracts"}


def _area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


MODULES = {_module(path): path for path in sorted(PACKAGE.rglob("*.py"))}


@cache
def graph() -> dict[str, set[str]]:
    """module -> the package modules it imports: the files are parsed when a test first asks, not while
    collecting (which every xdist worker does)."""
    return {module: _imports(path) for module, path in MODULES.items()}


def test_every_area_has_a_layer() -> None:
    assert {_area(m) for m in MODULES} - {""} <= set(RANK), "add the new area to LAYERS and docs/architecture.md"


def upward(module: str, imports: set[str]) -> list[str]:
    """The imports of ``module`` that go to another area of its own rank or above."""
    area = _area(module)
    return sorted(t for t in imports if _area(t) not in ("", area) and RANK[_area(t)] >= RANK[area])


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_only_go_down(module: str) -> None:
    assert not upward(module, graph()[module]), f"{module} imports from its own layer or above (docs/architecture.md)"


def test_no_import_cycle() -> None:
    """Tarjan's strongly connected components over the module graph: none larger than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph().get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in MODULES:
        if node not in index:
            visit(node)
    assert not cycles


def test_the_top_level_is_small_and_every_subpackage_says_what_it_is_for() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= 8, top
    for init in PACKAGE.rglob("__init__.py"):
        if init.parent == PACKAGE:
            continue
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 40, f"{init.relative_to(PACKAGE.parent)} needs a docstring saying what it is for"


def test_the_sandbox_never_imports_the_mock() -> None:
    """The proxy, evidence and the listener compose runtime/ stages; they never build the mock (issue 21)."""
    sandbox = {m: imports for m, imports in graph().items() if _area(m) == "sandbox"}
    assert sandbox, "no sandbox modules found"
    assert not {m: sorted(t for t in imports if _area(t) == "mock") for m, imports in sandbox.items()
                if any(_area(t) == "mock" for t in imports)}


def test_the_rule_catches_upward_and_sideways_imports() -> None:
    assert upward("partner_contracts.spec.api", {"partner_contracts.mock.app"}) == ["partner_contracts.mock.app"]
    assert upward("partner_contracts.lint.rules", {"partner_contracts.fuzz.run"}) == ["partner_contracts.fuzz.run"]
    assert upward("partner_contracts.mock.app", {"partner_contracts.runtime.http", "partner_contracts.mock.respond"}) == []


# --- one $ref follower (issue 21) -------------------------------------------------------------------------

FOLLOWER = PACKAGE / "spec" / "deref.py"
RESOLVERS = frozenset({"resolve_pointer", "at"})  # spec/deref's pointer → node


def _reads_ref(node: ast.AST) -> bool:
    """``x["$ref"]``, ``x.get("$ref")`` / ``x.pop("$ref")``, ``"$ref" in x``: a ``$ref`` read (not written)."""
    def is_ref(value: ast.AST) -> bool:
        return isinstance(value, ast.Constant) and value.value == "$ref"

    if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
        return is_ref(node.slice)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("get", "pop"):
        return bool(node.args) and is_ref(node.args[0])
    if isinstance(node, ast.Compare):
        return is_ref(node.left) and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops)
    return False


def _resolves(node: ast.AST) -> bool:
    """A pointer resolved by hand: spec/deref's ``resolve_pointer``/``at`` or a ``split("/")`` walk."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    if name in RESOLVERS:
        return True
    return name == "split" and bool(node.args) and isinstance(node.args[0], ast.Constant) and node.args[0].value == "/"


def ref_followers(source: str) -> list[str]:
    """The scopes (functions, or the module) of ``source`` that read a ``$ref`` and resolve a pointer: a
    ``$ref`` follower written by hand. ``spec/deref.follow`` and its named forms are the one follower."""
    found: list[str] = []
    scopes: list[tuple[str, ast.AST]] = [("<module>", ast.parse(source))]
    while scopes:
        name, scope = scopes.pop()
        reads = resolves = False
        todo = list(ast.iter_child_nodes(scope))
        while todo:
            node = todo.pop()
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                scopes.append((getattr(node, "name", "<lambda>"), node))
                continue
            reads |= _reads_ref(node)
            resolves |= _resolves(node)
            todo.extend(ast.iter_child_nodes(node))
        if reads and resolves:
            found.append(name)
    return sorted(found)


def test_only_spec_deref_follows_a_ref() -> None:
    """`$ref` is followed by one function (issue 21): no other scope of the package reads a `$ref` and resolves
    a pointer; call spec/deref (follow, dereference, schema_of, target_of, tolerant, references) instead."""
    found = {str(path.relative_to(PACKAGE.parent)): names for path in sorted(PACKAGE.rglob("*.py"))
             if path != FOLLOWER and (names := ref_followers(path.read_text(encoding="utf-8")))}
    assert not found, f"$ref followed outside spec/deref.py: {found}"
    assert ref_followers(FOLLOWER.read_text(encoding="utf-8")), "the scan no longer sees the one follower"


def test_the_scan_sees_a_follower_written_by_hand() -> None:
    loop = ("def resolve(node, doc):\n"
            "    while isinstance(node, dict) and isinstance(node.get('$ref'), str):\n"
            "        node = resolve_pointer(doc, node['$ref'])\n"
            "    return node\n")
    walk = ("def walk(doc, node):\n"
            "    for token in node['$ref'][2:].split('/'):\n"
            "        doc = doc[token]\n"
            "    return doc\n")
    one_hop = "def hop(doc, node):\n    return at(doc, node['$ref']) if '$ref' in node else node\n"
    assert ref_followers(loop) == ["resolve"] and ref_followers(walk) == ["walk"] and ref_followers(one_hop) == ["hop"]
    written = "def schema():\n    return {'$ref': '#/$defs/name', 'path': 'a/b'.split('/')}\n"
    named = "def name(node):\n    return node['$ref'].rsplit('/', 1)[-1]\n"
    assert ref_followers(written) == [] and ref_followers(named) == []
