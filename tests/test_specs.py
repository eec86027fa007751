"""The bundler and spec loading (partner_contracts/spec/api.py): multi-file specs become one document, and
every object remembers the file and line it was written at."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from partner_contracts.spec.api import SpecError, bundle, discover, load_yaml, select
from partner_contracts.spec.deref import escape, resolve_pointer, unescape

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture()
def mini(tmp_path: Path) -> Path:
    """A copy of the mini spec's folder, to change one thing at a time."""
    shutil.copytree(FIXTURES / "mini" / "specs" / "mini", tmp_path / "mini")
    return tmp_path / "mini"


def test_component_files_become_components_and_paths_are_inlined(mini: Path) -> None:
    doc = bundle(mini / "openapi.yaml").document
    assert doc["components"]["schemas"]["Thing"]["required"] == ["id"]
    get = doc["paths"]["/things/{id}"]["get"]
    assert get["operationId"] == "getThing"  # the path file is inlined
    schema = get["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Thing"}  # the component file is referenced once
    assert list(doc) == ["openapi", "info", "servers", "tags", "security", "paths", "components"]


def test_an_unchanged_spec_is_bundled_once_and_every_caller_gets_its_own_copy(
        mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from partner_contracts.spec import api as specs

    reads: list[str] = []
    real_load = specs.load_yaml
    def counting_load(path: Path) -> Any:
        reads.append(Path(path).name)
        return real_load(path)

    monkeypatch.setattr(specs, "load_yaml", counting_load)
    first = bundle(mini / "openapi.yaml")
    read_once = len(reads)
    first.document["info"]["title"] = "changed by a caller"
    second = bundle(mini / "openapi.yaml")
    assert len(reads) == read_once  # nothing read again
    assert second.document["info"]["title"] != "changed by a caller"  # a copy of its own
    assert second.where("/info/title") == first.where("/info/title")
    # a file the bundle read changes (here one inlined from paths/): bundled again, with the change
    path_file = mini / "paths" / "things@{id}.yaml"
    path_file.write_text(path_file.read_text().replace("getThing", "getThingAgain"))
    third = bundle(mini / "openapi.yaml").document
    assert len(reads) > read_once
    assert third["paths"]["/things/{id}"]["get"]["operationId"] == "getThingAgain"


def test_a_component_file_only_referenced_from_a_path_is_named_after_its_file(mini: Path) -> None:
    (mini / "components" / "schemas" / "Size.yaml").write_text("type: integer\nminimum: 0\n")
    thing = mini / "components" / "schemas" / "Thing.yaml"
    thing.write_text(thing.read_text().replace("size: {type: integer}", "size: {$ref: Size.yaml}"))
    doc = bundle(mini / "openapi.yaml").document
    assert doc["components"]["schemas"]["Size"] == {"type": "integer", "minimum": 0}
    assert doc["components"]["schemas"]["Thing"]["properties"]["size"] == {"$ref": "#/components/schemas/Size"}
    assert list(doc["components"]["schemas"]) == ["Thing", "Size"]  # the root's own first, then by name


def test_origins_give_the_file_and_line_a_person_edits(mini: Path) -> None:
    result = bundle(mini / "openapi.yaml")
    file, line = result.where("/paths/~1things~1{id}/get/responses/200/content/application~1json/examples/thing")
    assert Path(file).name == "things@{id}.yaml" and line == 17
    file, line = result.where("/components/schemas/Thing/properties/id")
    assert Path(file).name == "Thing.yaml" and line == 4
    assert result.where("/info/title") == (str((mini / "openapi.yaml").resolve()), 2)
    assert result.where("/nowhere") == ("", None)


def test_a_missing_file_is_reported_with_its_line(mini: Path) -> None:
    root = mini / "openapi.yaml"
    root.write_text(root.read_text().replace("paths/things@{id}.yaml", "paths/nope.yaml"))
    with pytest.raises(SpecError) as info:
        bundle(root)
    assert info.value.line == 8 and "no such file" in info.value.message
    assert "paths/nope.yaml" in str(info.value)


def test_a_missing_fragment_names_the_token(mini: Path) -> None:
    path_file = mini / "paths" / "things@{id}.yaml"
    path_file.write_text(path_file.read_text().replace("../components/schemas/Thing.yaml",
                                                       "../components/schemas/Thing.yaml#/properties/nope"))
    with pytest.raises(SpecError, match="no 'nope' in the target"):
        bundle(mini / "openapi.yaml")


def test_a_file_that_includes_itself_is_an_error_not_a_recursion(mini: Path) -> None:
    (mini / "paths" / "loop.yaml").write_text("get: {$ref: loop.yaml}\n")
    root = mini / "openapi.yaml"
    root.write_text(root.read_text().replace("paths/things@{id}.yaml", "paths/loop.yaml"))
    with pytest.raises(SpecError, match="includes itself"):
        bundle(root)


def test_a_schema_that_refers_to_itself_stays_a_reference(mini: Path) -> None:
    thing = mini / "components" / "schemas" / "Thing.yaml"
    thing.write_text(thing.read_text() + "  parts: {type: array, items: {$ref: Thing.yaml}}\n")
    doc = bundle(mini / "openapi.yaml").document
    assert doc["components"]["schemas"]["Thing"]["properties"]["parts"]["items"] == {"$ref": "#/components/schemas/Thing"}


def test_siblings_of_a_reference_are_kept(mini: Path) -> None:
    path_file = mini / "paths" / "things@{id}.yaml"
    path_file.write_text(path_file.read_text().replace(
        "$ref: ../components/schemas/Thing.yaml", "$ref: ../components/schemas/Thing.yaml\n            description: one thing"))
    schema = bundle(mini / "openapi.yaml").document["paths"]["/things/{id}"]["get"]["responses"]["200"]["content"][
        "application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Thing", "description": "one thing"}


def test_yaml_errors_and_duplicate_keys_have_lines(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("a: 1\nb: [1,\n")
    with pytest.raises(SpecError) as info:
        load_yaml(broken)
    assert info.value.line is not None and "YAML error" in info.value.message
    duplicate = tmp_path / "dup.yaml"
    duplicate.write_text("a: 1\nb: 2\na: 3\n")
    with pytest.raises(SpecError, match="duplicate key 'a'") as info:
        load_yaml(duplicate)
    assert info.value.line == 3
    with pytest.raises(SpecError, match="file not found"):
        load_yaml(tmp_path / "absent.yaml")


def test_dates_stay_strings_and_keys_remember_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("when: 2025-02-01\n200: ok\n")
    data = load_yaml(path)
    assert data == {"when": "2025-02-01", "200": "ok"}
    assert data.key_lines == {"when": 1, "200": 2}


def test_pointers_escape_and_resolve() -> None:
    assert escape("/a~b") == "~1a~0b" and unescape("~1a~0b") == "/a~b"
    doc = {"paths": {"/x": {"get": [10, 20]}}}
    assert resolve_pointer(doc, "#/paths/~1x/get/1") == 20
    with pytest.raises(KeyError):
        resolve_pointer(doc, "#/paths/~1y")
    with pytest.raises(KeyError):
        resolve_pointer(doc, "/paths/~1x/get/5")


def test_discover_and_select(mini: Path) -> None:
    (api,) = discover(mini.parent)
    assert api.key == "mini" and api.package == "mini_client" and api.meta["source"] == "mini-source.md"
    assert [a.key for a in select(["mini"], mini.parent)] == ["mini"]
    with pytest.raises(SystemExit, match="unknown API nope; known: mini"):
        select(["nope"], mini.parent)


def test_the_typed_api_yaml_has_every_field_the_schema_declares() -> None:
    """spec/config.py mirrors specs/api.schema.json: a field added to one is added to the other."""
    import dataclasses
    import json

    from partner_contracts.spec import config
    from partner_contracts.spec.api import SPECS_DIR

    schema = json.loads((SPECS_DIR / "api.schema.json").read_text(encoding="utf-8"))

    def fields(cls: type) -> set[str]:
        return {f.name for f in dataclasses.fields(cls)} - {"raw"}

    assert fields(config.ApiConfig) == set(schema["properties"])
    sections = {"coverage": config.CoverageConfig, "mock": config.MockConfig, "fuzz": config.FuzzConfig,
                "client": config.ClientConfig}
    for name, cls in sections.items():
        assert fields(cls) == set(schema["properties"][name]["properties"]), name
    assert fields(config.Paging) == set(schema["properties"]["client"]["properties"]["paging"]["properties"])


def test_api_yaml_is_parsed_once_and_again_only_when_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    (api,) = select(["palm-locker"])
    assert api.config is api.config
    assert api.config.mock.credentials["ApiKeyAuth"].env == "PALM_MOCK_API_KEY"
    monkeypatch.setenv("PALM_MOCK_API_KEY", "from-env")
    assert api.config.mock.credential_values() == {"ApiKeyAuth": "from-env"}  # the environment, read now
    api.meta = {**api.meta, "fuzz": {"split_operations": 3}}
    assert api.config.fuzz.split_operations == 3 and api.config.fuzz.sandbox_credentials == {}


def test_the_ledger_is_parsed_once_into_entries_with_their_pointers() -> None:
    from partner_contracts.spec.ledger import ledger_of

    (api,) = select(["sirclo-order"])
    ledger = ledger_of(api)
    assert ledger_of(api) is ledger and ledger.exists and ledger.listed
    (entry,) = [e for e in ledger.entries if e.id == "SO-001"]
    assert entry.unverified and entry.topic == "How the Secret header is computed" and entry.line
    assert entry.pointers == ["/components/securitySchemes/Secret"]
    assert entry.covers("/components/securitySchemes/Secret/x-hmac")
    assert not entry.covers("/components/securitySchemes/SecretOther")
