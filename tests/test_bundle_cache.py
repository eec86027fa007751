"""The bundle cache on disk (spec.api.bundled_document): what `partner-contracts mock` starts from when no
file a bundle read has changed; bundled again when one has, or when another spec of the same name asks."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import orjson

from partner_contracts.spec.api import SPECS_DIR, bundle, bundled_document


def test_a_cached_bundle_is_the_bundle_and_a_changed_file_is_bundled_again(tmp_path: Path) -> None:
    spec = tmp_path / "specs" / "palm-locker"
    shutil.copytree(SPECS_DIR / "palm-locker", spec)
    cache = tmp_path / "cache"
    first = bundled_document(spec / "openapi.yaml", cache)
    assert first == orjson.loads(orjson.dumps(bundle(spec / "openapi.yaml").document))
    assert (cache / "palm-locker.json").is_file()
    assert bundled_document(spec / "openapi.yaml", cache) == first  # from the cache
    # a file the bundle read (not the root) changes: bundled again, the change in the document
    component = min((spec / "components" / "schemas").glob("*.yaml"))  # a mapping: one more key
    component.write_text(component.read_text(encoding="utf-8") + "\nx-cache-probe: 1\n", encoding="utf-8")
    os.utime(component, ns=(1, 1))  # a different mtime for sure
    again = bundled_document(spec / "openapi.yaml", cache)
    assert again != first and "x-cache-probe" in orjson.dumps(again).decode()


def test_another_spec_of_the_same_name_is_not_served_from_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    ours = bundled_document(SPECS_DIR / "palm-locker" / "openapi.yaml", cache)
    other = tmp_path / "elsewhere" / "palm-locker"
    shutil.copytree(SPECS_DIR / "palm-locker", other)
    root = other / "openapi.yaml"
    root.write_text(root.read_text(encoding="utf-8").replace("title:", "title: Other", 1), encoding="utf-8")
    theirs = bundled_document(root, cache)
    assert theirs["info"]["title"] != ours["info"]["title"]
