"""When ``generate`` may skip a client (partner_contracts/clients/cache.py), and that it redoes the work otherwise.

The generator itself is replaced by a fake here (the real one runs in test_generate.py's golden record):
what is tested is the bookkeeping around it."""

from __future__ import annotations

from pathlib import Path

import pytest

from partner_contracts.clients import cache as gencache
from partner_contracts.clients import generate
from partner_contracts.spec.api import Api, discover

FIXTURES = Path(__file__).parent / "fixtures"


class FakeApi(Api):
    """The mini spec, with its client folder in a temporary directory."""

    client_root: Path

    @property
    def client_dir(self) -> Path:
        return self.client_root / f"{self.key}-client"


@pytest.fixture()
def api(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeApi:
    monkeypatch.setattr(gencache, "CACHE_DIR", tmp_path / "build" / "generate")
    monkeypatch.setattr(generate, "BUILD_DIR", tmp_path / "build")
    monkeypatch.delenv(gencache.FORCE_ENV, raising=False)
    (base,) = discover(FIXTURES / "mini" / "specs")
    fake = FakeApi(key=base.key, dir=base.dir, meta=base.meta)
    fake.client_root = tmp_path / "generated"
    return fake


@pytest.fixture()
def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A fake generator writing two files, and the list of clients it was asked to build."""
    calls: list[str] = []

    def build_client(api: Api, scratch: Path) -> Path:
        calls.append(api.key)
        out = scratch / f"{api.key}-client"
        (out / "pkg").mkdir(parents=True)
        (out / "pkg" / "__init__.py").write_text("VERSION = 1\n")
        (out / "openapi.json").write_text(api.bundled.to_json())
        return out

    monkeypatch.setattr(generate, "build_client", build_client)
    monkeypatch.setattr(generate, "verify_client", lambda api, folder: None)
    return calls


def test_tree_hash_covers_names_and_bytes_but_not_caches(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.py").write_text("1")
    first = gencache.tree_hash(tmp_path)
    (tmp_path / "a" / "__pycache__").mkdir()
    (tmp_path / "a" / "__pycache__" / "x.pyc").write_bytes(b"junk")
    (tmp_path / "pkg.egg-info").mkdir()
    (tmp_path / "pkg.egg-info" / "PKG-INFO").write_text("x")
    assert gencache.tree_hash(tmp_path) == first
    (tmp_path / "a" / "x.py").write_text("2")
    assert gencache.tree_hash(tmp_path) != first
    (tmp_path / "a" / "x.py").write_text("1")
    (tmp_path / "a" / "x.py").rename(tmp_path / "a" / "y.py")
    assert gencache.tree_hash(tmp_path) != first
    assert gencache.tree_hash(tmp_path / "missing") == ""


def test_an_unchanged_client_is_generated_once(api: FakeApi, builds: list[str]) -> None:
    ok, message = generate.regenerate(api)
    assert ok and "generated/mini-client" in message and builds == ["mini"]
    ok, message = generate.regenerate(api)
    assert ok and "inputs unchanged" in message and builds == ["mini"]
    ok, message = generate.regenerate(api, check=True)
    assert ok and "inputs unchanged" in message and builds == ["mini"]


def test_force_and_the_environment_variable_regenerate(api: FakeApi, builds: list[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    generate.regenerate(api)
    generate.regenerate(api, force=True)
    monkeypatch.setenv(gencache.FORCE_ENV, "1")
    generate.regenerate(api, check=True)
    assert builds == ["mini", "mini", "mini"]


def test_a_hand_edit_of_the_client_is_not_hidden_by_the_cache(api: FakeApi, builds: list[str]) -> None:
    generate.regenerate(api)
    (api.client_dir / "pkg" / "__init__.py").write_text("VERSION = 2\n")
    ok, message = generate.regenerate(api, check=True)
    assert not ok and "drifted" in message and "pkg/__init__.py" in message and builds == ["mini", "mini"]
    ok, _ = generate.regenerate(api, check=True)  # a failed check remembers nothing: it runs again
    assert not ok and builds == ["mini", "mini", "mini"]


def test_a_spec_change_regenerates(api: FakeApi, builds: list[str]) -> None:
    generate.regenerate(api)
    api.bundled.document["info"]["version"] = "2"
    ok, message = generate.regenerate(api, check=True)
    assert not ok and "openapi.json" in message and builds == ["mini", "mini"]


def test_inputs_include_templates_config_and_tool_versions(api: FakeApi, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "a.jinja").write_text("a")
    generator = tmp_path / "generate.py"
    generator.write_text("# v1")
    config = generate.opc_config(api)
    base = gencache.inputs_hash(api, config, templates, generator)
    assert gencache.inputs_hash(api, config, templates, generator) == base
    (templates / "a.jinja").write_text("b")
    assert gencache.inputs_hash(api, config, templates, generator) != base
    (templates / "a.jinja").write_text("a")
    assert gencache.inputs_hash(api, {**config, "literal_enums": False}, templates, generator) != base
    generator.write_text("# v2")
    assert gencache.inputs_hash(api, config, templates, generator) != base
    generator.write_text("# v1")
    package = tmp_path / "package"
    package.mkdir()
    (package / "generate.py").write_text("# v1")
    (package / "fuzz.py").write_text("# v1")
    with_package = gencache.inputs_hash(api, config, templates, package)
    (package / "fuzz.py").write_text("# v2")  # no part in generating
    assert gencache.inputs_hash(api, config, templates, package) == with_package
    (package / "companion.py").write_text("# new")  # a module generate.py may come to import
    assert gencache.inputs_hash(api, config, templates, package) != with_package
    monkeypatch.setattr(gencache, "_version", lambda name: "9.9" if name == "mypy" else "1")
    assert gencache.inputs_hash(api, config, templates, generator) != base
